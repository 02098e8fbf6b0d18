"""A document with some rows' cells replaced: what the steps before the walk that mend one
row at a time (label_lists, group_dashes, mark_cells, boxed_names …) share."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from nianbao.extract.document import Cell, Document, Row

CellsEdit = Callable[[tuple[Cell, ...]], tuple[Cell, ...] | None]
"""A row's cells → its new cells, or None to leave the row as it is."""


def cells_edited(doc: Document, edit: CellsEdit) -> Document:
    """`doc` with each row's cells as `edit` gives them; `doc` itself when none changed."""
    return rows_edited(doc, lambda row: edit(row.cells))


def rows_edited(doc: Document, edit: Callable[[Row], tuple[Cell, ...] | None]) -> Document:
    """`cells_edited`, `edit` given the whole row (its table, its place)."""
    rows = None
    for r, row in enumerate(doc.rows):
        cells = edit(row)
        if cells is not None and cells != row.cells:
            rows = rows if rows is not None else list(doc.rows)
            rows[r] = dataclasses.replace(row, cells=cells)
    return doc if rows is None else dataclasses.replace(doc, rows=rows)
