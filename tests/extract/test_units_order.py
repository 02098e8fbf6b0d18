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
