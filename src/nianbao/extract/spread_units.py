"""A label's unit that a narrow cell wrapped one piece a line, put back on one line.

A label cell too narrow for its unit writes it over lines of a character or two, and text
of one cell a line (pypdfium2, pdfplumber) keeps them apart, the value on the line of the
closing bracket: 总数 | (单位 | : | 件 | ) 14716 | 件. Read so, the label has no unit and the
pieces are stray text. Rows that together make up one unit, opened on one line and closed
a few short lines down, become one row: 总数 | (单位:件) 14716 | 件.
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import UNIT_ALT

_OPEN_RE = re.compile(r"[(（]\s*(?:单\s*(?:位\s*[:：]?\s*)?)?$")
"""A unit opened at a cell's end: (, (单, (单位, (单位:."""
_OPEN_ENDS = frozenset("(（单位:：")
_UNIT_RE = re.compile(rf"[(（]\s*单\s*位\s*[:：]?\s*(?:{UNIT_ALT})\s*[)）]")
_CLOSE_RE = re.compile(r"[)）]")
_PIECE = 3
"""Characters of a piece a narrow cell wraps a unit into, at most."""
_PIECES = 6
"""Lines a unit may be spread over, at most."""


def rejoin_spread_units(doc: Document) -> Document:
    """`doc` with each unit spread one piece a line back on the line it opens on (text of
    one cell a line only; laid-out text keeps its lines)."""
    if doc.format != "text":
        return doc
    opens = [_opens(row) for row in doc.rows]
    if all(at is None for at in opens):
        return doc
    rows: list[Row] = []
    r = 0
    while r < len(doc.rows):
        at = opens[r]
        end = _closing(doc.rows, r, at) if at is not None else None
        if end is None:
            rows.append(doc.rows[r])
            r += 1
            continue
        rows.append(_joined(doc.rows[r : end + 1]))
        r = end + 1
    return dataclasses.replace(doc, rows=rows)


def _opens(row: Row) -> int | None:
    """Where a unit opens at the end of the row's last cell, if one does."""
    cells = row.cells
    if not cells or cells[-1].bbox is not None:
        return None
    text = cells[-1].text.rstrip()
    if not text or text[-1] not in _OPEN_ENDS:
        return None  # most lines: told by their last character
    found = _OPEN_RE.search(text)
    return found.start() if found else None


def _closing(rows: list[Row], r: int, at: int) -> int | None:
    """The row that closes the unit row r opens (at `at` in its last cell), when the rows
    between hold a short piece each and the pieces make up a unit."""
    unit = rows[r].cells[-1].text[at:]
    for k in range(r + 1, min(len(rows), r + 1 + _PIECES)):
        cells = rows[k].cells
        if not cells or cells[0].bbox is not None or cells[0].copy:
            return None
        first = cells[0].text.strip()
        close = _CLOSE_RE.search(first)
        piece = first if close is None else first[: close.end()]
        if len(piece.replace(" ", "")) > _PIECE:
            return None
        unit += piece
        if close is not None:
            # A unit cut once at the end of its label's line (量(单位: | 个)) is the walk's;
            # spread, it opens a line of its own or goes on over two lines at least.
            spread = k - r > 1 or not rows[r].cells[-1].text[:at].strip()
            return k if spread and _UNIT_RE.fullmatch(unit.replace(" ", "")) else None
        if len(cells) > 1:
            return None
    return None


def _joined(rows: list[Row]) -> Row:
    """One row of the rows of a spread unit: the first row's cells, its last one finished
    by the pieces and the closing row's first cell, then the closing row's other cells."""
    first, last = rows[0], rows[-1]
    text = first.cells[-1].text + "".join(row.cells[0].text.strip() for row in rows[1:])
    cells = (*first.cells[:-1], Cell(text, first.cells[-1].col), *last.cells[1:])
    return Row(cells, first.where, first.page, first.block)
