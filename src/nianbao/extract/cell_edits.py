"""A document with some rows' cells replaced: what the steps before the walk that mend one
row at a time (label_lists, group_dashes, mark_cells, boxed_names …), a cell's text at a
time (leader_dots, of_which) or a column at a time (code_columns, last_year) share."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection

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


def texts_edited(doc: Document, convert: Callable[[str], str]) -> Document:
    """`doc` with each cell's text as `convert` gives it, merged cells' repeats left as
    they are (they only repeat their first cell); `doc` itself when none changed."""

    def edit(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        out = []
        for c in cells:
            text = c.text if c.copy else convert(c.text)
            out.append(c if text == c.text else dataclasses.replace(c, text=text))
        return tuple(out)

    return cells_edited(doc, edit)


def without_column(doc: Document, col: int, rows: Collection[int]) -> Document:
    """`doc` without the cells of column `col` in the rows numbered `rows`."""
    chosen = {id(doc.rows[r]) for r in rows}
    return rows_edited(
        doc,
        lambda row: tuple(c for c in row.cells if c.col != col) if id(row) in chosen else None,
    )
