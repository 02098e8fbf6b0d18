"""A generic label read for the wrong group, its field's own label read too.

Labels several fields share (关注量: 微博关注量, and a variant of 微信订阅数) are told apart
by the group read before them; reading order may set a group's name early (微博 | … |
微信 | 关注量(单位: 个) | ０ | 名称 | … | 订阅数(单位: 个) | ３５１７９), so 关注量 is read
as 微信's, whose own label 订阅数 follows. When a field was read from a generic label and
from a label that names it alone, the generic label's value goes to the one other field
it names that has nothing read. Text only.
"""

from __future__ import annotations

import dataclasses

from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import Token


def move_generic(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    twice = {key for key, found in match.candidates.items() if len(found) > 1}
    if not twice:
        return  # most reports: one reading a field
    labels: dict[str, list[Token]] = {}
    for r in range(walked):
        for t in walk.rows[r]:
            if t.field is not None and t.field.key in twice and t.piece.kind == "label":
                labels.setdefault(t.field.key, []).append(t)
    for key, tokens in labels.items():
        hits = [(t, t.piece.hit) for t in tokens if t.piece.hit is not None]
        generic = [t for t, hit in hits if len(hit.fields) > 1]
        own = [t for t, hit in hits if len(hit.fields) == 1]
        if len(generic) != 1 or not own:
            continue
        label = generic[0]
        hit, f = label.piece.hit, label.field
        if hit is None or f is None:
            continue
        others = [g for g in hit.fields if g is not f and not match.candidates.get(g.key)]
        if len(others) != 1:
            continue
        # The value read after the generic label, before the field's own label.
        end = min((t.row for t in own if t.row > label.row), default=walked)
        found = match.candidates[key]
        mine = [c for c in found if label.row <= c.row < end]
        if len(mine) != 1 or len(mine) == len(found):
            continue
        match.candidates[others[0].key] = [dataclasses.replace(mine[0], field=others[0])]
        match.candidates[key] = [c for c in found if c is not mine[0]]
