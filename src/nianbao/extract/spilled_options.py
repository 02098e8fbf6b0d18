"""A choice's last options on a row of their own, under a label of a text field: a sheet that
sets 创新发展's five boxes four a row puts ☐其他 on the next, its label cell 其他, the label
of 移动新媒体's 其他. Boxed option names are no text's value: they go on with the list on
the row above."""

from __future__ import annotations

import re

from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import option_labels
from nianbao.extract.notes import option_notes
from nianbao.extract.piece import TICKS, has_ticks
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.forms.model import Field

_BOXED_RE = re.compile(rf"[{TICKS}]\s*([^{TICKS}]+)")
_NOTE_RE = re.compile(r"[:：(（]")
_NEAR_ROWS = 2
"""Rows between the list and its spilled options at most (the next, or one between)."""


def join_spilled_options(walk: Placement, match: Match, walked: int) -> None:
    del walked
    form = walk.index.form
    choices = [f for f in form.fields if f.type in CHOICE_TYPES]
    for key, found in list(match.candidates.items()):
        f = form.field(key)
        if f.type != "str" or f.identifier:
            continue
        for c in list(found):
            above = _list_above(c, choices, match)
            if above is None:
                continue
            above.raw += " " + c.raw.strip()
            match.drop(c.__eq__, (key,))
            for note_field, note in option_notes(above.field, c.raw, form):
                where = (c.where, c.page, c.block, c.row)
                match.add(Candidate(note_field, note, *where, c.confidence))


def _list_above(c: Candidate, choices: list[Field], match: Match) -> Candidate | None:
    """The candidate of a choice on the rows just above `c` when `c` is boxed options of
    that choice only."""
    raw = c.raw.strip()
    if not raw or raw[0] not in TICKS or not has_ticks(raw):
        return None
    # An option's note after its name (☑其他：政策库) is no part of the name.
    names = [normalize_label(_NOTE_RE.split(m[1])[0]) for m in _BOXED_RE.finditer(raw)]
    for g in choices:
        above = [d for d in match.candidates.get(g.key, ()) if 0 < c.row - d.row <= _NEAR_ROWS]
        if above and all(name in option_labels(g) for name in names):
            return above[-1]
    return None
