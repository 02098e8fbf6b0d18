"""A row of two pairs whose right label wraps around both values (pdftotext without
-layout): extract/wrapped_row.py."""

from __future__ import annotations

from text_reports import values

WITHOUT = ("征集调查期数", "收到意见数量", "公布调查结果期数")


def test_the_values_between_the_right_labels_lines_are_the_rows() -> None:
    got = values(
        "征集调查\n征集调查期数\n（期）\n2\n收到意见数量\n（条）\n公布调查结果期\n225\n0\n"
        "数（期）\n在线访谈\n",
        without=WITHOUT,
    )
    assert (got["surveys"], got["survey_opinions"], got["survey_results_published"]) == (
        2,
        225,
        0,
    )


def test_a_right_label_of_three_lines_with_a_count_between_each() -> None:
    # 可全程在线办理 | 147 | 政务服务事项数 | 0 | 量（项）: the walk reads the middle piece as
    # 政务服务事项数量's label again; the row gives the counts back in order.
    got = values(
        "办事服务\n注册用户数\n（个）\n0\n政务服务事项数\n量（项）\n可全程在线办理\n147\n"
        "政务服务事项数\n0\n量（项）\n办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (147, 0)
