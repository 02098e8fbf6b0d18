"""The counts of a group's rows, read in the table's order when reading order scrambled
their labels (pdftotext without -layout).

Such text may write a block of two pairs a row column by column: the left labels of both
rows, the right label, the first row's counts, the next label, the second row's counts
(收到留言数量 | 平均办理时间 | 办结留言数量 | 607 | 429 | 公开答复数量 | 6.5 | 57). The
labels then stand out of the form's order, but the counts come row by row, left to right:
in the form's order. When some of a group's counts are still unread, and the lines from
its first label to a few past its last (or to another group's label) hold as many counts
as the group has labels there, each count after its own label, every one fitting its field
and all together keeping the form's relations, the counts are the fields' in the form's
order; what the walk read for them inside those lines gives way. With the labels in the
form's order nothing was scrambled that the form's order can undo: the order only fills
the fields left without when it gives every other the count the walk read for it (a value
may also have been set last: 总数 3425 | 概况类… | 政务动态更新量 1029 | … 2396 | 0).
Text that reads the values column by column too gives them in the labels' order: that
order serves when the form's cannot (a count no field of its place reads, 4.9 not a
number of messages).
"""

from __future__ import annotations

import re
from functools import cache

from nianbao.extract.kinds import COUNT_TYPES, read_plainly, unit_clash
from nianbao.extract.leftover import label_rows
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.thousands import related
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form

_PAST = 4
"""Lines past a group's last label its counts may reach."""
_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*\s*(?:[\u4e00-\u9fff]{1,2})?")
"""A count alone, maybe with its unit."""


def deal_groups_in_order(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    groups = _groups(walk.index.form)
    unread = [
        f
        for fields in groups.values()
        for f in fields
        if f.key in match.seen and not read_plainly(match, f) and not match.read(f)
    ]
    if not unread:
        return  # most reports: every count read
    labels = label_rows(walk, walked, {f.key for fields in groups.values() for f in fields})
    for group in {f.group_ids for f in unread}:
        present = [f for f in groups[group] if f.key in labels]
        if len(present) < 2:
            continue
        rows = [labels[f.key] for f in present]
        end = _end(walk, max(rows), walked, group)
        start = _opening(walk, min(rows), group, len(present))
        # Not a count the walk read as another group's label's, which a label between set
        # out of their place (… 平均办理时间 | 0 | 0 | 回应公众关注热点或重 | 大舆情数量 | 7).
        theirs = _others_read(walk, match, range(start, end), group)
        values = [
            t
            for r in range(start, end)
            for t in walk.rows[r]
            if _count(t) and (r, t.piece.text) not in theirs
        ]
        if len(values) != len(present):
            continue
        in_order = rows == sorted(rows)
        if not _fit(walk, present, values, rows):
            # The values in the labels' order, when the form's cannot be theirs (收到留言 |
            # 平均办理时间 | 办结留言 | 230 | 公开答复 | 4.9 | 213 | 4: read column by column).
            present = sorted(present, key=lambda f: labels[f.key])
            rows = sorted(rows)
            if not _fit(walk, present, values, rows):
                continue
        if in_order and not _agrees(match, present, values):
            continue  # labels in the form's order: the walk's own pairs stand
        lines = set(range(start, end))
        if any(c.row not in lines for f in present for c in _readable(match, f)):
            continue  # a count read outside: the walk found the group elsewhere
        for f, token in zip(present, values, strict=True):
            token.used = True
            match.candidates[f.key] = [
                Candidate.at(walk.doc, f, token.piece.text, (token.row, token.cell), 0.6)
            ]


def _others_read(
    walk: Placement, match: Match, lines: range, group: tuple[str, ...]
) -> set[tuple[int, str]]:
    """The counts (row, text) the walk read for the fields of other groups whose labels
    stand on `lines` naming them alone (not 总数, which names a field of several groups)."""
    others = {
        t.field.key
        for r in lines
        for t in walk.rows[r]
        if t.field is not None
        and t.field.group_ids != group
        and (t.piece.hit is None or len(t.piece.hit.fields) == 1)
    }
    return {(c.row, c.raw) for key in others for c in match.candidates.get(key, ())}


def _opening(walk: Placement, first: int, group: tuple[str, ...], count: int) -> int:
    """Where the group's counts begin: at its first label, or before it when the lines
    between the group's name and its first label hold nothing but counts, fewer than its
    fields (留言办理 | 280 | 46 | 收到留言数量… : the first row's counts written first)."""
    r = first
    while r > 0 and first - r < count - 1 and _lone_count(walk.rows[r - 1]):
        r -= 1
    heading = walk.rows[r - 1] if 0 < r < first else []
    hit = heading[0].piece.hit if len(heading) == 1 else None
    if hit is None or hit.fields or not any(g.id == group[-1] for g in hit.groups):
        return first
    return r


def _lone_count(line: list[Token]) -> bool:
    return len(line) == 1 and not line[0].used and _count(line[0])


def _end(walk: Placement, last: int, walked: int, group: tuple[str, ...]) -> int:
    """Where the group's counts end: _PAST lines past its last label, or at another
    group's label before."""
    for r in range(last + 1, min(walked, last + _PAST + 1)):
        if any(t.field is not None and t.field.group_ids != group for t in walk.rows[r]):
            return r
    return min(walked, last + _PAST + 1)


def _agrees(match: Match, fields: list[Field], values: list[Token]) -> bool:
    """Whether every count the walk read for the fields is the one the form's order gives
    it: then the order only fills the fields left without."""
    for f, token in zip(fields, values, strict=True):
        read = _readable(match, f)
        if read and not any(c.row == token.row and c.raw == token.piece.text for c in read):
            return False
    return True


def _count(token: Token) -> bool:
    return (
        token.piece.kind == "value"
        and not token.cell.copy
        and token.cell.bbox is None
        and _COUNT_RE.fullmatch(token.piece.text.strip()) is not None
    )


def _fit(walk: Placement, fields: list[Field], values: list[Token], rows: list[int]) -> bool:
    form = walk.index.form
    texts = [t.piece.text for t in values]
    first = min(rows)
    for f, token, row in zip(fields, values, rows, strict=True):
        if first <= token.row <= row or not readable(f, token.piece.text):
            return False
        if unit_clash((f,), token.piece.text, form):
            return False
    return related(form, fields, texts, strict=False) is not False


@cache
def _groups(form: Form) -> dict[tuple[str, ...], list[Field]]:
    """Group → its count fields, in the form's order."""
    groups: dict[tuple[str, ...], list[Field]] = {}
    for f in form.fields:
        if f.type in COUNT_TYPES:
            groups.setdefault(f.group_ids, []).append(f)
    return groups


def _readable(match: Match, f: Field) -> list[Candidate]:
    return [c for c in match.candidates.get(f.key, []) if readable(f, c.raw)]
