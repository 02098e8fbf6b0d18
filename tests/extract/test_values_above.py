"""Counts written on the line above the labels abreast they answer (pdfplumber without
layout): extract/values_above.py."""

from __future__ import annotations

from text_reports import values


def test_counts_above_their_labels_abreast_go_to_them_in_order() -> None:
    got = values(
        "留言办理\n640条 512条\n收到留言数量(单 办结留言数量\n位: 条) (单位: 条)\n"
        "平均办理时间(单 公开答复数量(单\n4.5天 300条\n位: 天) 位: 条)\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (640, 512)
    assert (got["messages_avg_days"], got["messages_public"]) == (4.5, 300)


def test_counts_above_their_labels_in_spaced_thousands_join_back() -> None:
    # 2 977 1 734 joins one way only into two counts: 2977 and 1734.
    got = values(
        "办件量\n2 977 1 734\n总数(单位: 自然人办件量(单\n件) 位: 件)\n法人办件量\n1 243\n"
        "(单位: 件)\n互动交流\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (2977, 1734, 1243)


def test_counts_under_labels_waiting_above_stay_theirs() -> None:
    # The counts answer the labels above them; the labels below have their own line.
    got = values("收到留言数量 办结留言数量\n640条 512条\n平均办理时间 公开答复数量\n4.5天 300条\n")
    assert (got["messages_received"], got["messages_closed"]) == (640, 512)
    assert (got["messages_avg_days"], got["messages_public"]) == (4.5, 300)


def test_a_count_above_a_lone_label_wrapped_in_its_cell() -> None:
    # A row of one pair: the count centred beside a label of two lines came out first.
    got = values(
        "办件量\n总数(单位: 自然人办件数量\n19,821 18,379\n件) (单位: 件)\n1,442\n法人办件量\n"
        "(单位: 件)\n互动交流\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (19821, 18379, 1442)


def test_a_count_under_a_label_stays_its_own() -> None:
    got = values("法人办件量\n1,442\n网站总访问量\n2 000\n")
    assert (got["cases_legal"], got["page_views"]) == (1442, 2000)


def test_a_count_opening_the_line_of_the_pair_beside_its_label() -> None:
    # pypdfium2, two pairs a row: 收到留言数量 wrapped under the row's line, its count first.
    got = values(
        "留言办理\n56 办结留言数量（条） 52\n收到留言数量\n（条）\n平均办理时间\n"
        "（天） 4.4 公开答复数量（条） 32\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (56, 52)


def test_a_count_before_a_pair_goes_to_no_label_with_its_own_below() -> None:
    got = values("留言办理\n56 办结留言数量（条） 52\n收到留言数量\n（条）\n48\n征集调查\n")
    assert (got["messages_received"], got["messages_closed"]) == (48, 52)
