"""extract.quantity_rests: a text's measure word its line's end cut off and reading order
set apart (pdftotext without -layout)."""

from __future__ import annotations

from text_reports import values

_TAIL = (
    "微信\n\n名称\n\n康保县农业农村局\n\n信息发布量(单位: 条)\n\n75\n\n订阅数(单位: 个)\n\n"
    "79 083\n移动客户端“康保县农通”，下载量 7\n\n其他\n\n创新发展\n单位负责人：董伟\n\n万次\n\n"
    "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配与\n免申即享服务\n"
)


def test_a_texts_cut_measure_word_past_other_lines() -> None:
    got = values(_TAIL)
    assert got["other_media"] == "移动客户端“康保县农通”，下载量 7 万次"


def test_a_text_ending_in_its_measure_takes_no_more() -> None:
    got = values(_TAIL.replace("下载量 7\n", "下载量 7 万次\n").replace("\n\n万次\n", "\n\n次\n"))
    assert got["other_media"] == "移动客户端“康保县农通”，下载量 7 万次"
