"""Lone values put back in their labels' order by the units they are written with
(extract/kinds.in_units_order, in runs of lone labels and values)."""

from __future__ import annotations

from nianbao.extract.kinds import unit_clash, written_unit
from nianbao.forms import default_form
from text_reports import values

FORM = default_form()


def test_values_out_of_their_labels_order_go_by_unit() -> None:
    # pdftotext read 网民留言数量's label before 访谈期数's, the values in the table's order.
    got = values(
        "在线访谈\n网民留言数量\n访 谈 期 数(单位: 期)\n答复网民提问数量(单位: 条)\n(单位: 条)\n"
        "3期\n5条\n2条\n是否提供智能问答 ☑是 ☐否\n",
        without=("访谈期数", "网民留言数量", "答复网民提问数量"),
    )
    assert (got["interviews"], got["interview_messages"], got["interview_answers"]) == (3, 5, 2)


def test_only_the_forms_units_tell() -> None:
    messages = FORM.by_key["messages_received"]
    assert written_unit("124条", FORM) == "条"
    assert unit_clash((messages,), "10天", FORM)
    assert not unit_clash((messages,), "10人", FORM)  # no unit of the form's
    assert not unit_clash((messages,), "1,024", FORM)


def test_counts_after_labels_out_of_the_forms_order_go_left_to_right() -> None:
    # pdftotext: the tallest label of the row first, the counts left to right as the table
    # sets the fields out, the form's order.
    got = values(
        "在线访谈\n网民留言数量（单位：\n访谈期数（单位：期）\n答复网民提问数（单位：条）\n条）\n"
        "12\n135\n82\n是否提供智能问答\n☐是 ☑否\n",
        without=("访谈期数", "网民留言数量", "答复网民提问数量"),
    )
    assert (got["interviews"], got["interview_messages"], got["interview_answers"]) == (
        12,
        135,
        82,
    )


def test_labels_out_of_order_keep_counts_the_forms_order_cannot_read() -> None:
    # 7.2 is no count of messages: the labels' own order stands.
    got = values(
        "留言办理\n收到留言数量(单位: 条)\n48\n平均办理时间\n办结留言数量(单位: 条)\n公开答复数量\n"
        "7.2\n(单位: 天)\n2\n21\n(单位: 条)\n征集调查\n"
    )
    assert (got["messages_avg_days"], got["messages_closed"], got["messages_public"]) == (
        7.2,
        2,
        21,
    )


def test_a_generic_label_out_of_order_names_its_neighbours_groups_field() -> None:
    # 总数 (of 信息发布, 解读, 办件量) stands between 办件量's own labels: it is 办件量总数.
    got = values(
        "办件量\n自然人办件量\n总数（件）\n法人办件量（件）\n（件）\n9,120\n7,002\n2,118\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (9120, 7002, 2118)
