"""A code's digits read as a count, the count's own value after them (extract/code_moves.py)."""

from __future__ import annotations

from text_reports import values

BASIC = """\
一、基本信息
网站名称
大荔县教育局
政府网站标识
码
首页网址
https://
jyj63.610523.gov.cn/
ICP备案编号
主办单位
大荔县教育局
公安机关备案号
网站类型
□政府门户网站 √部门网站 □
专项网站
独立用户访问总量（单位：个）
6105234211
陕公网安备
陕ICP备18232231号-2
４５５９４３
61052381616701号
网站总访问量（单位：次）
４７００２３３
二、信息发布
"""


def test_the_codes_digits_read_as_a_count_go_to_the_code() -> None:
    got = values(BASIC)
    assert got["site_code"] == "6105234211"
    assert got["unique_visitors"] == 455943


def test_not_without_another_count_after_the_reading() -> None:
    got = values(BASIC.replace("４５５９４３\n", ""))
    assert got["unique_visitors"] == 6105234211
    assert "site_code" not in got


def test_not_when_the_digits_have_no_code_shape() -> None:
    got = values(BASIC.replace("6105234211", "61052342"))
    assert got["unique_visitors"] == 61052342
