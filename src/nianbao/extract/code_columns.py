"""A statistics office's layout of the form (统计报表): 指标名称 | 代码 | 计量单位 | 本年实际,
each row numbered in a code column (01, 02 …) between its label and its value, under a row
that letters the columns (甲 | 乙 | 丙 | 1). The codes would be read as the labels' values:
the column is dropped, and the lettering row with it, where the codes count up down it."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import without_column
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label

_HEADS = frozenset({"代码", "指标代码", "行次", "栏次"})
_CODE_RE = re.compile(r"\d{1,3}")
_LETTERS = frozenset("甲乙丙丁戊己1234567")
MIN_CODES = 5
"""Codes counting up down the column that make it a code column."""


def may_drop(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold a code column's head."""
    return any(f"\n{head}\n" in text for head in _HEADS)


def codes_dropped(doc: Document, index: LabelIndex) -> Document:
    """`doc` without its code column's codes and lettering row (the first such table's)."""
    for r, row in enumerate(doc.rows):
        if len(row.cells) < 3:
            continue
        head = next((c for c in row.cells if normalize_label(c.text) in _HEADS), None)
        coded = _coded_rows(doc, r + 1, head.col) if head is not None else None
        if head is None or coded is None:
            continue
        doc = without_column(doc, head.col, coded)
        if _lettering(doc.rows[r + 1].cells):
            rows = list(doc.rows)
            rows[r + 1] = dataclasses.replace(rows[r + 1], cells=())
            doc = dataclasses.replace(doc, rows=rows)
        return doc
    return doc


def _coded_rows(doc: Document, start: int, col: int) -> list[int] | None:
    """The rows from `start` on whose cell in `col` is a code, when the codes count up."""
    found: list[int] = []
    last = 0
    for k in range(start, len(doc.rows)):
        cell = next((c for c in doc.rows[k].cells if c.col == col), None)
        if cell is None or not _CODE_RE.fullmatch(cell.text.strip()):
            continue
        code = int(cell.text)
        if code <= last:
            continue
        found.append(k)
        last = code
    return found if len(found) >= MIN_CODES else None


def _lettering(cells: tuple[Cell, ...]) -> bool:
    return len(cells) >= 3 and all(c.text.strip() in _LETTERS for c in cells)
