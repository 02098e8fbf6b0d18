"""A label's rest opening the line a note or a free text goes on (extract/label_rests.py)."""

from __future__ import annotations

from text_reports import values


def test_a_letter_spaced_labels_rest_before_a_notes_rest_is_no_part_of_it() -> None:
    # pdfplumber: 创新发展's group name and label both wrap, their rests open the next line.
    got = values(
        "九、创新发展\n创新发 创 新 发 □搜索即服务 □多语言版本 □无障碍浏览 √千人千网 "
        "√其他：提供政策智能匹\n展 展 配与免申即享服务\n单 位 负 责 人：陈兰敏\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_labels_rest_before_a_free_texts_next_line_is_no_part_of_it() -> None:
    # pdfplumber: 其他（注明） wraps beside the text; its 明） opens the text's next line.
    got = values(
        "其他\n☐搜索即服务 ☑多语言版本 ☑无障碍浏览 ☐千人千网 ☑其他\n创新发\n"
        "展 其他（注 提供政策智能匹配与免申即享服务；开通“某县”政策问答专区，提供政策原文、解\n"
        "明） 读、问答一站式查询\n单位负责人：冯静刚 审 核 人：郑桂\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“某县”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_a_notes_rest_past_the_rests_of_a_label_and_a_group_cut_as_it() -> None:
    # pdftotext without -layout: the group's name and the label, both cut after 创新发, their
    # rests alone on the lines after the options', then the note's rest.
    got = values(
        "其他\n"
        "移动客户端“垦利区人通”，下载量 84 万次\n"
        "创新发\n"
        "创新发\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☑千人千网 ☑其他：提供政策智能匹配与免\n"
        "展\n"
        "展\n"
        "申即享服务\n"
        "单位负责人：周磊\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert got["head"] == "周磊"


def test_a_labels_rest_letter_spaced_as_its_head_is_no_part_of_a_notes_rest() -> None:
    # pdfplumber: 创 新 | 发 展 down the label's cell, one character a word on each line.
    got = values(
        "创新发展\n"
        "创 新 R搜索即服务 R多语言版本 £无障碍浏览 R千人千网 "
        "R其他：提供政策智能匹配与免申即享服务；\n"
        "发 展 开通“凤泉区”政策问答专区，提供政策原文、解读、问答一站式查询\n"
        "单 位 负 责 人：曹国桂\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“凤泉区”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_a_notes_lines_between_the_pieces_of_its_labels_tall_cell() -> None:
    # pdfplumber without its layout: 创新 | … | 发展, the section's tall cell, a piece a line
    # between the note's lines.
    got = values(
        "微信\n名称 天长市人民政府办公室\n信息发布量 条 322条\n订阅数 个 75532个\n"
        "移动客户端“天长市人通”，下载量 53 万次；抖音号“天长市”，发布短视频\n其他\n"
        "7595 条，粉丝 9848 人；“天长市”政务服务小程序，累计访问 4767 万次\n创新发展\n"
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能\n"
        "创新\n"
        "匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页\n"
        "发展\n"
        "面\n"
        "单位负责人：吴杰\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_notes_rest_after_its_label_past_its_tall_cells_head() -> None:
    got = values(
        "其他\n"
        "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☑千人千网 ☑其他：提供政策智能\n"
        "创新\n"
        "创新发展 匹配与免申即享服务；开通“沈河区”政策问答专区，提供政策原文、解读、问答一\n"
        "发展\n"
        "站式查询\n"
        "单位负责人：吴杰\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“沈河区”政策问答专区，提供政策原文、解读、问答一站式查询"
    )
