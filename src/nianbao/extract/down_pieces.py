"""Laid out, a label's pieces down its column, its value right of them or between:
a first line a wide gap parted, pieces one line apart interleaved with another column's,
a long label a narrow column wraps in four or more."""

from __future__ import annotations

from nianbao.extract.label_down import grown
from nianbao.extract.label_pieces import pieces_label
from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.lone_pieces import value_between_pieces
from nianbao.extract.placement import Placement
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import NUMERIC_RE, Token
from nianbao.forms.model import Field


def gap_around(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token, Token] | None:
    """Laid out, a label whose first line a wide gap parted into two cells, its unit and
    value on the next line and its last piece below them (回应公众关   注热点或重大舆情 |
    次   4 | 数量), or its rest further down its column: (hit, the first line's second
    cell, the last piece)."""
    if token.cell.bbox is None or r + 2 >= len(walk.rows) or walk.doc.format != "text":
        return None
    second = walk.rows.after(token, "value")
    if second is None or not second.free or second.cell is token.cell:
        return None
    head = normalize_label(token.piece.text + second.piece.text)
    if head not in walk.index.heads:
        return None
    below = walk.aligned(token.cell, r + 1) or walk.aligned(second.cell, r + 1)
    # Or the last piece opens the next line, its value after it (回应热点或重   大 | 舆情数量(单位:
    # 2次).
    for last in (below, walk.aligned(token.cell, r)):
        # The last piece may read as a label of its own (发布量（单位： of 信息公开目录信   息).
        if last is not None and (last.free or (last.piece.kind == "label" and not last.used)):
            hit = walk.index.lookup(normalize_label(head + last.piece.text))
            if hit is not None and hit.fields:
                return hit, second, last
    # Its rest down the column in pieces, another column's lines between (是否开展   网 |
    # 是否明确网站安全责任 | 络安全应急演  √是 □否 | 人 | 练).
    return _down(walk, token, r, token.piece.text + second.piece.text, [second])


def interleaved_pieces(
    walk: Placement, token: Token, r: int
) -> tuple[LabelHit, Token, Token] | None:
    """Laid out, a label in three pieces in its column one line apart, the lines between
    another column's, which its own wrapped label interleaves (可全程在线办理 | 政务服务事项数
    | 政务服务事项数  0 | 量（单位：项） | 量（单位：项）): (hit, the last piece, which the
    walk marks read, the middle piece, which its value stands after); the two swapped when
    nothing follows the middle piece on its line."""
    if token.cell.bbox is None or r + 4 >= len(walk.rows):
        return None
    between = walk.aligned(token.cell, r + 2)  # a count there is its value (息更 | 126条)
    count = between is not None and between.free and NUMERIC_RE.fullmatch(between.piece.text)
    if walk.aligned(token.cell, r) is not None or (between is not None and not count):
        return None  # a piece on the line between: `three_lines`
    middle, last = walk.aligned(token.cell, r + 1), walk.aligned(token.cell, r + 3)
    if middle is None or last is None:
        return None
    hit = pieces_label(walk, token, middle, last, ())
    if hit is None:
        return None
    if walk.rows.after(middle) is None and _count_right(walk, token, middle.row + 1):
        # Its value on the line between the last two pieces, right of them (政务服 | 数  51
        # 0 | 务事项数量(单): the walk reads it beside the pieces from the last.
        return hit, middle, last
    return hit, last, middle


def _count_right(walk: Placement, head: Token, r: int) -> bool:
    """Whether line r holds a count nothing took (its unit perhaps after it: 126条) right
    of the head's end."""
    box = head.cell.bbox
    if box is None:
        return False
    for t in walk.rows[r]:
        at = t.cell.bbox
        if t.free and at is not None and at[0] >= box[2] and t.piece.text[:1].isdigit():
            return True
    return False


_PIECES = 5
"""Lines a long label's pieces may take down its narrow column."""


def down_column(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token, Token] | None:
    """Laid out, a long label wrapped down its narrow column in four or more pieces, lines
    of its value and unit right of the column between them (回应公众关注 | 热 | 次  2 |
    点或重大舆情 | 数量): (hit, the second piece, the last), the pieces between marked read;
    `value_beside_pieces` finds the value."""
    if token.cell.bbox is None or walk.doc.format != "text":
        return None
    return _down(walk, token, r, token.piece.text, [])


def _down(
    walk: Placement, token: Token, r: int, text: str, pieces: list[Token]
) -> tuple[LabelHit, Token, Token] | None:
    """`down_column` from line r on, the label so far `text` (after `token`, `pieces`)."""
    q, start = r, len(pieces)
    while q + 1 < len(walk.rows) and q < r + _PIECES:
        piece = walk.aligned(token.cell, q)
        q += 1
        if piece is None:
            if any(t.piece.kind == "label" and not walk.left(t, token) for t in walk.rows[q]):
                return None  # another row's label, not another column's
            continue
        if not piece.free:
            return None
        pieces.append(piece)
        text += piece.piece.text
        # Three pieces on consecutive lines are `three_lines`'s.
        ready = len(pieces) - start > 2 or q > r + 2
        hit, more = grown(walk, text, pieces, ready=ready)
        if hit is not None:
            return hit, pieces[0], pieces[-1]
        if not more:
            return None
    return None


def value_beside_pieces(walk: Placement, f: Field, head: Token, last: Token) -> list[Token]:
    """The value right of a label's column on the lines from its head to its last piece
    (`down_column`), when of the field's shape."""
    box = head.cell.bbox
    if box is None:
        return value_between_pieces(walk, f, head, last)
    for q in range(head.row, last.row + 1):
        right = [t for t in walk.rows[q] if t.cell.bbox is not None and t.cell.bbox[0] >= box[2]]
        found = walk.right_of(right, 0, f)
        if found and has_shape(f, found[0].piece.text, walk.index.form):
            return found
    return []
