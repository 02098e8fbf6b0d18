"""Workbooks embedded in a Word document (粘贴为 Excel 工作表对象, WPS's 插入对象): Word shows
the sheet as a picture and keeps the workbook itself in word/embeddings/, so the report's
figures are in that workbook, not in the document's text. Each is read as a workbook,
its rows taking the place of the object."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import replace

import lxml.etree

from nianbao.errors import InputError
from nianbao.extract.document import Row
from nianbao.readers.ooxml import Package
from nianbao.readers.xlsx import read_xlsx

OFFICE = "{urn:schemas-microsoft-com:office:office}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_OBJECTS = 8
"""Workbooks read from one document at most: a report is one table."""


class Embedded:
    """The workbooks a document embeds, found by their relationship ids."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.read = 0
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
