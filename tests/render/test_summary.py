"""The summary workbook (汇总表): headers, one row per report, totals, findings, flat memory."""

from __future__ import annotations

import datetime
import io
import re
import tracemalloc
import zipfile
from typing import Any

import openpyxl
import pytest
from render_checks import HOSTILE, hostile_report, load_seed

from nianbao.coerce import report_from_mapping
from nianbao.forms import default_form
from nianbao.render.summary_book import (
    DATA_SHEET,
    FINDINGS_HEADER,
    FINDINGS_SHEET,
    SOURCE_HEADER,
    SummaryBook,
    averaged,
    counted,
    header_label,
)
from nianbao.report import Report
from nianbao.rules import check_report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)


def build(reports: list[tuple[str, Report]], unreadable: list[tuple[str, str, str]]) -> bytes:
    book = SummaryBook()
    for source, report in reports:
        book.add(source, report, check_report(report))
    for source, code, message in unreadable:
        book.add_unreadable(source, code, message)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def reports(seed_report: Report) -> list[tuple[str, Report]]:
    generated = [(f"r{s}.json", report_from_mapping(synthetic_report(s))) for s in range(6)]
    return [("seed-2022.yaml", seed_report), *generated]


@pytest.fixture(scope="module")
def workbook(reports: list[tuple[str, Report]]) -> openpyxl.Workbook:
    data = build(
        reports, [("broken.json", "unreadable", "不是有效的 JSON 文件（第 1 行第 2 列）。")]
    )
    return openpyxl.load_workbook(io.BytesIO(data))


def test_two_level_headers(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == [DATA_SHEET, FINDINGS_SHEET]
    ws = workbook[DATA_SHEET]
    form = default_form()
    assert ws.freeze_panes == "B3"
    labels = [c.value for c in ws[2]][1:]
    assert labels == [header_label(f) for f in form.fields]
    assert "信息发布总数（单位：条）" in labels
    assert "平均办理时间（单位：天）" in labels
    assert ws["A1"].value == SOURCE_HEADER
    merged = {str(r): r for r in ws.merged_cells.ranges}
    assert "A1:A2" in merged
    # Each section's name stands once in row 1, merged across its fields' columns.
    spans = {}
    for r in ws.merged_cells.ranges:
        if r.min_row == 1 and r.max_row == 1:
            spans[ws.cell(1, r.min_col).value] = r.max_col - r.min_col + 1
    sections = [c.value for c in ws[1][1:] if c.value is not None]
    assert sections == list(dict.fromkeys(f.section for f in form.fields))
    for section in sections:
        width = sum(1 for f in form.fields if f.section == section)
        assert spans.get(section, 1) == width


def test_one_row_per_report_with_formats(
    workbook: openpyxl.Workbook, reports: list[tuple[str, Report]]
) -> None:
    ws = workbook[DATA_SHEET]
    form = default_form()
    column = {f.key: i for i, f in enumerate(form.fields, start=2)}
    rows = list(ws.iter_rows(min_row=3, max_row=2 + len(reports)))
    assert [r[0].value for r in rows] == [source for source, _ in reports]
    seed = rows[0]
    assert seed[column["unique_visitors"] - 1].value == 453679
    assert seed[column["unique_visitors"] - 1].number_format == "#,##0"
    assert seed[column["messages_avg_days"] - 1].number_format == "0.0"
    assert seed[column["year"] - 1].number_format == "0"
    assert seed[column["smart_qa"] - 1].value == "否"
    assert seed[column["has_new_media"] - 1].value == "是"
    assert seed[column["site_type"] - 1].value == "部门网站"
    assert seed[column["innovation"] - 1].value == "无障碍浏览"
    assert seed[column["other_media"] - 1].value is None
    fill_date = seed[column["fill_date"] - 1]
    assert fill_date.value == datetime.datetime(2023, 1, 11)
    assert fill_date.number_format == "yyyy-mm-dd"
    many = next(r for _, r in reports if len(r.values.get("innovation", [])) > 1)
    row = rows[[r for _, r in reports].index(many)]
    labels = [form.by_key["innovation"].choice_label(k) for k in many.values["innovation"]]
    assert row[column["innovation"] - 1].value == "、".join(labels)


def test_totals_row(workbook: openpyxl.Workbook, reports: list[tuple[str, Report]]) -> None:
    ws = workbook[DATA_SHEET]
    form = default_form()
    totals = [c.value for c in ws[3 + len(reports)]]
    assert totals[0].startswith("合计")
    assert ws.max_row == 3 + len(reports)
    for i, f in enumerate(form.fields, start=1):
        present = [r.values[f.key] for _, r in reports if f.key in r.values]
        if counted(f):
            assert totals[i] == sum(present), f.key
            assert isinstance(totals[i], int)
        elif averaged(f):
            assert totals[i] == pytest.approx(sum(present) / len(present)), f.key
        else:
            assert totals[i] is None, f.key


def test_findings_sheet(workbook: openpyxl.Workbook, reports: list[tuple[str, Report]]) -> None:
    ws = workbook[FINDINGS_SHEET]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == FINDINGS_HEADER
    assert ws.freeze_panes == "A2"
    expected: list[tuple[Any, ...]] = []
    for source, report in reports:
        for f in check_report(report):
            expected.append(
                (
                    source,
                    report.values.get("site_name"),
                    report.values.get("site_code"),
                    f.rule,
                    f.severity,
                    f.clause,
                    ", ".join(f.fields),
                    f.message,
                    f.fix,
                )
            )
    assert any(e[3] == "interp_sum" and e[1] == "海口市卫生健康委员会" for e in expected)
    assert rows[1 : 1 + len(expected)] == expected
    broken = rows[-1]
    assert broken[0] == "broken.json"
    assert broken[3:5] == ("unreadable", "error")
    assert "不是有效的 JSON" in broken[7]


def test_formula_like_text_is_not_a_formula() -> None:
    data = build([("=cmd|' /C calc'!A0.json", hostile_report())], [])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(r"<(\w+:)?f[ >/]", package.read(name).decode("utf-8"))
    ws = openpyxl.load_workbook(io.BytesIO(data))[DATA_SHEET]
    row = list(ws[3])
    assert row[0].value == "=cmd|' /C calc'!A0.json"
    assert row[0].quotePrefix
    texts = {c.value for c in row}
    assert HOSTILE["sponsor"] in texts
    assert HOSTILE["site_name"] in texts


def test_memory_stays_flat() -> None:
    """Rows stream to disk: adding reports keeps Python's memory where it was."""
    pool = [report_from_mapping(synthetic_report(s)) for s in range(20)]
    findings = [check_report(r) for r in pool]
    book = SummaryBook()
    tracemalloc.start()
    try:
        for i in range(60):
            book.add(f"r{i}.json", pool[i % 20], findings[i % 20])
        before = tracemalloc.get_traced_memory()[0]
        for i in range(300):
            book.add(f"r{i}.json", pool[i % 20], findings[i % 20])
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    book.save(io.BytesIO())
    # Keeping rows would cost kilobytes each; streaming keeps only the totals.
    assert grown < 64 * 1024, f"memory grew by {grown / 1024:.0f} KiB over 300 reports"
