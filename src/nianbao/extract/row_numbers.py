"""Text laid out by position whose table numbers its rows in a column at the left edge
(序号: 1 网站名称 …, 2 首页网址 …, counting again in each section). Where a label wraps
around its row's middle line, that line holds the number, the unit and the value alone
(政务动态信息更新 | 3  条  377 | 量), and the number would be read as the value: the column's
numbers are dropped, as a table's own 序号 column holds no value."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, is_unit, normalize_label

_NUMBER_RE = re.compile(r"(\d{1,2})(?:$| (?=[^\d\s]))")
"""A row's number, alone in its cell or a blank before the label (8 其他)."""
MIN_NUMBERED = 6
"""Lines opening with a row's number that make a column of them."""
_COUNTING = 0.6
"""Share of the numbers one more than the number before them, or 1 (a section's first)."""
_EDGE = 1.0
"""Columns (characters) a column's numbers may stand apart."""


def may_drop(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds cells opening with the numbers 1 to 4, as a
    column of rows' numbers does (a few `in` looks: most texts have no such column)."""
    return all(f"\n{k}\n" in text or f"\n{k} " in text for k in _FIRST_NUMBERS)


_FIRST_NUMBERS = (1, 2, 3, 4)


def row_numbers_dropped(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    firsts = [
        (r, row.cells[0])
        for r, row in enumerate(doc.rows)
        if row.cells and _numbered(row.cells[0]) and (len(row.cells) > 1 or _number_first(row))
    ]
    lefts = Counter(round(c.bbox[0]) for _, c in firsts if c.bbox is not None)
    if not lefts:
        return _counted_lines(doc, index)  # no places across the page: one cell a line
    if len(firsts) < MIN_NUMBERED:
        return doc
    edge = min(lefts, key=lambda x: (-lefts[x], x))
    column = [(r, c) for r, c in firsts if c.bbox is not None and abs(c.bbox[0] - edge) <= _EDGE]
    numbers = [_number(c) for _, c in column]
    counting = sum(b in (a + 1, 1) for a, b in itertools.pairwise(numbers))
    if len(column) < MIN_NUMBERED or counting < _COUNTING * (len(numbers) - 1):
        return doc
    chosen = {id(doc.rows[r]) for r, _ in column}
    return rows_edited(doc, lambda row: _unnumbered(row.cells) if id(row) in chosen else None)


def _numbered(cell: Cell) -> bool:
    return not cell.copy and _NUMBER_RE.match(cell.text.strip()) is not None


def _number_first(row: Row) -> bool:
    """Whether the row's one cell opens with a number before its label (8 其他 …)."""
    return _NUMBER_RE.fullmatch(row.cells[0].text.strip()) is None


def _number(cell: Cell) -> int:
    found = _NUMBER_RE.match(cell.text.strip())
    return int(found[1]) if found else 0


def _unnumbered(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The row's cells without its number (the first cell, or the number opening it)."""
    first = cells[0]
    found = _NUMBER_RE.match(first.text.strip())
    rest = first.text.strip()[found.end() :] if found else ""
    return (dataclasses.replace(first, text=rest), *cells[1:]) if rest else cells[1:]


MIN_COUNTED = 8
"""Lines of one cell a line a column of rows' numbers needs, counting up one by one."""


def _counted_lines(doc: Document, index: LabelIndex) -> Document:
    """One cell a line (pdftotext without -layout writes a 序号 column's numbers and the
    labels beside them a line each, the values after them all: 1 | 网站名称 | 2 | 首页网址 …,
    or 10 信息发布总数): a number alone before a label's line, or opening one, that counts up
    by one from the number before it, eight or more in a row, is a row's number."""
    rows = doc.rows
    found: list[tuple[int, int]] = []  # (row, its number)
    for r, row in enumerate(rows):
        if len(row.cells) != 1 or not _numbered(row.cells[0]):
            continue
        text = row.cells[0].text.strip()
        n = _number(row.cells[0])
        label = text if not text.isdigit() else _next_text(rows, r)
        rest = label[len(str(n)) :].strip() if label is text else label
        if rest and index.lookup(normalize_label(rest)) is not None:
            found.append((r, n))
    chain: list[tuple[int, int]] = []
    best: list[tuple[int, int]] = []
    for r, n in found:
        if chain and n == chain[-1][1] + 1:
            chain = [*chain, (r, n)]
        else:
            # A column of numbers starts before the labels; a number after a label's line
            # (or its unit's) is that label's value (网站总访问量 | 次 | 2), however the
            # values count.
            chain = [] if _after_label(rows, r, index) else [(r, n)]
        best = chain if len(chain) > len(best) else best
    if len(best) < MIN_COUNTED:
        return doc
    chosen = {id(rows[r]) for r, _ in best}
    return rows_edited(doc, lambda row: _unnumbered(row.cells) if id(row) in chosen else None)


def _after_label(rows: list[Row], r: int, index: LabelIndex) -> bool:
    """Whether the line before line r is a field's label or a unit alone."""
    if r == 0 or not rows[r - 1].cells:
        return False
    text = rows[r - 1].cells[-1].text.strip()
    if is_unit(text):
        return True
    hit = index.lookup(normalize_label(text))
    return hit is not None and bool(hit.fields)


def _next_text(rows: list[Row], r: int) -> str:
    return rows[r + 1].cells[0].text.strip() if r + 1 < len(rows) and rows[r + 1].cells else ""
