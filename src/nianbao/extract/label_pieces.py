"""A field's label in three pieces: a head, a middle piece and a last piece, each a token
of its own (可全程在线办理政 | 务 | 服务事项数量), the middle maybe with the unit column
one blank after it when laid out (回应公众关注热 | 点或重大舆情数 次   ３ | 量)."""

from __future__ import annotations

import re

from nianbao.extract.labels import UNIT_ALT, LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token


def pieces_label(
    walk: Placement, token: Token, middle: Token, last: Token, others: tuple[Token, ...]
) -> LabelHit | None:
    """The field label `token`, `middle` and `last` make together, `token` and `middle`
    being a label's head, when they and `others` are values nothing took; `last` may be a
    shorter label itself (可全程在线办理政 | 务 | ２３６ | 服务事项数量)."""
    for part in (middle, last, *others):
        kind = part.piece.kind
        if part.used or part.cell.copy or part.piece.ticks:
            return None
        if kind == "value" or (part is last and kind == "label"):
            continue
        if not ((part is middle or part is last) and kind == "unit"):  # a word read as a unit
            return None  # alone (次; 人 of 是否明确网 | 站安全责任 | 人)
    head = token.piece.text + middle.piece.text
    unit = _UNIT_AFTER_RE.fullmatch(middle.piece.text)
    if normalize_label(head) not in walk.index.heads and unit is not None:
        head = token.piece.text + unit[1]  # laid out, the unit column one blank after it
    if normalize_label(head) not in walk.index.heads:
        return None
    hit = walk.index.lookup(normalize_label(head + last.piece.text))
    return hit if hit is not None and hit.fields else None


_UNIT_AFTER_RE = re.compile(rf"(\S+) (?:{UNIT_ALT})")
"""A label's piece, a blank, a unit (点或重大舆情数 次)."""
