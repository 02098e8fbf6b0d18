"""A label's rest on a line below its head.

Another cell's line may stand between them (主办单位 | 网站类型 … | 名称: 主办单位名称). Read
alone, such a rest may be a label of its own that names several fields of another section
(名称: 微博's and 微信's); taken for one of them, that field's own label further on would go
to the next field of its words."""

from __future__ import annotations

from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_LINES = 2
"""Lines below a label's head its rest may stand on, another cell's line between."""


def rest_of_label_above(walk: Placement, label: Token) -> bool:
    """Whether `label`, of several fields, ends a label read on the lines just above as
    the field that label is; one field's label is its own field's (… | 量)."""
    hit = label.piece.hit
    if hit is None or len(hit.fields) < 2:
        return False
    for r in range(max(0, label.row - _LINES), label.row):
        for head in walk.rows[r]:
            whole = walk.index.fields.get(normalize_label(head.piece.text + label.piece.text))
            if head.field is not None and whole is not None and head.field in whole:
                return True
    return False


_HEAD_LINES = 3
"""Lines above a piece the head it may finish stands on: a value's and a group's name's
between."""


def finishes_group(walk: Placement, rest: Token) -> bool:
    """Whether a piece after a group's name may finish it as a label (信 息 发 布 | 425 |
    量(单位: 条)): not a label itself, nor the rest of a field label's head on the lines
    just above (概况类信息更新 | 条 18 | 信息发布 | 量: 概况类信息更新量's, not 信息发布量)."""
    if rest.piece.kind == "label":
        return False
    for r in range(max(0, rest.row - _HEAD_LINES), rest.row):
        for head in walk.rows[r]:
            if head.piece.kind == "value" and not head.used:
                hit = walk.index.lookup(normalize_label(head.piece.text + rest.piece.text))
                if hit is not None and hit.fields:
                    return False
    return True


def own_piece(line: list[Token], f: Field) -> bool:
    """Whether a line holds nothing but a piece of f's label the walk joined."""
    return len(line) == 1 and line[0].used and line[0].field is f
