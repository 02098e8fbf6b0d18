"""A run of lone labels right before a run of lone counts one longer: the extra count is
the value of the field next to the run in the form, whose label reading order set apart
(pdftotext without -layout puts a row's first cell with the section's name after the row:
政务服务事项数量 | 可全程在线办理政务服务事项数量 | 15713 | 482 | 363 | … | 五、办事服务 |
注册用户数).

Only a field of the labels' group (the row's) that is a count, whose label was read and that has no
value, can be the one; when the fields before and after the run both could, or neither,
nothing is taken.
"""

from __future__ import annotations

from nianbao.extract.deferred_runs import counts_waiting, label_runs, lone_counts
from nianbao.extract.kinds import COUNT_TYPES, fits_unit
from nianbao.extract.leftover import take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.forms.model import Field

_LEAST = 2
"""Labels a run needs: one label with two counts after it is a label and its row's tail."""


def take_short_runs(walk: Placement, match: Match, walked: int) -> None:
    if not counts_waiting(walk, match):
        return
    for fields, end in label_runs(walk, walked, _LEAST):
        _pair(walk, match, fields, end, walked)


def _pair(walk: Placement, match: Match, fields: list[Field], end: int, walked: int) -> None:
    form = walk.index.form
    if any(f.type not in COUNT_TYPES or f.key in match.candidates for f in fields):
        return
    order = [form.fields.index(f) for f in fields]
    if order != list(range(order[0], order[0] + len(order))):
        return  # not one row's cells in the form's order
    values, _ = lone_counts(walk, end, walked, len(fields) + 1, lead_units=True)
    if len(values) != len(fields) + 1:
        return
    groups = fields[0].group_ids
    if any(f.group_ids != groups for f in fields):
        return
    around = [
        i
        for i in (order[0] - 1, order[-1] + 1)
        if 0 <= i < len(form.fields)
        and form.fields[i].group_ids == groups
        and form.fields[i].type in COUNT_TYPES
        and form.fields[i].key in match.seen
        and form.fields[i].key not in match.candidates
    ]
    if len(around) != 1:
        return
    row = [form.fields[i] for i in sorted([*order, around[0]])]
    pairs = list(zip(row, values, strict=True))
    if all(fits_unit(f, v, form) and readable(f, v.piece.text) for f, v in pairs):
        for f, value in pairs:
            take_moved(walk, match, f, value)
