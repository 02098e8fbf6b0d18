"""A group's counts in the form's order when reading order scrambled its labels
(pdftotext without -layout): extract/group_order.py."""

from __future__ import annotations

from text_reports import values


def test_labels_out_of_order_take_the_counts_in_the_forms_order() -> None:
    # Two pairs a row, read column by column: 收到 | 平均 | 办结 | 607 | 429 | 公开 | 6.5 | 57.
    got = values(
        "留言办理\n收到留言数量\n(单位:条)\n平均办理时间\n(单位:天)\n办结留言数量\n607\n429\n"
        "(单位:条)\n公开答复数量\n6.5\n57\n(单位:条)\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (607, 429)
    assert (got["messages_avg_days"], got["messages_public"]) == (6.5, 57)


def test_the_first_rows_counts_written_before_the_labels() -> None:
    # 280 | 46 between the group's name and its labels, 9.2 after the third label.
    got = values(
        "留言办理\n280\n46\n收到留言数量(单\n位:条)\n平均办理时间(单\n位:天)\n办结留言数量(单\n"
        "位:条)\n9.2\n公开答复数量(单\n位:条)\n105\n征集调查期数(单\n位:期)\n42\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (280, 46)
    assert (got["messages_avg_days"], got["messages_public"]) == (9.2, 105)


def test_values_in_the_labels_order_when_the_forms_cannot_be_theirs() -> None:
    # Labels and values both read column by column: 4.9 cannot be 办结留言数量's count.
    got = values(
        "留言办理\n收到留言数量(单\n位:条)\n平均办理时间(单\n位:天)\n办结留言数量(单位:\n230\n"
        "条)\n公开答复数量(单位:\n4.9\n条)\n213\n4\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (230, 213)
    assert (got["messages_avg_days"], got["messages_public"]) == (4.9, 4)


def test_labels_in_order_keep_the_walks_pairs() -> None:
    # 概况类's count set last: the form's order would shift every count by one.
    got = values(
        "信息发布\n总数(单位:条)\n3425\n概况类信息更新\n量(单位:条)\n政务动态更新量\n(单位:条)\n"
        "1029\n信息公开目录信息\n2396\n更新量(单位:条)\n0\n专栏专题\n"
    )
    assert (got["info_total"], got["info_news"], got["info_disclosure"]) == (3425, 1029, 2396)


def test_a_count_a_shared_label_gave_another_group_is_still_the_groups() -> None:
    # 总数 names a field of several groups: the walk's reading of 3,477 as another group's
    # total does not keep it from the cases' total, the lines' first count.
    got = values(
        "办件量(单位:件)\n互动交流\n总数\n解读信息发布\n办事服务\n总数\n3,477\n自然人办件量\n2,934\n"
        "法人办件量\n543\n是否使用统一平台\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (3477, 2934, 543)
