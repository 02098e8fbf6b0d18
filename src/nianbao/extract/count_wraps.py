"""A count wrapped in its cell around its label's line, laid out in columns
(pdftotext -layout).

A row's cells are centred in it: when a count fills its cell's width (full-width digits
take two columns each), its first digits stand on the line above its label's and the
rest on the line below (`９４８ | 注册用户数（单位：个） | ６`): the walk reads the rest
alone. When a count field's one value stands on the line right below its label's, and
the line right above holds no label (nor does the line before it end in one or a unit)
but, starting in the same column, a count no field read with at least as many digits
and nothing else there, the two are one count.
"""

from __future__ import annotations

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import NUMERIC_RE, Token

_NEAR = 1.0
"""Columns two lines of one cell may start apart."""


def take_wrapped_counts(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    # Found first, joined after: a count one field read (６ below 注册用户数) is no other
    # field's head once its own field's value starts higher.
    joins = []
    for key, found in match.candidates.items():
        if len(found) != 1 or found[0].field.type not in COUNT_TYPES:
            continue
        c = found[0]
        r = c.row
        if not 2 <= r < walked or not any(t.field is c.field for t in walk.rows[r - 1]):
            continue
        rest = _token(walk.rows[r], c.raw)
        above = walk.rows[r - 2]
        if any(t.piece.kind == "label" for t in above) or _asks(walk.rows[r - 3] if r > 2 else []):
            # A count there is that label's (个）  新开设数量  21 | 总数（单 | 12), or the
            # label's ending the line before (办结留言数量 | (单位:条) | 10 | 平均办理时间 | 9).
            continue
        head = _head(above, rest) if rest is not None else None
        if head is None or not _unread(match, head):
            continue
        raw = head.piece.text.strip() + c.raw.strip()
        if readable(c.field, raw):
            joins.append((key, c, head, raw))
    for key, c, head, raw in joins:
        head.used = True
        where = (head.row, head.cell)
        joined = Candidate.at(walk.doc, c.field, raw, where, c.confidence, explicit=c.explicit)
        match.candidates[key] = [joined]


def _asks(line: list[Token]) -> bool:
    """Whether a line ends in a field's label or a unit, its value to come below."""
    last = line[-1] if line else None
    return last is not None and (last.piece.kind == "unit" or last.field is not None)


def _unread(match: Match, token: Token) -> bool:
    """Whether no field holds a value read from `token` (dealing a line of values may mark
    a count it gave no field: ☑ ☐ ９４８ over two labels)."""
    return not token.used or not match.holds(token.row, token.piece.text.strip())


def _token(line: list[Token], raw: str) -> Token | None:
    """The count on a line a candidate was read from, alone there in its column."""
    found = [t for t in line if t.used and t.piece.text.strip() == raw.strip()]
    if len(found) != 1 or found[0].cell.bbox is None:
        return None
    return found[0] if NUMERIC_RE.fullmatch(raw.strip()) else None


def _head(above: list[Token], rest: Token) -> Token | None:
    """The count on the line above starting where `rest` does, with as many digits at
    least, the only text there over `rest`'s columns."""
    box = rest.cell.bbox
    assert box is not None
    for token in above:
        other = token.cell.bbox
        if other is None or other[2] <= box[0] or other[0] >= box[2] + _NEAR:
            continue  # another column's
        text = token.piece.text.strip()
        if token.cell.copy or abs(other[0] - box[0]) > _NEAR or not NUMERIC_RE.fullmatch(text):
            return None
        return token if len(text) >= len(rest.piece.text.strip()) else None
    return None
