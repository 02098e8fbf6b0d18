"""An article's editorial credits under a report name no reviewer (extract/credits)."""

from __future__ import annotations

from text_reports import values


def test_credits_under_a_table_name_no_reviewer() -> None:
    assert "reviewer" not in values("编辑：李想\t审核：段红\t终审：赵明\n")
    assert values("填报人：李想\t审核人：段红\n")["reviewer"] == "段红"
