"""What lies around a box a scan's pixels show: the strokes that tell a character's 口 from
a drawn box (its stems past the corners, a tail under it, ink right before it), and a
tick's arm that a pen carried out of the box through its top (√ written large)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Mask = NDArray[np.bool_]


def before(text: Mask, x0: int, y0: int, y1: int, gap: int) -> Mask:
    """The strip `gap` wide left of a box, less any line running well above and below the
    box: the frame of a cell or a label set around the option (☐否 framed alone), which
    a character's stroke beside a 口 in a word never does."""
    before = text[y0 : y1 + 1, max(0, x0 - gap) : max(0, x0 - 1)]
    reach = max(2, (y1 - y0) // 3)
    if y0 < reach or not before.any():
        return before
    tall = text[y0 - reach : y1 + 1 + reach, max(0, x0 - gap) : max(0, x0 - 1)].mean(axis=0)
    line = tall >= 0.9
    if not line.any():
        return before
    # With the line's ragged edge a pixel either side (a resampled or JPEG line).
    line[1:] |= line[:-1].copy()
    line[:-1] |= line[1:].copy()
    return before[:, ~line]


def stems(strip: Mask, stroke: int) -> bool:
    """Strokes running on past the box's corners (the character 口), or a whole line of
    ink against it; a slanted edge spilling into one row is not that."""
    if strip.size == 0:
        return False
    corners = np.concatenate([strip[:, : stroke + 2], strip[:, -stroke - 2 :]], axis=1)
    return int(corners.any(axis=1).sum()) >= 2 or int(strip.sum()) > strip.shape[1]


def tail(below: Mask) -> bool:
    """A stroke running down from the middle of the box's bottom edge: the stem of 申 in
    审 (blurred, its frame reads as a box's). A tick overshoots upwards, never so."""
    third = below.shape[1] // 3
    if third < 2:
        return False
    middle = below[:, third:-third].any(axis=1)
    outer = below[:, :third].any(axis=1) | below[:, -third:].any(axis=1)
    return int((middle & ~outer).sum()) >= 2


def overshoot(above: Mask, stroke: int) -> bool:
    """Whether the ink above a box is a tick's arm leaving it: in its right half only, the
    left corner clear (a 口's stems rise at both corners or from its middle)."""
    if above.size == 0 or not above.any():
        return False
    half = above.shape[1] // 2
    return not above[:, : max(half, stroke + 2)].any()
