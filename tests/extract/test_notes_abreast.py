"""A choice's options and its note wrapped side by side, a line of each on each line, in
text of one line a row (extract/notes_abreast.py)."""

from __future__ import annotations

from text_reports import values

TAIL = "单位负责人：马伟 审核人：朱兰 填报人：袁秀玉 联系电话：0931-81958221\n"
NOTE = (
    "提供政策智能匹配与免申即享服务；开通“万安县”政策问答专区，提供政策原文、解读、问答一站式查询"
)
ALL = ["search_as_service", "multilingual", "accessibility", "personalized", "other"]

# pdfplumber: the note's lines after the options' on each line, the label's pieces on lines
# of their own and opening one.
CUT = (
    "创新发展\n"
    "☐搜索即服务 ☑多语言版 提供政策智能匹配与免申即享服务；开通“万\n"
    "其他（注\n"
    "创新发展 本 ☐无障碍浏览 ☑千人千 安县”政策问答专区，提供政策原文、解读、\n"
    "明）\n"
    "网 ☑其他 问答一站式查询\n"
)


def test_options_and_note_a_line_of_each_on_each_line() -> None:
    got = values(CUT + TAIL)
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == NOTE


def test_a_box_whose_name_opens_the_next_line() -> None:
    # ☐ ends the options' first line; 他 finishes 其 on the last, before the note's words.
    got = values(
        "创新发展\n创 新 发 展 其他（注明）\n"
        "☑搜索即服务 ☑多语言版本 ☐ 提供政策智能匹配与免申即享服务；开通“万\n"
        "无障碍浏览 ☐千人千网 ☑其 安县”政策问答专区，提供政策原文、解读、\n"
        "他 问答一站式查询\n" + TAIL
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == NOTE


def test_the_notes_label_between_the_options_and_the_note() -> None:
    got = values(
        "创新发展\n"
        "创新发展 ☑搜索即服务 ☑多语言版本 ☑无障 其他（注 提供政策智能匹配与免申即享服务；开通“万\n"
        "碍浏览 ☑千人千网 ☑其他 明） 安县”政策问答专区，提供政策原文、解读、问答一站式查询\n" + TAIL
    )
    assert got["innovation"] == ALL
    assert got["innovation_other"] == NOTE


def test_not_a_text_before_options_on_one_line() -> None:
    # pdftotext: another cell's text moved before the options, the note after them.
    got = values(
        "创新发展\n其他（注\n明）\n"
        "移动客户端“义县卫生通”，下载量 7 万次；“义县”政务服务小程序，累计访问 4640\n"
        "万次；今日头条号“义县发布”，信息发布量 2566 条，关注量 59588 个\n"
        "☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n"
        "提供政策智能匹配与免申即享服务；开通“万安县”政策问答专区，提供政策原文、解\n"
        "读、问答一站式查询\n" + TAIL
    )
    assert not str(got.get("innovation_other", "")).startswith("移动客户端")


def test_not_when_the_option_of_the_note_is_not_ticked() -> None:
    got = values(CUT.replace("☑其他", "☐其他") + TAIL)
    assert got.get("innovation_other") != NOTE


def test_not_a_note_below_the_options_lines() -> None:
    # pypdfium2: options wrapped over three lines, the note under its own label after them
    # (its last line past the lines the options and a note beside them may take).
    got = values(
        "其他\n创新发展\n创新发展\n☑搜索即服务 ☑多语言版\n本 ☐无障碍浏览 ☐千人千\n网 ☑其他\n"
        "其他（注明）\n"
        "提供政策智能匹配与免申即享服务；开通“万\n安县”政策问答专区，提供政策原文、解读、问答\n"
        "一站式查询\n" + TAIL
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == NOTE


def test_not_with_another_choices_answer_among_the_options() -> None:
    # pdftotext: 是否有移动新媒体's answer and another cell's text on the lines before the
    # options; ☑否 names none of 创新发展's options.
    got = values(
        "其他\n创新发\n展\n☑否\n"
        "移动客户端“昌邑市卫通”，下载量 60 万次；今日头条号“昌邑市发布”，信息发布量\n"
        "1403 条，关注量 56985 个；“昌邑市”政务服务小程序，累计访问 4210 万次\n"
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n其他（注\n明）\n"
        "提供政策智能匹配与免申即享服务；开通“万安县”政策问答专区，提供政策原文、解读、\n"
        "问答一站式查询\n" + TAIL
    )
    assert not str(got.get("innovation_other", "")).startswith("移动客户端")
