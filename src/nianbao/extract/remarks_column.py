"""A table with a remarks column (指标 | 数值 | 备注): a remark is no value. With a count's
cell left blank, a remark beside it (未开设其他移动新媒体, 截至12月31日) would be read as
the value; its cells are dropped from the rows under the head naming it."""

from __future__ import annotations

import itertools

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.piece import has_ticks

_REMARKS = frozenset(
    {"备注", "说明", "备注说明", "填报说明", "填写说明", "填表说明", "指标说明", "说明事项"}
)
"""Heads of a remarks column: also the instructions a template quotes beside each row."""
_VALUES = frozenset({"数值", "数据", "填报内容", "填报数据", "填报情况", "内容", "情况", "数量"})
"""Heads of the values' column: a remarks column beside one of these holds no value."""


def remarks_dropped(doc: Document, index: LabelIndex) -> Document:
    """`doc` without the cells of its remarks column, in the rows under each head naming
    it beside a values' column (a head repeated on each page is found on each)."""
    under: dict[int, list[Row]] = {}  # a head's place → the rows under it
    heads: dict[int, int] = {}  # a head's place → the remarks' column
    at: int | None = None
    page: int | None = None
    for r, row in enumerate(doc.rows):
        # Only a row with the word in it may name the column (most rows: one look each).
        named = any("备注" in c.text or "说明" in c.text for c in row.cells)
        col = _remarks_col(row.cells) if named else None
        if col is not None:
            at, page, heads[r], under[r] = r, row.page, col, []
        elif at is not None and row.page == page:
            under[at].append(row)
    chosen = {
        id(row): (heads[h], _remarks_start(rows, heads[h], index))
        for h, rows in under.items()
        for row in rows
    }
    if not chosen:
        return doc
    return rows_edited(
        doc, lambda row: _without(row, *chosen[id(row)]) if id(row) in chosen else None
    )


def _remarks_col(cells: tuple[Cell, ...]) -> int | None:
    names = {normalize_label(c.text): c.col for c in cells if not c.copy}
    if not any(name in _VALUES for name in names):
        return None
    return next((col for name, col in names.items() if name in _REMARKS), None)


def _remarks_start(rows: list[Row], col: int, index: LabelIndex) -> float | None:
    """Where the remarks column begins across the page, for text laid out by position
    whose columns count a row's cells (pdftotext -layout: 总数 | 2818 | 不含外链信息 and
    信息发布（单 | 概况类信息更新量 | 2 both have three): the leftmost remark standing
    after a value, not after a label. None for a table's own columns."""
    starts = []
    for row in rows:
        cells = [c for c in row.cells if not c.copy]
        for before, cell in itertools.pairwise(cells):
            if cell.col == col and cell.bbox is not None and before.col < col:
                hit = index.lookup(normalize_label(before.text))
                if hit is None or not hit.fields:
                    starts.append(cell.bbox[0])
    return min(starts, default=None)


_SLACK = 2.0
"""Characters (or points) a remark may start left of the column's first."""


def _without(row: Row, col: int, start: float | None) -> tuple[Cell, ...] | None:
    # A cell with tick boxes in the remarks' column is a value run into it (a page's
    # options overflowing their cell: ☑政府门户网站 ☐部门网站请按照…): a remark has none.
    return tuple(
        c
        for c in row.cells
        if c.col != col
        or has_ticks(c.text)
        or (start is not None and c.bbox is not None and c.bbox[0] < start - _SLACK)
    )
