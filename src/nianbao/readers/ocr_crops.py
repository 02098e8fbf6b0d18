"""Second reads of parts of an OCR page (readers.ocr): runs whose detected boxes overlap or
cross a cell border, cut apart and recognised again; ink that no detected run covers (a
lone digit lost at the detector's half resolution); and lone zeros that recognition took
for a full stop, told by their ink."""

from __future__ import annotations

import itertools
from typing import Any

from nianbao.readers.geometry import Rulings, Run
from nianbao.readers.ocr_text import clean

MIN_SCORE = 0.5
"""Least recognition score of a run kept."""
ROUND = frozenset("0。.oO○〇°")
"""What recognition makes of a lone 0 (a full stop, most often; 0 or o at a low score)."""


def apart(engine: Any, rgb: Any, runs: list[Run], ink: Any) -> list[Run]:
    """Neighbouring runs of one line whose boxes overlap, cut apart at the blank between
    their texts and read again. The detector's boxes reach past their ink, so a line set
    with wide spaces (审核人：刘洋    填报人：…) comes as boxes holding an edge of the
    neighbour's character, which is then read as a character of its own (刘洋羊, 6355)."""
    import numpy as np  # noqa: PLC0415

    from nianbao.readers import pixels  # noqa: PLC0415

    boxes = [list(run.box) for run in runs]
    order = sorted(range(len(runs)), key=lambda k: runs[k].box[0])
    changed: set[int] = set()
    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = boxes[a], boxes[b]
            if bx0 >= ax1 - 2:
                break
            high = min(ay1, by1) - max(ay0, by0)
            if high < 0.6 * min(ay1 - ay0, by1 - by0) or bx1 <= ax1:
                continue
            reach = int(min(ay1 - ay0, by1 - by0))
            lo, hi = int(max(ax0, bx0 - reach)), int(min(bx1, ax1 + reach))
            band = ink[int(max(ay0, by0)) : int(min(ay1, by1)) + 1, lo:hi].any(axis=0)
            gap = pixels.widest_blank(band, minimum=max(3, reach // 5))
            if gap is None:
                continue
            start, end = lo + gap[0], lo + gap[1]
            if start >= ax1 or end <= bx0:
                continue  # the texts' own blank lies outside the overlap
            boxes[a][2], boxes[b][0] = min(ax1, start + 2.0), max(bx0, end - 2.0)
            changed |= {a, b}
    if not changed:
        return runs
    picked = sorted(changed)
    crops = [
        np.ascontiguousarray(rgb[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1])
        for x0, y0, x1, y1 in (boxes[k] for k in picked)
    ]
    recognised, _ = engine.text_rec(crops)
    out = list(runs)
    for k, (value, score) in zip(picked, recognised, strict=False):
        if score >= MIN_SCORE and str(value).strip():
            x0, y0, x1, y1 = boxes[k]
            out[k] = Run(clean(str(value)), (x0, y0, x1, y1), float(score))
    return out


def split_at_borders(engine: Any, rgb: Any, runs: list[Run], rulings: Rulings) -> list[Run]:
    """A detected text line running across a cell border (text in two neighbouring cells
    read as one) is cut at the border and each part recognised again."""
    import numpy as np  # noqa: PLC0415

    out: list[Run] = []
    parts: list[tuple[float, float, float, float]] = []
    for run in runs:
        x0, y0, x1, y1 = run.box
        cy = (y0 + y1) / 2
        cuts = [x for x in rulings.xs if x0 + 4 < x < x1 - 4 and rulings.splits(x - 1, x + 1, cy)]
        if not cuts:
            out.append(run)
            continue
        edges = [x0, *cuts, x1]
        parts += [(a + 2, y0, b - 2, y1) for a, b in itertools.pairwise(edges) if b - a > 6]
    if parts:
        crops = [
            np.ascontiguousarray(rgb[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1])
            for x0, y0, x1, y1 in parts
        ]
        recognised, _ = engine.text_rec(crops)
        for box, (value, score) in zip(parts, recognised, strict=False):
            if score >= MIN_SCORE and str(value).strip():
                out.append(Run(clean(str(value)), box, float(score)))
    return out


def recover(engine: Any, rgb: Any, ink: Any, runs: list[Run], height: float) -> list[Run]:
    """Text the detector missed (at half resolution a lone digit can vanish): ink that no
    run covers, grouped into blobs, recognised crop by crop."""
    import numpy as np  # noqa: PLC0415

    rest = ink.copy()
    for run in runs:
        x0, y0, x1, y1 = (int(v) for v in run.box)
        rest[max(0, y0 - 3) : y1 + 4, max(0, x0 - 3) : x1 + 4] = False
    h, w = rest.shape
    cell = 4
    small = rest[: h // cell * cell, : w // cell * cell].reshape(h // cell, cell, w // cell, cell)
    grid = small.any(axis=(1, 3))
    blobs = _blobs(grid)
    crops, boxes = [], []
    for top, left, bottom, right in blobs:
        if bottom - top < 2 or (bottom - top + 1) * (right - left + 1) < 6:
            continue  # specks
        y0, x0 = max(0, top * cell - 4), max(0, left * cell - 4)
        y1, x1 = min(h, (bottom + 1) * cell + 4), min(w, (right + 1) * cell + 4)
        crops.append(np.ascontiguousarray(rgb[y0:y1, x0:x1]))
        boxes.append((float(x0), float(y0), float(x1), float(y1)))
    if not crops:
        return []
    recognised, _ = engine.text_rec(crops)
    found = [
        Run(clean(str(value)), box, float(score))
        for box, (value, score) in zip(boxes, recognised, strict=False)
        if str(value).strip()
    ]
    # Recovered blobs are often specks or a border's end: only sure reads are kept, and
    # lone zeros, which recognition reads at any score (0.35 to 0.6 as 0 or o).
    out = []
    for run in found:
        zero = _zero(run, ink, height) if run.text in ROUND else None
        if zero or run.confidence >= 0.8:
            out.append(zero or run)
    return out


def zeros(runs: list[Run], ink: Any, height: float) -> list[Run]:
    """Lone zeros read as 。, o or O put right. Recognition takes a 0 alone in its crop for a
    full stop (seven in ten lone zeros of a Chromium screenshot); its ink tells them apart:
    a 0 is a loop as tall as the line's digits."""
    return [(_zero(run, ink, height) if run.text in ROUND else None) or run for run in runs]


def _zero(run: Run, ink: Any, height: float) -> Run | None:
    x0, y0, x1, y1 = (int(v) for v in run.box)
    if ring(ink[max(0, y0) : y1 + 1, max(0, x0) : x1 + 1], height):
        return Run("0", run.box, run.confidence)
    return None


def _blobs(grid: Any) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (top, left, bottom, right) of 8-connected True regions, letters of a
    word joined across one empty cell."""
    seen = set()
    out = []
    points = {(int(y), int(x)) for y, x in zip(*grid.nonzero(), strict=True)}
    if len(points) > 20_000:
        return []  # a page of noise: nothing worth recovering
    for start in points:
        if start in seen:
            continue
        seen.add(start)
        stack = [start]
        top, left, bottom, right = start[0], start[1], start[0], start[1]
        while stack:
            y, x = stack.pop()
            top, bottom, left, right = min(top, y), max(bottom, y), min(left, x), max(right, x)
            for dy in (-1, 0, 1):
                for dx in (-2, -1, 0, 1, 2):
                    nxt = (y + dy, x + dx)
                    if nxt in points and nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
        out.append((top, left, bottom, right))
    return out


def ring(ink: Any, height: float) -> bool:
    """Whether the ink is one closed loop about as tall as a digit (0, O): what a full stop,
    set low and half a line high, never is. Judged on the largest piece of ink, so that a
    border's end or a neighbour's edge in the same box does not count."""
    import numpy as np  # noqa: PLC0415

    from nianbao.readers import pixels  # noqa: PLC0415

    points = max(pixels.pieces(ink), key=len, default=[])
    if not points:
        return False
    loop = np.zeros_like(ink)
    ys, xs = (np.array(axis) for axis in zip(*points, strict=True))
    loop[ys, xs] = True
    top, bottom, left, right = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    high, wide = bottom - top, right - left
    if not (0.5 * height <= high <= 1.3 * height and 0.3 * high <= wide <= 1.2 * high):
        return False
    across = loop[(top + bottom) // 2, left:right]
    down = loop[top:bottom, (left + right) // 2]
    return all(_two_strokes(line) for line in (across, down))


def _two_strokes(line: Any) -> bool:
    """Ink at both ends of the line, in exactly two strokes with blank between."""
    import numpy as np  # noqa: PLC0415

    edges = np.flatnonzero(np.diff(line.astype(np.int8)))
    return bool(line[0] and line[-1]) and len(edges) == 2
