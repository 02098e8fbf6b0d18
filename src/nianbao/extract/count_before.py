"""A count written before its label in one cell: the year in front of a title."""

from __future__ import annotations

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field


def count_before(walk: Placement, label: Token, f: Field) -> list[Token]:
    """The count before `label` in its cell, when nothing follows the label (2023年政府网站
    工作年度报表): that one token, or none."""
    if f.type not in COUNT_TYPES:
        return []
    tokens = walk.rows[label.row]
    at = next(i for i, t in enumerate(tokens) if t is label)
    if at == 0:
        return []
    value = tokens[at - 1]
    if value.used or value.cell is not label.cell or value.piece.kind != "value":
        return []
    return [value] if readable(f, value.piece.text) else []
