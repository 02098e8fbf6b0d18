"""A choice of several answers whose options fill two rows of a table under its label's
tall cell (创新发展 | ☑ 搜索即服务 ☐ 多语言版本 ☑ 无障碍浏览, then | ☐ 千人千网 ☑ 其他 | 某服务):
the second row starts with the label's merged copy only. Read alone, its 其他 and the text
after it would answer the last 其他 still open above (移动新媒体's). The second row's cells
go on the first row, after its own, as one list."""

from __future__ import annotations

import dataclasses

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.piece import has_ticks


def choice_rows_joined(doc: Document, index: LabelIndex) -> Document:
    rows: list[Row] = []
    for row in doc.rows:
        above = rows[-1] if rows else None
        if above is not None and _goes_on(above, row, index):
            last = max(c.col for c in above.cells)
            moved = tuple(
                dataclasses.replace(c, col=last + 1 + k) for k, c in enumerate(row.cells[1:])
            )
            rows[-1] = dataclasses.replace(above, cells=above.cells + moved)
        else:
            rows.append(row)
    if len(rows) == len(doc.rows):
        return doc
    return dataclasses.replace(doc, rows=rows)


def _goes_on(above: Row, row: Row, index: LabelIndex) -> bool:
    """Whether `row` is the rest of the list `above` answers: the label's merged copy, then
    boxes; the row above that label's own cell, then boxes."""
    if len(row.cells) < 2 or not row.cells[0].copy or not above.cells:
        return False
    label: Cell = above.cells[0]
    if label.copy or label.text != row.cells[0].text:
        return False
    if not any(has_ticks(c.text) for c in row.cells[1:]):
        return False
    if not any(has_ticks(c.text) for c in above.cells[1:]):
        return False
    hit = index.lookup(normalize_label(label.text))
    return hit is not None and any(f.type == "list" for f in hit.fields)
