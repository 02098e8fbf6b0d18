"""A list of options its narrow cell wrapped over three lines around its label's, in text
laid out in columns, a note's lines in the next column (pdftotext -layout, pdfplumber
with its layout): extract.wraps (the first line above the label's) and
extract.option_wraps (the third line past a line of the note's only)."""

from __future__ import annotations

from text_reports import values


def test_a_lists_first_line_above_its_label_beside_a_notes_goes_before_it() -> None:
    # Names cut by the cell's width go on at the next line's start (多语言版 | 本).
    got = values(
        "创新发展\n"
        "           √搜索即服务 □多语言版              提供政策智能匹配与免申即享服务；建设\n"
        "创新发展       本 □无障碍浏览 □千人千      其他（注明） "
        "适老化专区，提供大字版、语音读屏和简\n"
        "           网 √其他                     洁版页面\n"
        "单 位 负 责 人：韩建国     审核人：李勇\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_lists_last_line_past_a_line_of_the_notes_only_ends_it() -> None:
    got = values(
        "                                     九、创新发展\n\n"
        "             创新发展                             其他（注明）\n\n"
        "        √搜索即服务   □多语言版\n"
        "                           提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版\n"
        "        本 □无障碍浏览   □千人千\n"
        "                                              和简洁版页面\n"
        "             网  √其他\n"
        "单位负责人：肖英萍\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]


def test_a_lists_first_line_under_a_heading_of_its_name_is_no_value_of_the_heading() -> None:
    # pdfplumber with its layout: the heading 创新发展 takes no line it is not the label of;
    # the list's first line goes on beside f's label two lines down, past another
    # label's head (其他（注 | … | 明）).
    got = values(
        "       其他\n"
        "       创新发展\n"
        "               R搜索即服务  £多语言版                 提供政策智能匹配与免申即享服务\n"
        "                                   其他（注\n"
        "       创新发展    本 £无障碍浏览   R千人千网  R           区”政策问答专区\n"
        "                                   明）\n"
        "               其他\n"
        "单位负责人：谢洋静\n"
    )
    assert got["innovation"] == ["search_as_service", "personalized", "other"]


def test_a_lists_first_line_above_a_heading_after_another_fields_label() -> None:
    # pdftotext -layout: the list's line above the heading 创新发展, after the label of
    # other new media, which has no value.
    got = values(
        "         订阅数               个 １５９７２\n"
        "         其他\n"
        "                              √搜索即服务 □多语言版本 □无障碍浏览 √千人千\n"
        "         创新发展\n"
        "创新发展                          网 √其他\n"
        "单位负责人：程明\n"
    )
    assert got["innovation"] == ["search_as_service", "personalized", "other"]


def test_a_last_boxs_name_alone_under_the_label_below_the_list() -> None:
    # pdftotext -layout: 创新发展 centred in its two lines' cell, its list on the first and
    # the last box's name, 其他, alone on the second, under the label's line.
    got = values(
        "             其他\n\n"
        "                           ☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☑\n"
        "            创新发展\n"
        "                                           其他\n"
        "创新发展\n\n"
        "           其他（注明）                 提供政策智能匹配与免申即享服务\n\n"
        "单位负责人：董华   审核人：刘刚磊\n"
    )
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_lists_first_line_above_the_section_named_as_its_field() -> None:
    # pdfplumber: 创新发展's list wrapped around the section's name and its own label, the
    # last name of its first line cut (千人千 | 网), after another field's label.
    got = values(
        "其他移动新媒体\n☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千\n创新发展\n"
        "创新发展 网 ☑其他\n其他（注明） 提供政策智能匹配与免申即享服务\n单位负责人：曹洋磊\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
