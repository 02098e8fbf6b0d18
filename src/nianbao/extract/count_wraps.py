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

import re

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import NUMERIC_RE, Token

_NEAR = 1.0
"""Columns two lines of one cell may start apart."""
_FULL_WIDTH_RE = re.compile("[０-９]+")
_TAIL_LINES = 2
"""Lines under a count its wrapped last digits may stand on: other columns' between."""


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
    _join_tails(walk, match, walked)


def _join_tails(walk: Placement, match: Match, walked: int) -> None:
    """A count in full-width digits read whole under its label whose last digits the cell
    wrapped below it, a line of other columns' cells maybe between (３３３１７ |
    36070482369630号 | ５): the digits nothing read, alone in their column and starting
    where it does, end it."""
    for found in match.candidates.values():
        if len(found) != 1 or found[0].field.type not in COUNT_TYPES:
            continue
        c = found[0]
        if not _FULL_WIDTH_RE.fullmatch(c.raw.strip()):
            continue  # half-width digits fit their cells: a count below is another row's
        head = _token(walk.rows[c.row], c.raw) if c.row < walked else None
        if head is None:
            continue
        tail = _tail(walk, head, walked)
        if tail is None or _waits(walk, match, tail.row + 1):
            continue  # the count over a label still without its value is that label's
        raw = c.raw.strip() + tail.piece.text.strip()
        if readable(c.field, raw):
            tail.used = True
            found[0] = Candidate.at(
                walk.doc, c.field, raw, (c.row, head.cell), c.confidence, explicit=c.explicit
            )


def _tail(walk: Placement, head: Token, walked: int) -> Token | None:
    """The count nothing read on one of the two lines under `head`, alone in its columns
    and starting where it does, with fewer digits; nothing over those columns between,
    and no label or unit on those lines."""
    box = head.cell.bbox
    assert box is not None
    for q in range(head.row + 1, min(walked, head.row + 1 + _TAIL_LINES)):
        if any(t.piece.kind != "value" for t in walk.rows[q]):
            return None  # a row's labels or units: a count there is theirs (新开设数量 0)
        inside = [t for t in walk.rows[q] if _overlaps(t, box)]
        if not inside:
            continue
        token = inside[0]
        text = token.piece.text.strip()
        other = token.cell.bbox
        if len(inside) > 1 or token.used or token.cell.copy or other is None:
            return None
        if abs(other[0] - box[0]) > _NEAR or not NUMERIC_RE.fullmatch(text):
            return None
        return token if len(text) < len(head.piece.text.strip()) else None
    return None


def _waits(walk: Placement, match: Match, r: int) -> bool:
    """Whether line r holds the label of a field nothing was read for."""
    line = walk.rows[r] if r < len(walk.rows) else []
    return any(t.field is not None and not match.candidates.get(t.field.key) for t in line)


def _overlaps(token: Token, box: tuple[float, float, float, float]) -> bool:
    other = token.cell.bbox
    return other is not None and other[2] > box[0] and other[0] < box[2] + _NEAR


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
        if not _overlaps(token, box):
            continue  # another column's
        other = token.cell.bbox
        assert other is not None
        text = token.piece.text.strip()
        if token.cell.copy or abs(other[0] - box[0]) > _NEAR or not NUMERIC_RE.fullmatch(text):
            return None
        return token if len(text) >= len(rest.piece.text.strip()) else None
    return None
