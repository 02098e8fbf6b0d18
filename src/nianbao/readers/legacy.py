"""Word 97–2003 (.doc), Excel 97–2003 (.xls), Rich Text (.rtf, which Word and some office
systems save reports in) and OpenDocument (.odt, .ods) files, turned into .docx / .xlsx by
LibreOffice when it is installed (`soffice` on the PATH), then read as those are.

No Python library reads .doc, and converting both kinds the same way keeps one reader
per layout. Each conversion runs headless in a profile of its own (parallel workers do
not share LibreOffice's lock), under a time limit, on a copy in a temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Literal, TypeGuard

from nianbao.errors import InputError, UnsafeInputError, UnsupportedFormatError

Legacy = Literal["doc", "xls", "rtf", "odt", "ods"]
TARGETS: dict[str, str] = {
    "doc": "docx",
    "xls": "xlsx",
    "rtf": "docx",
    "odt": "docx",
    "ods": "xlsx",
}
"""The format LibreOffice turns each into."""
_NAMES = {
    "doc": "旧版 Word",
    "xls": "旧版 Excel",
    "rtf": "RTF",
    "odt": "OpenDocument",
    "ods": "OpenDocument",
}


def convertible(kind: str) -> TypeGuard[Legacy]:
    """Whether LibreOffice is what reads a file of this kind."""
    return kind in TARGETS


def described(kind: Legacy) -> str:
    """The kind of file, for people: 旧版 Word 文件（.doc）, RTF 文件（.rtf）…"""
    return f"{_NAMES[kind]} 文件（.{kind}）"


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
    name = f".{kind}"
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
