"""The official form as DOCX, written as WordprocessingML directly.

python-docx manages merged cells one call at a time and is slow at it (a few
documents a second); the form's shape is fixed, so the document XML comes
from a template over the grid (gridSpan for column spans, vMerge for row
spans) and the other parts of the package are constant files.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

from jinja2 import Template

from nianbao.render.grid import COLUMN_WEIGHTS, COLUMNS, Cell, Sheet, Tick, official_sheet
from nianbao.render.html_page import environment
from nianbao.render.layout import TICKED, UNTICKED
from nianbao.report import Report

# A4 in twentieths of a point, 2 cm margins.
PAGE = {"width": 11906, "height": 16838, "margin": 1134}
TABLE_WIDTH = PAGE["width"] - 2 * PAGE["margin"]

Merge = Literal["restart", "continue"] | None

# Package parts that never change, by their name in the zip.
_STATIC_PARTS = {
    "[Content_Types].xml": "content_types.xml",
    "_rels/.rels": "package.rels",
    "word/_rels/document.xml.rels": "document.rels",
    "word/styles.xml": "styles.xml",
    "word/settings.xml": "settings.xml",
    "word/fontTable.xml": "fontTable.xml",
    "docProps/app.xml": "app.xml",
}
# A fixed timestamp keeps the same report's DOCX byte-identical between runs.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class WordCell:
    """One w:tc: a grid cell, or the continuation of a cell merged from above."""

    width: int
    span: int
    merge: Merge
    align: str
    lines: tuple[str, ...] = ()
    ticks: tuple[Tick, ...] = ()


def grid_widths() -> tuple[int, ...]:
    total = sum(COLUMN_WEIGHTS)
    widths = [TABLE_WIDTH * w // total for w in COLUMN_WEIGHTS]
    widths[-1] += TABLE_WIDTH - sum(widths)
    return tuple(widths)


def lines(text: str) -> tuple[str, ...]:
    return tuple(text.splitlines()) or ("",)


def _align(cell: Cell) -> str:
    if cell.kind in ("section", "group") or cell.ticks:
        return "center"
    if cell.kind == "value" and cell.field is not None and cell.field.type != "str":
        return "center"
    return "left"


def word_rows(sheet: Sheet) -> Iterator[list[WordCell]]:
    """Rows of w:tc, each covering the whole grid: Word wants a cell per row for a vMerge."""
    widths = grid_widths()
    merged: dict[int, tuple[int, Cell]] = {}  # column → (rows still to cover, cell)
    for row in sheet.rows():
        starts = {cell.col: cell for cell in row}
        out: list[WordCell] = []
        col = 0
        while col < COLUMNS:
            cell = starts.get(col)
            width = 0
            if cell is None:
                left, above = merged[col]
                span = above.colspan
                width = sum(widths[col : col + span])
                out.append(WordCell(width, span, "continue", _align(above)))
                if left == 1:
                    del merged[col]
                else:
                    merged[col] = (left - 1, above)
                col += span
                continue
            span = cell.colspan
            width = sum(widths[col : col + span])
            merge: Merge = None
            if cell.rowspan > 1:
                merge = "restart"
                merged[col] = (cell.rowspan - 1, cell)
            out.append(WordCell(width, span, merge, _align(cell), lines(cell.text), cell.ticks))
            col += span
        yield out


@cache
def _document_template() -> Template:
    return environment().get_template("docx/document.xml.j2")


@cache
def _static_parts() -> tuple[tuple[str, bytes], ...]:
    folder = files("nianbao.render").joinpath("templates", "docx")
    return tuple((name, folder.joinpath(file).read_bytes()) for name, file in _STATIC_PARTS.items())


def document_xml(sheet: Sheet) -> str:
    return _document_template().render(
        sheet=sheet,
        rows=list(word_rows(sheet)),
        grid=grid_widths(),
        table_width=TABLE_WIDTH,
        page=PAGE,
        lines=lines,
        ticked=TICKED,
        unticked=UNTICKED,
    )


def _core_xml(sheet: Sheet) -> str:
    keywords = " ".join(item.text for item in sheet.heading if item.text)
    return (
        environment()
        .get_template("docx/core.xml.j2")
        .render(title=sheet.title + sheet.year_line, keywords=keywords)
    )


def sheet_docx(sheet: Sheet) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        parts = [
            *_static_parts(),
            ("word/document.xml", document_xml(sheet).encode("utf-8")),
            ("docProps/core.xml", _core_xml(sheet).encode("utf-8")),
        ]
        for name, data in parts:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, data)
    return buffer.getvalue()


def render_docx(report: Report) -> bytes:
    return sheet_docx(official_sheet(report))
