"""What a Word document holds in parts of its own rather than in its text, read where it
stands, its rows a table of their own:

- workbooks embedded as objects (粘贴为 Excel 工作表对象, WPS's 插入对象): Word shows the
  sheet as a picture and keeps the workbook in word/embeddings/;
- web pages imported whole (w:altChunk, as systems that make Word files from HTML write
  them: afchunk.mht, chunk.html), which Word renders when it opens the file."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from dataclasses import replace

import lxml.etree

from nianbao.errors import InputError
from nianbao.extract.document import Document, Row
from nianbao.readers.html import read_html
from nianbao.readers.mhtml import read_mhtml
from nianbao.readers.ooxml import Package
from nianbao.readers.sniff import sniff
from nianbao.readers.xlsx import read_xlsx

OFFICE = "{urn:schemas-microsoft-com:office:office}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PAGE_READERS: dict[str, Callable[[bytes, str | None], Document]] = {
    "html": read_html,
    "mhtml": read_mhtml,
}
MAX_OBJECTS = 8
"""Workbooks read from one document at most: a report is one table."""


class Embedded:
    """The parts a document embeds, found by their relationship ids."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.read = 0
        self.chunks = 0
        self._targets: dict[str, str] | None = None

    def targets(self) -> dict[str, str]:
        if self._targets is None:
            self._targets = {}
            rels = self.package.xml("word/_rels/document.xml.rels")
            for rel in rels.iterfind(f"{PR}Relationship") if rels is not None else ():
                target = rel.get("Target", "")
                path = posixpath.normpath(posixpath.join("word", target))
                self._targets[rel.get("Id", "")] = target.lstrip("/") if target[:1] == "/" else path
        return self._targets

    def rows(self, el: lxml.etree._Element, block: int) -> Iterator[Row]:
        """The rows of each workbook `el` (a paragraph or a cell) embeds, in order."""
        for ole in el.iter(f"{OFFICE}OLEObject"):
            if self.read >= MAX_OBJECTS:
                return
            data = self.package.read(self.targets().get(ole.get(f"{R}id", ""), ""))
            if data is None:
                continue
            self.read += 1
            try:
                sheet = read_xlsx(data, self.package.source)
            except InputError:
                # An old-format object (oleObject1.bin), an embedded document, a broken
                # workbook: the document's own text is still read.
                continue
            for row in sheet.rows:
                yield replace(row, where=f"嵌入表格 {self.read} {row.where}", block=block)

    def chunk_rows(self, chunk: lxml.etree._Element, block: int) -> list[Row]:
        """The rows of the web page an altChunk imports ([] for another kind of part: RTF,
        plain text, a part that is missing or broken)."""
        if self.chunks >= MAX_OBJECTS:
            return []
        data = self.package.read(self.targets().get(chunk.get(f"{R}id", ""), ""))
        if data is None:
            return []
        self.chunks += 1
        source = self.package.source
        try:
            reader = _PAGE_READERS.get(sniff(data, source))
            if reader is None:
                return []
            page = reader(data, source)
        except InputError:
            return []
        where = f"导入网页 {self.chunks}"
        return [replace(row, where=f"{where} {row.where}", block=block) for row in page.rows]
