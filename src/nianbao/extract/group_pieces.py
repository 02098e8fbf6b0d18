"""A group's name split over the lines of its tall cell, opening lines of its rows' cells.

Text of one line a row's height (pdfplumber without layout) writes the name of a group
set in a tall cell on the left, centred, as pieces at the start of the lines of the rows
beside it: 信息 | 政务动态信息更 | 发布 条 3 796 | 新量, or 安全 安全检测评估次 | 次 1 |
防护 数. The label wrapped around its value's line then has a piece of the group's name in
its way. When a line's first word and the first word of one of the next few lines make a
group's name and neither is a name of its own, the name goes on a line of its own before
them, as a heading, and both lines go on without their pieces. A name may also come in
three pieces (移动 ４６９９８ | 新媒 | … | 体), its first a character alone before a count (微
１５１２ | … | 博), its last a character alone on its line.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.vertical_names import (
    label_above,
    lift_vertical_names,
    names_group,
    with_headings,
)

_REACH = 3
"""Lines after the first piece the second may open."""
_UNIT_CUT_RE = re.compile(r"[(（)）:：]")
"""A bracket or colon: a word of a label's unit cut by its cell (量(单位:, 条))."""
_PIECE = 4
"""Characters a piece of a group's name may have, at most (two at least)."""


def lift_group_pieces(doc: Document, index: LabelIndex) -> Document:
    """`doc` with each group's name split over line starts on a line of its own (text of
    one cell a line only; laid-out text keeps its columns)."""
    if doc.format != "text":
        return doc
    doc = lift_vertical_names(doc, index)  # one character a piece: a narrow cell's
    firsts = [_first(row) for row in doc.rows]
    rows = list(doc.rows)
    inserted: dict[int, Row] = {}
    for a, head in enumerate(firsts):
        if head is None or a in inserted:
            continue
        piece = _piece(index, head)
        alone_head = not piece and _alone_head(index, rows[a], head)
        if not piece and not _head_before_count(rows[a], head) and not alone_head:
            continue
        for b in range(a + 1, min(len(rows), a + 1 + _REACH)):
            rest = firsts[b]
            if rest is None:
                continue
            lone = _last_alone(rows[b], rest) or _head_before_count(rows[b], rest)
            lone = lone and (
                rows[a].cells[0].text.strip() != head or _labels_between(index, rows, a, b)
            )
            if not (_piece(index, rest) or lone) or (alone_head and not lone):
                continue
            parts = [a, b]
            name = head + rest
            hit = index.lookup(normalize_label(name))
            if hit is None:
                # A name in three pieces (移动 ４６９９８ | 新媒 | … | 体).
                c = _third(index, rows, firsts, b, name)
                if c is not None:
                    parts.append(c)
                    name += str(firsts[c])
                    hit = index.lookup(normalize_label(name))
            if hit is None or not hit.names_group:
                continue
            if _names_field(index, head + rows[b].cells[0].text):
                break  # a field's label wrapped (信息发 | 布 量(单位:条)), no group's name
            # The name goes where a piece stood alone, else before its first piece's line.
            last = parts[-1]
            alone = rows[a].cells[0].text.strip() == head
            at = last if not alone and rows[last].cells[0].text.strip() == firsts[last] else a
            if at == a:
                # Not between a label's head and its rest (可全程在线办理 | 办事 政务…).
                words = rows[a].cells[0].text.split()
                above = label_above(rows, a, words[1], index) if len(words) > 1 else a
                at = above if above not in inserted else a
            row = rows[at]
            inserted[at] = Row((Cell(name, 0),), row.where, row.page, row.block)
            for k in parts:
                rows[k] = _without_first(rows[k])
                firsts[k] = None
            break
    _names_around_cut(index, rows, firsts, inserted)
    return with_headings(doc, rows, inserted)


def _names_around_cut(
    index: LabelIndex, rows: list[Row], firsts: list[str | None], inserted: dict[int, Row]
) -> None:
    """Two groups' whole names opening two lines, a label cut between them after the
    names (解读信息发布 解读产品数 | 解读回应 量（单位： 33): both go on a line before, so
    the label's head and rest stand on lines of their own and join."""
    for a in range(len(rows) - 1):
        names = firsts[a], firsts[a + 1]
        if a in inserted or a + 1 in inserted or None in names:
            continue
        if not all(names_group(index, str(name)) for name in names):
            continue
        head, rest = (rows[k].cells[0].text.split(None, 1)[1:] for k in (a, a + 1))
        if not head or not rest or not _names_field(index, head[0] + rest[0].split()[0]):
            continue
        cells = tuple(Cell(str(name), k) for k, name in enumerate(names))
        inserted[a] = Row(cells, rows[a].where, rows[a].page, rows[a].block)
        for k in (a, a + 1):
            rows[k] = _without_first(rows[k])
            firsts[k] = None


def _first(row: Row) -> str | None:
    """The first word of a line of one cell without position, if any."""
    cells = row.cells
    if len(cells) != 1 or cells[0].bbox is not None or cells[0].copy:
        return None
    words = cells[0].text.split(None, 1)
    return words[0] if words else None


def _piece(index: LabelIndex, word: str) -> bool:
    """Whether a word may be a piece of a group's name: short, Chinese, no name itself."""
    if not 1 < len(word) <= _PIECE or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False  # a character alone may be of a label set out with spaces (微 博 名 称)
    return index.lookup(normalize_label(word)) is None


def _third(
    index: LabelIndex, rows: list[Row], firsts: list[str | None], b: int, two: str
) -> int | None:
    """The line within reach after b whose first word finishes the group's name `two`
    begins (a piece, or its last character alone on its line)."""
    for c in range(b + 1, min(len(rows), b + 1 + _REACH)):
        third = firsts[c]
        if third is None or not (
            _piece(index, third) or _last_alone(rows[c], third) or _before_name(index, rows[c])
        ):
            continue
        hit = index.lookup(normalize_label(two + third))
        if hit is not None and hit.names_group:
            return c
    return None


def _alone_head(index: LabelIndex, row: Row, word: str) -> bool:
    """Whether a line holds nothing but a name's head too long for a piece (解读信息发), as
    when the name's cell wraps its last character around the label centred beside it."""
    return word in _long_heads(index) and row.cells[0].text.strip() == word


@cache
def _long_heads(index: LabelIndex) -> frozenset[str]:
    """The heads of group names longer than a piece, short of the whole name."""
    return frozenset(
        name[:k] for name in index.groups for k in range(_PIECE + 1, len(name)) if name.isalpha()
    )


def _labels_between(index: LabelIndex, rows: list[Row], a: int, b: int) -> bool:
    """Whether the lines between a name's head and its last character, alone on theirs,
    are a field's label each (解读信息发 | 总数（单位：条） | 布): the name's cell wrapped
    around the label centred beside it, which the walk would not join."""
    between = rows[a + 1 : b]
    return bool(between) and all(_names_field(index, row.cells[0].text) for row in between)


def _head_before_count(row: Row, word: str) -> bool:
    """Whether a name's character opens a line, a count or a label's cut unit after it (微
    １５１２ | … | 博, 微 量(单位: 517 | 博 条)): no label set out a character at a time (微 博 名
    称), nor a word (微 某某发布)."""
    words = row.cells[0].text.split()
    if not _one_character(word) or len(words) < 2:
        return False
    return words[1][:1].isdigit() or _UNIT_CUT_RE.search(words[1]) is not None


def _last_alone(row: Row, word: str) -> bool:
    """Whether a name's last character stands alone on its line, its head opening a line
    of other cells (办事服 项 20 | … | 务; not 信息发 | 布, which the walk joins)."""
    return _one_character(word) and row.cells[0].text.strip() == word


def _before_name(index: LabelIndex, row: Row) -> bool:
    """Whether a name's last character opens a line before a name or label alone there
    (体 微信: 移动新媒体's 体 beside its subgroup's name)."""
    words = row.cells[0].text.split(None, 1)
    if len(words) != 2 or not _one_character(words[0]):
        return False
    return index.lookup(normalize_label(words[1])) is not None


def _one_character(word: str) -> bool:
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff"


def _names_field(index: LabelIndex, text: str) -> bool:
    hit = index.lookup(normalize_label(text))
    return hit is not None and bool(hit.fields)


def _without_first(row: Row) -> Row:
    cell = row.cells[0]
    words = cell.text.split(None, 1)
    rest = words[1] if len(words) > 1 else ""
    return Row((dataclasses.replace(cell, text=rest),), row.where, row.page, row.block)
