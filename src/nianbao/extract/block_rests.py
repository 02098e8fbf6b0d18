"""A row of labels abreast whose cells wrap, written as the first lines of all its labels
and then the rests (pdftotext without -layout).

Such text sorts a table row's lines by height: every label's first line, left to right,
then the second lines of those that wrap: 是否发布服务事项 | 注册用户数量（单 | 政务服务事项数量
（单 | 可全程在线办理政务服务事项数量 | 目录 | 位：个） | 位：项） | （单位：项）. The walk reads
the units' rests onto the labels cut in their brackets, but a rest of words (目录) finishes
no label: its head is read as a value. A run of lines of words only is read as heads then
rests: when exactly one way of giving the rests, in order, to some of the heads, in order,
makes every joined head and every head left alone a field's label, the rests of words that
do not stand right under their heads go back onto them; the units' rests stay the walk's.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import combinations

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelHit, LabelIndex, is_unit, normalize_label

_WORDS_RE = re.compile(r"[^\s0-9０-９☑☐□■√✔✓R£þ¨]+")
"""A line of words only: no digits, no boxes (symbol-font ones too), no blanks."""
_LINES = 10
"""Lines a run may take: the first lines and rests of up to five labels."""
_HEADS = 2
"""Labels a run holds at least."""
_RESTS = 3
"""Rests a run holds at least: a row of labels most of which wrap. A label cut around
another (政务动态信息更 | 概况类信息更新量(单位:条) | 新量(单位:条)) is the walk's."""


def rejoin_block_rests(doc: Document, index: LabelIndex) -> Document:
    """`doc` with each run of label heads followed by their rests joined, one line a label
    (text of one cell a line only; laid-out text keeps its lines)."""
    if doc.format != "text":
        return doc
    words = [_words(row) for row in doc.rows]
    if sum(words) < _HEADS + _RESTS:
        return doc
    names = _Names(index)
    rows: list[Row] = []
    r = 0
    changed = False
    while r < len(doc.rows):
        if not words[r]:
            rows.append(doc.rows[r])
            r += 1
            continue
        end = r
        while end < len(doc.rows) and words[end]:
            end += 1
        if not any(is_unit(row.cells[0].text) for row in doc.rows[r:end]):
            rows += doc.rows[r:end]  # a row of wrapped labels cuts some in their units
            r = end
            continue
        start = r
        while start < end and names.group(doc.rows[start].cells[0].text):
            start += 1  # a section's name opening the run (五、办事服务)
        rows += doc.rows[r:start]
        joined = None
        for stop in range(min(end, start + _LINES), start + _HEADS + _RESTS - 1, -1):
            joined = _joined(doc.rows[start:stop], names)  # the longest run that reads
            if joined is not None:
                break
        if joined is None:
            rows += doc.rows[start:end]
        else:
            rows += joined + doc.rows[stop:end]
            changed = True
        r = end
    return dataclasses.replace(doc, rows=rows) if changed else doc


class _Names:
    """What a text names, each text looked up once."""

    def __init__(self, index: LabelIndex) -> None:
        self.index = index
        self.found: dict[str, LabelHit | None] = {}

    def hit(self, text: str) -> LabelHit | None:
        if text not in self.found:
            norm = normalize_label(text)
            self.found[text] = self.index.lookup(norm) if norm else None
        return self.found[text]

    def field(self, text: str) -> bool:
        """Whether the text names one field, and no group (generic labels, 名称 信息发布量,
        are told apart by the group names around them: their lines stay as they are)."""
        hit = self.hit(text)
        return hit is not None and len(hit.fields) == 1 and not hit.groups

    def group(self, text: str) -> bool:
        hit = self.hit(text)
        return hit is not None and hit.names_group


def _words(row: Row) -> bool:
    cells = row.cells
    return (
        len(cells) == 1
        and cells[0].bbox is None
        and not cells[0].copy
        and _WORDS_RE.fullmatch(cells[0].text.strip()) is not None
    )


def _joined(run: list[Row], names: _Names) -> list[Row] | None:
    """The run's lines joined head and rest, one row a label, when exactly one way does."""
    texts = [row.cells[0].text.strip() for row in run]
    found: tuple[int, tuple[int, ...]] | None = None
    for heads in range(_HEADS, len(texts)):
        rests = texts[heads:]
        if len(rests) > heads or len(rests) < _RESTS or all(is_unit(rest) for rest in rests):
            continue
        for takers in combinations(range(heads), len(rests)):
            labels = list(texts[:heads])
            for k, rest in zip(takers, rests, strict=True):
                labels[k] += rest
            if all(names.field(label) for label in labels):
                if found is not None:
                    return None
                found = heads, takers
    if found is None:
        return None
    # Only rests of words move onto their heads; the units' rests stay where the walk
    # reads them (位：个） onto the labels cut in their brackets, in order).
    heads, takers = found
    # A rest right under its head is the walk's, which joins the two lines itself.
    moved = {
        heads + j: k
        for j, k in enumerate(takers)
        if not is_unit(texts[heads + j]) and heads + j > k + 1
    }
    if not moved:
        return None
    out = []
    for r, row in enumerate(run):
        rests = [texts[j] for j, k in moved.items() if k == r]
        if rests:
            cell = Cell(texts[r] + "".join(rests), row.cells[0].col)
            out.append(Row((cell,), row.where, row.page, row.block))
        elif r not in moved:
            out.append(row)
    return out
