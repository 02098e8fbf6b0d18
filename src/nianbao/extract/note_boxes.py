"""A choice's box that names no option, where the one option its text leaves unnamed takes
a note (其他 → 其他（注明）): that option's box, its name wrapped past the note's cell."""

from __future__ import annotations

import dataclasses

from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.notes import named_note_box, note_fields, option_notes
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match


def name_note_boxes(walk: Placement, match: Match, walked: int) -> None:
    form = walk.index.form
    for f in form.fields:
        found = match.candidates.get(f.key)
        notes = note_fields(form, f) if f.type in CHOICE_TYPES and found else ()
        if not found or not notes:
            continue
        for i, c in enumerate(found):
            raw = named_note_box(f, c.raw, form)
            if raw == c.raw:
                continue
            found[i] = dataclasses.replace(c, raw=raw)
            for other, note in option_notes(f, raw, form):
                if not match.candidates.get(other.key):
                    note_c = dataclasses.replace(c, field=other, raw=note, explicit=False)
                    match.candidates[other.key] = [note_c]
