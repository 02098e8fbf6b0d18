"""A line of converted text opening with a comma or a semicolon (，发布作品166条，…): no
cell's text starts so, so it is the rest of the line before's last cell, which the line's
end cut (pdftotext -raw writes a wrapped cell's lines one a line)."""

from __future__ import annotations

import dataclasses

from nianbao.extract.document import Document, Row
from nianbao.extract.labels import LabelIndex

_OPENERS = tuple("，；、。")
"""Marks no cell's text opens with. Not a closing bracket: a unit's spread over a tall
cell's lines stands alone on one ( （ | 条 | ） )."""


def join_punctuation_rests(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    rows: list[Row] | None = None
    for r in range(1, len(doc.rows)):
        row = doc.rows[r]
        head = row.cells[0].text.strip() if row.cells else ""
        if len(head) < 2 or not head.startswith(_OPENERS):
            continue
        if row.cells[0].bbox is not None:
            continue  # laid out in columns: the rest is the column's, not the line's end
        rows = rows if rows is not None else list(doc.rows)
        before = rows[r - 1]
        if not before.cells:
            continue
        last = before.cells[-1]
        joined = dataclasses.replace(last, text=last.text + row.cells[0].text.strip())
        rows[r - 1] = dataclasses.replace(before, cells=(*before.cells[:-1], joined))
        rows[r] = dataclasses.replace(row, cells=row.cells[1:])
    return doc if rows is None else dataclasses.replace(doc, rows=rows)
