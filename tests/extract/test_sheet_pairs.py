"""A sheet set out two label|answer pairs a row, its multi-choice options two name|mark
pairs a row under the choice's heading (extract.answer_columns, extract.around)."""

from __future__ import annotations

import io

import openpyxl

from nianbao.extract.pipeline import extract_bytes

ROWS = [
    ["政府网站工作年度报表（2024年度）"],
    ["网站名称", "某区人民政府网站", "政府网站标识码", "3502030001"],
    ["独立用户访问总量（个）", 9650, "网站总访问量（个）", 29556],
    ["信息发布总数（条）", 2704, "概况类信息更新量（条）", 42],
    ["是否发布服务事项目录", "是", "注册用户数（个）", 0],
    ["是否使用统一平台", "是", "是否提供智能问答", "否"],
    ["九、创新发展（多选）"],
    ["搜索即服务", None, "多语言版本", "√"],
    ["无障碍浏览", "√", "千人千网", None],
    ["填报人", "黄志斌", "联系电话", "0592-2181563"],
]


def _read(rows: list[list[object]]) -> dict[str, object]:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return extract_bytes(out.getvalue(), "report.xlsx").report.to_json()


def test_a_row_of_two_answers_heads_no_answer_columns() -> None:
    # 是 | 否 on the row of two yes/no pairs are those rows' answers, not the heads of a
    # 是 column and a 否 column over the marks below.
    got = _read(ROWS)
    assert (got.get("unified_platform"), got.get("smart_qa")) == (True, False)
    assert "multilingual" in got.get("innovation", [])


def test_a_list_of_options_goes_on_over_the_rows_below() -> None:
    got = _read(ROWS)
    assert got.get("innovation") == ["multilingual", "accessibility"]
