"""A table row cut by a page break, joined again: the rows of the page read next
(`geometry.page_rows`) against those read so far. A row whose cells are open below ends
the page, one whose cells are open above starts the next; their cells are the two parts of
the same cells, set in the columns of the rows above."""

from __future__ import annotations

import dataclasses
import itertools

from nianbao.extract.document import Cell, Row
from nianbao.readers.geometry import OPEN_BOTTOM, OPEN_TOP, TOLERANCE, full_width


def join_page_break(done: list[Row], page: list[Row]) -> list[Row]:
    """A table row cut by a page break: its cells on the old page, the rest at the top of
    the new one. Returns `page` with that row merged into the last table row of `done`.

    The rest is taken beside the first part when it stands in columns the first part
    leaves empty. It is also joined to the cells above it when the row is open on both
    sides of the break (no ruling under the old page's row, none over the new page's):
    such cells are one cell cut in two, whose text may have moved whole to the next page
    (a label centred in a tall cell)."""
    last = next((i for i in range(len(done) - 1, -1, -1) if done[i].block % 2), None)
    first = next((i for i, row in enumerate(page) if row.block % 2), None)
    if last is not None and last < len(done) - 1:
        _take_overflow(done, last)
    if last is None or first is None or last != len(done) - 1:
        return page
    top, bottom = done[last], page[first]
    if any(c.bbox is None for c in (*top.cells, *bottom.cells)):
        return page
    parts: dict[int, Cell] = {}
    beside: list[Cell] = []
    for b in bottom.cells:
        above = [i for i, a in enumerate(top.cells) if _overlap(a, b)]
        # Cut cells keep their columns: one part under one part.
        if len(above) > 1 or (above and above[0] in parts):
            return page
        if above:
            parts[above[0]] = b
        else:
            beside.append(b)
    if parts and not _open_break(top, bottom):
        return page
    cells = [_joined(a, parts[i]) if i in parts else a for i, a in enumerate(top.cells)]
    # The new page numbers its columns from its own rulings: the old page's, by position.
    cells += [_in_columns_of(done, top.page, b) for b in beside]
    cells.sort(key=lambda c: c.bbox[0] if c.bbox else 0)
    done[last] = Row(tuple(cells), top.where, top.page, top.block)
    return page[:first] + page[first + 1 :]


def _take_overflow(done: list[Row], last: int) -> None:
    """Lines of text under the old page's last table row, each inside one of its cells open
    at the bottom (a tall cell's text run past the page's last ruling: 互 | 动), join that
    cell's text; then the row is the page's last."""
    row = done[last]
    cells = list(row.cells)
    for line in done[last + 1 :]:
        for part in line.cells:
            at = next((k for k, c in enumerate(cells) if _holds(c, part)), None)
            if line.block % 2 or at is None:
                return
            cells[at] = _joined(cells[at], part)
    done[last:] = [Row(tuple(cells), row.where, row.page, row.block)]


def _holds(cell: Cell, part: Cell) -> bool:
    """Whether `part` lies under the top of `cell`, open at the bottom, and within its width."""
    box, inner = cell.bbox, part.bbox
    if box is None or inner is None or box[3] < OPEN_BOTTOM or inner[1] < box[1]:
        return False
    return _within(cell, part)


def _within(cell: Cell, part: Cell) -> bool:
    """Whether `part` lies within `cell`'s width."""
    box, inner = cell.bbox, part.bbox
    if box is None or inner is None:
        return False
    return box[0] - TOLERANCE <= inner[0] and inner[2] <= box[2] + TOLERANCE


def _in_columns_of(done: list[Row], page: int | None, cell: Cell) -> Cell:
    """`cell` with the column of the old page's cells that start where it starts or, for a
    cell inside one (a tick box's own rulings part it: ☑是 | ☐否), that hold it."""
    box = cell.bbox
    if box is None:
        return cell
    rows = itertools.takewhile(lambda row: row.page == page, reversed(done))
    placed = [(other, other.bbox) for row in rows for other in row.cells if other.bbox]
    holder = next((o for o, at in placed if abs(at[0] - box[0]) <= TOLERANCE), None) or next(
        (o for o, _ in placed if not o.copy and _within(o, cell)), None
    )
    return cell if holder is None else dataclasses.replace(cell, col=holder.col)


def _overlap(a: Cell, b: Cell) -> bool:
    """Whether two cells share some width."""
    if a.bbox is None or b.bbox is None:
        return False
    return a.bbox[0] < b.bbox[2] - 1 and b.bbox[0] < a.bbox[2] - 1


def _open_break(top: Row, bottom: Row) -> bool:
    return all(c.bbox and c.bbox[3] >= OPEN_BOTTOM for c in top.cells) and all(
        c.bbox and c.bbox[1] <= OPEN_TOP for c in bottom.cells
    )


def _joined(cell: Cell, part: Cell) -> Cell:
    text = cell.text
    text += part.text if full_width(text[-1:]) and full_width(part.text[:1]) else " " + part.text
    return Cell(text, cell.col, cell.bbox, cell.copy, min(cell.confidence, part.confidence))
