"""A count read for one field of a generic label that is written with another's unit.

Generic labels (总数: 信息发布总数, 解读信息发布总数, 办件量总数) are told apart by the group
names read before them; text whose reading order moves group names away from their rows
(pdftotext without -layout) gives the wrong group: 总数 | 1762件 read as 信息发布's total,
条 being its unit. When every count read for a field is written with a unit of the form's
that the field does not have, and exactly one other field the same label may name has
that unit and nothing of it read, the count is that field's. What that field had read,
of another unit, is let go for the fields of its own unit to find.

Reading order may as well set a row's counts one label late (a label wrapped around the
first count's line): a count of the unit of the field before its own in the group, which
has nothing read, goes back to it.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from itertools import pairwise

from nianbao.extract.kinds import COUNT_TYPES, unit_clash, written_unit
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.forms.model import Field, Form


def move_by_unit(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    peers = _peers(form)
    for key in [k for k in match.candidates if k in peers]:
        found = match.candidates.get(key)
        f = form.by_key[key]
        if not found or not all(_clashes(f, c, form) for c in found):
            continue  # most fields: a count of their own unit, or none with a unit
        unit = written_unit(found[0].raw, form)
        others = [g for g in peers[key] if g.unit == unit]
        if len(others) != 1:
            continue
        g = others[0]
        theirs = match.candidates.get(g.key, [])
        if any(not _clashes(g, c, form) for c in theirs):
            continue  # that field has a count of its own unit read
        for c in theirs:
            _free(walk, c)
        match.candidates[g.key] = [dataclasses.replace(c, field=g) for c in found[:1]]
        del match.candidates[key]


def shift_back(walk: Placement, match: Match, walked: int) -> None:
    """Counts read one field too late, each with the unit of the field before it in its
    group, which has none read (征集调查期数 | 收到意见数量 | 6期 | 公布调查结果期数 | 76条
    | 3期: 6期 is 征集调查期数's, 76条 收到意见数量's): in the form's order, each goes back.
    After the readers that deal free counts by unit, which such a count read for the
    wrong field leaves alone."""
    if walk.doc.format != "text":
        return
    form = walk.index.form
    fields = [f for f in form.fields if f.type in COUNT_TYPES]
    for before, f in pairwise(fields):
        found = match.candidates.get(f.key)
        if not found or before.order != f.order - 1 or before.group_ids != f.group_ids:
            continue
        if match.candidates.get(before.key) or not _clashes(f, found[0], form):
            continue
        if written_unit(found[0].raw, form) != before.unit:
            continue
        match.candidates[before.key] = [dataclasses.replace(found[0], field=before)]
        # Its own count may have been read too, after (40425个 | 48项 for 政务服务事项数量).
        kept = [c for c in found[1:] if not _clashes(f, c, form)]
        if kept:
            match.candidates[f.key] = kept
        else:
            del match.candidates[f.key]


def _clashes(f: Field, c: Candidate, form: Form) -> bool:
    return unit_clash((f,), c.raw, form)


def _free(walk: Placement, c: Candidate) -> None:
    """The token a candidate was read from, free again."""
    for token in walk.rows[c.row]:
        if token.piece.text == c.raw:
            token.used = False


@cache
def _peers(form: Form) -> dict[str, tuple[Field, ...]]:
    """Count field key → the other count fields one of its labels may name too."""
    named: dict[str, list[Field]] = {}
    for f in form.fields:
        if f.type in COUNT_TYPES:
            for label in {normalize_label(text) for text in f.labels}:
                named.setdefault(label, []).append(f)
    found: dict[str, set[Field]] = {}
    for fields in named.values():
        for f in fields:
            found.setdefault(f.key, set()).update(g for g in fields if g is not f)
    return {key: tuple(sorted(fs, key=lambda g: g.order)) for key, fs in found.items() if fs}
