"""A table with a remarks column (指标 | 数值 | 备注): a remark is no value. With a count's
cell left blank, a remark beside it (未开设其他移动新媒体, 截至12月31日) would be read as
the value; its cells are dropped from the rows under the head naming it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import TABLE_BLOCKS, Cell, Document, Row
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
    heads: dict[int, Cell] = {}  # a head's place → the remarks column's head
    at: int | None = None
    page: int | None = None
    # Where blocks are tables (HTML, Word), the column ends with its table: the signatures'
    # line under it holds no remark (填报日期：… standing in the column's place).
    tables = doc.format in TABLE_BLOCKS
    for r, row in enumerate(doc.rows):
        # Only a row with the word in it may name the column (most rows: one look each).
        named = any("备注" in c.text or "说明" in c.text for c in row.cells)
        head = _remarks_head(row.cells) if named else None
        if head is not None:
            at, page, heads[r], under[r] = r, row.page, head, []
        elif at is not None and row.page == page:
            if tables and row.block != doc.rows[at].block:
                at = None
                continue
            under[at].append(row)
    laid_out = doc.format == "text"  # a page's cells stand in its ruled columns
    chosen: dict[int, _Column] = {}
    for h, rows in under.items():
        head = heads[h]
        edge = None
        if laid_out and head.bbox is not None:
            # Lines laid out by position count their cells, not the table's columns (总数
            # | 2818 | 不含外链 and 信息发布（单 | 概况类信息更新量 | 2 both have three):
            # the column is where across the page its remarks begin.
            start = _remarks_start(rows, index)
            edge = head.bbox[0] if start is None else start
        chosen.update((id(row), _Column(head.col, edge)) for row in rows)
    if not chosen:
        return doc
    return rows_edited(
        doc, lambda row: _without(row, chosen[id(row)]) if id(row) in chosen else None
    )


@dataclass(frozen=True, slots=True)
class _Column:
    col: int
    x: float | None
    """Where across the page it begins (lines laid out by position); None: a table's."""

    def holds(self, cell: Cell) -> bool:
        if self.x is None:
            return cell.col == self.col
        return cell.bbox is not None and cell.bbox[0] >= self.x - _SLACK


_OR_RE = re.compile("[/／、]")
"""Between the words of a head that names two (数值/情况)."""


def _remarks_head(cells: tuple[Cell, ...]) -> Cell | None:
    own = [c for c in cells if not c.copy]
    if not any(all(normalize_label(w) in _VALUES for w in _OR_RE.split(c.text)) for c in own):
        return None
    return next((c for c in own if normalize_label(c.text) in _REMARKS), None)


_COUNT_RE = re.compile(r"\d[\d,，.]*\s*$")


def _remarks_start(rows: list[Row], index: LabelIndex) -> float | None:
    """Where across the page the remarks column begins: the leftmost text standing after a
    count (2818 | 不含外链), no label and not after a row's number; None when no remark
    stands so."""
    starts = []
    for row in rows:
        cells = [c for c in row.cells if not c.copy]
        for k in range(1, len(cells) - 1):
            before, cell = cells[k], cells[k + 1]
            if cell.bbox is None or not _COUNT_RE.fullmatch(before.text.strip()):
                continue
            if _COUNT_RE.fullmatch(cell.text.strip()) or _labelled(cell.text, index):
                continue
            starts.append(cell.bbox[0])
    return min(starts, default=None)


def _labelled(text: str, index: LabelIndex) -> bool:
    return index.lookup(normalize_label(text)) is not None


_SLACK = 2.0
"""Characters (or points) a remark may start left of the column's first."""


def _without(row: Row, column: _Column) -> tuple[Cell, ...] | None:
    # A cell with tick boxes in the remarks' column is a value run into it (a page's
    # options overflowing their cell: ☑政府门户网站 ☐部门网站请按照…): a remark has none.
    return tuple(c for c in row.cells if not column.holds(c) or has_ticks(c.text))
