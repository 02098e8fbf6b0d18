"""Counts one space apart under labels abreast on a line, in text that keeps no columns
(pdfplumber, pypdfium2: 维护数量(单位:个) 新开设数量(单位:个) | 6 6), paired by order; and
the one place a blank may stand when a line holds one count fewer than its labels."""

from __future__ import annotations

import re

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.labels import UNIT_ALT
from nianbao.extract.piece import Piece
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field
from nianbao.normalize import NormalizeError, parse_number

# Counts one space apart, each maybe with its unit (31个 20个) or in full-width digits.
_COUNT = rf"\d+(?:,\d{{3}})*(?:\.\d+)?(?:{UNIT_ALT})?"
_COUNTS_RE = re.compile(rf"{_COUNT}(?: {_COUNT})+")
_ONE_RE = re.compile(_COUNT)


def abreast(walk: Placement, label: Token, f: Field, match: Match) -> list[Token]:
    """Text of one line a row, no positions kept (pdfplumber, pypdfium2): labels of
    counts abreast on a line and their counts on the next, one space apart, in order
    (维护数量(单位:个) 新开设数量(单位:个) | 6 6): the count in the label's place, when
    there are as many counts as labels, or one fewer and one field may be blank by the
    counts there and those `match` read (平均办理时间 公开答复数量 | ０ when 办结留言数量 is 0)."""
    if f.type not in COUNT_TYPES or label.cell.bbox is not None:
        return []
    first, last = _label_lines(walk, label.row)
    labels: list[Token] = []
    for token in (t for q in range(first, last + 1) for t in walk.rows[q]):
        hit = token.piece.hit
        if hit is None or not hit.fields or token.cell.copy:
            continue
        if all(x.type not in COUNT_TYPES for x in hit.fields):
            # A text's label first, its value below the counts (名称 信息发布量 关注量 | 163
            # 14,307 | 某某发布): the counts are the others'. A choice's among them: none.
            if labels or any(x.type != "str" or x.identifier for x in hit.fields):
                return []
            continue
        labels.append(token)
    if len(labels) < 2:
        return []
    r = last + 1
    while r < len(walk.rows) and r <= label.row + 2 and units(walk.rows[r]):
        r += 1  # a unit's rest on its own line: (单位:篇)
    if r >= len(walk.rows) or r in walk.rows.ending:
        return []
    parts = walk.counts.get(r)
    if parts is None:
        tokens = walk.rows[r]
        whole = tokens[0] if len(tokens) == 1 else None
        if whole is None or whole.used or not _counts(whole.piece.text, len(labels)):
            return []
        parts = [Token(r, whole.cell, Piece("value", p)) for p in whole.piece.text.split()]
        if len(parts) == len(labels) - 1:
            # One left blank: the one label whose field may be, the others read in order.
            blank = _blank_place(labels, parts, _read(match))
            if blank is not None:
                parts.insert(blank, Token(r, whole.cell, Piece("value", "")))
        if len(parts) != len(labels):
            return []
        whole.used = True
        walk.counts[r] = parts
    elif len(parts) != len(labels):
        return []
    mine = parts[next(i for i, t in enumerate(labels) if t is label)]
    return [] if mine.used or not mine.piece.text else [mine]


def _label_lines(walk: Placement, row: int) -> tuple[int, int]:
    """The lines of a row of labels abreast: its own, or two when the first line's one label
    ends in its unit's open bracket whose rest opens the second's labels (收到留言数量(单位:
    | 条) 办结留言数量(单位:条) 平均办理时间(单位:天) …)."""
    for first in (row - 1, row):
        if first < 0 or first + 1 >= len(walk.rows):
            continue
        head, rest = walk.rows[first], walk.rows[first + 1]
        if (
            len(head) != 1
            or head[0].piece.kind != "label"
            or not unclosed_bracket(head[0].cell.text)
        ):
            continue
        if len(rest) > 1 and rest[0].piece.kind == "unit" and rest[1].piece.kind == "label":
            return first, first + 1
    return row, row


def _counts(text: str, labels: int) -> bool:
    """Whether a line is counts one space apart; or, under two labels, one count."""
    return bool(_COUNTS_RE.fullmatch(text) or (labels == 2 and _ONE_RE.fullmatch(text)))


def _read(match: Match) -> dict[str, float | None]:
    """The counts `match` read so far, by field."""
    return {key: _count(found[0].raw) for key, found in match.candidates.items() if found}


def _blank_place(
    labels: list[Token], parts: list[Token], read: dict[str, float | None]
) -> int | None:
    """Of labels abreast over one count fewer, the one place a blank may stand."""
    fields: list[Field] = []
    for token in labels:
        hit = token.piece.hit
        if hit is None or len(hit.fields) != 1:
            return None
        fields.append(hit.fields[0])
    return blank_place(fields, [part.piece.text for part in parts], read)


def blank_place(
    fields: list[Field], counts: list[str], read: dict[str, float | None] | None = None
) -> int | None:
    """Of fields over one count fewer, the one place a blank may stand: a field not
    required, or required but for a condition the other counts read in order, or those
    `read` before, meet (平均办理时间 when 办结留言数量 is 0)."""
    numbers = [_count(text) for text in counts]
    found = []
    for k, f in enumerate(fields):
        others = [g.key for at, g in enumerate(fields) if at != k]
        if _may_be_blank(f, {**(read or {}), **dict(zip(others, numbers, strict=True))}):
            found.append(k)
    return found[0] if len(found) == 1 else None


def _may_be_blank(f: Field, values: dict[str, float | None]) -> bool:
    cond = f.optional_when
    return not f.required or (cond is not None and values.get(cond.field) == cond.equals)


def _count(text: str) -> float | None:
    """A count as written, with its unit or not (0条, 1,234)."""
    try:
        return parse_number(text)
    except NormalizeError:
        return None
