"""Converted text whose narrow cells wrapped a label's words, its unit or its value onto
the next line, with the next cell's text run in after them (pypdfium2, pdfplumber)."""

from __future__ import annotations

from text_reports import values


def test_a_whole_unit_wrapped_after_its_label_opens_the_values_line() -> None:
    # pypdfium2: 服务事项数量's unit opens the next line, the next pair's label head after it.
    got = values(
        "办事服务\n"
        "是否发布服务事\n"
        "项目录 R是 \xa0\xa0£否 注册用户数（个） \xa011349个\xa0\xa0\n"
        "服务事项数量\n"
        "（项） \xa0\xa0\xa0250项\xa0\xa0 可全程在线办理政务服务\n"
        "事项数量（项） \xa080项\xa0\xa0\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (250, 80)


def test_a_wrapped_unit_that_is_not_the_labels_own_is_no_sign() -> None:
    # 个 is not 服务事项数量's unit: the line below is no rest of its label.
    got = values(
        "办事服务\n服务事项数量\n"
        "（个） \xa0\xa0\xa0250个\xa0\xa0 注册用户数（个） \xa012\xa0\n"
        "办件量\n"
    )
    assert got.get("service_items") != 250
