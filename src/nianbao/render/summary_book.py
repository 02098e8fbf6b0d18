"""The summary workbook (汇总表): one row per report, streamed.

Sheet 汇总: two header rows (sections merged across their columns, then each
field's label with its unit), one row per report in input order, a totals
row; panes frozen below the headers. Sheet 检查结果: the findings of every
report, and the files that could not be read.

Rows go straight to openpyxl's write-only sheets, so memory stays flat
however many reports pass through: only the running totals are kept.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import IO, Any

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.workbook import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.cell_range import CellRange  # type: ignore[import-untyped]

from nianbao.forms import Field, Form, default_form
from nianbao.render.grid import unit_note
from nianbao.render.xlsx_cells import CellStyles, place_directly
from nianbao.report import Report, Value
from nianbao.rules import Finding
from nianbao.rules.messages import show

DATA_SHEET = "汇总"
FINDINGS_SHEET = "检查结果"
SOURCE_HEADER = "来源文件"
TOTAL_LABEL = "合计"
FINDINGS_HEADER = (
    "source",
    "site_name",
    "site_code",
    "rule",
    "severity",
    "clause",
    "fields",
    "message",
    "fix",
)
# The findings sheet names each report by these, besides its file.
_NAME_KEYS = ("site_name", "site_code")


def counted(f: Field) -> bool:
    """A count (stock or flow): formatted #,##0 and summed in the totals row."""
    return f.numeric and f.period is not None


def averaged(f: Field) -> bool:
    """A figure that is itself an average (平均办理时间): a sum of them means nothing,
    so the totals row gives their mean."""
    return f.type == "number" and f.period is None


def header_label(f: Field) -> str:
    return f.display + unit_note(f.unit)


@dataclass
class _Total:
    sum: float = 0
    count: int = 0


@dataclass
class SummaryBook:
    """Add reports one by one, then `save`; nothing per report is kept in memory."""

    form: Form = field(default_factory=default_form)
    reports: int = 0
    unreadable: int = 0
    findings: int = 0
    _totals: dict[str, _Total] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._wb = Workbook(write_only=True)
        styles = CellStyles(self._wb)
        styles.add("head", bold=True, horizontal="center")
        styles.add("text", border=False, wrap=False)
        styles.add("count", border=False, wrap=False, number_format="#,##0")
        styles.add("whole", border=False, wrap=False, number_format="0")
        styles.add("decimal", border=False, wrap=False, number_format="0.0")
        styles.add("date", border=False, wrap=False, number_format="yyyy-mm-dd")
        styles.add("total", bold=True, border=False, wrap=False)
        styles.add("total_count", bold=True, border=False, wrap=False, number_format="#,##0")
        styles.add("total_decimal", bold=True, border=False, wrap=False, number_format="0.0")
        self._styles = styles
        self._columns = self.form.fields
        self._data = self._wb.create_sheet(DATA_SHEET)
        self._checks = self._wb.create_sheet(FINDINGS_SHEET)
        place_directly(self._data)
        place_directly(self._checks)
        self._data_header()
        self._findings_header()

    def _data_header(self) -> None:
        ws, styles = self._data, self._styles
        ws.column_dimensions["A"].width = 28
        for i, f in enumerate(self._columns, start=2):
            wide = f.type in ("str", "list", "enum") and not f.identifier
            ws.column_dimensions[get_column_letter(i)].width = 24 if wide else 14
        ws.freeze_panes = "B3"
        sections: list[Any] = [styles.cell(ws, SOURCE_HEADER, "head")]
        labels: list[Any] = [styles.cell(ws, None, "head")]
        col = 2
        for section, members in groupby(self._columns, key=lambda f: f.section):
            group = list(members)
            for i, f in enumerate(group):
                sections.append(styles.cell(ws, None if i else section, "head"))
                labels.append(styles.cell(ws, header_label(f), "head"))
            if len(group) > 1:
                last = col + len(group) - 1
                ws.merged_cells.ranges.add(
                    CellRange(min_col=col, max_col=last, min_row=1, max_row=1)
                )
            col += len(group)
        ws.merged_cells.ranges.add(CellRange(min_col=1, max_col=1, min_row=1, max_row=2))
        ws.row_dimensions[2].height = 45
        ws.append(sections)
        ws.append(labels)

    def _findings_header(self) -> None:
        ws = self._checks
        for letter, width in zip("ABCDEFGHI", (28, 28, 14, 26, 9, 10, 30, 60, 60), strict=True):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        ws.append([self._styles.cell(ws, name, "head") for name in FINDINGS_HEADER])

    def _cell(self, f: Field, value: Value | None) -> Any:
        ws, styles = self._data, self._styles
        if value is None:
            return None
        if f.numeric and isinstance(value, int | float) and not isinstance(value, bool):
            total = self._totals.setdefault(f.key, _Total())
            total.sum += value
            total.count += 1
            if counted(f):
                return styles.cell(ws, value, "count")
            return styles.cell(ws, value, "decimal" if f.type == "number" else "whole")
        if isinstance(value, datetime.date):
            return styles.cell(ws, value, "date")
        return styles.plain(ws, show(value, f))

    def add(self, source: str, report: Report, findings: Sequence[Finding]) -> None:
        """One report's row, and its findings on the second sheet."""
        values = report.values
        row = [self._styles.plain(self._data, source)]
        row.extend(self._cell(f, values.get(f.key)) for f in self._columns)
        self._data.append(row)
        self.reports += 1
        names = [show(values[k]) if k in values else None for k in _NAME_KEYS]
        for finding in findings:
            self._finding_row(
                source,
                names,
                finding.rule,
                finding.severity,
                finding.clause,
                ", ".join(finding.fields),
                finding.message,
                finding.fix,
            )
            self.findings += 1

    def add_unreadable(self, source: str, code: str, message: str) -> None:
        """A file that could not be read: listed on the findings sheet, with the reason."""
        self._finding_row(source, [None, None], code, "error", "", "", message, "")
        self.unreadable += 1

    def _finding_row(self, source: str, names: list[str | None], *rest: str) -> None:
        ws = self._checks
        self._checks.append([self._styles.plain(ws, v) for v in (source, *names, *rest)])

    def _totals_row(self) -> None:
        ws, styles = self._data, self._styles
        means = [f.display for f in self._columns if averaged(f)]
        label = TOTAL_LABEL + (f"（{'、'.join(means)}为平均值）" if means else "")
        row: list[Any] = [styles.cell(ws, label, "total")]
        for f in self._columns:
            total = self._totals.get(f.key)
            if total is None or not total.count:
                row.append(None)
            elif counted(f):
                row.append(styles.cell(ws, total.sum, "total_count"))
            elif averaged(f):
                row.append(styles.cell(ws, total.sum / total.count, "total_decimal"))
            else:
                row.append(None)
        ws.append(row)

    def save(self, target: Path | IO[bytes]) -> None:
        """Write the totals and the file. The book cannot be added to afterwards."""
        self._totals_row()
        last_col = get_column_letter(len(self._columns) + 1)
        self._data.auto_filter.ref = f"A2:{last_col}{self.reports + 2}"
        self._checks.auto_filter.ref = f"A1:I{self.findings + self.unreadable + 1}"
        self._wb.save(target)

    def discard(self) -> None:
        """Give up without writing (an interrupted batch): close the streams quietly."""
        for ws in (self._data, self._checks):
            with suppress(Exception):
                ws.close()
