"""A free text's whole paragraph around the line the walk read beside or below its label.

A tall cell of several lines centres its label's line vertically: a long text (其他新媒体's
移动客户端…，下载量 63 万次；…) starts on the lines above its label's, and a converter
spreads each full line over the cell's width, wide gaps between its words. The walk reads
the line it finds beside or under the label; this reads the lines above it that the same
paragraph fills, and, laid out with spaces, the rest of its line and the lines below.
Only a text that reads as prose (clauses parted by ，；、。) grows so: a name wraps by
other rules, and the lines around a name are other fields' values.
"""

from __future__ import annotations

import re

from nianbao.extract.columns import starts_with
from nianbao.extract.placement import Placement
from nianbao.extract.prose import NUMBERED_RE, full_lines, joined, paragraph_text
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.extract.unit_rests import count_unit_after
from nianbao.forms.model import Field

_CLAUSE_RE = re.compile("[，；、。]")
_LINES = 4
"""Lines a paragraph may add above or below the line read (200 characters, narrow cell)."""
_SLACK = 4
"""Columns by which a full line may fall short of another: digits and Latin letters
are narrower than Chinese, and a word that did not fit went to the next line."""
_SHORT = 0.15
"""The same, in a full line's widths."""
_EDGE = 1.5
"""Columns by which the left edges of one paragraph's lines may differ."""


def whole(walk: Placement, f: Field, label: Token, parts: list[Token], raw: str) -> str:
    """The text with its paragraph's other lines, which it takes (`raw` when nothing goes
    with it)."""
    if f.type != "str" or f.identifier or walk.doc.format != "text" or not parts:
        return raw
    if parts[0].cell.bbox is None:
        more = _heads_in_order(walk, label, parts)
        text = raw
        for head in reversed(more):
            text = joined(head.piece.text, text)
    elif len({t.row for t in parts}) == 1:
        text, more = _laid_out(walk, label, parts, raw)
    elif _unit_after(parts):
        # A count's unit its line's end cut (…粉丝 87842 | 人) is the paragraph's end.
        text, more = _laid_out(walk, label, parts[:-1], raw)
    elif all(starts_with(parts[0].cell, t.cell) for t in parts[1:]):
        # Lines below read already from the line's left edge (…提供政策原文、解读、问 |
        # 答一站式查询): the lines above it the paragraph fills.
        start = _start(label, parts[0].row)
        heads = _heads(walk, parts[0].row, start, _span(parts[:1]))
        text = raw
        for line in reversed(heads):
            text = joined(" ".join(t.piece.text for t in line), text)
        more = [t for line in heads for t in line]
        if more and not _prose(text):
            return raw
    else:
        return raw
    for token in more:
        token.used = True
    return text


def before_label(walk: Placement, label: Token, f: Field) -> list[Token]:
    """Reading order, one text a line: a paragraph written just before its label, alone on
    its line with nothing after it (pdftotext sets a tall cell's label, centred, after the
    text its cell starts higher): the lines above the label back to one taken or a label,
    all prose, the full ones of one width, the last no wider (移动客户端…发布短视频 |
    7401 条，…信息发布量 4917 | 条，关注量 26341 个 | 其他)."""
    rows = walk.rows
    if f.type != "str" or f.identifier or walk.doc.format != "text" or label.cell.bbox:
        return []
    if len(rows[label.row]) != 1:
        return []
    found: list[Token] = []
    r = label.row - 1
    while r >= 0 and len(found) <= _LINES:
        tokens = rows[r]
        if len(tokens) != 1 or not tokens[0].free:
            break
        found.insert(0, tokens[0])
        r -= 1
    if not 1 < len(found) <= _LINES or not all(CJK_RE.search(t.piece.text) for t in found):
        return []
    text = paragraph_text([t.piece.text for t in found])
    if not _prose(text) or not full_lines([t.piece.text for t in found]):
        return []
    return found


def _prose(text: str) -> bool:
    return bool(CJK_RE.search(text)) and bool(_CLAUSE_RE.search(text))


def _heads_in_order(walk: Placement, label: Token, parts: list[Token]) -> list[Token]:
    """Reading order, one text a line: the full lines of the paragraph above its label's
    line (移动客户端…，累计访问 | 其他 | 5428 万次；…), or above the label's when the value
    stands beside it. A label read already may open such a line (创新发展 提供政策… |
    其他（注明） | 答专区…), and others stand beside the label (提供… | 展 其他说明 | 政策原文…)."""
    rows = walk.rows
    top = parts[0].row
    if top == label.row + 1 and all(t.piece.kind == "label" or t.used for t in rows[label.row]):
        above = label.row - 1
    elif top == label.row:
        above = top - 1
    else:
        return []
    line = " ".join(t.piece.text for t in rows[top] if t.piece.kind == "value")
    heads: list[Token] = []
    texts: list[str] = []
    passed = False  # a label read already alone on its line, centred in its tall cell
    while above >= 0 and len(heads) < _LINES:
        tokens = rows[above]
        below = walk.doc.rows[above + 1]
        if below.blank_before or (below.cells and NUMBERED_RE.match(below.cells[0].text)):
            break  # a blank line or an item's number opens the paragraph
        if not passed and len(tokens) == 1 and tokens[0].piece.kind == "label" and tokens[0].used:
            passed = True  # 提供政策…开通“某县 | 创新发展 | 其他（注明） 自治县”政策…
            above -= 1
            continue
        while tokens and tokens[0].piece.kind == "label" and tokens[0].used:
            tokens = tokens[1:]  # a label read already, its value beside it (创新发展 ☑…)
        if len(tokens) != 1 or not tokens[0].free or not _prose(tokens[0].piece.text):
            break
        # The lines above the one read are full; beside its label, that one is the middle
        # line, full too.
        if not full_lines([tokens[0].piece.text, *texts, line], last=top != label.row):
            break
        heads.insert(0, tokens[0])
        texts.insert(0, tokens[0].piece.text)
        above -= 1
    return heads


def _laid_out(
    walk: Placement, label: Token, parts: list[Token], raw: str
) -> tuple[str, list[Token]]:
    """Laid out with spaces: the lines of the paragraph above and below the line read, each
    spread over the cell's columns; full lines from one left edge to about one right edge,
    the last one no wider, set left or centred (…，下载量    63 万次；…发布短视频 | 其他
    6421 条，…信息发布量     7182 | 条，关注量   76828 个)."""
    row = parts[0].row
    beside = row == label.row and label.cell.bbox is not None
    start = _start(label, row)
    end = walk.next_label_start(row, label.cell) if beside else float("inf")
    tail = _tail(walk.rows[row], parts[-1], end)
    span = _span([*parts, *tail])
    heads = _heads(walk, row, start, span)
    top = _span(heads[0]) if heads else span
    full = span if not heads else (min(span[0], top[0]), max(span[1], top[1]))
    rests: list[list[Token]] = []
    for r in range(row + 1, min(row + 1 + _LINES, len(walk.rows))):
        line = _line(walk.rows[r], start, full[0])
        if not line:
            break
        here = _span(line)
        if here[0] < full[0] - _EDGE or here[1] > full[1] + _SLACK:
            break
        rests.append(line)
        if here[1] < full[1] - _slack(full):
            break  # the last line: shorter than the full ones
    if not heads and not rests:
        return raw, []
    if rests and span[1] < full[1] - _slack(full):
        return raw, []  # the line read is short: the paragraph's last
    unit = _unit_end(walk, rests[-1] if rests else [*parts, *tail], start, full)
    if unit is not None:
        rests.append([unit])
    lines = [*heads, [*parts, *tail], *rests]
    text = ""
    for k, line in enumerate(lines):
        piece = raw if line[0] is parts[0] else " ".join(t.piece.text for t in line)
        if line[0] is parts[0] and tail:
            piece += " " + " ".join(t.piece.text for t in tail)
        text = joined(text, piece) if k else piece
    if not _prose(text):
        return raw, []
    return text, [t for line in (*heads, tail, *rests) for t in line]


def _unit_end(
    walk: Placement, last: list[Token], start: float, full: tuple[float, float]
) -> Token | None:
    """A count's unit alone on the line after the paragraph's last, in its columns: the
    paragraph's end its line cut (…累计访问 5846 | 万次)."""
    r = last[0].row + 1
    unit = count_unit_after(walk.rows[r] if r < len(walk.rows) else [], last[-1].piece.text)
    box = unit.cell.bbox if unit is not None else None
    if unit is None or box is None:
        return None
    return unit if start <= box[0] and box[2] <= full[1] + _SLACK else None


def _start(label: Token, row: int) -> float:
    """Where a paragraph's columns start: right of its label when on the label's line."""
    box = label.cell.bbox
    return box[2] if row == label.row and box is not None else float("-inf")


def _heads(walk: Placement, row: int, start: float, span: tuple[float, float]) -> list[list[Token]]:
    """The lines of a paragraph above line `row` (its cells spanning `span`), laid out: each
    full, covering the one below it; a line with nothing in the paragraph's columns passed
    over once (提供…开通“龙 | ¨搜索即服务 þ多语言版本 ¨ | 其他（注明）  港市”政策问答专区…)."""
    heads: list[list[Token]] = []
    top, passed = span, False
    for r in range(row - 1, max(row - 2 - _LINES, -1), -1):
        line = _line(walk.rows[r], start, top[0])
        if not line:
            if passed or heads or any(_in_columns(t, start, top[0]) for t in walk.rows[r]):
                break
            passed = True  # another column's cells only: the paragraph goes on above
            continue
        here = _span(line)
        if here[0] > top[0] + _EDGE or here[1] < top[1] - _slack(top):
            break  # a line above the one read is full: it covers it
        heads.insert(0, line)
        top = here
    return heads


def _in_columns(token: Token, start: float, left: float) -> bool:
    box = token.cell.bbox
    return box is not None and box[0] >= start and box[2] > left


def _unit_after(parts: list[Token]) -> bool:
    """Whether the parts are a line's and, alone on the next line, a unit."""
    *line, last = parts
    return (
        bool(line)
        and len({t.row for t in line}) == 1
        and last.row == line[0].row + 1
        and last.piece.kind == "unit"
    )


def _tail(tokens: list[Token], last: Token, end: float) -> list[Token]:
    """Free cells after the text's last on its line, before `end` (the next label)."""
    found: list[Token] = []
    for token in tokens[tokens.index(last) + 1 :]:
        box = token.cell.bbox
        if box is None or box[0] >= end:
            break
        if not token.free:
            return []
        found.append(token)
    return found


def _line(tokens: list[Token], start: float, left: float) -> list[Token]:
    """A line's cells in a paragraph's columns (right of `start`, reaching past `left`):
    all free text; none when anything else stands among them."""
    found: list[Token] = []
    for token in tokens:
        if not _in_columns(token, start, left):
            continue
        if not token.free:
            return []
        found.append(token)
    if not found or not any(CJK_RE.search(t.piece.text) for t in found):
        return []
    return found


def _slack(span: tuple[float, float]) -> float:
    """How far a full line's right edge may fall short of another's: a line of digits
    takes more columns than one of Chinese, laid out with spaces."""
    return max(_SLACK, _SHORT * (span[1] - span[0]))


def _span(tokens: list[Token]) -> tuple[float, float]:
    boxes = [t.cell.bbox for t in tokens if t.cell.bbox is not None]
    return min(b[0] for b in boxes), max(b[2] for b in boxes)
