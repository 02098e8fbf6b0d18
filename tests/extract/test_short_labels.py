"""A short label inside a line of one cell (extract/pieces): 总数 is a label there only when
its unit follows it, bracketed or bare before the figure (1 总数 条 1263, a numbered list)."""

from __future__ import annotations

from text_reports import values


def test_a_short_label_with_its_bare_unit_before_the_figure() -> None:
    got = values("二 信息发布\n1 总数 条 1263\n2 概况类信息更新量 条 18\n")
    assert (got["info_total"], got["info_overview"]) == (1263, 18)


def test_a_short_label_without_its_unit_stays_words_of_a_line() -> None:
    # 1 总数 1263: no unit, so no telling 总数 from a value's words.
    assert "info_total" not in values("二 信息发布\n1 总数 1263\n")
