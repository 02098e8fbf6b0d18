"""Page geometry → rows of cells, shared by the PDF and OCR readers.

Input: text runs with boxes, and ruling lines (table borders). A run inside a
ruled cell belongs to that cell (found from the nearest borders around it, so
merged cells are whole); cells are placed in the row of their top border, as
converters flatten merged cells. Runs outside any ruled cell are grouped into
lines and split at wide gaps. Coordinates have their origin at the top left.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from nianbao.digit_spacing import joins_tight
from nianbao.extract.document import BBox, Cell, Row

TOLERANCE = 1.5
OPEN_TOP, OPEN_BOTTOM = -1.0, 1e6
"""The edges of a ruled box open above or below: a table row cut by a page break."""


# Not frozen, as extract.document.Cell: made in numbers, never changed.
@dataclass(slots=True)
class Run:
    text: str
    box: BBox
    confidence: float = 1.0

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> float:
        return max(1.0, self.box[3] - self.box[1])


Segment = tuple[float, float, float]
"""(position, start, end): y, x0, x1 for a horizontal line; x, y0, y1 for a vertical one."""


def _merge(segments: list[Segment], tol: float) -> dict[float, list[tuple[float, float]]]:
    """Collinear segments clustered by position, their spans joined where they touch."""
    out: dict[float, list[tuple[float, float]]] = {}
    if not segments:
        return out
    segments = sorted(segments)
    count = len(segments)
    first, last = 0, segments[0][0]
    for k in range(1, count + 1):
        if k < count and segments[k][0] - last <= tol:
            last = segments[k][0]
            continue
        group = segments[first:k]
        pos = sum([s[0] for s in group]) / len(group)
        # min() and max() of each pair, written out (this runs per border of every page).
        spans = sorted([(a, b) if a < b else (b, a) if b < a else (a, a) for _, a, b in group])
        joined = [spans[0]]
        end = spans[0][1]
        for a, b in spans[1:]:
            if a <= end + 2 * tol:
                end = b if b > end else end
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((a, b))
                end = b
        out[pos] = joined
        if k < count:
            first, last = k, segments[k][0]
    return out


def _covers(spans: list[tuple[float, float]], value: float, tol: float) -> bool:
    if len(spans) == 1:  # most borders: one stretch, no search (called per run and border)
        return spans[0][0] - tol <= value <= spans[0][1] + tol
    i = bisect.bisect_right(spans, (value + tol, float("inf"))) - 1
    return i >= 0 and spans[i][0] - tol <= value <= spans[i][1] + tol


class _Lines:
    """Ruling positions along one axis with their spans, laid out for the per-run lookups:
    a line of one stretch (most borders) keeps its widened ends, so testing it is two
    comparisons instead of a call."""

    __slots__ = ("hi", "lines", "lo", "pos", "spans", "tol")

    def __init__(self, spans: dict[float, list[tuple[float, float]]], tol: float) -> None:
        self.lines = spans
        self.pos = sorted(spans)
        self.tol = tol
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.spans: list[list[tuple[float, float]] | None] = []
        for p in self.pos:
            s = spans[p]
            if len(s) == 1:
                self.lo.append(s[0][0] - tol)
                self.hi.append(s[0][1] + tol)
                self.spans.append(None)
            else:
                self.lo.append(0.0)
                self.hi.append(0.0)
                self.spans.append(s)

    def before(self, pos: float, across: float) -> float | None:
        """The nearest line at or before `pos` that covers `across`."""
        lo, hi, spans = self.lo, self.hi, self.spans
        for i in range(bisect.bisect_right(self.pos, pos) - 1, -1, -1):
            s = spans[i]
            if (lo[i] <= across <= hi[i]) if s is None else _covers(s, across, self.tol):
                return self.pos[i]
        return None

    def after(self, pos: float, across: float) -> float | None:
        """The nearest line at or after `pos` that covers `across`."""
        lo, hi, spans = self.lo, self.hi, self.spans
        for i in range(bisect.bisect_left(self.pos, pos), len(spans)):
            s = spans[i]
            if (lo[i] <= across <= hi[i]) if s is None else _covers(s, across, self.tol):
                return self.pos[i]
        return None

    def inside(self, start: float, end: float, a: float, b: float) -> bool:
        """Whether two lines or more strictly between `start` and `end` lie within `a`..`b`,
        neither end past them: a table's borders. A border ending half its width past a
        column line only touches it; a row's border broken in a scan, one stretch left of
        a two-row box and one in it, runs in from outside."""
        tol = self.tol
        found = 0
        for i in range(bisect.bisect_right(self.pos, start + tol), len(self.pos)):
            if self.pos[i] >= end - tol:
                break
            s = self.spans[i] or [(self.lo[i] + tol, self.hi[i] - tol)]
            if any(x0 >= a - tol and x1 <= b + tol and x1 - x0 > 8 * tol for x0, x1 in s):
                found += 1
                if found == 2:
                    return True
        return False

    def edges(
        self, top: float, bottom: float, x: float, left: float | None, right: float | None
    ) -> tuple[float | None, float | None]:
        """`left` and `right`, a missing one at the end of the stretches of lines `top` and
        `bottom` that hold `x` (the nearer end of the two)."""
        above, below = self._stretch(top, x), self._stretch(bottom, x)
        if above is None or below is None:
            return left, right
        if left is None:
            left = max(above[0], below[0])
        if right is None:
            right = min(above[1], below[1])
        return left, right

    def _stretch(self, line: float, x: float) -> tuple[float, float] | None:
        tol = self.tol
        return next(((a, b) for a, b in self.lines[line] if a - tol <= x <= b + tol), None)

    def any_between(self, start: float, end: float, across: float) -> bool:
        """Whether a line strictly between `start` and `end` covers `across`."""
        lo, hi, spans = self.lo, self.hi, self.spans
        for i in range(bisect.bisect_right(self.pos, start), bisect.bisect_left(self.pos, end)):
            s = spans[i]
            if (lo[i] <= across <= hi[i]) if s is None else _covers(s, across, self.tol):
                return True
        return False


@dataclass
class Rulings:
    horizontal: dict[float, list[tuple[float, float]]] = field(default_factory=dict)
    vertical: dict[float, list[tuple[float, float]]] = field(default_factory=dict)
    ys: list[float] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    tol: float = TOLERANCE
    _rows: _Lines = field(init=False, repr=False, compare=False)
    _columns: _Lines = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._rows = _Lines(self.horizontal, self.tol)
        self._columns = _Lines(self.vertical, self.tol)

    @classmethod
    def build(
        cls, horizontal: list[Segment], vertical: list[Segment], tol: float = TOLERANCE
    ) -> Rulings:
        h, v = _merge(horizontal, tol), _merge(vertical, tol)
        return cls(h, v, sorted(h), sorted(v), tol)

    def beside(self, other: Rulings, dx: float) -> Rulings:
        """These rulings and `other`'s moved `dx` to the right (a page set beside this one)."""
        h = [(y, a, b) for y, spans in self.horizontal.items() for a, b in spans]
        h += [(y, a + dx, b + dx) for y, spans in other.horizontal.items() for a, b in spans]
        v = [(x, a, b) for x, spans in self.vertical.items() for a, b in spans]
        v += [(x + dx, a, b) for x, spans in other.vertical.items() for a, b in spans]
        return Rulings.build(h, v, self.tol)

    def cell(self, x: float, y: float) -> BBox | None:
        """The ruled box around a point, or None outside any table."""
        columns = self._columns
        left = columns.before(x, y)
        right = columns.after(x, y)
        if left is None and right is None:
            return None  # most free text: no table beside it
        top = self._rows.before(y, x)
        bottom = self._rows.after(y, x)
        if (left is None or right is None) and top is not None and bottom is not None:
            # A table open at one side (its outer border not drawn, or lost on a scan): its
            # rows' borders end at its edge.
            left, right = self._rows.edges(top, bottom, x, left, right)
        if left is None or right is None:
            return None
        if top is None and bottom is None:
            return None
        # Between two borders but open above or below: a row cut by a page break.
        return (
            left,
            OPEN_TOP if top is None else top,
            right,
            OPEN_BOTTOM if bottom is None else bottom,
        )

    def holds_table(self, box: BBox) -> bool:
        """Whether a ruled box has a table's horizontal borders inside it: a frame drawn
        round tables (a whole page's, a layout column's), or a cell holding a nested table."""
        left, top, right, bottom = box
        if top <= OPEN_TOP or bottom >= OPEN_BOTTOM:
            return False
        return self._rows.inside(top, bottom, left, right)

    def splits(self, x0: float, x1: float, y: float) -> bool:
        """Whether a vertical ruling crosses the horizontal gap x0..x1 at height y."""
        return self._columns.any_between(x0, x1, y)


def _join_lines(runs: list[Run]) -> str:
    """Runs of one cell in reading order; wrapped CJK text joins without a space, and so
    do Chinese and a number where the writer sets none apart (`joins_tight`)."""
    if len(runs) == 1:  # most cells
        return runs[0].text.strip()
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.cy, r.box[0])):
        if lines and _same_line(run, lines[-1]):
            lines[-1].append(run)
        else:
            lines.append([run])
    tallest = max(max(r.height for r in line) for line in lines)
    texts = []
    for line in lines:
        line.sort(key=lambda r: r.box[0])
        if _small_print(line, tallest):
            continue
        text = ""
        for i, run in enumerate(line):
            gap = run.box[0] - line[i - 1].box[2] if i else 0
            sep = " " if i and gap > 0.3 * run.height and not text.endswith(" ") else ""
            text += sep + run.text
        texts.append(text.strip())
    out = ""
    for text in texts:
        if out and not (full_width(out[-1]) and full_width(text[:1])):
            out += "" if joins_tight(out, text) else " "
        out += text
    return out


SMALL_PRINT = 0.85
"""A line of a cell this much as tall as its tallest, or less, is set in small print (glyph
boxes: 6.5 pt under 10.5 pt measures 0.75)."""


def _small_print(line: list[Run], tallest: float) -> bool:
    """Whether a cell's line is a note in small print, a sentence under its label (网站名称 |
    请填写网站的中文名称。): the instructions printed in the form, no text of the cell's."""
    return max(r.height for r in line) < SMALL_PRINT * tallest and line[-1].text.rstrip().endswith(
        "。"
    )


def _same_line(run: Run, line: list[Run]) -> bool:
    """Whether a run shares a text line with the runs so far: their heights overlap by at
    least half the smaller one (a tick box is shorter than the words beside it)."""
    top = min(r.box[1] for r in line)
    bottom = max(r.box[3] for r in line)
    overlap = min(bottom, run.box[3]) - max(top, run.box[1])
    return overlap >= 0.5 * min(run.height, bottom - top)


def full_width(ch: str) -> bool:
    """A character set full-width in Chinese text: a line wrapped at it takes no space."""
    return bool(ch) and (ord(ch) >= 0x2E80 or ch in _WIDE_PUNCTUATION)


_WIDE_PUNCTUATION = frozenset("—‘’“”…·")


def _line_cells(runs: list[Run]) -> list[tuple[BBox, str]]:
    """Runs on one line → cells, split where the gap is wider than two characters."""
    runs = sorted(runs, key=lambda r: r.box[0])
    cells: list[list[Run]] = [[runs[0]]]
    for run in runs[1:]:
        prev = cells[-1][-1]
        if run.box[0] - prev.box[2] > 2.0 * max(run.height, prev.height):
            cells.append([run])
        else:
            cells[-1].append(run)
    return [(_union(c), _join_lines(c)) for c in cells]


def _union(runs: list[Run]) -> BBox:
    return (
        min(r.box[0] for r in runs),
        min(r.box[1] for r in runs),
        max(r.box[2] for r in runs),
        max(r.box[3] for r in runs),
    )


@dataclass
class _Line:
    top: float
    cells: list[tuple[BBox, str, float]]
    table: bool
    bottom: float = float("inf")


def _fits(line: _Line, box: BBox, tol: float) -> bool:
    """A cell belongs to a table row that starts at its top, or (a table nested in a cell)
    to one it starts inside of, where no cell of the row stands above or below it."""
    if abs(line.top - box[1]) <= 2 * tol:
        return True
    if not line.top < box[1] < line.bottom - tol:
        return False
    return all(c[0][2] <= box[0] + tol or c[0][0] >= box[2] - tol for c in line.cells)


def page_rows(runs: list[Run], rulings: Rulings, page: int, block: int) -> list[Row]:
    """One page's runs → rows in reading order (table rows and free-text lines)."""
    boxes: dict[BBox, list[Run]] = {}
    free: list[Run] = []
    find_cell = rulings.cell
    for run in runs:
        b = run.box
        box = find_cell((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        if box is None or box[2] - box[0] < 2 or box[3] - box[1] < 2:
            free.append(run)
        else:
            boxes.setdefault(box, []).append(run)
    for box in _frames(boxes, rulings):
        free += boxes.pop(box)
    lines: list[_Line] = []
    open_rows: list[_Line] = []
    for box, members in sorted(boxes.items(), key=lambda item: (item[0][1], item[0][0])):
        cell = (box, _join_lines(members), min(r.confidence for r in members))
        row = next((line for line in open_rows if _fits(line, box, rulings.tol)), None)
        if row is None:
            row = _Line(box[1], [], True)
            lines.append(row)
            open_rows = [line for line in open_rows if line.bottom > box[1] + rulings.tol]
            open_rows.append(row)
        row.cells.append(cell)
        row.bottom = min(row.bottom, box[3])
    text_lines: list[list[Run]] = []
    for run in sorted(free, key=lambda r: (r.cy, r.box[0])):
        if text_lines and _same_line(run, text_lines[-1]):
            text_lines[-1].append(run)
        else:
            text_lines.append([run])
    for members in text_lines:
        conf = min(r.confidence for r in members)
        cells = [(box, text, conf) for box, text in _line_cells(members)]
        lines.append(_Line(min(r.box[1] for r in members), cells, False))
    lines.sort(key=lambda line: line.top)
    rows = []
    for number, line in enumerate(lines, start=1):
        # Two cells from one left edge (a section's tall cell, and a label spanning the
        # section's column on the row where the section before it ended): the taller, the
        # name of the rows beside it, comes first.
        line.cells.sort(key=lambda c: (c[0][0], c[0][1] - c[0][3]))
        row_cells = tuple(
            Cell(text, _column(rulings, box[0]) if line.table else col, box, confidence=conf)
            for col, (box, text, conf) in enumerate(line.cells)
            if text
        )
        if row_cells:
            where = f"第 {page} 页 第 {number} 行"
            kind = block + (1 if line.table else 0)
            rows.append(Row(row_cells, where=where, page=page, block=kind))
    return rows


def _frames(boxes: dict[BBox, list[Run]], rulings: Rulings) -> list[BBox]:
    """The boxes whose text is read as free lines, not as one cell: those holding tables
    (between the tables in a frame round a page, neither its title nor its signature
    lines are one cell); the boxes between the same sides beside them (the runs of a
    frame meet different borders above and below, as their x differs); and the boxes
    of the same layout row (a site's column of links beside the frame)."""
    held = [box for box in boxes if rulings.holds_table(box)]
    if not held:
        return []
    tol = rulings.tol
    return [
        box
        for box in boxes
        if any(
            (box[0] == h[0] and box[2] == h[2])
            or (abs(box[1] - h[1]) <= tol and (box[2] == h[0] or box[0] == h[2]))
            for h in held
        )
    ]


def _column(rulings: Rulings, x: float) -> int:
    return bisect.bisect_left(rulings.xs, x - rulings.tol)
