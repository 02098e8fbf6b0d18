"""Two values read on one line, each the other's field's by its shape or its unit and
neither its own (公安机关备案号 51343543888019号 166402个, 独立用户访问总量's label wrapped
around the line, the code under its head): each goes to the field it fits.

Only values that fail their own field (a code without the code's shape, a count written
with another field's unit) are swapped, and only when each fits the other field.
"""

from __future__ import annotations

import dataclasses
import itertools

from nianbao.extract.kinds import unit_clash
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.shaped import has_shape
from nianbao.forms.model import Field, Form


def swap_crossed(walk: Placement, match: Match, walked: int) -> None:
    form = walk.index.form
    wrong = [
        found[0]
        for found in match.candidates.values()
        if len(found) == 1 and not _fits(found[0].field, found[0].raw, form)
    ]
    if len(wrong) < 2:
        return  # most reports
    for a, b in itertools.combinations(wrong, 2):
        if a.row != b.row or match.candidates.get(a.field.key) != [a]:
            continue
        if match.candidates.get(b.field.key) != [b]:
            continue
        if _fits(a.field, b.raw, form) and _fits(b.field, a.raw, form):
            match.candidates[a.field.key] = [_moved(b, a.field)]
            match.candidates[b.field.key] = [_moved(a, b.field)]


def _fits(f: Field, raw: str, form: Form) -> bool:
    return has_shape(f, raw, form) and not unit_clash((f,), raw, form)


def _moved(c: Candidate, f: Field) -> Candidate:
    return dataclasses.replace(c, field=f, confidence=c.confidence * 0.8, explicit=False)
