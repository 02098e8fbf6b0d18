"""Word 97–2003 (.doc) and Excel 97–2003 (.xls) files, converted by LibreOffice
(readers.legacy): recognised by their main stream, refused with a message without
LibreOffice, read like the .docx/.xlsx they convert to with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from corpus_gen import documents
from gen.libreoffice import saved_as

from nianbao.errors import InputError
from nianbao.extract import extract_bytes
from nianbao.extract.evaluate import score
from nianbao.readers import legacy
from nianbao.readers.encrypted import OLE_MAGIC
from nianbao.readers.sniff import sniff

NO_LIBREOFFICE = legacy.converter() is None


def _ole(stream: str) -> bytes:
    """An OLE compound file's first sector and a directory entry naming `stream`."""
    return OLE_MAGIC + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 1024


@pytest.mark.parametrize(
    ("stream", "kind"), [("WordDocument", "doc"), ("Workbook", "xls"), ("Book\x00", "xls")]
)
def test_old_office_files_are_told_apart_by_their_main_stream(stream: str, kind: str) -> None:
    assert legacy.legacy_kind(_ole(stream)) == kind
    assert sniff(_ole(stream)) == kind


def test_another_ole_file_is_refused() -> None:
    with pytest.raises(InputError) as info:
        sniff(_ole("PowerPoint Document"))
    assert info.value.code == "unsupported_format"


def test_without_libreoffice_an_old_file_gets_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(legacy, "converter", lambda: None)
    with pytest.raises(InputError) as info:
        extract_bytes(_ole("WordDocument"), "old.doc")
    assert info.value.code == "unsupported_format"
    assert "LibreOffice" in info.value.message
    assert ".docx" in info.value.message


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("kind", "old"), [("docx", "doc"), ("xlsx", "xls"), ("docx", "odt"), ("xlsx", "ods")]
)
def test_old_office_files_read_back_their_values(kind: str, old: str, tmp_path: Path) -> None:
    # Word's legacy check-box fields do not survive LibreOffice's import: left out.
    doc = next(d for d in documents(kind, 8, seed=5) if "legacy" not in d.truth["_writer"])
    data = saved_as(doc.data, doc.suffix, old, tmp_path)
    assert sniff(data) == old
    extraction = extract_bytes(data, f"report.{old}")
    assert extraction.format == kind
    assert any("LibreOffice" in note for note in extraction.notes)
    truth = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
    result = score(doc.name, extraction.report.to_json(), truth)
    assert result.lost == 0, result.to_dict()


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed")
def test_a_broken_old_file_is_unreadable() -> None:
    with pytest.raises(InputError) as info:
        extract_bytes(_ole("WordDocument") + b"\x17garbage" * 300, "broken.doc")
    assert info.value.code == "unreadable"


def test_libreoffice_is_looked_for_under_both_names(monkeypatch: pytest.MonkeyPatch) -> None:
    found = {"libreoffice": "/usr/bin/libreoffice"}
    monkeypatch.setattr(shutil, "which", found.get)
    assert legacy.converter() == "/usr/bin/libreoffice"
