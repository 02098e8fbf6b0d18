"""Frames drawn round a word on a scanned or captured page: an option set in a bordered
label (`□是` `√否`, each in its own box), a framed note. Their edges are too short for
table borders, but recognition reads a frame's sides beside a word as strokes of it (√否
in its frame comes back as 香), so `readers.ocr` clears them, as it clears the borders,
from the copy it recognises."""

from __future__ import annotations

import numpy as np

from nianbao.readers.box_margins import Mask
from nianbao.readers.pixels import dilate, runs

LOWEST, HIGHEST = 0.9, 2.6
"""A frame's height, in text lines: it holds one line of text."""
NARROWEST, WIDEST = 1.3, 12.0
"""A frame's width, in text lines: wider than any one character (a check box, 口 or 回 is
as wide as it is high), narrower than a table's cell borders, which are cleared anyway."""
SIDES = 0.9
"""Share of a frame's height its left and right sides must be inked along."""


def frames(mask: Mask, height: float) -> Mask:
    """The edges of the frames in `mask` (pixels of rectangles one text line high and
    wider than a character), grown by a pixel; an empty mask when there are none."""
    out = np.zeros_like(mask)
    rows, starts, ends = runs(mask)
    long = ((ends - starts) >= NARROWEST * height) & ((ends - starts) <= WIDEST * height)
    rows, starts, ends = rows[long], starts[long], ends[long]
    if not rows.size:
        return out
    low, high = int(LOWEST * height), int(HIGHEST * height) + 1
    found = False
    # Runs come row by row, so the candidates for a bottom edge lie in a window after each
    # top edge; two edges pair when they start and end together (a pixel apart at most).
    for k in range(rows.size):
        y, a, b = int(rows[k]), int(starts[k]), int(ends[k])
        lo, hi = np.searchsorted(rows, [y + low, y + high], side="left")
        for j in range(int(lo), int(hi)):
            if abs(int(starts[j]) - a) > 1 or abs(int(ends[j]) - b) > 1:
                continue
            bottom = int(rows[j])
            if (
                _side(mask, y, bottom, a)
                and _side(mask, y, bottom, b - 1)
                and _open(mask[y + 3 : bottom - 2, a + 3 : b - 3])
            ):
                out[y, a:b] = True
                out[bottom, a:b] = True
                for x0, x1 in ((max(0, a - 1), a + 2), (b - 2, b + 1)):
                    out[y : bottom + 1, x0:x1] |= mask[y : bottom + 1, x0:x1]
                found = True
    return dilate(out, 1) if found else out


def _open(inside: Mask) -> bool:
    """Whether a frame's inside is mostly paper (a solid block is no frame)."""
    return bool(inside.size) and float(inside.mean()) < 0.5


def _side(mask: Mask, top: int, bottom: int, x: int) -> bool:
    """Whether column `x` (or a neighbour: a side drawn between two pixel columns) is
    inked along the frame's height."""
    column = mask[top : bottom + 1, max(0, x - 1) : x + 2].any(axis=1)
    return bool(column.mean() >= SIDES)
