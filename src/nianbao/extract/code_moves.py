"""A code's digits read as a count (pdftotext without -layout: 政府网站标识 | 码 | 首页网址 | … |
独立用户访问总量（单位：个） | 6105234211 | 陕公网安备 | … | ４５５９４３): reading order set the
tall cells' values of a row after the next row's label, which took the first of them.

When a field the form gives a shape of digits alone (政府网站标识码's ten) has its label read
above a count's and no value, the count's reading has that shape, and one more count the
field can read stands free in the few lines after the reading, up to the next label, the
reading is the code's and the free count the count field's. Text only, as the other
reading-order repairs.
"""

from __future__ import annotations

import dataclasses

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.leftover import label_rows, take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import NUMERIC_RE, Token
from nianbao.forms.model import Field
from nianbao.rules import value_shapes

_ROWS = 4
"""Lines after a count's reading searched for the count that is its."""


def move_codes(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    codes = [
        g
        for g in form.fields
        if g.key in value_shapes(form) and g.key in match.seen and not match.candidates.get(g.key)
    ]
    if not codes:
        return  # most reports: every code read
    labels = label_rows(walk, walked, {f.key for f in form.fields})
    for g in codes:
        for f in form.fields:
            found = match.candidates.get(f.key, [])
            if f.type not in COUNT_TYPES or len(found) != 1 or f.key not in labels:
                continue
            c = found[0]
            if not labels.get(g.key, walked) < labels[f.key] <= c.row:
                continue  # the code's label first, the count's reading after its own
            if not NUMERIC_RE.fullmatch(c.raw) or not has_shape(g, c.raw, form):
                continue
            free = _free_count(walk, f, c.row, walked)
            if free is None:
                continue
            match.candidates[g.key] = [dataclasses.replace(c, field=g)]
            take_moved(walk, match, f, free)
            break


def _free_count(walk: Placement, f: Field, row: int, walked: int) -> Token | None:
    """The one value nothing took that f reads in the lines after `row`, up to a label."""
    found: list[Token] = []
    for r in range(row + 1, min(walked, row + _ROWS + 1)):
        line = walk.rows[r]
        if any(t.piece.kind == "label" for t in line):
            break
        found += [
            t
            for t in line
            if t.free and NUMERIC_RE.fullmatch(t.piece.text) and readable(f, t.piece.text)
        ]
    return found[0] if len(found) == 1 else None
