"""Word 97–2003 (.doc), Excel 97–2003 (.xls), Rich Text (.rtf, which Word and some office
systems save reports in), OpenDocument (.odt, .ods), Office 2003's XML (Word's WordML and
Excel's XML Spreadsheet, which report systems' templates write, often under a .doc or .xls
name) and Strict Open XML (.docx/.xlsx in ISO 29500's strict namespaces) files, turned into
.docx / .xlsx by LibreOffice when it is installed (`soffice` on the PATH), then read as
those are."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Literal, TypeGuard

from nianbao.errors import InputError, UnsafeInputError, UnsupportedFormatError

Legacy = Literal["doc", "xls", "rtf", "odt", "ods", "wordml", "xmlss", "strict_docx", "strict_xlsx"]
TARGETS: dict[str, str] = {
    "doc": "docx",
    "xls": "xlsx",
    "rtf": "docx",
    "odt": "docx",
    "ods": "xlsx",
    "wordml": "docx",
    "xmlss": "xlsx",
    "strict_docx": "docx",
    "strict_xlsx": "xlsx",
}
"""The format LibreOffice turns each into."""
_NAMES = {
    "doc": "旧版 Word",
    "xls": "旧版 Excel",
    "rtf": "RTF",
    "odt": "OpenDocument",
    "ods": "OpenDocument",
    "wordml": "Word 2003 XML",
    "xmlss": "Excel 2003 XML",
    "strict_docx": "Strict Open XML 格式的 Word",
    "strict_xlsx": "Strict Open XML 格式的 Excel",
}
_SUFFIXES = {"wordml": "xml", "xmlss": "xml", "strict_docx": "docx", "strict_xlsx": "xlsx"}
"""The file name's ending where it is not the kind's name (both XML kinds are .xml files,
which LibreOffice tells apart by their content)."""


def convertible(kind: str) -> TypeGuard[Legacy]:
    """Whether LibreOffice is what reads a file of this kind."""
    return kind in TARGETS


def described(kind: Legacy) -> str:
    """The kind of file, for people: 旧版 Word 文件（.doc）, RTF 文件（.rtf）…"""
    return f"{_NAMES[kind]} 文件（.{_SUFFIXES.get(kind, kind)}）"


CONVERT_SECONDS = 120
"""LibreOffice's start takes a few seconds; a report converts in one or two more."""
_WORD = "WordDocument".encode("utf-16-le")
_BOOKS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
_DIRECTORY_BYTES = 4_194_304
"""How far into the file the stream names are looked for (the directory is near the start
in files Office writes, and never further in a report-sized file)."""


def legacy_kind(data: bytes) -> Legacy | None:
    """Which old Office file an OLE compound file is, by the name of its main stream."""
    head = data[:_DIRECTORY_BYTES]
    if _WORD in head:
        return "doc"
    if any(name in head for name in _BOOKS):
        return "xls"
    return None


def converter() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, kind: Legacy, source: str | None = None) -> bytes:
    """The .docx or .xlsx LibreOffice makes of `data`."""
    program = converter()
    name = f".{_SUFFIXES.get(kind, kind)}"
    target = TARGETS[kind]
    if program is None:
        raise UnsupportedFormatError(
            f"这是{described(kind)}：请安装 LibreOffice 后再读取，"
            f"或用 Word/Excel 另存为 .{target} 后再读取。",
            source=source,
        )
    with tempfile.TemporaryDirectory(prefix="nianbao-convert-") as tmp:
        folder = Path(tmp)
        original = folder / f"report{name}"
        original.write_bytes(data)
        command = [
            program,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(folder / "out"),
            str(original),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise UnsafeInputError(
                f"LibreOffice 转换{described(kind)}超过 {CONVERT_SECONDS} 秒，已放弃。",
                source=source,
            ) from None
        converted = folder / "out" / f"report.{target}"
        if not converted.is_file():
            raise InputError(
                f"{described(kind)}无法转换（已损坏或不是报表）：请用 Word/Excel 打开后另存为 "
                f".{target} 再读取。",
                source=source,
            )
        return converted.read_bytes()
