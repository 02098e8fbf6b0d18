"""A free text that reading order set apart from its label (extract/far_texts.py)."""

from __future__ import annotations

from text_reports import values

WECHAT = (
    "微信\n名称 某局发布\n公众号名称\n信息发布量（单位：条）\n0条\n订 阅 数（单位：个）\n121768个\n"
)
TEXT = (
    "移动客户端“某县住通”，下载量 58 万次；抖音号“某县”，",
    "发布短视频 4823 条，粉丝 79730 人；今日头条号“某县发布”，",
    "信息发布量 6926 条，关注量 61474 个",
)


def test_a_text_after_the_next_sections_heading_and_options_rests() -> None:
    # pdftotext without -layout: 其他's cell after 创新发展 and two yes/no rests (☐否).
    got = values(
        WECHAT + "其他\n创新发展\n☐否\n☐否\n移动客户端“某市交通”，下载量 41 万次\n"
        "☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n其他（注明）\n"
        "单 位 负 责 人：某某\n2025.01.10\n提供政策智能匹配与免申即享服务\n审核人：某某\n"
    )
    assert got["other_media"] == "移动客户端“某市交通”，下载量 41 万次"
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert got["wechat_subscribers"] == 121768


def test_a_text_before_its_label_its_last_line_opening_with_a_labels_word() -> None:
    # The note of 其他 is not ticked: its label is no rival for the text.
    got = values(
        WECHAT + "\n".join(TEXT) + "\n其他\n创新发展\n☐否\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他\n其他（注明）\n单位负责人：某某\n"
    )
    assert got["other_media"] == "".join(TEXT)
    assert "innovation_other" not in got


def test_two_texts_without_a_value_near_one_paragraph_leave_it() -> None:
    # The note of a ticked 其他 lacks its text too: the paragraph may be either's.
    got = values(
        WECHAT + "\n".join(TEXT) + "\n其他\n创新发展\n☐否\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☑其他\n其他（注明）\n单位负责人：某某\n"
    )
    assert "other_media" not in got


def test_a_line_beside_a_text_read_may_be_a_piece_of_it() -> None:
    # A line above the note read below it, the options' rests between: one text maybe.
    got = values(
        "是否有移动新媒体\n☑是 ☐否\n微博\n名称\n信息发布量（单位：条）\n关注量（单位：个）\n"
        "无\n0\n0\n名称\n信息发布量（单位：条）\n订阅数（单位：个）\n某县教育局\n240\n11656\n微信\n其他\n"
        "九、创新发展\n创新发展\n其他（注明）\n☑搜索即服务 ☐多语言版本 ☑\n"
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏\n"
        "无障碍浏览 ☑千人千网 ☑其\n和简洁版页面\n他\n单位负责人：某某\n"
    )
    assert "other_media" not in got


def test_a_footnote_below_the_table_is_no_text() -> None:
    # 其他 left blank; the remark under the options (*注：…*) is the form's.
    got = values(
        WECHAT + "其他\n创新发展\n☐否\n"
        "*注：本网站为专项网站，未开设政务微博，微信公众号由中心统一运营。*\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他\n单位负责人：梁永健\n"
    )
    assert "other_media" not in got


def test_a_footnote_is_no_rival_to_the_texts_paragraph() -> None:
    got = values(
        WECHAT + "\n".join(TEXT) + "\n其他\n创新发展\n☐否\n"
        "注：本网站为专项网站，未开设政务微博，微信公众号由中心统一运营。\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他\n单位负责人：某某\n"
    )
    assert got["other_media"] == "".join(TEXT)
