"""Scanned pages as pixels: skew, ruling lines and tick boxes, with numpy alone.

Everything works on a boolean ink mask (True = dark). Runs of ink are found
for all rows at once from the differences of the padded mask; long runs are
table borders, short runs that frame a small square are tick boxes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from nianbao.readers.box_margins import Mask, before, overshoot, stems, tail
from nianbao.readers.geometry import Segment

TICK_INK = 0.12
"""Share of a box's inside that must be ink for it to count as ticked (☑ ≈ 0.25)."""
SOLID = 0.9
"""Share of a box that is ink when filled solid (■): its frame measures the whole square."""
FILLED = 0.7
"""Share of a box (frame included) that is ink when it is filled: ■, or a solid check box
with its tick cut out in white (≈ 0.85). A frame with a tick (☑) stays near 0.5."""
INK = 150
"""Grey level below which a pixel is ink (after the page's own white level)."""


def ink_mask(gray: NDArray[np.uint8], level: float = 0.6) -> Mask:
    """Dark pixels: below `level` of the page's white (and never lighter than INK at the
    default level). Specks are removed (a lone dark pixel) and pinholes filled (a lone
    light pixel inside ink), so scanner noise neither makes ink nor breaks thin lines."""
    white = float(np.percentile(gray[::8, ::8], 90)) if gray.size else 255.0
    limit = min(INK, white * level) if level <= 0.6 else white * level
    return despeckle(gray < limit)


def dilate(mask: Mask, radius: int) -> Mask:
    """Every pixel within `radius` (a square) of a True one: shifted ORs along each axis
    (a square is separable), some fifty times faster than a rank filter on a page."""
    across = mask.copy()
    for d in range(1, radius + 1):
        across[:, d:] |= mask[:, :-d]
        across[:, :-d] |= mask[:, d:]
    grown = across.copy()
    for d in range(1, radius + 1):
        grown[d:, :] |= across[:-d, :]
        grown[:-d, :] |= across[d:, :]
    return grown


def speckled(gray: NDArray[np.uint8], share: float = 0.0002) -> bool:
    """Whether more than `share` of the page's pixels are lone dark dots (scanner noise)."""
    raw = gray < INK
    return int((raw & ~despeckle(raw)).sum()) > share * gray.size


def despeckle(mask: Mask) -> Mask:
    padded = np.pad(mask, 1).astype(np.uint8)
    height, width = mask.shape
    neighbours = np.zeros(mask.shape, dtype=np.uint8)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy != 1 or dx != 1:
                neighbours += padded[dy : dy + height, dx : dx + width]
    result: Mask = (mask & (neighbours > 0)) | (~mask & (neighbours >= 6))
    return result


def runs(mask: Mask) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """Horizontal runs of True in every row: (row, start, end) with end exclusive."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    diff = np.diff(padded, axis=1)
    rows, cols = np.nonzero(diff)
    # Each run gives a +1 then a -1 in the same row, so the non-zeros alternate.
    return rows[0::2], cols[0::2], cols[1::2]


def deskew_angle(gray: NDArray[np.uint8], limit: float = 3.0) -> float:
    """The rotation (degrees, PIL's sense) that makes text lines and borders horizontal:
    the angle at which the row profile of the ink has the sharpest steps."""
    small = Image.fromarray(gray).reduce(4) if min(gray.shape) > 400 else Image.fromarray(gray)
    ink = Image.fromarray(((np.asarray(small) < INK) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rotated = ink.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        profile = np.asarray(rotated, dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(profile)).sum())

    best = 0.0
    for step, span in ((0.5, limit), (0.1, 0.5), (0.02, 0.1)):
        count = round(span / step)
        best = max((best + k * step for k in range(-count, count + 1)), key=sharpness)
    return round(best, 2)


def rulings(mask: Mask, minimum: int) -> tuple[list[Segment], list[Segment]]:
    """Table borders: horizontal ink runs at least `minimum` pixels long, and vertical
    runs (often short: one row high) that end on horizontal borders at both ends, or at
    one end when the other runs past the table's last border (a row cut by the page)."""
    rows, starts, ends = runs(mask)
    keep = ends - starts >= minimum
    # A dark area (the scanner's lid past the page's edge, a black margin) is no border:
    # each column of a band under a page was one once, merging the true ones away.
    side = max(6, minimum // 8)
    horizontal = [
        (float(y), float(a), float(b))
        for y, a, b in zip(rows[keep], starts[keep], ends[keep], strict=True)
        if not _filled(mask, int(y), int(a), int(b), side)
    ]
    cols, tops, bottoms = runs(mask.T)
    keep = bottoms - tops >= max(8, minimum // 5)
    keep[keep] = [
        not _filled(mask.T, int(x), int(a), int(b), side)
        for x, a, b in zip(cols[keep], tops[keep], bottoms[keep], strict=True)
    ]
    # A border's ends touch the borders they join; a character's stroke in a row its text
    # fills stops a few pixels short (网 in a 36-pixel row: 5 pixels above, 4 below).
    reach = max(2, minimum // 30)
    first = horizontal[0][0] - reach if horizontal else 0.0
    last = horizontal[-1][0] + reach if horizontal else 0.0
    vertical = []
    for x, a, b in zip(cols[keep], tops[keep], bottoms[keep], strict=True):
        top, bottom = _meets(horizontal, x, a, reach), _meets(horizontal, x, b, reach)
        if b - a >= minimum or (top and (bottom or b > last)) or (bottom and a < first):
            vertical.append((float(x), float(a), float(b)))
    return horizontal, vertical


def _filled(mask: Mask, row: int, start: int, end: int, side: int) -> bool:
    """Whether the run of ink mask[row, start:end] lies inside a dark area: the rows `side`
    pixels above and below it are nine tenths ink along it too (or off the page)."""
    above, below = row - side, row + side
    return all(k < 0 or k >= len(mask) or mask[k, start:end].mean() > 0.9 for k in (above, below))


def ruled(lines: Mask, horizontal: list[Segment], vertical: list[Segment]) -> Mask:
    """The table's borders as pixels: long lines (of a lighter mask: their grey edges too)
    with the ruling segments, short vertical ones among them, grown by a pixel."""
    out = lines.copy()
    for y, a, b in horizontal:
        out[int(y), int(a) : int(b)] = True
    for x, a, b in vertical:
        out[int(a) : int(b), int(x)] = True
    return dilate(out, 1)


def _meets(horizontal: list[Segment], x: int, y: int, reach: int) -> bool:
    """Whether a horizontal border passes within `reach` pixels of (x, y)."""
    lo = bisect.bisect_left(horizontal, (y - reach, -1.0, -1.0))
    for k in range(lo, len(horizontal)):
        hy, x0, x1 = horizontal[k]
        if hy > y + reach:
            return False
        if x0 - reach <= x <= x1 + reach:
            return True
    return False


def text_height(text: Mask, strips: int = 16) -> float:
    """The usual height in pixels of a line of text: the median height of the bands of
    rows holding ink, taken in narrow vertical strips (across a whole page the lines of
    cells side by side, offset a little, run together into one tall band)."""
    width = text.shape[1] // strips * strips
    if not width:
        return 0.0
    inked = text[:, :width].reshape(text.shape[0], strips, -1).any(axis=2).astype(np.int8)
    steps = np.diff(np.pad(inked, ((1, 1), (0, 0))), axis=0)
    # Starts and ends pair up strip by strip once both are ordered by strip.
    starts = np.nonzero(steps.T == 1)[1]
    ends = np.nonzero(steps.T == -1)[1]
    heights = ends - starts
    # Bands of a pixel or three are rules' stubs, underlines and specks.
    heights = heights[heights >= 4]
    return float(np.median(heights)) if heights.size else 0.0


def widest_blank(inked: NDArray[np.bool_], minimum: int) -> tuple[int, int] | None:
    """The widest run of blank columns (start, end exclusive) at least `minimum` wide."""
    padded = np.concatenate(([1], inked.astype(np.int8), [1]))
    steps = np.diff(padded)
    starts, ends = np.nonzero(steps == -1)[0], np.nonzero(steps == 1)[0]
    if not starts.size:
        return None
    k = int(np.argmax(ends - starts))
    return (int(starts[k]), int(ends[k])) if ends[k] - starts[k] >= minimum else None


def line_mask(mask: Mask, minimum: int) -> Mask:
    """Pixels that belong to long horizontal or vertical runs (the table's borders)."""
    out = np.zeros_like(mask)
    rows, starts, ends = runs(mask)
    for y, a, b in zip(
        *(arr[ends - starts >= minimum] for arr in (rows, starts, ends)), strict=True
    ):
        out[y, a:b] = True
    cols, tops, bottoms = runs(mask.T)
    for x, a, b in zip(
        *(arr[bottoms - tops >= minimum] for arr in (cols, tops, bottoms)), strict=True
    ):
        out[a:b, x] = True
    return out


@dataclass(frozen=True, slots=True)
class TickBox:
    x0: int
    y0: int
    x1: int
    y1: int
    ticked: bool
    reach: int = 0
    """Pixels above the box a tick's arm reaches (the pen carried it out of the box)."""


def tick_boxes(text: Mask, smallest: int, largest: int, solid: Mask | None = None) -> list[TickBox]:
    """Small hollow squares: a top and bottom edge of equal span joined by two sides; and
    solid squares, told in `solid` (a darker threshold than `text`'s, where the strokes of
    a small dense character stay apart) when given.

    A box counts only with blank space to its left (a box leads its option), so the
    character 口 inside a word is not taken for one.
    """
    rows, starts, ends = runs(text)
    lengths = ends - starts
    pick = (lengths >= smallest) & (lengths <= largest)
    buckets: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for y, a, b in zip(rows[pick], starts[pick], ends[pick], strict=True):
        buckets.setdefault((int(a) // 4, int(b) // 4), []).append((int(y), int(a), int(b)))
    found: list[TickBox] = []
    for (qa, qb), members in buckets.items():
        near = [
            run
            for da in (-1, 0, 1)
            for db in (-1, 0, 1)
            for run in buckets.get((qa + da, qb + db), ())
        ]
        for top, a, b in members:
            side = b - a
            bottoms = [
                y
                for y, a2, b2 in near
                if side * 0.75 <= y - top <= side * 1.3 and abs(a2 - a) <= 3 and abs(b2 - b) <= 3
            ]
            if not bottoms:
                continue
            box = _check_box(text, a, top, b - 1, max(bottoms), solid=solid)
            if box is not None and not any(_overlaps(box, other) for other in found):
                found.append(box)
    return found


def _check_box(
    text: Mask, x0: int, y0: int, x1: int, y1: int, *, solid: Mask | None
) -> TickBox | None:
    height, width = text.shape
    # Grow to the outer edge of lines that blur and resampling made several pixels thick.
    while y0 > 0 and text[y0 - 1, x0 : x1 + 1].mean() > 0.6:
        y0 -= 1
    while y1 + 1 < height and text[y1 + 1, x0 : x1 + 1].mean() > 0.6:
        y1 += 1
    while x0 > 0 and text[y0 : y1 + 1, x0 - 1].mean() > 0.6:
        x0 -= 1
    while x1 + 1 < width and text[y0 : y1 + 1, x1 + 1].mean() > 0.6:
        x1 += 1
    side = max(1, y1 - y0)
    stroke = max(2, side // 8)
    left_side = text[y0 : y1 + 1, max(0, x0 - 1) : x0 + stroke].any(axis=1).mean()
    right_side = text[y0 : y1 + 1, max(0, x1 - stroke) : min(width, x1 + 2)].any(axis=1).mean()
    if left_side < 0.8 or right_side < 0.8:
        return None
    # A drawn box has clean corners and white around it; the character 口 has strokes
    # running past its corners, and squares inside characters touch other strokes.
    margin = max(2, side // 6)
    above = text[max(0, y0 - margin) : y0, max(0, x0 - 1) : x1 + 2]
    below = text[y1 + 1 : y1 + 1 + margin, max(0, x0 - 1) : x1 + 2]
    if stems(below, stroke) or tail(below):
        return None
    # Ink rising past its top: a 口's stems, unless a tick's arm left the box there.
    over = stems(above, stroke)
    if over and not overshoot(above, stroke):
        return None
    gap = max(4, side * 2 // 5)
    if not over and _inked(before(text, x0, y0, y1, gap)):  # a tick's arms cross both
        return None
    box = text[y0 : y1 + 1, x0 : x1 + 1]
    fill = box if solid is None else _trimmed(solid[y0 : y1 + 1, x0 : x1 + 1])
    if fill.size and fill.mean() >= FILLED and _cut_out_tick(fill[1:-1, 1:-1]):
        # A browser's or a phone's ticked check box: a solid square, its tick cut out in
        # white (an empty one is a thin frame, so no unticked box comes near this).
        return TickBox(x0, y0, x1, y1, True)
    if fill.size and fill.mean() >= SOLID and fill[1:-1, 1:-1].all():
        return TickBox(x0, y0, x1, y1, True)  # ■: no counter, as a dense character has
    inner = _inside(box, max(1, side // 4))
    if inner.size == 0:
        return None
    # Strokes crossing the whole inside are a character (目 日 田 申), not a tick (whose
    # thick arms may still cover three quarters of a row); a box filled solid (■) is a tick.
    crossing = int((inner.mean(axis=1) > 0.9).sum()) + int((inner.mean(axis=0) > 0.9).sum())
    if crossing > 0 and inner.mean() < 0.85:
        return None
    if _framed(inner):
        return None  # a square inside the square: the character 回, which opens 回应…
    core = inner[1:-1, 1:-1] if min(inner.shape) > 4 else inner
    ticked = bool(core.mean() > TICK_INK)
    if over and not ticked:
        return None
    return TickBox(x0, y0, x1, y1, ticked, reach=side // 2 if over else 0)


def _trimmed(box: Mask) -> Mask:
    """The box less its blank outer rows and columns (a darker threshold draws a solid
    square a pixel smaller than the lighter one that found it)."""
    ys = np.nonzero(box.any(axis=1))[0]
    xs = np.nonzero(box.any(axis=0))[0]
    if not ys.size:
        return box[:0, :0]
    return box[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]


def _cut_out_tick(box: Mask) -> bool:
    """Whether the blank inside a mostly inked square is one region (8-connected) spanning
    at least 40 % of it each way: a tick cut out in white. A dense character set small
    has several counters (厦 息), or one narrow slit (西); ■ has none. Blank specks in its
    corners are the square's rounding (Chromium's larger check boxes), not counters."""
    height, width = box.shape
    corner = max(2, min(height, width) // 4)
    regions = [r for r in pieces(~box) if not _in_corner(r, height, width, corner)]
    if len(regions) != 1:
        return False
    ys, xs = [y for y, _ in regions[0]], [x for _, x in regions[0]]
    return bool(max(ys) - min(ys) + 1 >= 0.4 * height and max(xs) - min(xs) + 1 >= 0.4 * width)


def pieces(mask: Mask) -> list[list[tuple[int, int]]]:
    """The 8-connected pieces of a small mask (a glyph's or a box's: some hundreds of
    pixels), each as its (y, x) points."""
    todo = {(int(y), int(x)) for y, x in zip(*np.nonzero(mask), strict=True)}
    out = []
    while todo:
        stack = [todo.pop()]
        piece = []
        while stack:
            y, x = stack.pop()
            piece.append((y, x))
            for near in ((y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)):
                if near in todo:
                    todo.remove(near)
                    stack.append(near)
        out.append(piece)
    return out


def _in_corner(region: list[tuple[int, int]], height: int, width: int, corner: int) -> bool:
    """Whether a blank region lies within `corner` pixels of one of the square's corners."""
    ys, xs = [y for y, _ in region], [x for _, x in region]
    top, bottom = max(ys) < corner, min(ys) >= height - corner
    left, right = max(xs) < corner, min(xs) >= width - corner
    return (top or bottom) and (left or right)


def _inside(square: Mask, quarter: int, least: int = 1) -> Mask:
    """What lies inside a square's four edges, each as thick as it is measured along its
    middle (`quarter` left off either end) and at least `least`, less a pixel more."""
    height, width = square.shape
    top = max(least, _thickness(square[:, quarter:-quarter]))
    bottom = max(least, _thickness(square[::-1, quarter:-quarter]))
    left = max(least, _thickness(square[quarter:-quarter, :].T))
    right = max(least, _thickness(square[quarter:-quarter, ::-1].T))
    return square[top + 1 : height - bottom - 1, left + 1 : width - right - 1]


def _framed(inner: Mask) -> bool:
    """Whether the ink inside a box is a hollow square of its own: inked all along its four
    edges, its middle blank (回), which no tick, cross or filling is."""
    # Rows and columns with a dot or two of ink are noise, not the square's edges.
    ys = np.nonzero(inner.sum(axis=1) > 2)[0]
    xs = np.nonzero(inner.sum(axis=0) > 2)[0]
    if ys.size == 0 or ys[-1] - ys[0] < 4 or xs[-1] - xs[0] < 4:
        return False
    square = inner[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]
    stroke = max(1, min(square.shape) // 5)
    # Each edge a band a stroke wide (a stroke's pixels wander by one).
    edges = (
        square[:stroke].any(axis=0),
        square[-stroke:].any(axis=0),
        square[:, :stroke].any(axis=1),
        square[:, -stroke:].any(axis=1),
    )
    if min(float(edge.mean()) for edge in edges) < 0.8:
        return False
    # Inside the edges as thick as they are: a bold or blurred 回's inner square has
    # strokes twice `stroke`.
    middle = _inside(square, max(1, min(square.shape) // 4), least=stroke)
    return middle.size > 0 and float(middle.mean()) < 0.2


def _inked(strip: Mask) -> bool:
    """Ink in a strip that should be blank, beyond a stray dot or two of noise."""
    return bool(strip.size) and int(strip.sum()) > max(2, strip.size // 40)


def _thickness(edge: Mask) -> int:
    """Rows from the start of `edge` to the end of the band of rows that are mostly ink:
    the frame's line width. The outermost row or two may be partly inked (a grey,
    resampled edge) and still count."""
    count = 0
    for i, row in enumerate(edge):
        if row.size and row.mean() >= 0.6:
            count = i + 1
        elif count or i >= 2:
            break
    return max(1, count)


def _overlaps(a: TickBox, b: TickBox) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1
