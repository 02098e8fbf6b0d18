"""Laid out, the next line's first cell may stand in another column: a label there is
that column's, no rest of a label its line's end cut."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token


def other_column(walk: Placement, token: Token, following: list[Token]) -> bool:
    """Whether the next line's first token is another column's label, left of `token`
    while something stands under it (可全程在线办理 | 政务服务事项数量  政务服务)."""
    first, under = following[0], walk.aligned(token.cell, token.row)
    if under is None and first.piece.kind == "label" and token.row + 2 < len(walk.rows):
        # The next line holds the other column's label alone; the token's own column goes
        # on under it (可全程在线办理 | 政务服务事项数量 | ５０４  事项数量(单位:).
        under = next(
            (t for t in walk.rows[token.row + 2] if walk.under(token.cell, token.row, t)), None
        )
    if first.piece.kind != "label" or under is None or under is first:
        return False
    return columns.left_of(walk.doc, first.cell, first.row, token.cell, token.row)


def across(walk: Placement, label: Token, value: Token) -> bool:
    """Laid out, whether a value on a label's line stands past the start of another
    label, right of this one, wrapped around the line (its first line above, its unit's
    rest below): that label owns it (皖公网安备   独立用户访问总量(单 | 公安机关备案号
    158652个 | 34170003759479号   位: 个))."""
    box, at, r = label.cell.bbox, value.cell.bbox, label.row
    if box is None or at is None or r == 0 or walk.doc.format != "text":
        return False
    return any(
        t.piece.kind == "label"
        and t.field is not None
        and unclosed_bracket(t.piece.text)
        and t.cell.bbox is not None
        and box[2] <= t.cell.bbox[0] <= at[0]
        and walk.wrapped_around(t.cell, r - 1)
        for t in walk.rows[r - 1]
    )
