"""A value's place among the values of its line, for labels set abreast in one cell.

Text of one space between cells (pypdfium2, pdfplumber) may write a row of labels as one
cell (政府网站标识码 ICP备案号 公安机关备案号 …) over a line of values set apart by wider
gaps: where each label stands in the cell is not known, but the values follow the labels'
order (5400008027 | 藏ICP备…号-2 | 藏公网安备)."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.document import Cell
from nianbao.extract.tokens import Rows, Token, names_field
from nianbao.forms.model import Field


def in_place(rows: Rows, row: int, label: Cell, f: Field, value: Token) -> bool:
    """Whether `value` stands in the place among its line's values that f's label holds
    among the labels of its cell (two or more), the line holding no more values than
    labels."""
    labels = [t for t in rows[row] if t.cell is label and t.piece.kind == "label"]
    if len(labels) < 2:
        return False
    at = next((k for k, t in enumerate(labels) if names_field(t, f)), -1)
    values = [t for t in rows[value.row] if t.piece.kind == "value" and not t.cell.copy]
    if at < 0 or len(values) > len(labels):
        return False
    return at < len(values) and values[at] is value


def between_starts(rows: Rows, row: int, label: Cell, r: int) -> Token | None:
    """Laid out, labels each in its cell abreast over values on line r, each label's
    starting between its start and the next label's (解读产品数量(单位: 个) | 8 set right
    past the label's end, right-aligned in its padded cell): the first value of `label`."""
    labels = rows[row]
    values = rows[r]
    if len(labels) < 2 or len(values) < len(labels):
        return None
    if any(t.piece.kind != "label" or t.cell.copy for t in labels):
        return None
    if any(t.piece.kind != "value" or t.cell.copy for t in values):
        return None
    starts = []
    for t in labels:
        if t.cell.bbox is None:
            return None
        starts.append(t.cell.bbox[0])
    starts.append(float("inf"))
    columns: list[list[Token]] = [[] for _ in labels]
    for t in values:
        box = t.cell.bbox
        k = next((k for k in range(len(labels)) if box and starts[k] <= box[0] < starts[k + 1]), -1)
        if k < 0:
            return None
        columns[k].append(t)
    # A value a label at least; a choice's options stand as several (☐政府门户网站  ☑部门网站).
    if not all(columns):
        return None
    at = next((k for k, t in enumerate(labels) if t.cell is label), -1)
    return columns[at][0] if at >= 0 else None


def under_another(rows: Rows, row: int, label: Cell, value: Token) -> bool:
    """Laid out, whether `value` stands under another field's label on the label's line or
    the line above it (政府网站标识 | ICP备案号 公安机关备案号 | 码 | 62122242390365 under
    公安机关备案号, not 码's)."""
    for q in (row - 1, row):
        for t in rows[q] if q >= 0 else []:
            hit = t.piece.hit
            if t.cell is label or t.piece.kind != "label" or not (hit and hit.fields):
                continue
            if columns.under(rows.doc, t.cell, q, value.cell, value.row):
                return True
    return False


def same_piece(rows: Rows, token: Token, below: Token) -> Token:
    """When `below` is a unit's rest, the piece of its cell in `token`'s place among its
    cell's pieces, both cells cutting into as many (办件量（单 自然人办件 | 7,949 | 位：件） 量:
    量 finishes 自然人办件, not 位：件）); else `below`."""
    mine = [t for t in rows[token.row] if t.cell is token.cell]
    theirs = [t for t in rows[below.row] if t.cell is below.cell]
    if below.piece.kind != "unit" or len(mine) != len(theirs) or len(mine) < 2:
        return below
    return theirs[next(k for k, t in enumerate(mine) if t is token)]
