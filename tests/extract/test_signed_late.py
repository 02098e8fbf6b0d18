"""Signature lines reading order set after the instructions' title
(extract/signed_late.py)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: the table's last cells after the next page's first lines.
LATE = (
    "单位负责人：赵强\n月27日\n审核：王超\n附件2\n政府网站工作年度报表填写说明\n一、基本信息\n"
    "网站名称：请填写网站的中文名称。\n填报人：罗洋杰\n其他（注明）\n联系电话：028-69773775\n"
    "填报日期：2024年1\n首页网址：请填写网站首页页面地址。\n"
)


def test_signature_lines_after_the_instructions_title_are_read() -> None:
    got = values(LATE)
    assert got["filler"] == "罗洋杰"
    assert got["phone"] == "028-69773775"
    assert str(got["fill_date"]) == "2024-01-27"


def test_the_instructions_own_lines_are_no_values() -> None:
    got = values(LATE.replace("填报人：罗洋杰", "填报人：请填写填报人的姓名。"))
    assert "filler" not in got
    assert got.get("homepage_url") != "请填写网站首页页面地址。"


def test_a_half_width_colon_and_spaced_label_too() -> None:
    got = values(LATE.replace("联系电话：028-69773775", "联 系 电 话: 028-69773775"))
    assert got["phone"] == "028-69773775"


def test_a_date_alone_among_the_signature_lines_is_the_fill_date() -> None:
    # Its label went past the instructions' title without it.
    text = (
        "单位负责人：冯静\n\n2023-01-20\n\n审核人：罗兰伟\n\n填报人：罗建国\n\n"
        "联系电话：0455-6123456\n附件2\n政府网站工作年度报表填写说明\n填报日期：\n一、基本信息\n"
        "网站名称：请填写网站的中文名称。\n"
    )
    assert values(text)["fill_date"] == "2023-01-20"
    two = text.replace("审核人：罗兰伟", "2023-01-21\n\n审核人：罗兰伟")
    assert "fill_date" not in values(two)
