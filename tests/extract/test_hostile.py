"""Hostile input is refused quickly, with a message and the right error code."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hostile import drawing_bomb, dtd_docx, encrypted_pdf, many_objects, zip_bomb

from nianbao.errors import InputError
from nianbao.extract import extract_bytes, extract_file
from nianbao.readers.limits import MAX_TEXT_BYTES


def refused(data: bytes, name: str = "input") -> InputError:
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        extract_bytes(data, name)
    assert time.monotonic() - started < 10, "refusing took too long"
    error = info.value
    assert error.message
    assert "Traceback" not in error.message
    return error


def test_docx_zip_bomb_is_refused_from_its_declared_sizes() -> None:
    error = refused(zip_bomb("word/document.xml", 64))
    assert error.code == "unsafe"
    assert "压缩" in error.message


def test_xlsx_zip_bomb_is_refused() -> None:
    error = refused(zip_bomb("xl/worksheets/sheet1.xml", 40, {"xl/workbook.xml": b"<x/>"}))
    assert error.code == "unsafe"


def test_docx_with_entity_declarations_is_refused() -> None:
    error = refused(dtd_docx())
    assert error.code == "unsafe"
    assert "DTD" in error.message


def test_pdf_drawing_bomb_is_refused_before_pdfium_parses_it() -> None:
    error = refused(drawing_bomb(200))  # 200 MB of drawing commands in ~200 KB
    assert error.code == "unsafe"


def test_pdf_with_a_million_objects_is_refused() -> None:
    error = refused(many_objects(1_000_000))
    assert error.code == "unsafe"
    assert "对象" in error.message


def test_password_protected_pdf_says_encrypted() -> None:
    error = refused(encrypted_pdf())
    assert error.code == "encrypted"
    assert "密码" in error.message


def test_binary_garbage_named_pdf_is_not_read_as_anything(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(os.urandom(4096).replace(b"%PDF", b"%PDX"))
    with pytest.raises(InputError) as info:
        extract_file(path)
    assert info.value.code == "unsupported_format"


def test_truncated_pdf_is_unreadable() -> None:
    error = refused(encrypted_pdf()[:200])
    assert error.code == "unreadable"


def test_huge_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write("网站名称\t某某\n".encode())
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        extract_file(path)
    assert time.monotonic() - started < 2
    assert info.value.code == "too_large"
    assert f"{MAX_TEXT_BYTES:,}" in info.value.message or "上限" in info.value.message


def test_old_office_and_plain_zip_files_are_named() -> None:
    # An OLE file that is no Word or Excel file (old .doc/.xls: tests/extract/test_legacy.py).
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert "不是 Word（.doc）或 Excel（.xls）" in refused(ole).message
    archive = zip_bomb("data.bin", 1)
    assert "ZIP" in refused(archive).message


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "not_a_report"),
        (b"\xff\xfe" + "网站名称".encode("utf-16-le"), "not_a_report"),
        (
            b"<html><body><table>" + b"<tr><td>x</td></tr>" * 5 + b"</table></body></html>",
            "not_a_report",
        ),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "unreadable"),
        (b"PK\x03\x04" + b"\x00" * 100, "unsupported_format"),
    ],
)
def test_odd_inputs_get_clean_errors(data: bytes, code: str) -> None:
    assert refused(data).code == code
