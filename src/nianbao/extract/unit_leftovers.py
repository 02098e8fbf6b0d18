"""A count written with its unit that reading order set far from its label (pdftotext
without -layout: 回应公众关注热点或重大舆情数量(单位:次) | 办事服务 | … | 互动交流 | 1次).

When the walk read a count's label and found no value for it, every other count of the
same unit (次: 网站总访问量, 安全检测评估次数) has one, and exactly one count written with
that unit stands free within reach of the label, nearer to it than to any other label of
its unit, the count is the field's: whatever else it could be was read already.
"""

from __future__ import annotations

import re

from nianbao.extract.kinds import COUNT_TYPES, written_unit
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import Token

_FAR = 20
"""Rows before and after a label searched for a count of its unit."""
_COUNTED_RE = re.compile(r"[0-9０-９][0-9０-９,，.． ]*\s*[\u4e00-\u9fff]{1,2}")
"""A count and the unit it is written with (1次, 11 589件), nothing else."""


def take_unit_leftovers(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    read = {
        key
        for key, found in match.candidates.items()
        if any(readable(form.by_key[key], c.raw) for c in found)
    }
    by_unit: dict[str, list[str]] = {}
    for f in form.fields:
        if f.type in COUNT_TYPES and f.unit:
            by_unit.setdefault(f.unit, []).append(f.key)
    for f in form.fields:
        if f.type not in COUNT_TYPES or not f.unit or f.key not in match.seen or f.key in read:
            continue
        if any(key != f.key and key not in read for key in by_unit[f.unit]):
            continue  # another count of the unit lacks its value too
        row = _label_row(walk, walked, f.key)
        if row is None:
            continue
        found = [
            t
            for r in range(max(0, row - _FAR), min(walked, row + _FAR + 1))
            for t in walk.rows[r]
            if _free_count(t) and written_unit(t.piece.text, form) == f.unit
        ]
        if len(found) != 1 or not readable(f, found[0].piece.text):
            continue
        token = found[0]
        others = [_label_row(walk, walked, key) for key in by_unit[f.unit] if key != f.key]
        if any(r is not None and abs(r - token.row) <= abs(row - token.row) for r in others):
            continue  # as near another label of its unit, whose reading may be wrong
        token.used = True
        place = (token.row, token.cell)
        match.candidates[f.key] = [
            Candidate.at(walk.doc, f, token.piece.text, place, 0.55, explicit=False)
        ]
        read.add(f.key)


def _free_count(token: Token) -> bool:
    piece = token.piece
    return (
        not token.used
        and not token.cell.copy
        and piece.kind == "value"
        and not piece.ticks
        and _COUNTED_RE.fullmatch(piece.text.strip()) is not None
    )


def _label_row(walk: Placement, walked: int, key: str) -> int | None:
    for r in range(walked):
        if any(t.field is not None and t.field.key == key for t in walk.rows[r]):
            return r
    return None
