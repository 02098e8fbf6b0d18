"""A label's head alone on a line, its rest after another row's value on the next line.

Text of one line a row's height (pdfplumber, pdftotext without -layout) writes a label
wrapped over three lines in its tall cell around the one line of the row beside it: the
label's head, then that row's label and value with the label's rest after them, then the
rest's unit (独立用户访问 | 公安机关备案号 辽公网安备2110…号 总量（单位： | 个）). The rest would
read as the end of that value. The head is moved onto its rest: the label is whole where its
rest stands, and its value follows as it does any label cut before its unit.
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Document, Row, merge_rows
from nianbao.extract.labels import LabelIndex, normalize_label

_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
_REST_RE = re.compile(r"(?<=\S )([\u4e00-\u9fff]{1,6})(?=[（(]|$)")
"""A word of Chinese characters after a blank, at the line's end or before a bracket (a
unit's start)."""


def join_head_rests(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    return merge_rows(doc, lambda rows, r: _pair(rows, r, index))


def _pair(rows: list[Row], r: int, index: LabelIndex) -> tuple[Row, int] | None:
    joined = _joined(rows[r], rows[r + 1], index) if r + 1 < len(rows) else None
    return None if joined is None else (joined, 2)


def _joined(above: Row, row: Row, index: LabelIndex) -> Row | None:
    """`row` with the label head `above` holds put before its rest, if it holds one."""
    if len(above.cells) != 1 or len(row.cells) != 1 or above.page != row.page:
        return None
    head, cell = above.cells[0].text.strip(), row.cells[0]
    if cell.bbox is not None or cell.copy or not _HEAD_RE.fullmatch(head):
        return None
    norm = normalize_label(head)
    if norm not in index.heads or index.lookup(norm) is not None:
        return None
    for rest in _REST_RE.finditer(cell.text):
        hit = index.lookup(normalize_label(head + rest.group(1)))
        if hit is None or not hit.fields:
            continue
        text = cell.text[: rest.start()] + head + cell.text[rest.start() :]
        return Row((dataclasses.replace(cell, text=text),), row.where, row.page, row.block)
    return None
