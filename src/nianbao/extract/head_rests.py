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

_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")
"""A label's head, its characters maybe spaced out as a letter-spaced cell's (信 息 发)."""
_REST_RE = re.compile(r"(?<=\S )([\u4e00-\u9fff]{1,6})(?=[（(]|$)")
"""A word of Chinese characters after a blank, at the line's end or before a bracket (a
unit's start)."""
_START_RE = re.compile(r"([\u4e00-\u9fff]{1,6})(?=[（(]|$)")
"""The same word opening a cell."""
_SPACED_REST_RE = re.compile(r"(?<=\S )((?:[\u4e00-\u9fff] ){1,5}[\u4e00-\u9fff])(?=[（(]|$)")
"""The same word of a letter-spaced head, spaced out too (信 息 发 | … 布 量（单位：)."""
_NUMBER_END_RE = re.compile(r"\d号(?:-\d+)?$")
"""A registration number's end, after which one blank parts cells."""


def join_head_rests(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    return merge_rows(doc, lambda rows, r: _pair(rows, r, index))


def _pair(rows: list[Row], r: int, index: LabelIndex) -> tuple[Row, int] | None:
    joined = _joined(rows[r], rows[r + 1], index) if r + 1 < len(rows) else None
    return None if joined is None else (joined, 2)


def _joined(above: Row, row: Row, index: LabelIndex) -> Row | None:
    """`row` with the label head `above` holds put before its rest, if it holds one."""
    if len(above.cells) != 1 or not row.cells or above.page != row.page:
        return None
    head = above.cells[0].text.strip()
    if any(c.bbox is not None or c.copy for c in row.cells) or not _HEAD_RE.fullmatch(head):
        return None
    norm = normalize_label(head)
    if norm not in index.heads or index.lookup(norm) is not None:
        return None
    # In the line's one cell, or opening a cell of its own (a blank after a number's 号
    # parts cells: 公安机关备案编号 辽公网安备…号 | 总量（单位：).
    for k, cell in enumerate(row.cells):
        if k and not _NUMBER_END_RE.search(row.cells[k - 1].text):
            break  # cells a tab or a gap parts are each their own
        rest_re = _SPACED_REST_RE if " " in head else _REST_RE
        rests = rest_re.finditer(cell.text) if k == 0 else [_START_RE.match(cell.text)]
        for rest in filter(None, rests):
            hit = index.lookup(normalize_label(head + rest.group(1)))
            if hit is None or not hit.fields:
                continue
            text = cell.text[: rest.start(1)] + head + cell.text[rest.start(1) :]
            cells = (*row.cells[:k], dataclasses.replace(cell, text=text), *row.cells[k + 1 :])
            return Row(cells, row.where, row.page, row.block)
    return None
