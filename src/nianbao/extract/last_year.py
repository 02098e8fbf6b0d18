"""A table comparing the year with the one before (指标名称 | 单位 | 2023年 | 2022年 | 备注,
or 本年 | 上年): the last year's column holds no value of this report. Its cells are
dropped from the rows under the head, so a yes/no row's two answers (是 | 否) and a count's
two figures leave this year's alone."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import without_column
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex

_YEAR_LINE_RE = re.compile(r"\n(?:19|20)\d\d年度?\n")
_YEAR_HEAD_RE = re.compile(r"\s*(?:(本|今)|(上|去))年度?\s*|\s*((?:19|20)\d{2})\s*年度?\s*")


def may_drop(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold a head of a last year's column."""
    return "\n上年" in text or "\n去年" in text or _YEAR_LINE_RE.search(text) is not None


def last_year_dropped(doc: Document, index: LabelIndex) -> Document:
    """`doc` without the cells of its last year's column under the head naming it (the
    first such table's)."""
    for r, row in enumerate(doc.rows):
        col = _last_year(row.cells)
        if col is None:
            continue
        # Up to the next table on the head's page (a table a page break cuts goes on).
        end = next(
            (
                k
                for k in range(r + 1, len(doc.rows))
                if doc.rows[k].block != row.block and doc.rows[k].page == row.page
            ),
            len(doc.rows),
        )
        return without_column(doc, col, range(r + 1, end))
    return doc


def _last_year(cells: tuple[Cell, ...]) -> int | None:
    """The column of the last year's figures of a head naming this year's and last year's
    (本年 | 上年, or two years one apart: 2023年 | 2022年)."""
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
    return last if this is not None and last is not None and last != this else None
