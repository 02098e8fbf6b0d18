"""A table with a column of units marks a field without one (a name, a code, a choice)
with a dash there: the value is the cell after the dash."""

from __future__ import annotations

from text_reports import values


def test_a_dash_in_the_unit_column_is_no_value() -> None:
    found = values(
        "序号\t一级指标\t二级指标\t单位\t数值/情况\n"
        "1\t基本信息\t主办单位\t—\t某县人民政府办公室\n"
        "2\t网站类型\t—\t☐政府门户网站 ☑部门网站 ☐专项网站\n"
        "3\t独立用户访问总量\t个\t1,497,725\n"
        "4\t公安机关备案号\t/\t/\n"
    )
    assert found["sponsor"] == "某县人民政府办公室"
    assert found["site_type"] == "department"
    assert found["unique_visitors"] == 1497725
    assert "police_number" not in found  # a dash before a dash: the field left blank
