"""A sum's total read as another field's of its label (总数), reading order having set one
field's 总数 before another's value (pdftotext without -layout: 总数 | 解读信息发布 | 办事服务 |
公安机关备案号 | 总数 | 2 038 | 自然人办件量 | 1 740 | 法人办件量 | 298, the 2 038 read as
信息发布's 总数).

When the total of an exact sum the form's error rules set has no value, each of its parts
one, and another field sharing a label with it has one count read, equal to the parts' sum
(more than 0) and keeping no exact sum of that field's own, the count is the total's: no
other field's value would so happen to make the sum hold. Text only, as the other
reading-order repairs; before `leftover`, which may then find the other field's value."""

from __future__ import annotations

import dataclasses

from nianbao.coerce import coerce_value
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.forms.model import Field
from nianbao.normalize import NormalizeError
from nianbao.rules import count_relations


def move_sum_totals(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    relations = [r for r in count_relations(form) if r.exact and r.strict]
    for relation in relations:
        total = form.by_key[relation.total]
        if match.read(total):
            continue
        parts = [_count(match, form.by_key[key]) for key in relation.parts]
        wanted = sum(p for p in parts if p is not None)
        if None in parts or not wanted:
            continue
        for other in form.fields:
            if other is total or not set(other.labels) & set(total.labels):
                continue
            if _count(match, other) != wanted:
                continue
            own = [r for r in relations if r.total == other.key or other.key in r.parts]
            if any(_holds(match, walk, r.keys) for r in own):
                continue
            match.candidates[total.key] = [
                dataclasses.replace(match.candidates.pop(other.key)[0], field=total)
            ]
            match.seen.add(total.key)
            break


def _count(match: Match, f: Field) -> int | None:
    """f's value when one count was read for it, else None."""
    found = match.candidates.get(f.key, [])
    if len(found) != 1 or not f.numeric:
        return None
    try:
        value = coerce_value(f, found[0].raw)
    except NormalizeError:
        return None
    return value if isinstance(value, int) else None


def _holds(match: Match, walk: Placement, keys: tuple[str, ...]) -> bool:
    """Whether the exact sum of `keys` (total first) holds with the counts read."""
    form = walk.index.form
    counts = [_count(match, form.by_key[key]) for key in keys]
    if None in counts:
        return False
    total, *parts = counts
    return total == sum(p for p in parts if p is not None)
