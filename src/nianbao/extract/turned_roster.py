"""A table of reports set the other way round: the fields' labels down its first column, a
column for each report under the report's name (a city's sheet of its departments' sites,
指标 | 温州市民政局 | 温州市卫生健康委员会 …). Turned so each column is a row, it is a table of
reports as `roster` reads them, each report's values keeping the cells they came from.

A single report's table (指标 | 数值 | 备注, 指标 | 本年 | 上年, 项目 | 单位 | 内容) also has
labels down its first column: only columns each headed by a name, none of them a column's
head word or a year, are reports."""

from __future__ import annotations

import dataclasses
import itertools
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, label_index, normalize_label
from nianbao.extract.last_year import year_head
from nianbao.extract.prose import column_heads
from nianbao.extract.roster import (
    MIN_HEADER_LABELS,
    MIN_REPORTS,
    Roster,
    find_rosters,
    is_field_label,
)
from nianbao.forms.model import Form

_GRIDS = frozenset({"xlsx", "text", "html", "docx"})
"""Formats whose columns may be a table's own: a CSV is read as text, and text laid out
by position has columns too, as long as its first column is labels."""
_ROW_WHERE_RE = re.compile(r"第\s*\d+\s*行$")


def turned(doc: Document, form: Form) -> tuple[Document, list[Roster]] | None:
    """`doc` with its table of reports set a column per report turned a row per report,
    and the tables of reports read in it, when it holds one."""
    if doc.format not in _GRIDS:
        return None
    index = label_index(form)
    for block, grouped in itertools.groupby(doc.rows, key=lambda row: row.block):
        rows = list(grouped)
        # The sheet's title over the table (宝鸡市政府网站工作年度报表（2023年度）) stays
        # over it: a line of one cell.
        titles = list(itertools.takewhile(lambda row: len(row.cells) == 1, rows))
        rows = rows[len(titles) :]
        labels = _label_column(rows[0], index) if len(rows) >= MIN_HEADER_LABELS else None
        if labels is None:
            continue
        firsts = [c for r in rows if len(r.cells) > MIN_REPORTS for c in r.cells if c.col == labels]
        if sum(is_field_label(c, index) for c in firsts if not c.copy) < MIN_HEADER_LABELS:
            continue
        turned_rows = _columns_as_rows(rows, block, labels)
        candidate = dataclasses.replace(doc, rows=[*titles, *turned_rows])
        rosters = find_rosters(candidate, form)
        if rosters and len(rosters[0].reports) >= MIN_REPORTS:
            return candidate, rosters
    return None


def _label_column(top: Row, index: LabelIndex) -> int | None:
    """The column of the labels when the table's top row heads two columns or more after
    it, each with a name (no column's head word, no year, no label): the first column, or
    the last of the columns headed by head words (栏目 | 指标 | 网站1 | 网站2: the groups'
    names, then the labels)."""
    cells = [c for c in top.cells if not c.copy]
    lead = 0
    while lead < len(cells) - 1 and column_heads(cells[lead].text, index.form):
        lead += 1
    at = max(lead - 1, 0)
    return cells[at].col if cells and _named_columns(cells[at + 1 :], index) else None


def _named_columns(names: list[Cell], index: LabelIndex) -> bool:
    """Whether two columns or more are each headed by a name: no column's head word (数值,
    备注, 单位), no year (本年, 2023年), no label."""
    return len(names) >= MIN_REPORTS and all(
        c.text.strip()
        and not column_heads(c.text, index.form)
        and not year_head(c.text)
        and index.lookup(normalize_label(c.text)) is None
        for c in names
    )


def _columns_as_rows(rows: list[Row], block: int, labels: int) -> list[Row]:
    """The table's columns from the labels' on, each a row of its cells top down (a cell's
    place in the row is its row's in the table), named by its column: a column of the
    groups' names before the labels' is left (their labels say them, 总数 under 信息发布
    as a roster's head does)."""
    where = _ROW_WHERE_RE.sub("", rows[0].where)
    columns: dict[int, list[Cell]] = {}
    for r, row in enumerate(rows):
        for c in row.cells:
            if c.col >= labels:
                cell = Cell(c.text, r, c.bbox, c.copy, c.confidence)
                columns.setdefault(c.col, []).append(cell)
    return [
        Row(tuple(columns[col]), f"{where}第 {col + 1} 列", rows[0].page, block)
        for col in sorted(columns)
    ]
