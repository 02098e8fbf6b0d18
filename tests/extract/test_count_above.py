"""A count on the line above its wrapped label's first line, laid out in columns
(pdftotext -layout centres a row's cells)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"


def test_a_count_above_its_wrapped_label() -> None:
    # pdftotext -layout of a generated report: the label starts a new page.
    text = (CONVERTED / "pdftotext-layout-count-above.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["messages_received"] == 319
    assert got["messages_closed"] == 255


def test_two_counts_above_two_wrapped_labels() -> None:
    got = values(
        "留言办理\n           37                           24\n"
        "收到留言总数                      办结留言数量\n（条）                         （条）\n"
        "平均办理时间                      公开答复数量\n"
        "          11                               4\n"
        "征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (37, 24)


def test_a_count_under_the_label_column_is_another_rows() -> None:
    got = values(
        "留言办理\n37                                24\n"
        "收到留言总数                      办结留言数量\n（条）                         （条）\n"
        "平均办理时间                      公开答复数量\n"
        "          11                               4\n"
        "征集调查\n"
    )
    assert "messages_received" not in got


def test_a_count_above_its_label_past_another_columns_pair() -> None:
    # pdfplumber with its layout, pairs abreast: 7 ends 总数's line, in the right pair's
    # value column, lines above the label it answers.
    got = values(
        "       信息发布\n"
        "       总数(单位: 条)    4413                                7\n\n\n\n"
        "                                           概况类信息更新量\n"
        "                                           (单位: 条)\n"
        "                                           信息公开目录信息\n"
        "       政务动态更新量\n"
        "                    1184                   更            3145\n"
        "       (单位: 条)\n"
        "                                           新量(单位: 条)\n"
        "       专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (4413, 7)
    assert (got["info_news"], got["info_disclosure"]) == (1184, 3145)


def test_a_count_above_its_label_beside_the_next_columns_cut_label() -> None:
    # pdftotext -layout: 0 above 问题整改数量(单, whose line goes on with the head of
    # 是否建立安全监测预警机制, cut (是否建立安全监测预 | 警机制): words, no value of it.
    text = (CONVERTED / "pdftotext-layout-count-beside-cut-label.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["security_issues_found"], got["security_issues_fixed"]) == (1, 0)


def test_a_ticked_answer_above_its_wrapped_label() -> None:
    # pdftotext -layout: the answer centred in its cell lands on the line above the two
    # lines of its label, left of the next pair's label.
    got = values(
        "                               办事服务\n\n"
        "                  ☑是                                       5712个\n"
        "是否发布服务事项                  注册用户数（单位：\n"
        "  目录                             个）\n\n"
        "                          可全程在线办理政务服\n"
        "政务服务事项数\n"
        "           819项           务事项数量（单位：          140项\n"
        "量（单位：项）\n"
        "                                 项）\n\n"
        "                         办件量\n"
    )
    assert got["service_catalog_published"] is True


def test_a_ticked_answer_above_a_label_cut_before_a_unit_word() -> None:
    # 是否明确网站安全责任 | 人: the label's rest reads as a unit; the walk joins them.
    got = values(
        "                             安全防护\n\n"
        "是否开展应急演练    ☑是                           ☑是 ☐否\n"
        "                              是否明确网站安全责任\n"
        "                                      人\n\n"
        "                             移动新媒体\n"
    )
    assert got["emergency_drill"] is True
    assert got["security_officer"] is True
