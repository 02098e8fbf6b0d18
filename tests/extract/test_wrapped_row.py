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
