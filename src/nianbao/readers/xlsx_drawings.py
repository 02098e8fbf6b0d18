"""Ticks drawn over a sheet: a text box or shape holding only √ (or ✓, ✔, ☑) that a
filler laid over the box of the option chosen, the cells themselves all showing □. Each
is placed by its anchor: the cell under the middle of the shape, and how far into that
cell's column the middle stands, to tell which of a cell's boxes it covers."""

from __future__ import annotations

import bisect
import itertools

import lxml.etree

from nianbao.display import wide_chars
from nianbao.extract.document import TICKED, UNTICKED
from nianbao.readers.cell_refs import cell_ref
from nianbao.readers.ooxml import Package

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TICKS = frozenset("√✓✔☑")
_ANCHORS = (f"{_XDR}twoCellAnchor", f"{_XDR}oneCellAnchor", f"{_XDR}absoluteAnchor")
MAX_SHAPES = 5_000
"""Shapes of a drawing looked at, at the most (a report draws a few dozen)."""
_EMU_PER_PIXEL = 9525
_EMU_PER_POINT = 12700
_DEFAULT_WIDTH = 8.43
"""Excel's column width (characters of the default font) when the sheet gives none."""
_DEFAULT_HEIGHT = 15.0
"""Excel's row height in points when the sheet gives none."""
_COLUMNS = 200
_ROWS = 5_000


Tick = tuple[int, int, float]
"""A drawn tick: the row and column (0-based) of the cell under its middle (a merged
range's first), and how far the middle stands from that cell's left edge, in pixels."""


def drawn_ticks(package: Package, path: str, sheet: lxml.etree._Element) -> list[Tick]:
    """The ticks drawn over the sheet at `path` (whose parsed XML is `sheet`), each placed
    in the cell under its middle (a merged range's first)."""
    drawing = sheet.find(f"{_S}drawing")
    if drawing is None:
        return []
    target = package.targets(path).get(drawing.get(f"{_R}id", ""))
    root = package.xml(target) if target else None
    if root is None:
        return []
    grid = _Grid(sheet)
    found = []
    anchors = [a for a in root if a.tag in _ANCHORS][:MAX_SHAPES]
    for anchor in anchors:
        # One shape holding a tick; a group's shapes stand where their own transforms put
        # them, not by the anchor.
        shapes = anchor.findall(f"{_XDR}sp")
        if len(shapes) != 1 or _text(shapes[0]) not in _TICKS:
            continue
        middle = _middle(anchor, grid)
        if middle is not None and not grid.hidden(anchor.find(f"{_XDR}from")):
            found.append(grid.cell(*middle))
    return found


_OPTION = 12
"""Characters of a cell's text, at the most, that a tick over it marks as chosen when it
holds no box (是, 部门网站): a longer text is no option's name."""
_DIGIT_PIXELS = 7
_PADDING_PIXELS = 3


def ticked(text: str, x: float) -> str:
    """A cell's text with a tick drawn `x` pixels into it: on the empty box nearest (a
    cell's text set from its left edge, a Chinese character and a box two digits wide),
    before an option's name without a box, alone in an empty cell."""
    boxes = [i for i, ch in enumerate(text) if ch == UNTICKED]
    if not boxes:
        return TICKED + text if len(text) <= _OPTION else text

    def distance(i: int) -> float:
        middle = _PADDING_PIXELS + _DIGIT_PIXELS * (i + wide_chars(text[:i]) + 1)
        return abs(middle - x)

    at = min(boxes, key=distance)
    return text[:at] + TICKED + text[at + 1 :]


def _text(shape: lxml.etree._Element) -> str:
    return "".join(t.text or "" for t in shape.iter(f"{_A}t")).strip()


class _Grid:
    """Where the sheet's columns and rows start, in EMU from its top left corner."""

    def __init__(self, sheet: lxml.etree._Element) -> None:
        fmt = sheet.find(f"{_S}sheetFormatPr")
        width = _float(fmt.get("defaultColWidth") if fmt is not None else None, _DEFAULT_WIDTH)
        height = _float(fmt.get("defaultRowHeight") if fmt is not None else None, _DEFAULT_HEIGHT)
        widths = [width] * _COLUMNS
        for col in sheet.iterfind(f"{_S}cols/{_S}col"):
            low, high = _int(col.get("min")), _int(col.get("max"))
            if low is None or high is None:
                continue
            given = _float(col.get("width"), width)
            for c in range(max(low, 1) - 1, min(high, _COLUMNS)):
                widths[c] = 0.0 if col.get("hidden") in ("1", "true") else given
        heights = [height] * _ROWS
        for row in sheet.iterfind(f"{_S}sheetData/{_S}row"):
            r = _int(row.get("r"))
            if r is None or not 0 < r <= _ROWS:
                continue
            if row.get("hidden") in ("1", "true"):
                heights[r - 1] = 0.0
            elif row.get("ht") is not None:
                heights[r - 1] = _float(row.get("ht"), height)
        self.left = [0, *itertools.accumulate(_column_emu(w) for w in widths)]
        self.merged = [
            (a, b)
            for merge in sheet.iterfind(f"{_S}mergeCells/{_S}mergeCell")
            if (a := cell_ref(merge.get("ref", "").partition(":")[0])) is not None
            and (b := cell_ref(merge.get("ref", "").partition(":")[2])) is not None
        ]
        self.top = [0, *itertools.accumulate(int(h * _EMU_PER_POINT) for h in heights)]

    def hidden(self, marker: lxml.etree._Element | None) -> bool:
        """Whether a cell marker (<xdr:from>) stands in a hidden column or row: Excel hides
        the shapes that move with such cells."""
        if marker is None:
            return False
        col, row = _int(marker.findtext(f"{_XDR}col")), _int(marker.findtext(f"{_XDR}row"))
        return (
            col is not None and 0 <= col < _COLUMNS and self.x(col + 1, 0) == self.x(col, 0)
        ) or (row is not None and 0 <= row < _ROWS and self.y(row + 1, 0) == self.y(row, 0))

    def x(self, col: int, offset: int) -> int:
        return self.left[min(max(col, 0), _COLUMNS)] + offset

    def y(self, row: int, offset: int) -> int:
        return self.top[min(max(row, 0), _ROWS)] + offset

    def cell(self, x: float, y: float) -> Tick:
        col = max(0, min(bisect.bisect_right(self.left, x) - 1, _COLUMNS - 1))
        row = max(0, min(bisect.bisect_right(self.top, y) - 1, _ROWS - 1))
        for (r0, c0), (r1, c1) in self.merged:
            if r0 <= row <= r1 and c0 <= col <= c1:
                row, col = r0, c0
                break
        return row, col, (x - self.left[col]) / _EMU_PER_PIXEL


def _column_emu(width: float) -> int:
    """A column's width in EMU: Excel shows a width of w characters as 7w + 5 pixels (the
    default font's digit 7 pixels wide, 5 of margins)."""
    return 0 if width <= 0 else int((width * 7 + 5) * _EMU_PER_PIXEL)


def _middle(anchor: lxml.etree._Element, grid: _Grid) -> tuple[float, float] | None:
    """The middle of an anchor's shape, in EMU."""
    start = _place(anchor.find(f"{_XDR}from"), grid)
    if anchor.tag == f"{_XDR}absoluteAnchor":
        pos = anchor.find(f"{_XDR}pos")
        start = None if pos is None else (_int(pos.get("x")) or 0, _int(pos.get("y")) or 0)
    if start is None:
        return None
    if anchor.tag == f"{_XDR}twoCellAnchor":
        end = _place(anchor.find(f"{_XDR}to"), grid)
    else:
        ext = anchor.find(f"{_XDR}ext")
        size = (0, 0) if ext is None else (_int(ext.get("cx")) or 0, _int(ext.get("cy")) or 0)
        end = (start[0] + size[0], start[1] + size[1])
    if end is None:
        return None
    return (start[0] + end[0]) / 2, (start[1] + end[1]) / 2


def _place(marker: lxml.etree._Element | None, grid: _Grid) -> tuple[int, int] | None:
    """A cell marker (<xdr:from>, <xdr:to>) in EMU."""
    if marker is None:
        return None
    col, row = _int(marker.findtext(f"{_XDR}col")), _int(marker.findtext(f"{_XDR}row"))
    if col is None or row is None:
        return None
    across = _int(marker.findtext(f"{_XDR}colOff")) or 0
    down = _int(marker.findtext(f"{_XDR}rowOff")) or 0
    return grid.x(col, across), grid.y(row, down)


def _int(text: str | None) -> int | None:
    try:
        return int((text or "").strip())
    except ValueError:
        return None


def _float(text: str | None, default: float) -> float:
    try:
        value = float(text) if text is not None else default
    except ValueError:
        return default
    return value if 0 <= value < 1e4 else default
