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
        if len(rows) < MIN_HEADER_LABELS or not _named_columns(rows[0], index):
            continue
        firsts = [r.cells[0] for r in rows if len(r.cells) > MIN_REPORTS and not r.cells[0].copy]
        if sum(is_field_label(c, index) for c in firsts) < MIN_HEADER_LABELS:
            continue
        candidate = dataclasses.replace(doc, rows=_columns_as_rows(rows, block))
        rosters = find_rosters(candidate, form)
        if rosters and len(rosters[0].reports) >= MIN_REPORTS:
            return candidate, rosters
    return None


def _named_columns(top: Row, index: LabelIndex) -> bool:
    """Whether the table's top row heads two columns or more after its first, each with a
    name: no column's head word (数值, 备注, 单位), no year (本年, 2023年), no label."""
    names = [c for c in top.cells[1:] if not c.copy]
    return len(names) >= MIN_REPORTS and all(
        c.text.strip()
        and not column_heads(c.text, index.form)
        and not year_head(c.text)
        and index.lookup(normalize_label(c.text)) is None
        for c in names
    )


def _columns_as_rows(rows: list[Row], block: int) -> list[Row]:
    """The table's columns, each a row of its cells top down (a cell's place in the row is
    its row's in the table), named by its column."""
    where = _ROW_WHERE_RE.sub("", rows[0].where)
    columns: dict[int, list[Cell]] = {}
    for r, row in enumerate(rows):
        for c in row.cells:
            columns.setdefault(c.col, []).append(Cell(c.text, r, c.bbox, c.copy, c.confidence))
    return [
        Row(tuple(columns[col]), f"{where}第 {col + 1} 列", rows[0].page, block)
        for col in sorted(columns)
    ]
