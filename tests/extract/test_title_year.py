"""The year run into the form's title after the unit's name (extract.title_year)."""

from __future__ import annotations

import pytest

from nianbao.extract.title_year import year_apart
from text_reports import values


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("六安市2024年度", ("六安市", "2024年度")),
        ("枝江市交通运输局 2022年", ("枝江市交通运输局", "2022年")),
        ("2024年度", ("2024年度",)),
        ("第12345年度", ("第12345年度",)),
        ("某某局", ("某某局",)),
    ],
)
def test_year_apart(text: str, parts: tuple[str, ...]) -> None:
    assert year_apart(text) == parts


@pytest.mark.parametrize(
    "title",
    ["六安市2024年度政府网站工作年度报表", "2024年度政府网站工作年度报表"],
)
def test_the_year_before_the_title_is_read(title: str) -> None:
    assert values(f"{title}\n")["year"] == 2024
