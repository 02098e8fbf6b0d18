"""Marks written inside brackets on a scan: 是（√） 否（ ）. OCR reads the brackets but often
not the mark between them (a thin √, a hand's tick), so both read as empty, ☐ once the text
is made canonical. The pixels tell: between a bracket's two strokes (narrow glyphs a line
high) stands a mark, or blank.

Only a run whose marks are as many as the bracket pairs its pixels show is mended, and only
from ☐ to ☑: where the count differs (a □ OCR read, brackets round words) it stays as read."""

from __future__ import annotations

from typing import Any

from nianbao.extract.document import TICKED, UNTICKED
from nianbao.readers.geometry import Run

_NARROW = 0.4
"""A bracket's ink is at most this share of a line's height wide (（ in a CJK font: 0.3)."""
_TALL = (0.75, 1.45)
"""…and about a line high (a taller stroke is a seal's or a border's)."""
_MARK = 0.2
"""Width, in line heights, of ink between a pair's strokes that is a mark (not a speck)."""


def bracket_marks(runs: list[Run], ink: Any, height: float) -> list[Run]:
    out = []
    for run in runs:
        marks = run.text.count(UNTICKED)
        if marks == 0 or height <= 0:
            out.append(run)
            continue
        glyphs = _glyphs(ink, run.box)
        pairs = _pairs(glyphs, height)
        if pairs != _pairs(glyphs[::-1], height)[::-1]:
            # Paired from either end, the strokes differ: a narrow stroke of a character
            # (浏's right half) took a bracket's place, and which pair is which is not known.
            out.append(run)
            continue
        if len(pairs) != marks + run.text.count(TICKED) or not any(pairs):
            out.append(run)
            continue
        text, k = [], 0
        for char in run.text:
            mark = char in (TICKED, UNTICKED)
            text.append(TICKED if mark and pairs[k] else char)
            k += mark
        out.append(Run("".join(text), run.box, run.confidence))
    return out


def _glyphs(ink: Any, box: tuple[float, float, float, float]) -> list[tuple[int, int, int, int]]:
    """The run's stretches of inked columns, each as (left, width, top, bottom)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    area = ink[max(0, y0) : y1 + 1, max(0, x0) : x1 + 1]
    if area.size == 0:
        return []
    columns = area.any(axis=0)
    out = []
    start = None
    for x, inked in enumerate([*columns.tolist(), False]):
        if inked and start is None:
            start = x
        elif not inked and start is not None:
            rows = area[:, start:x].any(axis=1).nonzero()[0]
            out.append((start, x - start, int(rows[0]), int(rows[-1])))
            start = None
    return out


def _pairs(glyphs: list[tuple[int, int, int, int]], height: float) -> list[bool]:
    """For each pair of brackets in order, whether a mark stands between them, at the
    brackets' height: a box a line's height reaches past a bracket may take in the top of
    the line below, where a mark wrapped under it stands (是（ ） 否 | （√）)."""
    pairs: list[bool] = []
    opened: tuple[int, int] | None = None
    marked = False
    for _, width, top, bottom in glyphs:
        tall = bottom - top + 1
        bracket = width <= _NARROW * height and _TALL[0] <= tall / height <= _TALL[1]
        if bracket and opened is None:
            opened, marked = (top, bottom), False
        elif bracket:
            pairs.append(marked)
            opened = None
        elif opened is not None and width >= _MARK * height:
            marked = marked or opened[0] <= (top + bottom) / 2 <= opened[1]
    return pairs
