"""A choice of several answers whose options fill two rows of a table under its label's
tall cell (创新发展 | ☑ 搜索即服务 ☐ 多语言版本 ☑ 无障碍浏览, then | ☐ 千人千网 ☑ 其他 | 某服务):
the second row starts with the label's merged copy only. Read alone, its 其他 and the text
after it would answer the last 其他 still open above (移动新媒体's). The second row's cells
go on the first row, after its own, as one list.

In such a row, the text in the cell after 其他's (☑ | 其他 | 某服务) is what 其他 names: it
joins 其他's cell (其他：某服务), as a list written in one cell has it."""

from __future__ import annotations

import dataclasses

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.piece import has_ticks


def choice_rows_joined(doc: Document, index: LabelIndex) -> Document:
    rows: list[Row] = []
    changed = False
    for row in doc.rows:
        above = rows[-1] if rows else None
        if above is not None and _goes_on(above, row, index):
            last = max(c.col for c in above.cells)
            moved = tuple(
                dataclasses.replace(c, col=last + 1 + k) for k, c in enumerate(row.cells[1:])
            )
            rows[-1] = _other_named(dataclasses.replace(above, cells=above.cells + moved))
            changed = True
        elif _listed(row, index):
            rows.append(_other_named(row))
            changed = changed or rows[-1] is not row
        else:
            rows.append(row)
    return dataclasses.replace(doc, rows=rows) if changed else doc


_OTHER = "其他"
_BOXES = frozenset({"☑", "☐"})


def _other_named(row: Row) -> Row:
    """The row with the text after 其他's own cell joined to it (其他：某服务)."""
    cells = list(row.cells)
    for k in range(1, len(cells) - 1):
        name, text = cells[k], cells[k + 1]
        if name.text.strip().lstrip("☑☐").strip() != _OTHER or has_ticks(text.text):
            continue
        if not text.text.strip() or text.copy:
            continue
        joined = f"{name.text.strip()}：{text.text}"
        box = cells[k - 1].text.strip()
        if box in _BOXES:  # the box in a cell of its own before the name: ☑其他：某服务
            cells[k - 1 : k + 2] = [dataclasses.replace(name, text=box + joined)]
        else:
            cells[k : k + 2] = [dataclasses.replace(name, text=joined)]
        return dataclasses.replace(row, cells=tuple(cells))
    return row


def _listed(row: Row, index: LabelIndex) -> bool:
    """Whether the row is a list's: its label's own cell first (after any copies), boxes
    after it."""
    # The label first: one look at a row's first own cell rules out nearly every row.
    first = next((c for c in row.cells if not c.copy), None)
    if first is None or not _lists(first.text, index):
        return False
    own = [c for c in row.cells if not c.copy]
    return len(own) >= 3 and any(has_ticks(c.text) for c in own[1:])


def _lists(text: str, index: LabelIndex) -> bool:
    hit = index.lookup(normalize_label(text))
    return hit is not None and any(f.type == "list" for f in hit.fields)


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
    return _lists(label.text, index)
