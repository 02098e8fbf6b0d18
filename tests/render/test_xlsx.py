"""The XLSX: the official sheet with merged cells, the flat sheet for machines, no live formulas."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet
from render_checks import HOSTILE, check_table, hostile_report, load_seed, plain

from nianbao.coerce import report_from_mapping
from nianbao.render.workbook import (
    FLAT_HEADER,
    FLAT_SHEET,
    LIST_SEPARATOR,
    OFFICIAL_SHEET,
    render_xlsx,
)
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def flat_values(data: bytes, report: Report) -> dict[str, Any]:
    """The flat sheet read back as report.to_json() writes values."""
    ws = load(data)[FLAT_SHEET]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == FLAT_HEADER
    assert [r[0] for r in rows[1:]] == list(report.form.keys)
    out = {}
    for key, _label, _unit, value in rows[1:]:
        if value is None:
            continue
        is_list = report.form.by_key[key].type == "list"
        out[key] = value.split(LIST_SEPARATOR) if is_list else value
    return out


def same_typed(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a == b and all(type(a[k]) is type(b[k]) for k in a)


def official_rows(ws: Worksheet) -> list[list[str]]:
    """Table rows as distinct cell texts, merged areas repeated in each row they cover."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in ws.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                owner[(row, col)] = (merged.min_row, merged.min_col)
    rows = []
    for r in range(1, ws.max_row + 1):
        texts, last = [], None
        for c in range(1, ws.max_column + 1):
            at = owner.get((r, c), (r, c))
            if at != last:
                value = ws.cell(*at).value
                texts.append("" if value is None else str(value))
            last = at
        rows.append(texts)
    return rows


def test_seed_flat_sheet_gives_back_the_values(seed_report: Report) -> None:
    data = render_xlsx(seed_report)
    assert same_typed(flat_values(data, seed_report), seed_report.to_json())


@settings(max_examples=15)
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_reports_round_trip(seed: int) -> None:
    report = report_from_mapping(synthetic_report(seed))
    data = render_xlsx(report)
    assert same_typed(flat_values(data, report), report.to_json())
    check_table(official_rows(load(data)[OFFICIAL_SHEET]), report)


def test_official_sheet_layout(seed_report: Report) -> None:
    wb = load(render_xlsx(seed_report))
    assert wb.sheetnames == [OFFICIAL_SHEET, FLAT_SHEET]
    ws = wb[OFFICIAL_SHEET]
    rows = official_rows(ws)
    check_table(rows, seed_report)
    assert rows[0] == ["政府网站工作年度报表"]
    assert rows[1] == ["（2022年度）"]
    assert rows[2] == ["填报单位：海口市卫生健康委员会"]
    assert plain(rows[-1][0]) == plain(
        "单位负责人：潘文利 审核人：冯天国 填报人：梁燕 联系电话：089868723849 填报日期：2023-01-11"
    )
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:F1", "A2:F2", "A4:C4", "D4:F4"} <= merged
    spans = {
        str(ws.cell(r.min_row, r.min_col).value): (r.max_row - r.min_row + 1, r.min_col)
        for r in ws.merged_cells.ranges
    }
    assert spans["信息发布（单位：条）"] == (4, 1)
    assert spans["解读信息发布"] == (4, 2)
    assert spans["留言办理"] == (4, 2)
    assert spans["移动新媒体"] == (8, 1)
    # Counts are numbers, bordered; units stay inside the labels.
    label = "独立用户访问总量（单位：个）"
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)
    assert ws.cell(row, 4).value == 453679
    assert ws.cell(row, 4).border.left.style == "thin"
    assert ws.cell(row, 6).border.right.style == "thin"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    assert ws.page_setup.paperSize == 9


def test_formula_like_text_stays_text() -> None:
    report = hostile_report()
    data = render_xlsx(report)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = package.read(name).decode("utf-8")
            assert not re.search(r"<(\w+:)?f[ >/]", xml), f"{name} holds a formula"
    wb = load(data)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, f"{ws.title}!{cell.coordinate} lacks the quote prefix"
    values = flat_values(data, report)
    for key, text in HOSTILE.items():
        assert values[key] == text.replace("\x07", "")
    check_table(official_rows(wb[OFFICIAL_SHEET]), report)
