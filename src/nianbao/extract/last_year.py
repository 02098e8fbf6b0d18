"""A table comparing the year with the one before (指标名称 | 单位 | 2023年 | 2022年 | 备注,
or 本年 | 上年): the last year's column holds no value of this report. Its cells are
dropped from the rows under the head, so a yes/no row's two answers (是 | 否) and a count's
two figures leave this year's alone."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label

_HOLDS = r"(?:数值|数据|数|值|情况)?"
"""What a year's column says it holds (2023年数据, 上年数): one spelling for the gate and
the head, so the two cannot drift apart."""
_YEAR_LINE_RE = re.compile(rf"\n(?:19|20)\d\d年度?{_HOLDS}[\n（(]")
_YEAR_HEAD_RE = re.compile(
    r"\s*(?:(?:(本|今)|(上|去))年(?:度|同期)?|((?:19|20)\d{2})\s*年度?)"
    rf"{_HOLDS}(?:[（(][^）)]{{1,8}}[）)])?\s*"
)
"""A year's column head: 本年, 上年度, 2023年, with what it holds (本年数, 上年同期数值) and
a note (本年数（个/条）)."""


def year_head(text: str) -> bool:
    """Whether `text` heads a year's column (本年, 上年数, 2023年)."""
    return _YEAR_HEAD_RE.fullmatch(text) is not None


_FIGURE_RE = re.compile(r"\s*[\d,，.]*\s*[\u4e00-\u9fff]{0,2}\s*|\s*[-—/无]+\s*")
"""A figure (with its unit), a blank's dash or 无: last year's, whatever stands beside it."""


def may_drop(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold a head of a last year's column."""
    return "\n上年" in text or "\n去年" in text or _YEAR_LINE_RE.search(text) is not None


def last_year_dropped(doc: Document, index: LabelIndex) -> Document:
    """`doc` without the cells of its last year's column under the head naming it (the
    first such table's)."""
    found = next(
        ((r, cols) for r, row in enumerate(doc.rows) if (cols := _last_year(row.cells))), None
    )
    if found is None:
        return doc
    r, (col, this) = found
    head = doc.rows[r]
    # Up to the next table on the head's page (a table a page break cuts goes on).
    end = next(
        (
            k
            for k in range(r + 1, len(doc.rows))
            if doc.rows[k].block != head.block and doc.rows[k].page == head.page
        ),
        len(doc.rows),
    )
    chosen = {id(doc.rows[k]) for k in range(r + 1, end)}
    return rows_edited(
        doc, lambda row: _without(row, col, this, index) if id(row) in chosen else None
    )


def _without(row: Row, col: int, this: int, index: LabelIndex) -> tuple[Cell, ...]:
    """The row's cells without the last year's, unless it is a text with no cell in this
    year's column beside it: a name or an address written once across all the figures'
    columns (a figure of last year's stays last year's); or this year's column holds a
    label there, whose value the last year's cell is (审核人 | 赵文静 under the table)."""
    alone = all(c.col != this for c in row.cells)
    labelled = any(
        c.col == this and index.lookup(normalize_label(c.text)) is not None for c in row.cells
    )
    return tuple(
        c
        for c in row.cells
        if c.col != col or labelled or (alone and not _FIGURE_RE.fullmatch(c.text))
    )


def _last_year(cells: tuple[Cell, ...]) -> tuple[int, int] | None:
    """The columns of the last year's and this year's figures of a head naming both (本年 |
    上年, or two years one apart: 2023年 | 2022年)."""
    this: int | None = None
    last: int | None = None
    years: dict[int, int] = {}
    for c in cells:
        found = _YEAR_HEAD_RE.fullmatch(c.text) if not c.copy else None
        if found is None:
            continue
        if found[1]:
            this = c.col
        elif found[2]:
            last = c.col
        else:
            years[int(found[3])] = c.col
    if len(years) == 2 and max(years) - min(years) == 1:
        this, last = years[max(years)], years[min(years)]
    return (last, this) if this is not None and last is not None and last != this else None
