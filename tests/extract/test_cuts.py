"""Signs of a value cut by a line end (extract.cuts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.cuts import closed_after, dashed, runs_on, unclosed_bracket


@pytest.mark.parametrize(
    ("value", "fragment", "expected"),
    [
        ("0771-", "72347699", True),
        ("0898-6872", "3849", True),
        ("刘", "娜", True),
        ("欧阳", "娜娜", True),
        ("刘娜", "（盖章）", False),
        ("刘", "盖章签字", False),  # four more characters: no name's end
        ("0771-", "转8001", False),
        ("某局", "2", False),
    ],
)
def test_a_fragment_runs_on_from_the_value(value: str, fragment: str, expected: bool) -> None:
    assert runs_on(value, fragment) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0771-", True), ("0771–", True), ("0771-7234", False), ("—", False), ("某局-", False)],
)
def test_a_number_ending_in_a_dash_was_cut(value: str, expected: bool) -> None:
    assert dashed(value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("某局（挂某中心", True), ("某局（挂某中心牌子）", False), ("某局)", False), ("[1", True)],
)
def test_a_bracket_left_open(text: str, expected: bool) -> None:
    assert unclosed_bracket(text) is expected


@given(st.text(max_size=30), st.text(max_size=30))
def test_closing_every_bracket_closes_the_text(head: str, tail: str) -> None:
    text = head + tail
    opened = sum(text.count(c) for c in "(（[【")
    assert not unclosed_bracket(text + ")" * opened)


def test_a_bracket_opened_before_a_middle_line_and_closed_after_it() -> None:
    assert closed_after("某局（挂", "某中心牌", "子）")
    assert closed_after("某局（挂", "", "某中心牌子）")
    assert not closed_after("某局（挂", "某中心牌", "子")  # never closed
    assert not closed_after("某局（挂）", "某中心", "子）")  # closed before the middle
    assert not closed_after("某局（挂", "某（中心", "子）")  # the middle leaves its own open
