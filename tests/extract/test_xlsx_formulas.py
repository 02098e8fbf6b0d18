"""A formula saved without its result (a program's workbook) reads as nothing, and says so
(readers.xlsx)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from nianbao.readers.xlsx import read_xlsx


def test_a_formula_without_its_result_is_named_in_a_note() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "年报"
    sheet.append(["概况类信息更新量", 12])
    sheet.append(["政务动态信息更新量", 30])
    sheet.append(["信息发布总数", "=SUM(B1:B2)"])  # openpyxl saves no result
    out = io.BytesIO()
    book.save(out)
    doc = read_xlsx(out.getvalue())
    assert [c.text for c in doc.rows[2].cells] == ["信息发布总数"]
    assert len(doc.notes) == 1
    assert "工作表「年报」B3" in doc.notes[0]
    assert "保存" in doc.notes[0]


def test_figures_alone_make_no_note() -> None:
    book = Workbook()
    book.active.append(["信息发布总数", 42])
    out = io.BytesIO()
    book.save(out)
    assert read_xlsx(out.getvalue()).notes == []
