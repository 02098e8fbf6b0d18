"""A group's name that its tall cell cut over several lines, each piece opening a line of
the rows beside it (移动 ４６９９８ | 新媒 | 名称 某某局 | 体): its last piece, alone under a
value, is no rest of that value."""

from __future__ import annotations

import re

from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token

_PIECE = 3
"""Characters of a group name's piece at most."""
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def ends_group_name(walk: Placement, token: Token) -> bool:
    """Whether a lone text ends a group's name that its tall cell cut over the lines
    above, each piece opening its line among the rows beside it (移动 ４６９９８ | 新媒 |
    名称 某某局 | 体)."""
    text, pieces = token.piece.text, 0
    for r in range(token.row - 1, max(token.row - 5, -1), -1):
        first = walk.rows[r][0] if walk.rows[r] else None
        if first is None or first.used or first.piece.kind != "value":
            continue
        word = first.piece.text.split()[0]  # the row's value may follow it: 移动 ４６９９８
        if not pieces and normalize_label(word) in walk.index.group_heads:
            # A name's head of more characters, alone on its line (移动新媒 | 名称 某某局 | 体).
            hit = walk.index.lookup(normalize_label(word + text))
            if hit is not None and hit.names_group:
                return True
        if len(word) > _PIECE or not _HAN_RE.fullmatch(word):
            continue
        text, pieces = word + text, pieces + 1
        hit = walk.index.lookup(normalize_label(text))
        if hit is not None and hit.names_group:
            return True
        if pieces == 2:
            break
    return False
