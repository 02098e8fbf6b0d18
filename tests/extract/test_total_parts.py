"""A total's cell going on with its parts, their own rows left out (extract.of_which)."""

from __future__ import annotations

from text_reports import values


def test_a_totals_cell_with_its_parts_after_it() -> None:
    got = values("办件量（单位：件）\t总数\t51433，其中自然人办件量51203件、法人办件量230件\n")
    assert (got.get("cases_total"), got.get("cases_natural"), got.get("cases_legal")) == (
        51433,
        51203,
        230,
    )


def test_a_sentence_with_of_which_in_it_is_left_alone() -> None:
    got = values("其他\t抖音号“某局”，其中短视频12条\n")
    assert got.get("other_media") == "抖音号“某局”，其中短视频12条"
