"""A ticked option's note set apart from its options by a converter's reading order
(pdftotext without -layout) is the note's field's when it is the one paragraph there."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"

HEAD = "其他\n创新发展\n单位负责人：梁平\n\n☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n"


def test_a_note_after_the_signature_lines_is_the_ticked_options() -> None:
    got = values(
        f"{HEAD}其他（注明）\n审核人：于军\n\n填报人：胡明\n\n"
        "提供政策智能匹配与免申即享服务\n联系电话：0571-71394760\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_wrapped_note_is_read_whole() -> None:
    got = values(
        f"{HEAD}其他（注明）\n审核人：黄静\n\n"
        "提供政策智能匹配与免申即享服务；建设适老化专区，提\n供大字版、语音读屏和简洁版页面\n"
        "填报人：刘平萍\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_two_paragraphs_leave_the_note_empty() -> None:
    got = values(
        f"{HEAD}其他（注明）\n审核人：黄静\n提供政策智能匹配与免申即享服务\n"
        "填报人：刘平萍\n网站运行平稳有序，无安全事故\n"
    )
    assert "innovation_other" not in got


def test_without_the_notes_label_no_text_is_taken() -> None:
    got = values(f"{HEAD}审核人：黄静\n提供政策智能匹配与免申即享服务\n")
    assert "innovation_other" not in got


def test_a_short_text_is_no_note() -> None:
    got = values(f"{HEAD}其他（注明）\n审核人：黄静\n曹建国\n")
    assert "innovation_other" not in got


def test_a_notes_rest_after_the_label_on_the_options_middle_line() -> None:
    # pdfplumber without its layout: the options' tall cell's first line above its label,
    # the note's rest after the label on the label's line, its last characters below.
    got = values(
        "九、创新发展\n"
        "☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配与\n"
        "创新发展 免申即享服务；开通“奇台县”政策问答专区，提供政策原文、解读、问答一站式查\n"
        "询\n"
        "单位负责人：曹娜艳 审核人：朱敏敏 填报人：马丽 联系电话：15434075514\n"
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“奇台县”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_the_options_cut_name_at_the_next_lines_start_is_not_the_notes() -> None:
    # pdftotext -layout: the options wrap back to their column's start (þ其 | 他), the note
    # beside them in the next column ends on the options' line.
    text = (CONVERTED / "pdftotext-layout-options-wrap-back.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_narrow_notes_short_last_line_in_its_block() -> None:
    # No blank line before 服务: pdftotext's one block, the note's cell narrower than 15.
    text = (
        f"{HEAD}其他（注明）\n\n审 核 人：邓秀海\n\n填报人：肖强国\n\n"
        "提供政策智能匹配与免申即享\n服务\n\n联 系 电 话：0971-68983402\n"
    )
    assert values(text)["innovation_other"] == "提供政策智能匹配与免申即享服务"
    # A blank line between: 服务 is a block of its own, no note's rest.
    apart = values(text.replace("即享\n服务", "即享\n\n服务"))
    assert apart["innovation_other"] == "提供政策智能匹配与免申即享"


def test_a_footnote_after_the_options_is_no_note() -> None:
    # 注：… remarks on the form: no note, and no rival to the note's paragraph.
    got = values(
        f"{HEAD}其他（注明）\n审核人：于军\n\n填报人：胡明\n\n提供政策智能匹配与免申即享服务\n"
        "注：本表数据截至2024年12月31日，由网站管理系统统计生成\n联系电话：0571-71394760\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    got = values(
        f"{HEAD}其他（注明）\n审核人：于军\n\n填报人：胡明\n\n"
        "注：本表数据截至2024年12月31日，由网站管理系统统计生成\n联系电话：0571-71394760\n"
    )
    assert "innovation_other" not in got
