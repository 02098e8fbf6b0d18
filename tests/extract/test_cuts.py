"""Signs of a value cut by a line end (extract.cuts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.cuts import closed_after, closes_name, dashed, runs_on, unclosed_bracket
from nianbao.extract.document import Cell
from nianbao.extract.piece import Piece
from nianbao.extract.tokens import Token
from text_reports import values


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


def _line(*texts: str) -> list[Token]:
    """A line of tokens: a text, then labels."""
    kinds = ["value", *["label"] * (len(texts) - 1)]
    return [
        Token(0, Cell(text, k), Piece(kind, text))  # type: ignore[arg-type]
        for k, (text, kind) in enumerate(zip(texts, kinds, strict=True))
    ]


@pytest.mark.parametrize(
    ("value", "line", "expected"),
    [
        ("某局（府谷县", ["地方志编纂中心）"], True),
        ("某局（府谷县", ["地方志编纂中心）", "首页网址"], True),
        ("某局（府谷县", ["地方志编纂"], False),  # still open
        ("某县人民政府网站", ["（某县档案馆）", "首页网址"], True),
        ("某县人民政府网站", ["（某县档案馆）"], False),  # no label after it
        ("某县人民政府网站", ["（某县档案", "首页网址"], False),  # its bracket left open
        ("程洋文", ["（签字盖章）", "联系电话"], False),  # a note after a person's name
        ("1234567", ["（单位：个）", "首页网址"], False),  # no name before it
        ("某局", ["挂某中心", "首页网址"], False),  # no bracket
        ("某局", ["（挂某中心牌子）"], False),
    ],
)
def test_a_fragment_ends_a_name(value: str, line: list[str], expected: bool) -> None:
    assert closes_name(value, _line(*line)) is expected


def test_a_names_bracketed_part_opening_the_next_line_before_a_label() -> None:
    # pypdfium2, one line a row: the name's bracketed end wrapped before the next cell's label.
    got = values(
        "网站名称 清原满族自治县人民政府门户网站\n"
        "（清原满族自治县档案馆） 首页网址 http://\n"
        "wjw308.210423.gov.cn/\n"
        "主办单位 清原满族自治县人民政府办公室\n"
        "（清原满族自治县档案馆） 网站类型 √政府门户网站  □部门网\n"
        "站  □专项网站\n",
        without=("网站名称", "首页网址", "主办单位"),
    )
    assert got["site_name"] == "清原满族自治县人民政府门户网站（清原满族自治县档案馆）"
    assert got["sponsor"] == "清原满族自治县人民政府办公室（清原满族自治县档案馆）"
    assert got["homepage_url"] == "http://wjw308.210423.gov.cn/"
