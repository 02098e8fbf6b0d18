"""A text's last measure word that its line's end cut off and reading order set apart
(pdftotext without -layout: 移动客户端“康保县农通”，下载量 7 | 其他 | 创新发展 | 单位负责人：
董伟 | 万次).

A text read ending in a quantity without its measure word (下载量 57 万, 下载量 7) was cut.
Its rest is the first line nothing took, a few lines further, that is a measure word
alone (万次, 次): it ends the text.
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.labels import UNIT_ALT
from nianbao.extract.placement import Placement
from nianbao.extract.prose import NUMBER_END_RE, joined, lone_texts
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import Token

_MEASURE_RE = re.compile(f"(?:{UNIT_ALT})")
_REACH = 8
"""Lines past the text's first a cut measure word may stand: the next section's heading
and the signature's first line between."""


def take_quantity_rests(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for key, c in list(lone_texts(match)):
        if NUMBER_END_RE.search(c.raw) is None or c.raw[:1].isdigit():
            continue  # most texts; a count is no text
        rest = _rest(walk, c.row, walked)
        if rest is None:
            continue
        rest.used = True
        raw = joined(c.raw, rest.piece.text.strip())
        match.candidates[key] = [dataclasses.replace(c, raw=raw)]


def _rest(walk: Placement, row: int, walked: int) -> Token | None:
    for r in range(row + 1, min(walked, row + 1 + _REACH)):
        line = walk.rows[r]
        if len(line) != 1 or line[0].used or line[0].cell.copy:
            continue
        if _MEASURE_RE.fullmatch(line[0].piece.text.strip()):
            return line[0]
    return None
