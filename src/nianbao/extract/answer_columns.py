"""A table with a column for each answer of its yes/no rows (指标 | 填报内容 | 是 | 否): the
mark in a row's 否 column answers 否. Read alone, a mark says yes; so each mark alone in
such a column's cell becomes the column's answer (☑ under 否 is 否, an empty box nothing),
a yes/no row's answer or an option's on a row of its own (搜索即服务 | 否). A table that a
page break cuts keeps its columns on the next page."""

from __future__ import annotations

import dataclasses

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import BOOL_OPTIONS, LOOKALIKES

_ANSWERS = frozenset(name for _, names in BOOL_OPTIONS for name in names)
_MARKS = frozenset("☑☐")


def name_answer_columns(doc: Document, index: LabelIndex) -> Document:
    rows: list[Row] | None = None
    heads: dict[int, str] = {}
    block = None
    page = None
    for r, row in enumerate(doc.rows):
        if row.block != block and not (heads and page is not None and (row.page or 0) > page):
            heads = {}  # a new table; but a table a page break cuts keeps its columns
        block, page = row.block, row.page
        named = _heads(row.cells, index)
        if named:
            heads = named
            continue
        if not heads:
            continue
        cells = tuple(
            dataclasses.replace(c, text=heads[c.col] if c.text.strip() == "☑" else "")
            if c.col in heads and not c.copy and c.text.strip() in _MARKS
            else c
            for c in row.cells
        )
        if cells != row.cells:
            rows = rows if rows is not None else list(doc.rows)
            rows[r] = dataclasses.replace(row, cells=cells)
    return doc if rows is None else dataclasses.replace(doc, rows=rows)


def may_name(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds 是 and 否 cells (否 as OCR may misread it)."""
    return "\n是\n" in text and any(f"\n{no}\n" in text for no in _NO_CELLS)


_NO_CELLS = ("否", *(seen for seen, meant in LOOKALIKES.items() if meant == "否"))


def _heads(cells: tuple[Cell, ...], index: LabelIndex) -> dict[int, str]:
    """Column → answer of a row heading answer columns: 是 and 否 each a cell of their own,
    no mark on the row, no field's label (是否使用统一平台 | 是 | 是否提供智能问答 | 否: two
    rows' answers side by side)."""
    # A head as OCR may misread it (否 as 香): a column of its own, beside 是.
    texts = {c.col: LOOKALIKES.get(c.text.strip(), c.text.strip()) for c in cells if not c.copy}
    named = {col: text for col, text in texts.items() if text in _ANSWERS}
    if len(set(named.values())) < 2 or any(m in c.text for c in cells for m in _MARKS):
        return {}
    if any(index.lookup(normalize_label(c.text)) is not None for c in cells):
        return {}
    return named
