"""coerce_value keeps what it read per (field, text): the answers must not change with it."""

from __future__ import annotations

import pytest

from nianbao.coerce import coerce_value
from nianbao.forms import default_form
from nianbao.normalize import NormalizeError

FORM = default_form()


def test_a_kept_list_is_never_shared_with_a_caller() -> None:
    field = next(f for f in FORM.fields if f.type == "list")
    options = "".join(f"☑{c.label}" for c in field.choices[:2])
    first = coerce_value(field, options)
    assert isinstance(first, list)
    assert len(first) == 2
    first.append("changed by the caller")
    assert coerce_value(field, options) == first[:2]


def test_the_same_text_reads_differently_for_different_fields() -> None:
    count = FORM.by_key["page_views"]
    date = FORM.by_key["fill_date"]
    assert coerce_value(count, "2024") == 2024
    with pytest.raises(NormalizeError):
        coerce_value(date, "2024")
    with pytest.raises(NormalizeError):  # a failure is not kept as an answer either
        coerce_value(date, "2024")
    assert coerce_value(date, "2024年1月31日").isoformat() == "2024-01-31"  # type: ignore[union-attr]


def test_long_and_non_text_input_still_read() -> None:
    count = FORM.by_key["page_views"]
    assert coerce_value(count, 12) == 12
    assert coerce_value(count, " " * 250 + "12") == 12  # longer than what is kept


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2022", 2022),
        ("(2022年度)", 2022),
        ("（二〇二二年度）", 2022),
        ("二○二三年", 2023),
        ("（2019年度）—互动交流", 2019),  # a sheet per section: its part after a dash
    ],
)
def test_a_year_reads_as_titles_write_it(text: str, year: int) -> None:
    assert coerce_value(FORM.by_key["year"], text) == year


def test_a_count_in_chinese_digits_is_no_year_text() -> None:
    with pytest.raises(NormalizeError):
        coerce_value(FORM.by_key["page_views"], "（二〇二二年度）")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("赣州市人民政府 办公室", "赣州市人民政府办公室"),  # a cell's line break
        ("陆　晨", "陆晨"),  # a two-character name spaced to the width of three
        ("某市发布 APP", "某市发布 APP"),  # blanks beside Latin letters are words' spaces
        (" 某局 ", "某局"),
    ],
)
def test_a_names_blanks_between_chinese_characters_are_layout(raw: str, expected: str) -> None:
    for key in ("sponsor", "filler", "wechat_name"):
        assert coerce_value(FORM.by_key[key], raw) == expected
    # A free text keeps what it was written with.
    assert coerce_value(FORM.by_key["other_media"], raw) == raw.strip()
