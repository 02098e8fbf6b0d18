"""A count's label still waiting for its value when a later label of its group reads the
count right after it, and a second count follows (pdftotext without -layout: 名称 | 订阅数
| 某局 | 信息发布量 | 41,775 | 181): the two counts answer the two labels in the order the
labels came, as runs of labels and of values do.

The walk gives the later label the count after it and leaves the waiting one without;
the second count then goes by the form's order, which swaps them. Only a waiting label
that closes a run of labels (the line before it another label of its group, whose value
comes after it), with no count between it and the later label, and two counts each
fitting its label (its kind, its unit when written with one), are taken so.
"""

from __future__ import annotations

from nianbao.extract.deferred_runs import free_count
from nianbao.extract.kinds import COUNT_TYPES, fits_unit
from nianbao.extract.leftover import label_rows, take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.runs import only
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field


def take_waiting_labels(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    waiting = [
        form.by_key[k]
        for k in match.seen
        if k not in match.candidates and form.by_key[k].type in COUNT_TYPES
    ]
    if not waiting:
        return  # most reports
    groups = {f.group_ids for f in waiting}
    later = [
        f
        for f in form.fields
        if f.group_ids in groups
        and f.type in COUNT_TYPES
        and len(match.candidates.get(f.key, ())) == 1
    ]
    rows = label_rows(walk, walked, {f.key for f in waiting + later})
    for b in later:
        a = [f for f in waiting if f.group_ids == b.group_ids and f.key in rows]
        if len(a) == 1 and b.key in rows and rows[a[0].key] < rows[b.key]:
            _swap(walk, match, (a[0], b), rows, walked)


def _swap(
    walk: Placement, match: Match, labels: tuple[Field, Field], rows: dict[str, int], walked: int
) -> None:
    a, b = labels
    read = match.candidates[b.key][0]
    first = _next_line(walk, rows[b.key] + 1, walked)
    if first is None or read.row != first:
        return  # b's count not the line right after its label
    if any(_count(walk, r) for r in range(rows[a.key] + 1, rows[b.key])):
        return  # a count between the labels: a's, or another's
    if not _run_before(walk, match, a, rows[a.key], rows[b.key]):
        return
    second = _next_line(walk, first + 1, walked)
    v1, v2 = only(walk, first), only(walk, second) if second is not None else None
    if v1 is None or v2 is None or not free_count(v2) or v1.piece.text != read.raw:
        return
    form = walk.index.form
    pairs = ((a, v1), (b, v2))
    if all(fits_unit(f, v, form) and readable(f, v.piece.text) for f, v in pairs):
        for f, v in pairs:
            take_moved(walk, match, f, v)


def _run_before(walk: Placement, match: Match, a: Field, at: int, until: int) -> bool:
    """Whether a's label closes a run of labels whose values come after it: the line before
    it holds a label of a's group, whose value was read between a's label and line `until`
    (名称 | 订阅数 | 某局: not ☑是 | 政务服务事项数量 | ☐否, a choice's options around it)."""
    r = at - 1
    while r >= 0 and units(walk.rows[r]):
        r -= 1
    line = walk.rows[r] if r >= 0 else []
    mates = [t.field for t in line if t.piece.kind == "label" and t.field is not None]
    return any(
        f.group_ids == a.group_ids
        and any(at < c.row < until for c in match.candidates.get(f.key, ()))
        for f in mates
    )


def _next_line(walk: Placement, r: int, walked: int) -> int | None:
    """The first line from r on that holds more than units."""
    while r < walked and units(walk.rows[r]):
        r += 1
    return r if r < walked else None


def _count(walk: Placement, r: int) -> bool:
    token: Token | None = only(walk, r)
    text = token.piece.text.strip() if token is not None else ""
    return token is not None and token.piece.kind == "value" and text[:1].isdigit()
