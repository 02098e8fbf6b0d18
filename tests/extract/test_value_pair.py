"""extract/value_pair.py: two counts on one label's line, the next field's label below."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"


def test_two_counts_after_a_label_go_to_it_and_the_next_label_below() -> None:
    # pdfplumber without its layout: 自然人办件量 wraps over two lines, so the row's values
    # share 总数's line (总数（件） １３８６２ １３３０７ | 自然人办件量 | （件）).
    text = (CONVERTED / "pdfplumber-two-counts-one-line.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (13862, 13307, 555)


def test_two_words_that_may_be_one_count_in_spaced_thousands_are_left() -> None:
    got = values(
        "办件量\n总数（件） 764 564\n自然人办件量\n（件）\n法人办件量\n555\n（件）\n互动交流\n"
    )
    assert "cases_natural" not in got


def test_a_label_below_that_is_not_the_next_fields_takes_nothing() -> None:
    got = values("办件量\n总数（件） 13862 13307\n法人办件量\n（件）\n互动交流\n")
    assert "cases_legal" not in got or got["cases_legal"] != 13307


def test_two_counts_each_in_a_cell_of_their_own_after_one_label() -> None:
    # pypdfium2 (no-break spaces): 568 and 15 in two cells after 总数's label, the next
    # field's label alone on the line below.
    got = values(
        "信息发布\n"
        "总数(单位:\xa0条) \xa0568\xa0\xa0 \xa015\xa0\xa0\n"
        "概况类信息更新量\n"
        "(单位:\xa0条)\n"
        "政务动态信息更\n"
        "新量(单位:\xa0条) \xa0216\xa0\xa0 信息公开目录信息\n"
        "更新量(单位:\xa0条) \xa0278\xa0\xa0\n"
        "专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (568, 15)
    assert (got["info_news"], got["info_disclosure"]) == (216, 278)
