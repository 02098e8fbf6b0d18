"""Text of one cell a line in reading order (pdftotext without -layout): a block of labels
whose pieces a converter interleaved (可全程在线办理政务 | 是否发布政务服务事项目录 | 注册用户数量
（单位： | 政务服务事项数 | 服 | 个） | 量 …), then their values one a line (5,343 | ☑是 ☐否
| 1,100 | 886). Nothing the walk read (but the first value, which the last label may take
when each field is a label's the walk read), the order of the values is the table's, but a
choice's answer may stand anywhere among them: each kind of value goes to the block's
fields of that kind in the form's order, when every kind has as many values as fields;
counts written with their units by unit, when that order clashes with them."""

from __future__ import annotations

from nianbao.extract.block_names import block_fields
from nianbao.extract.kinds import (
    CHOICE_TYPES,
    COUNT_TYPES,
    DIGIT_RE,
    fits_unit,
    in_units_order,
    unit_clash,
)
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field

_BLOCK_LINES = 12
"""Lines of label pieces a block may take above its values."""


def deal_by_kind(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    r = 1
    while r < walked:
        if _lone(walk, r) is None or _lone(walk, r - 1) is not None:
            r += 1
            continue
        values, end = _run(walk, r, walked)
        # The first value the walk read as the last label's, just above it (… | 可全程在线
        # 办理政务 | 服务事项数量(单位: | 项) | 15017 | ☑是 ☐否 | 368 | 147): one of the block's.
        top = r - 1 if _read_lone(walk, match, r - 1) else r
        values = [walk.rows[top][0], *values] if top < r else values
        lines = range(top - 1, max(-1, top - 1 - _BLOCK_LINES), -1)
        # A label's pieces on two lines may each name its field (可全程在线办理政务 | 服务事项数量).
        fields = list({f.key: f for f in block_fields(walk, match, lines)}.values())
        if top < r and not _labelled(walk, lines, fields):
            fields = []  # a field only a cut end names: the block may not be the values'
        if len(fields) >= 2 and len(values) == len(fields):
            _deal(walk, match, sorted(fields, key=lambda f: f.order), values)
        r = max(end, r + 1)


def _read_lone(walk: Placement, match: Match, r: int) -> bool:
    """Whether line r is one value (not options) the walk read whole as a field's."""
    tokens = walk.rows[r] if r >= 0 else []
    if len(tokens) != 1 or tokens[0].piece.kind != "value" or tokens[0].piece.ticks:
        return False
    text = tokens[0].piece.text
    return any(c.row == r and c.raw == text for cs in match.candidates.values() for c in cs)


def _labelled(walk: Placement, lines: range, fields: list[Field]) -> bool:
    """Whether each field is that of a label the walk read on the block's lines, up to one
    holding a value of no label's (a count, options)."""
    named: set[str] = set()
    for r in lines:
        tokens = walk.rows[r]
        if any(_value(t) for t in tokens):
            break
        named |= {t.field.key for t in tokens if t.field is not None}
    return all(f.key in named for f in fields)


def _value(t: Token) -> bool:
    return (
        t.piece.kind == "value"
        and t.field is None
        and (t.piece.ticks or DIGIT_RE.search(t.piece.text) is not None)
    )


def _deal(walk: Placement, match: Match, fields: list[Field], values: list[Token]) -> None:
    rows = {t.row for t in values}
    if any(c.row not in rows for f in fields for c in match.candidates.get(f.key, ())):
        return  # the walk read some elsewhere: no telling which values are left
    form = walk.index.form
    kinds = [_kind(f) for f in fields]
    if None in kinds:
        return
    pairs: list[tuple[Field, Token]] = []
    for kind in ("choice", "count"):
        mine = [f for f, k in zip(fields, kinds, strict=True) if k == kind]
        theirs = [t for t in values if t.piece.ticks == (kind == "choice")]
        if len(mine) != len(theirs):
            return
        if any(unit_clash((f,), t.piece.text, form) for f, t in zip(mine, theirs, strict=True)):
            # Counts written with their units, set out of their labels' order: each unit's
            # to the fields of that unit, in order (189项 | 181项 | 26971个).
            ordered = in_units_order([(f,) for f in mine], theirs, form)
            if ordered is None:
                return
            theirs = ordered
        pairs += zip(mine, theirs, strict=True)
    if not all(fits_unit(f, t, form) and readable(f, t.piece.text) for f, t in pairs):
        return
    for f, _ in pairs:
        match.candidates.pop(f.key, None)  # the walk's reading of a value of the block
    for f, token in pairs:
        token.used = True
        place = (token.row, token.cell)
        match.add(Candidate.at(walk.doc, f, token.piece.text, place, 0.6))
        match.seen.add(f.key)


def _kind(f: Field) -> str | None:
    if f.type in CHOICE_TYPES:
        return "choice"
    return "count" if f.type in COUNT_TYPES else None


def _lone(walk: Placement, r: int) -> Token | None:
    """Line r's one value (options too), nothing took it."""
    tokens = walk.rows[r] if 0 <= r < len(walk.rows) else []
    if len(tokens) != 1 or tokens[0].used or tokens[0].cell.copy:
        return None
    return tokens[0] if tokens[0].piece.kind == "value" else None


def _run(walk: Placement, r: int, walked: int) -> tuple[list[Token], int]:
    """The lone values from line r on (lines of units between), and the line after."""
    found: list[Token] = []
    while r < walked and r not in walk.rows.ending:
        token = _lone(walk, r)
        if token is not None:
            found.append(token)
        elif not units(walk.rows[r]):
            break
        r += 1
    return found, r
