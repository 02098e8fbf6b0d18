"""A line of labels abreast whose cells wrap over different numbers of lines, in text that
writes a table row's lines by height (pdfplumber without layout): every cell is centred in
the row, so the labels of two lines give the first and last lines (their heads, then their
rests) and those of one line the line between (是否发布服务事项目 注 册 用 可全程在线办理政务 |
政务服务事项数量（项） | 录 户 数（个） 服务事项数量（项）). Read so, no line is a label
line: the heads and the rests name no field.

The words of the first and last lines are cut into as many heads as rests, in turn, so that
each head and its rest make a field's label; exactly one way may. With the labels of the
line between, they must name fields that follow each other in the form: the three lines
become one line of those labels in the form's order, over the values' line below it.
Text only, as the other dealings of lines by height (`levels`, `pair_levels`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from itertools import product

from nianbao.extract.document import Document, Row, merge_rows
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.forms.model import Field

_WORDS = 12
"""Words a line of heads or rests holds at most (a row of labels abreast)."""


def join_head_levels(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    return merge_rows(doc, lambda rows, r: _levels(rows, r, index))


def _levels(rows: list[Row], r: int, index: LabelIndex) -> tuple[Row, int] | None:
    """The one line of labels rows r… stand for, and how many rows they are."""
    first = _text(rows[r])
    if first is None or not _begins(first.split(None, 1)[0], index):
        return None
    if index.lookup(normalize_label(first)) is not None:
        return None
    for between in (0, 1):
        if r + 1 + between >= len(rows):
            return None
        last = _text(rows[r + 1 + between])
        middle = _text(rows[r + 1]) if between else ""
        if last is None or middle is None:
            continue
        whole = _whole_labels(middle, index) if middle else []
        if whole is None:
            continue
        pairs = _pairs(tuple(_words(first)), tuple(_words(last)), index)
        if pairs is None:
            continue
        labels = _in_order([*pairs, *whole], index)
        if labels is None:
            continue
        row = rows[r]
        cell = dataclasses.replace(row.cells[0], text=" ".join(labels))
        return Row((cell,), row.where, row.page, row.block), 2 + between
    return None


def _text(row: Row) -> str | None:
    """A line's text when it is one cell of converted text (no columns)."""
    if len(row.cells) != 1 or row.cells[0].bbox is not None or row.cells[0].copy:
        return None
    text = row.cells[0].text.strip()
    return text if text and len(text.split()) <= _WORDS else None


_UNIT_BLANK_RE = re.compile(r"(?<=[:：])\s+(?=[^\s()（）]{1,3}[)）])")
"""A blank after a unit's colon, inside its brackets (服务事项数量(单位: 项))."""


def _words(text: str) -> list[str]:
    """A line's words, a unit with a blank inside its brackets one word."""
    return _UNIT_BLANK_RE.sub("", text).split()


def _whole_labels(text: str, index: LabelIndex) -> list[str] | None:
    """The words of a line, each a field's label whole; None if one is not."""
    words = _words(text)
    if any(not _fields(w, index) for w in words):
        return None
    return words


def _pairs(heads: tuple[str, ...], rests: tuple[str, ...], index: LabelIndex) -> list[str] | None:
    """The labels the only cut of `heads` and `rests` into as many parts makes, each head
    part with its rest part a field's label (two labels or more); None unless one cut does."""
    ways = _cuts(heads, rests, index)
    if len(ways) != 1 or len(ways[0]) < 2:
        return None
    return list(ways[0])


def _cuts(
    heads: tuple[str, ...], rests: tuple[str, ...], index: LabelIndex
) -> list[tuple[str, ...]]:
    return list(_Cuts(heads, rests, index).ways(0, 0))


Ways = tuple[tuple[str, ...], ...]


@dataclass(slots=True)
class _Cuts:
    heads: tuple[str, ...]
    rests: tuple[str, ...]
    index: LabelIndex
    seen: dict[tuple[int, int], Ways] = field(default_factory=dict)

    def ways(self, i: int, j: int) -> Ways:
        """The cuts of heads[i:] and rests[j:] (two at most: one is all that is wanted)."""
        heads, rests = self.heads, self.rests
        if i == len(heads) and j == len(rests):
            return ((),)
        if (i, j) in self.seen:
            return self.seen[i, j]
        found: list[tuple[str, ...]] = []
        for a in range(i + 1, len(heads) + 1):
            head = "".join(heads[i:a])
            # A whole label takes its unit's line as its rest ((单位: 项) under 可全程…数量).
            if not _begins(head, self.index) and not _fields(head, self.index):
                continue
            for b in range(j + 1, len(rests) + 1):
                label = head + "".join(rests[j:b])
                if _fields(label, self.index):
                    found += [(label, *more) for more in self.ways(a, b)]
                if len(found) > 1:
                    break
            if len(found) > 1:
                break
        self.seen[i, j] = tuple(found)
        return self.seen[i, j]


def _begins(head: str, index: LabelIndex) -> bool:
    """Whether `head` may begin a field's label, short of the whole."""
    norm = normalize_label(head)
    return norm in index.heads or (len(norm) == 1 and norm in index.initials)


def _fields(text: str, index: LabelIndex) -> tuple[Field, ...]:
    hit = index.lookup(normalize_label(text))
    return hit.fields if hit is not None else ()


def _in_order(labels: list[str], index: LabelIndex) -> list[str] | None:
    """`labels` in the form's order, when some choice of their fields (a generic label may
    be several fields') follows one after another in the form; else None."""
    choices = [_fields(label, index) for label in labels]
    for fields in product(*choices):
        orders = sorted(f.order for f in fields)
        if orders == list(range(orders[0], orders[0] + len(orders))):
            by_order = sorted(zip(fields, labels, strict=True), key=lambda p: p[0].order)
            return [label for _, label in by_order]
    return None
