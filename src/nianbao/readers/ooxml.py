"""Office Open XML packages (.docx, .xlsx): a ZIP of XML parts, opened defensively.

Before any part is decompressed, every entry's declared size and compression
ratio are checked (zip bombs), and parts are read with a hard byte cap in case
the declared sizes lie. XML is parsed without DTDs, entities or network access.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from io import BytesIO

import lxml.etree

from nianbao.errors import EncryptedError, InputError, UnsafeInputError

_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_ENTRIES = 2_000
MAX_PART_BYTES = 32 * 1024 * 1024
"""Uncompressed size of one XML part; a report's document.xml is some 100 KB."""
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 100
"""Deflate compresses Office XML 5–20×; a bomb compresses thousands of times."""
RATIO_FLOOR = 1024 * 1024
"""Parts smaller than this are never refused for their ratio."""

# What zipfile raises on a damaged archive.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    NotImplementedError,
)

_PARSER = lxml.etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


class Package:
    def __init__(self, data: bytes, source: str | None, what: str) -> None:
        self.source = source
        self.what = what
        try:
            self.zip = zipfile.ZipFile(BytesIO(data))
            infos = self.zip.infolist()
        except _BROKEN as exc:
            raise InputError(f"{what}文件已损坏，无法打开（{exc}）。", source=source) from None
        if len(infos) > MAX_ENTRIES:
            raise UnsafeInputError(
                f"{what}文件包含 {len(infos):,} 个部件，拒绝读取。", source=source
            )
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise EncryptedError(f"{what}文件已加密：请去掉密码后再读取。", source=source)
            total += info.file_size
            ratio = info.file_size / max(1, info.compress_size)
            if info.file_size > MAX_PART_BYTES or (
                info.file_size > RATIO_FLOOR and ratio > MAX_RATIO
            ):
                raise UnsafeInputError(
                    f"{what}文件中的 {info.filename} 解压后有 {info.file_size:,} 字节"
                    f"（压缩比 {ratio:,.0f}），疑似压缩炸弹，拒绝读取。",
                    source=source,
                )
        if total > MAX_TOTAL_BYTES:
            raise UnsafeInputError(
                f"{what}文件解压后共 {total:,} 字节，超过 {MAX_TOTAL_BYTES:,} 字节的上限。",
                source=source,
            )
        self.names = {info.filename for info in infos}

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        try:
            with self.zip.open(name) as handle:
                data = handle.read(MAX_PART_BYTES + 1)
        except _BROKEN as exc:
            raise InputError(
                f"{self.what}文件已损坏（{name}：{exc}）。", source=self.source
            ) from None
        except RuntimeError as exc:  # encrypted entries
            raise EncryptedError(f"{self.what}文件已加密（{exc}）。", source=self.source) from None
        if len(data) > MAX_PART_BYTES:
            raise UnsafeInputError(
                f"{self.what}文件中的 {name} 过大，拒绝读取。", source=self.source
            )
        return data

    def targets(self, part: str) -> dict[str, str]:
        """The parts `part` refers to (its _rels file), by relationship id: each target
        as a path in the package, relative ones taken from the part's folder."""
        folder, _, name = part.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{name}.rels")
        out: dict[str, str] = {}
        for rel in rels.iterfind(f"{_PR}Relationship") if rels is not None else ():
            target = rel.get("Target", "")
            out[rel.get("Id", "")] = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
        return out

    def xml(self, name: str) -> lxml.etree._Element | None:
        data = self.read(name)
        if data is None:
            return None
        head = data[:2048]
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise UnsafeInputError(
                f"{self.what}文件中的 {name} 含有 DTD 声明（Office 文件从不使用），拒绝读取。",
                source=self.source,
            )
        try:
            return lxml.etree.fromstring(data, parser=_PARSER)
        except lxml.etree.XMLSyntaxError as exc:
            raise InputError(
                f"{self.what}文件已损坏（{name}：{exc}）。", source=self.source
            ) from None


_PICTURE_RE = re.compile(r"^(?:word|xl)/media/[^/]+\.(?:png|jpe?g|tiff?|bmp|gif)$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"(\d+)")
MIN_PICTURE_BYTES = 20_000
"""Smaller pictures are logos, signatures and seals, not a page of the report."""


def pictures(data: bytes, source: str | None, what: str, limit: int) -> list[bytes]:
    """The pictures a Word or Excel file holds, in the order they were inserted (image1,
    image2 …), at most `limit`: a report pasted in as scans or screenshots."""
    package = Package(data, source, what)
    names = sorted(
        (n for n in package.names if _PICTURE_RE.match(n)),
        key=lambda n: [int(p) if p.isdigit() else p for p in _NUMBER_RE.split(n)],
    )
    found = []
    for name in names:
        picture = package.read(name)
        if picture is not None and len(picture) >= MIN_PICTURE_BYTES:
            found.append(picture)
            if len(found) == limit:
                break
    return found
