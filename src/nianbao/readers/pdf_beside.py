"""Pages printed side by side: a sheet too wide for its paper, printed by Excel (or WPS)
"over, then down", puts the columns that do not fit on the next page, at the same
heights as the rows they belong to: labels on page 1, their values alone on page 2.
Read page after page, the labels find no values and the values no labels.

A page whose lines stand at the heights of an earlier page's lines (most of its own, and
many of the earlier page's: the rows the sheet repeats) is set to the right of that page,
its table's left edge on the earlier table's right edge, and the two are read as one page.
Only asked for (`read_pdf(beside=True)`) when the pages read one after another gave few
values: two pages of one long table, rows of equal height, align as well.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from nianbao.readers.geometry import Rulings, Run

ALIGNED = 0.8
"""Share of a page's lines that must stand at an earlier page's line heights."""
SHARED = 0.5
"""Share of the earlier page's lines the page must stand beside (a label wrapped over two
lines has one value)."""
MIN_LINES = 5
"""Lines a page needs to be set beside another (a page number alone matches anything)."""
_NEAR = 1.5
"""Points two lines' heights may differ by (the same sheet row printed twice)."""


@dataclass(slots=True)
class PageRead:
    index: int
    """The page's number from 0 (of the first page, for pages set side by side)."""
    runs: list[Run]
    rulings: Rulings
    resumed: bool = False
    """Whether the page opens another report after the one that ended on the page before."""
    ended: bool = False
    """Whether the report ends on this page (`StopAt`)."""
    joined: int = 0
    """Pages set to the right of this one."""


def side_by_side(pages: Iterable[PageRead]) -> list[PageRead]:
    """The pages, each page standing beside an earlier one joined to it on the right (the
    one it shares most lines with: Excel's "down, then over" prints a long sheet's labels
    on pages 1 and 2, their values on pages 3 and 4); after the page the report ends on,
    only pages standing beside one (the signatures are on the labels' page)."""
    out: list[PageRead] = []
    for page in pages:
        shares = [(_beside(h, page), h) for h in out] if not page.resumed else []
        best = max(shares, key=lambda s: s[0], default=(0.0, None))
        if best[1] is not None and best[0] > 0:
            _join(best[1], page)
        elif any(h.ended for h in out):
            break
        else:
            out.append(page)
    return out


def _lines(runs: list[Run]) -> list[Run]:
    """One run per line (the first), lines apart by more than `_NEAR`."""
    out: list[Run] = []
    for run in sorted(runs, key=lambda r: r.cy):
        if not out or run.cy - out[-1].cy > _NEAR:
            out.append(run)
    return out


def _heights(runs: list[Run]) -> list[float]:
    """The heights a page's runs stand at: their middles and their bottoms (a value set at
    the bottom of a cell whose label wraps)."""
    return sorted({y for run in runs for y in (run.cy, run.box[3])})


def _near(heights: list[float], y: float) -> bool:
    at = bisect.bisect_left(heights, y - _NEAR)
    return at < len(heights) and heights[at] <= y + _NEAR


def _beside(host: PageRead, page: PageRead) -> float:
    """The share of the host's lines the page stands beside, when it may stand there; 0
    when not (a page of the same columns continues the table below)."""
    own, theirs = _lines(page.runs), _lines(host.runs)
    if len(own) < MIN_LINES or len(theirs) < MIN_LINES or _same_columns(host, page):
        return 0.0
    host_heights, page_heights = _heights(host.runs), _heights(page.runs)
    matched = sum(_near(host_heights, r.cy) or _near(host_heights, r.box[3]) for r in own)
    shared = sum(_near(page_heights, r.cy) for r in theirs) / len(theirs)
    return shared if matched >= ALIGNED * len(own) and shared >= SHARED else 0.0


def _columns(page: PageRead) -> list[float]:
    """Where a page's columns start: its vertical rulings, or else the left edges that
    three runs or more share."""
    if len(page.rulings.xs) >= 2:
        return page.rulings.xs
    edges = sorted(run.box[0] for run in page.runs)
    starts: list[float] = []
    run_of = 0
    for k, x in enumerate(edges):
        run_of = run_of + 1 if k and x - edges[k - 1] <= _NEAR else 1
        if run_of == _COLUMN_RUNS:
            starts.append(x)
    return starts


def _same_columns(host: PageRead, page: PageRead) -> bool:
    a, b = _columns(host), _columns(page)
    return len(a) == len(b) >= 2 and all(abs(x - y) <= _NEAR for x, y in zip(a, b, strict=True))


_COLUMN_RUNS = 3


def _span(page: PageRead) -> tuple[float, float]:
    """A page's left and right edges: its runs' and its outer rulings'."""
    xs = [x for run in page.runs for x in (run.box[0], run.box[2])]
    xs += page.rulings.xs[:1] + page.rulings.xs[-1:]
    return min(xs), max(xs)


def _join(host: PageRead, page: PageRead) -> None:
    dx = _span(host)[1] - _span(page)[0]
    host.runs = host.runs + [
        Run(r.text, (r.box[0] + dx, r.box[1], r.box[2] + dx, r.box[3]), r.confidence)
        for r in page.runs
    ]
    host.rulings = host.rulings.beside(page.rulings, dx)
    host.joined += 1
