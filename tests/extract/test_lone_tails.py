"""A text's last characters alone on the next line (extract/lone_tails.py)."""

from __future__ import annotations

from text_reports import values


def test_a_tail_before_a_choices_options_goes_on_the_text() -> None:
    # pdftotext: the note of 其他（注明）, its 服务 cut to the next line, before the answers
    # of choices whose labels reading order set elsewhere.
    got = values("其他（注明）\n提供政策智能匹配与免申即享\n服务\n☐否\n☐否\n移动新媒体\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_not_before_a_line_of_another_value() -> None:
    got = values("其他（注明）\n提供政策智能匹配与免申即享\n服务\n某某\n移动新媒体\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享"
