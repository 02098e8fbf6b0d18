"""A label's unit that a narrow cell wrapped one piece a line, put back on one line.

A label cell too narrow for its unit writes it over lines of a character or two, and text
of one cell a line (pypdfium2, pdfplumber) keeps them apart, the value on the line of the
closing bracket: 总数 | (单位 | : | 件 | ) 14716 | 件. Read so, the label has no unit and the
pieces are stray text. Rows that together make up one unit, opened on one line and closed
a few short lines down, become one row: 总数 | (单位:件) 14716 | 件. So does a unit cut
before its word around the value's line of a label wrapped in a narrow cell (收到留言数 |
量（单位： 473 | 条）: 量（单位：条） 473).
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import UNIT_ALT, UNIT_WORDS

_OPEN_RE = re.compile(rf"[(（]\s*(?:单\s*(?:位\s*[:：]?\s*(?:{UNIT_ALT})?)?)?$")
"""A unit opened at a cell's end: (, (单, (单位, (单位:, up to its word (单位:条)."""
_OPEN_ENDS = frozenset("(（单位:：") | frozenset(word[-1] for word in UNIT_WORDS)
_UNIT_RE = re.compile(rf"[(（]\s*单\s*位\s*[:：]?\s*(?:{UNIT_ALT})\s*[)）]")
_CLOSE_RE = re.compile(r"[)）]")
_PIECE = 3
"""Characters of a piece a narrow cell wraps a unit into, at most."""
_PIECES = 6
"""Lines a unit may be spread over, at most."""


def rejoin_spread_units(doc: Document) -> Document:
    """`doc` with each unit spread one piece a line back on the line it opens on (text of
    one cell a line only; laid-out text keeps its lines), and each unit a value cut in two
    closed before the value."""
    if doc.format != "text":
        return doc
    doc = _units_around_values(doc)
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
    if not cells:
        return None
    text = cells[-1].text.rstrip()
    if not text or text[-1] not in _OPEN_ENDS:
        return None  # most lines: told by their last character
    found = _OPEN_RE.search(text)
    if found is None or (cells[-1].bbox is not None and found.start() > 0):
        return None  # laid out, only a unit that is a cell of its own: (单位:条 | )  ０
    return found.start()


def _closing(rows: list[Row], r: int, at: int) -> int | None:
    """The row that closes the unit row r opens (at `at` in its last cell), when the rows
    between hold a short piece each and the pieces make up a unit."""
    opened = rows[r].cells[-1]
    unit = opened.text[at:]
    for k in range(r + 1, min(len(rows), r + 1 + _PIECES)):
        cells = rows[k].cells
        if not cells or cells[0].copy or not _under(opened, cells[0]):
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


def _under(opened: Cell, piece: Cell) -> bool:
    """Whether a piece may go on a unit's cell: text of one cell a line, or laid out, from
    the same column."""
    a, b = opened.bbox, piece.bbox
    if a is None or b is None:
        return a is None and b is None
    return abs(a[0] - b[0]) < 1


def _joined(rows: list[Row]) -> Row:
    """One row of the rows of a spread unit: the first row's cells, its last one finished
    by the pieces and the closing row's first cell, then the closing row's other cells."""
    first, last = rows[0], rows[-1]
    text = first.cells[-1].text + "".join(row.cells[0].text.strip() for row in rows[1:])
    cells = (*first.cells[:-1], dataclasses.replace(first.cells[-1], text=text), *last.cells[1:])
    return Row(cells, first.where, first.page, first.block)


_AROUND_RE = re.compile(
    r"(?P<head>.*[(（]\s*单\s*位\s*[:：])\s*(?P<value>[0-9０-９][0-9０-９,，.]*)"
)
"""A cell ending in a unit opened up to its word, then a count (量（单位： 473)."""


def _around(text: str) -> re.Match[str] | None:
    # The regex's leading .* backtracks through every cell; few hold 位 at all.
    return _AROUND_RE.fullmatch(text.strip()) if "位" in text else None


_REST_RE = re.compile(rf"\s*(?:{UNIT_ALT})\s*[)）]\s*")
"""The unit's word and closing bracket, alone (条）)."""


def _units_around_values(doc: Document) -> Document:
    """Text of one line a row's height (pdfplumber) writes a label wrapped in a narrow cell
    around its value's line, the unit cut before its word: 收到留言数 | 量（单位： 473 | 条）,
    or with a tall cell's short name between (信息发布量 | （单位： 233 | 微博 | 条）). Each
    such unit is closed before the value (量（单位：条） 473), its rest's line dropped."""
    rows = doc.rows
    if not any(_around(row.cells[-1].text) for row in rows if row.cells):
        return doc
    out: list[Row] = []
    dropped: set[int] = set()
    for r, row in enumerate(rows):
        if r in dropped:
            continue
        found = _around(row.cells[-1].text) if row.cells else None
        k = _rest_row(rows, r) if found is not None and row.cells[-1].bbox is None else None
        if found is None or k is None:
            out.append(row)
            continue
        text = f"{found['head']}{rows[k].cells[0].text.strip()} {found['value']}"
        out.append(
            Row((*row.cells[:-1], Cell(text, row.cells[-1].col)), row.where, row.page, row.block)
        )
        dropped.add(k)
    return dataclasses.replace(doc, rows=out)


_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")
"""A tall cell's short name, which may stand between a value and its unit's rest."""


def _rest_row(rows: list[Row], r: int) -> int | None:
    """The row after r holding the unit's rest alone, or the one after it past a short
    name alone (微博)."""
    for k in (r + 1, r + 2):
        cells = rows[k].cells if k < len(rows) else ()
        if len(cells) != 1 or cells[0].bbox is not None:
            return None
        if _REST_RE.fullmatch(cells[0].text):
            return k
        if _NAME_RE.fullmatch(cells[0].text.strip()) is None:
            return None
    return None
