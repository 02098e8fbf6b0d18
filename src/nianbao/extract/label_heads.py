"""Whether a value on a label's way is the head of another field's label: its rest on the
next line, beside it across a wide gap, or wrapped around a value below (the walk's
placement asks before taking a value)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nianbao.extract.labels import normalize_label
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token, past_names
from nianbao.forms.model import Field

if TYPE_CHECKING:  # the placement asks this module
    from nianbao.extract.placement import Placement


def heads_next(walk: Placement, tokens: list[Token], token: Token) -> bool:
    """Whether a lone value is a field label's head whose rest opens the next line
    (名称 | 信息 | 发布量: 信息发布量's head, no name)."""
    if len(tokens) != 1 or normalize_label(token.piece.text) not in walk.index.heads:
        return False
    return label_below(walk, token)


def opens_label(walk: Placement, tokens: list[Token], token: Token, f: Field) -> bool:
    """Whether a value is a field label's head whose rest is the next cell on its line,
    laid out (是否建立  安全监测预警机制: the label split by a wide gap), or opens the
    next line, when f cannot read it (维护数量（个） 新开设 | 数量（个） | 5 1)."""
    last = token is tokens[-1]
    if not last and token.cell.bbox is None:
        return False  # one cell a line: a label's rest beside it would be joined to it
    if normalize_label(token.piece.text) not in walk.index.field_heads:
        return False
    if last:  # laid out, a count's no label's head, wherever the label's rest is
        if token.cell.bbox is not None and walk.unread_head(f, token):
            return True
        return not readable(f, token.piece.text) and label_below(walk, token)
    rest = tokens[tokens.index(token) + 1]
    hit = walk.label_with(token, [rest])
    if hit is None and not readable(f, token.piece.text):  # 信息公开目录   信 | 息更新量
        return normalize_label(token.piece.text + rest.piece.text) in walk.index.field_heads
    return hit is not None and bool(hit[0].fields)


def label_below(walk: Placement, token: Token) -> bool:
    """Whether `token` and the first token of the next line make a field's label, or of the
    line past a group's name and units there (`past_names`: 信 息 | 移动新媒体 | 条 | 发 布 量)."""
    for q in dict.fromkeys((token.row + 1, past_names(walk.rows, token.row + 1))):
        following = walk.rows[q] if q < len(walk.rows) else []
        hit = walk.label_with(token, following[:1]) if following else None
        if hit is not None and hit[0].fields:
            return True
    return False


def wraps_a_value(walk: Placement, token: Token) -> bool:
    """Whether a text value is the head of a label wrapped around its value on the
    line below (信息公开目录信息 | 501 | 更新量(单位: 条))."""
    if token.cell.bbox is None or walk.doc.format != "text" or token.piece.ticks:
        return False  # only text laid out in columns wraps labels around values
    if normalize_label(token.piece.text) not in walk.index.heads:
        return False
    return walk.label_around(token, token.row) is not None
