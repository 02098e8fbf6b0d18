"""Marks inside brackets on a scan, which OCR reads as empty (readers/bracket_marks.py)."""

from __future__ import annotations

import numpy as np

from nianbao.readers.bracket_marks import bracket_marks
from nianbao.readers.geometry import Run

HEIGHT = 25


def _ink(glyphs: list[tuple[int, int, int]]) -> np.ndarray:
    """A line of (left, width, height) inked blocks, each from the line's top."""
    ink = np.zeros((50, 240), dtype=bool)
    for left, width, tall in glyphs:
        ink[5 : 5 + tall, left : left + width] = True
    return ink


# 是（√） 否（ ）: a character, a bracket, the mark, a bracket, a character, two brackets.
LINE = [(10, 24, 24), (53, 7, 26), (63, 25, 25), (90, 6, 26), (138, 24, 24), (182, 6, 26),
        (204, 6, 25)]  # fmt: skip


def test_a_mark_between_a_pair_of_brackets_ticks_its_box() -> None:
    runs = [Run("是☐否☐", (0.0, 0.0, 239.0, 49.0))]
    assert [r.text for r in bracket_marks(runs, _ink(LINE), HEIGHT)] == ["是☑否☐"]


def test_a_run_whose_marks_are_not_the_brackets_pairs_stays() -> None:
    # Three marks read (a □ OCR saw), two pairs drawn: which is which is not known.
    runs = [Run("是☐否☐☐", (0.0, 0.0, 239.0, 49.0))]
    assert [r.text for r in bracket_marks(runs, _ink(LINE), HEIGHT)] == ["是☐否☐☐"]


def test_a_stroke_taller_than_a_line_is_no_bracket() -> None:
    # A seal's or a border's stroke before the first bracket would pair with it.
    line = [LINE[0], (40, 8, 42), *LINE[1:]]
    runs = [Run("是☐否☐", (0.0, 0.0, 239.0, 49.0))]
    assert [r.text for r in bracket_marks(runs, _ink(line), HEIGHT)] == ["是☑否☐"]


def test_a_mark_on_the_line_below_is_none_of_this_lines_pairs() -> None:
    # 是（ ） 否 | （√）: the run's box reaches the top of the wrapped line, where the √
    # under the first pair stands.
    ink = np.zeros((50, 240), dtype=bool)
    for left, width, tall in [(10, 24, 24), (53, 7, 26), (90, 6, 26), (138, 24, 24)]:
        ink[5 : 5 + tall, left : left + width] = True
    ink[32:50, 63:88] = True  # the √ below, its centre under the brackets' feet
    runs = [Run("是☐否", (0.0, 0.0, 239.0, 49.0))]
    assert [r.text for r in bracket_marks(runs, ink, HEIGHT)] == ["是☐否"]


def test_a_characters_narrow_stroke_before_the_pair_leaves_the_run_as_read() -> None:
    # 浏览（ ）: 浏's right half is a narrow stroke a line high, which paired from the left
    # takes 览 for a mark; paired from the right, the brackets hold nothing.
    line = [(0, 18, 24), (19, 8, 26), (33, 25, 25), (79, 8, 26), (124, 8, 26)]
    runs = [Run("浏览☐", (0.0, 0.0, 239.0, 49.0))]
    assert [r.text for r in bracket_marks(runs, _ink(line), HEIGHT)] == ["浏览☐"]
