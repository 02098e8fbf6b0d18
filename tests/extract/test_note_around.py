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


def test_a_text_begun_above_its_label_goes_on_beside_it() -> None:
    # The cell's first line above the label's line, its second beside the label: both full.
    got = values(
        "名称 湛江市住房和城乡建设局\n媒\n信 息 发 布\n体 微 0条\n量（条）\n信\n订阅数\n34773个\n"
        "（个）\n移动客户端“湛江市住通”，下载量 48 万次；“湛江市”政务服务小程\n"
        "其他 序，累计访问 133 万次；今日头条号“湛江市发布”，信息发布量\n"
        "2873 条，关注量 54638 个\n创新发\n"
        "£搜索即服务 £多语言版本 R无障碍浏览 £千人千网 £其他\n展\n"
    )
    assert got["other_media"] == (
        "移动客户端“湛江市住通”，下载量 48 万次；“湛江市”政务服务小程序，累计访问 133 万次；"
        "今日头条号“湛江市发布”，信息发布量 2873 条，关注量 54638 个"
    )


def test_a_short_text_beside_its_label_is_whole() -> None:
    got = values(
        "创新发展\n创新发\n展情况\n£搜索即服务 £多语言版本 £无\n障碍浏览 £千人千网 R其他\n"
        "其他\n（注\n明）\n提供政策智能匹配与免申即享服务；开通“京口区”政策\n"
        "问答专区，提供政策原文、解读、问答一站式查询\n负责人：陈艳\n审 核 人：邓玉海\n"
    )
    assert got["head"] == "陈艳"
