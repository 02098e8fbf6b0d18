"""Table borders and tick boxes from the pixels of a scanned page (readers.pixels, and
how readers.ocr sets the marks into recognised text)."""

from __future__ import annotations

import numpy as np
import pytest

from nianbao.readers import pixels
from nianbao.readers.geometry import Run
from nianbao.readers.ocr import _with_marks
from nianbao.readers.pixels import TickBox


def _table(bottom: int) -> np.ndarray:
    """Borders at y=10 and y=50 across x=0..200; columns at x=0, 100, 200 from y=10
    down to `bottom`."""
    mask = np.zeros((120, 220), dtype=bool)
    for y in (10, 50):
        mask[y, 0:201] = True
    for x in (0, 100, 200):
        mask[10 : bottom + 1, x] = True
    return mask


def _columns(mask: np.ndarray) -> list[float]:
    _, vertical = pixels.rulings(mask, 100)
    return sorted(x for x, _, _ in vertical)


def test_columns_of_a_row_cut_by_the_page_end_are_borders() -> None:
    # Shorter than a border must be, but they start on the table's last border and run
    # on to the end of the page: the cut row's columns.
    assert _columns(_table(80)) == [0.0, 100.0, 200.0]


def test_columns_between_two_borders_are_borders() -> None:
    assert _columns(_table(50)) == [0.0, 100.0, 200.0]


@pytest.mark.parametrize("start", [60, 25])
def test_a_stroke_that_touches_no_border_is_no_column(start: int) -> None:
    mask = _table(50)
    mask[start : start + 20, 150] = True  # below the table, then inside a row
    assert 150.0 not in _columns(mask)


def test_a_dark_area_under_the_table_makes_no_borders() -> None:
    # The scanner's lid beyond the page's edge: a band of ink the page's width, under the
    # table. Each of its columns is a long vertical run ending on horizontal ones (the
    # band's own rows); none is a border, and the table's columns stay apart.
    mask = np.zeros((160, 220), dtype=bool)
    for y in (10, 50):
        mask[y, 0:201] = True
    for x in (0, 100, 200):
        mask[10:51, x] = True
    mask[110:160, :] = True
    horizontal, vertical = pixels.rulings(mask, 100)
    assert sorted((x, a, b) for x, a, b in vertical) == [(x, 10.0, 51.0) for x in (0, 100, 200)]
    # Its inside is no row border either (its edges may be: a line can run along them).
    assert not any(125 <= y < 145 for y, _, _ in horizontal)


def test_a_stroke_read_after_a_tick_box_is_dropped() -> None:
    # The tick ran past its box: the stroke is read as 」 before the next option.
    ink = np.ones((20, 80), dtype=bool)
    box = TickBox(40, 2, 49, 12, ticked=True)
    run = Run("千人千网」其他", (0.0, 0.0, 79.0, 15.0))
    assert _with_marks(run, [box], ink) == "千人千网☑其他"


# A ticked box from a 200-dpi scan (seed 31, s561210), its right edge grey: the outer
# column of that edge is inked in only half the rows.
_GREY_EDGED_TICK = (
    "................................",
    ".........####################...",
    "........######################..",
    "........######################..",
    "........###................###..",
    "........###.............#..###..",
    "........###............##..###..",
    "........###...........##...##...",
    "........###..........###...##...",
    "........###.........###....###..",
    "........###.........##.....##...",
    "........###........###.....###..",
    "........###.......###......##...",
    "........###.......###......###..",
    "........###..###.###.......##...",
    "........###.########.......###..",
    "........###....#####.......###..",
    "........###....####........##...",
    "........###.....###........###..",
    "........###......#.........###..",
    "........######################..",
    "........#####################...",
    "................................",
)


def test_a_box_with_a_grey_edge_is_a_tick_box_not_a_character() -> None:
    mask = np.array([[ch == "#" for ch in line] for line in _GREY_EDGED_TICK])
    boxes = pixels.tick_boxes(mask, 15, 41)
    assert [(b.x0, b.y0, b.x1, b.y1, b.ticked) for b in boxes] == [(8, 1, 29, 21, True)]


# ☑ in DejaVu Sans at 200 dpi (nianbao render's tick box): the tick's thick arms cover
# three quarters of two rows inside the box, and its tail runs past the top right corner.
_THICK_TICK = (
    "..........................",
    "......................###.",
    "......##################..",
    "......#################...",
    "......##..........#####...",
    "......##..........#####...",
    "......##.........######...",
    "......##........###..##...",
    "......##.......###...##...",
    "......######..####...##...",
    "......###########....##...",
    "......##..######.....##...",
    "......##..######.....##...",
    "......##...####......##...",
    "......##...####......##...",
    "......##...##........##...",
    "......##.............##...",
    "......#################...",
    "......#################...",
    "..........................",
)
# 日: a stroke across the whole inside of a square.
_SUN = tuple(
    line if i != 9 else "......#################..."
    for i, line in enumerate(
        ["......#################..."] * 2
        + ["......##.............##..."] * 15
        + ["......#################..."] * 2
        + ["........................."]
    )
)


# 回: a square inside the square, as the first character of 回应公众关注热点… (a label).
_RETURN = tuple(
    ["......#################..."] * 2
    + ["......##.............##..."] * 3
    + ["......##...#######...##..."] * 2
    + ["......##...##...##...##..."] * 4
    + ["......##...#######...##..."] * 2
    + ["......##.............##..."] * 3
    + ["......#################..."] * 2
    + ["........................."]
)


# 回 in a blurred, rotated scan (deskewed and median-filtered): the inner square's strokes
# are four pixels thick, twice a fifth of its side.
_BOLD_RETURN = (
    "....####################.#...",
    "...########################..",
    *["...#########################."] * 2,
    *["...####.................####."] * 3,
    "...####...##########....####.",
    *["...####..############...####."] * 2,
    "...####..####....####...####.",
    *["...####..####.....###...####."] * 3,
    "...####..####....####...####.",
    *["...####..############...####."] * 2,
    "...####...##########....####.",
    *["...####.................####."] * 2,
    "...####................#####.",
    *["...#########################."] * 4,
    "....##..................###..",
    ".............................",
)


# 审 of 审核人 in a blurred, rotated scan (seed 413 of the generated noisy scans): 申's frame
# reads as a box's, its strokes across merged into it; the stem runs on below the box.
_BLURRED_REVIEW = (
    "..........#..............",
    ".........###.............",
    "........#####............",
    "######################...",
    *["#######################.."] * 2,
    "####.....######.....####.",
    "####.....#####.......###.",
    ".####...######......###..",
    *[".#####################...."] * 3,
    *[".##############...####...."] * 2,
    *[".#####################...."] * 2,
    ".###############..####....",
    ".##############....###....",
    ".##############...####....",
    *[".#####################...."] * 2,
    ".##############.#.####....",
    "..##......####......#.....",
    *["..........####............"] * 2,
    "...........##.............",
    "..........................",
)


@pytest.mark.parametrize(
    ("art", "found"),
    [
        (_THICK_TICK, [True]),
        (_SUN, []),
        (_RETURN, []),
        (_BOLD_RETURN, []),
        (_BLURRED_REVIEW, []),
    ],
    ids=["☑", "日", "回", "bold 回", "blurred 审"],
)
def test_a_thick_tick_is_no_stroke_across_the_box(art: tuple[str, ...], found: list[bool]) -> None:
    mask = np.array([[ch == "#" for ch in line.ljust(30, ".")] for line in art])
    assert [b.ticked for b in pixels.tick_boxes(mask, 15, 41)] == found


def test_a_stroke_of_text_filling_its_row_is_no_column() -> None:
    # Borders at y=10 and y=46 (a tight row, as LibreOffice prints Word's tables); the
    # columns at x=0 and x=200 touch them; 网's stroke at x=100 stops 4 pixels short.
    mask = np.zeros((60, 220), dtype=bool)
    for y in (10, 11, 46, 47):
        mask[y, 0:201] = True
    for x in (0, 200):
        mask[10:48, x] = True
    mask[15:43, 100] = True
    assert _columns(mask) == [0.0, 200.0]


def test_a_box_filled_solid_is_ticked() -> None:
    # ■ as a scan blurs it (a JPEG's dark square, its corners a little rounded): its frame
    # measures as wide as the square, leaving no inside to look at.
    rows = ["." * 32] * 3
    for y in range(20):
        edge = 1 if y in (0, 19) else 0
        rows.append("." * (6 + edge) + "#" * (20 - 2 * edge) + "." * (6 + edge))
    rows += ["." * 32] * 3
    mask = np.array([[ch == "#" for ch in line] for line in rows])
    boxes = pixels.tick_boxes(mask, 15, 41, solid=mask)
    assert [(b.x0, b.y0, b.ticked) for b in boxes] == [(6, 3, True)]


_PEN_TICK = (
    "............................",
    ".....................##.....",
    "....................###.....",
    "...................####.....",
    "...................###......",
    "..................####......",
    ".................####.......",
    ".........#############......",
    ".........##############.....",
    "........##.....####..##.....",
    ".......####....####..##.....",
    ".......####...####...##.....",
    ".......#####.####....##.....",
    "........#########....##.....",
    ".........#######.....##.....",
    ".........######......##.....",
    ".........#####.......##.....",
    ".........#...........##.....",
    ".........#...........##.....",
    ".........##..........##.....",
    ".........##############.....",
    "............................",
)
"""A √ written with a pen, larger than its box: its long arm leaves it through the top,
its short one through the left side (a scan at 100 dpi)."""

_STEMMED = (
    "..........##........##......",
    "..........##........##......",
    ".........#############......",
    ".........##..........##.....",
    ".........##..####....##.....",
    ".........##..####....##.....",
    ".........##..........##.....",
    ".........##############.....",
    "............................",
)
"""口 with ink inside and stems at both corners (a character, not a ticked box)."""


def test_a_pen_tick_out_of_its_box_is_a_tick() -> None:
    mask = np.array([[ch == "#" for ch in line] for line in _PEN_TICK])
    boxes = pixels.tick_boxes(mask, 8, 21)
    assert [(b.ticked, b.reach > 0) for b in boxes] == [(True, True)]
    stemmed = np.array([[ch == "#" for ch in line] for line in _STEMMED])
    assert pixels.tick_boxes(stemmed, 4, 21) == []
