"""A text of two lines centred on its label's one (pdfplumber without layout):
extract/note_around.py."""

from __future__ import annotations

from text_reports import values


def test_a_note_begun_above_its_label_and_ended_below() -> None:
    got = values(
        "其他\n☐搜索即服务 ☑多语言版本 ☑无障碍浏览 ☑千人千网 ☑其他\n创新发展\n"
        "提供政策智能匹配与免申即享服\n其他（注明）\n务\n单位负责人：袁丽红\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_the_text_after_the_choices_label_is_the_head_too() -> None:
    got = values(
        "其他\n☐搜索即服务 ☑多语言版本 ☑无障碍浏览 ☐千人千网 ☑其他\n"
        "创新发展 提供政策智能匹配与免申即享\n其他（注明）\n服务\n单位负责人：程军\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
