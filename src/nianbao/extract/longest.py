"""The longest label a wrapped cell's pieces make: laid out, a label of three lines around
the line of its row's values may have its head one more line up, in its column (可全程在线办理 |
政务 | … 38 | 服务事项数量 | （项）: 可全程在线办理政务服务事项数量, not 政务服务事项数量, the
label of the count beside it)."""

from __future__ import annotations

from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token


def longer_above(
    walk: Placement, token: Token, found: tuple[LabelHit, Token]
) -> tuple[LabelHit, Token] | None:
    """The label a free piece right above `token` in its column makes with the label
    `token` and its rest (`found`) name, when that is a field's; else None."""
    r = token.row
    if r == 0 or token.cell.bbox is None:
        return None
    rest = found[1]
    for above in walk.rows[r - 1]:
        if above.used or above.piece.kind != "value" or above.cell.copy or above.piece.ticks:
            continue
        if not walk.under(above.cell, r - 1, token):
            continue
        norm = normalize_label(above.piece.text + token.piece.text + rest.piece.text)
        hit = walk.index.lookup(norm)
        if hit is not None and hit.fields:
            above.used = True
            return hit, rest
    return None
