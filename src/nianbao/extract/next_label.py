"""A label of several fields (总数) among group names read out of their rows' order: the
next label tells which (pdftotext: 信息发布 | 专栏专题 | 解读回应 | 解读信息发布 | 总数 | 664条
| 概况类信息更新量 …, the 总数 信息发布's, not the last group's)."""

from __future__ import annotations

from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_LINES = 3
"""Lines after a label its next label may stand on."""


def field_before_next(walk: Placement, label: Token, fields: tuple[Field, ...]) -> Field | None:
    """The one of `fields` right before, in the form, the field the next label after
    `label` names, when that label names one field only."""
    line = walk.rows[label.row]
    at = next((k for k, t in enumerate(line) if t is label), len(line))
    after = line[at + 1 :]
    for r in range(label.row + 1, min(label.row + 1 + _LINES, len(walk.rows))):
        after += walk.rows[r]
    hit = next((t.piece.hit for t in after if t.piece.hit is not None), None)
    if hit is None or len(hit.fields) != 1:
        return None
    return next((f for f in fields if f.order == hit.fields[0].order - 1), None)
