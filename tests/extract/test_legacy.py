"""Word 97–2003 (.doc) and Excel 97–2003 (.xls) files, converted by LibreOffice
(readers.legacy): recognised by their main stream, refused with a message without
LibreOffice, read like the .docx/.xlsx they convert to with it."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
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
from text_reports import TABLE_PAIRS

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


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (
            '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>',
            "wordml",
        ),
        ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook>', "xmlss"),
        ('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet>', "xmlss"),
    ],
)
def test_office_2003_xml_is_told_by_its_content(head: str, kind: str) -> None:
    assert sniff(head.encode()) == kind
    assert sniff(("\ufeff" + head).encode("utf-16")) == kind


def test_a_web_page_word_saved_is_no_wordml() -> None:
    page = "<html><head><meta name=ProgId content=Word.Document></head><body><p>x</p>"
    assert sniff(page.encode()) == "html"


def test_uof_is_refused_with_what_to_do() -> None:
    with pytest.raises(InputError) as info:
        sniff(
            b'<?xml version="1.0" encoding="UTF-8"?>\n<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof">'
        )
    assert info.value.code == "unsupported_format"
    assert ".docx" in info.value.message


def _strict(data: bytes) -> bytes:
    """A .docx in Strict Open XML's namespaces, as Word's "Strict Open XML" option saves it."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            part = source.read(item.filename)
            for transitional, strict in _STRICT_NAMESPACES:
                part = part.replace(transitional, strict)
            target.writestr(item, part)
    return out.getvalue()


_STRICT_NAMESPACES = [
    (
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    ),
    (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
]


_ROWS = [*TABLE_PAIRS, ("主办单位", "某某市人民政府办公室"), ("是否提供智能问答", "☑是 ☐否")]


def _wordml() -> bytes:
    """A report as a system's Word 2003 XML template writes it: a table of label and value."""
    rows = "".join(
        f"<w:tr><w:tc><w:p><w:r><w:t>{label}</w:t></w:r></w:p></w:tc>"
        f"<w:tc><w:p><w:r><w:t>{value}</w:t></w:r></w:p></w:tc></w:tr>"
        for label, value in _ROWS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
        "<w:p><w:r><w:t>政府网站工作年度报表</w:t></w:r></w:p>"
        '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="5000"/></w:tblGrid>'
        f"{rows}</w:tbl></w:body></w:wordDocument>"
    ).encode()


def _xmlss() -> bytes:
    """A report as a system's Excel 2003 XML export writes it: a sheet of label and value."""
    rows = "".join(
        f'<Row><Cell><Data ss:Type="String">{label}</Data></Cell>'
        f'<Cell><Data ss:Type="String">{value}</Data></Cell></Row>'
        for label, value in _ROWS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="年报"><Table>{rows}</Table></Worksheet></Workbook>'
    ).encode()


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("make", "kind"), [(_wordml, "docx"), (_xmlss, "xlsx")])
def test_office_2003_xml_is_read(make: Callable[[], bytes], kind: str) -> None:
    extraction = extract_bytes(make(), "report.doc")  # often named .doc or .xls
    assert extraction.format == kind
    got = extraction.report.to_json()
    assert got["sponsor"] == "某某市人民政府办公室"
    assert got["smart_qa"] is True
    assert got["unique_visitors"] == 500


@pytest.mark.skipif(NO_LIBREOFFICE, reason="LibreOffice is not installed")
def test_strict_open_xml_reads_back_its_values() -> None:
    doc = next(d for d in documents("docx", 8, seed=5) if "legacy" not in d.truth["_writer"])
    data = _strict(doc.data)
    assert sniff(data) == "strict_docx"
    extraction = extract_bytes(data, "report.docx")
    assert extraction.format == "docx"
    truth = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
    result = score(doc.name, extraction.report.to_json(), truth)
    assert result.lost == 0, result.to_dict()
