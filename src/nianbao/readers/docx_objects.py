"""What a Word document holds in parts of its own rather than in its text, read where it
stands, its rows a table of their own:

- workbooks embedded as objects (粘贴为 Excel 工作表对象, WPS's 插入对象): Word shows the
  sheet as a picture and keeps the workbook in word/embeddings/;
- web pages imported whole (w:altChunk, as systems that make Word files from HTML write
  them: afchunk.mht, chunk.html), which Word renders when it opens the file."""

from __future__ import annotations

from collections.abc import Callable
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
_PAGE_READERS: dict[str, Callable[[bytes, str | None], Document]] = {
    "html": read_html,
    "mhtml": read_mhtml,
}
MAX_OBJECTS = 8
"""Parts of each kind read from one document at most: a report is one table."""
_OBJECT, _PAGE = "嵌入表格", "导入网页"
"""The kinds of part, as rows read from them are named."""


class Embedded:
    """The parts a document embeds, found by their relationship ids."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.counts = {_OBJECT: 0, _PAGE: 0}
        """Parts of each kind read so far."""
        self._targets: dict[str, str] | None = None

    def rows(self, el: lxml.etree._Element, block: int) -> list[Row]:
        """The rows of each workbook the paragraph `el` embeds, in order."""
        found = [self._part(ole, _OBJECT, block) for ole in el.iter(f"{OFFICE}OLEObject")]
        return [row for rows in found for row in rows]

    def chunk_rows(self, chunk: lxml.etree._Element, block: int) -> list[Row]:
        """The rows of the web page an altChunk imports."""
        return self._part(chunk, _PAGE, block)

    def _part(self, el: lxml.etree._Element, kind: str, block: int) -> list[Row]:
        """The rows of the part `el` refers to, read as `kind` says, each row named by the
        part and given `block`; [] when the part is missing, of another kind (an
        old-format object, oleObject1.bin; an RTF or plain-text chunk) or broken: the
        document's own text is still read."""
        if self.counts[kind] >= MAX_OBJECTS:
            return []
        if self._targets is None:
            self._targets = self.package.targets("word/document.xml")
        data = self.package.read(self._targets.get(el.get(f"{R}id", ""), ""))
        if data is None:
            return []
        self.counts[kind] += 1
        source = self.package.source
        try:
            reader = read_xlsx if kind == _OBJECT else _PAGE_READERS.get(sniff(data, source))
            if reader is None:
                return []
            part = reader(data, source)
        except InputError:
            return []
        where = f"{kind} {self.counts[kind]}"
        return [replace(row, where=f"{where} {row.where}", block=block) for row in part.rows]
