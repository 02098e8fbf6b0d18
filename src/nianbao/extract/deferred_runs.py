"""A run of lone labels whose run of lone values reading order set further down, other rows'
cells between (pdftotext without -layout: 收到留言数量 | … | 答复网民提问数量 | 安全防护 | 8 |
总数 | 是否使用统一平台 | 81472 | ☑是 ☐否 | 35 | 13 | … | 0).

The walk pairs a run of labels with the run of values right after it (`runs`). When other
rows' cells come between, a later run of lone counts exactly as long as the labels' run,
each count fitting its label's field in order (readable, of its unit when written with
one), is theirs: runs of equal length, three or more, do not meet by chance. The labels'
fields must have no value, or only values read from the lines between the runs (a label
before a group's name takes the first count past it), which then go free again.
"""

from __future__ import annotations

from collections.abc import Iterator

from nianbao.extract.kinds import COUNT_TYPES, fits_unit
from nianbao.extract.leftover import take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.runs import lone_labels, only
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field

_LEAST = 3
"""Labels a run needs: two runs of one or two could meet by chance."""
_REACH = 30
"""Lines past the labels' run searched for the values' run."""


def take_deferred_runs(walk: Placement, match: Match, walked: int) -> None:
    if not counts_waiting(walk, match):
        return
    for fields, end in label_runs(walk, walked, _LEAST):
        if all(f.type in COUNT_TYPES for f in fields):
            _pair(walk, match, fields, end, walked)


def counts_waiting(walk: Placement, match: Match) -> bool:
    """Whether, in text, a count's label was read and the count has no value (not in most
    reports)."""
    if walk.doc.format != "text":
        return False
    form = walk.index.form
    return any(k not in match.candidates and form.by_key[k].numeric for k in match.seen)


def label_runs(walk: Placement, walked: int, least: int) -> Iterator[tuple[list[Field], int]]:
    """The walked runs of `least` or more lone labels of one field each, with the line
    after each run."""
    r = 0
    while r < walked:
        if not _opens(only(walk, r)):
            r += 1
            continue
        labels, end = lone_labels(walk, r, joined=True)
        fields = [fields[0] for _, fields in labels if len(fields) == 1]
        if len(labels) >= least and len(fields) == len(labels):
            yield fields, end
        r = max(end, r + 1)


def _opens(first: Token | None) -> bool:
    """Whether a line's lone token may open a run: a label, or the head of one the walk
    joined with its rest on the next line (政务服务事项数 | 量(单位: 项))."""
    if first is None:
        return False
    if first.piece.kind == "label":
        return first.piece.hit is not None and bool(first.piece.hit.fields)
    return first.used and first.piece.kind == "value"


def _pair(walk: Placement, match: Match, fields: list[Field], end: int, walked: int) -> None:
    values, start = _value_run(walk, end, min(walked, end + _REACH), len(fields))
    if len(values) != len(fields):
        return
    read = [c for f in fields for c in match.candidates.get(f.key, ())]
    if any(not end <= c.row < start for c in read):
        return  # a value read beside or below its label: the runs are not each other's
    if _read_right_after(walk, match, fields, end):
        return  # the walk paired the labels with the run right after them (征集调查期数 … | 9 |
        # 24 | 3): a later run of as many counts is other labels'
    form = walk.index.form
    pairs = list(zip(fields, values, strict=True))
    if not all(fits_unit(f, v, form) and readable(f, v.piece.text) for f, v in pairs):
        return
    for c in read:  # a count between the runs that a label took past a group's name
        for token in walk.rows[c.row]:
            if token.used and token.piece.text == c.raw:
                token.used = False
    for f, value in pairs:
        take_moved(walk, match, f, value)


def _read_right_after(walk: Placement, match: Match, fields: list[Field], end: int) -> bool:
    """Whether the walk read each field on a line of its own in turn from line `end` on,
    lines of units between."""
    r = end
    for f in fields:
        while r < len(walk.rows) and not any(c.row == r for c in match.candidates.get(f.key, ())):
            if r == end or not units(walk.rows[r]):
                return False
            r += 1
        if r == len(walk.rows):
            return False
        r += 1
    return True


def _value_run(walk: Placement, start: int, stop: int, most: int) -> tuple[list[Token], int]:
    """The first run of `_LEAST` or more lone free counts between lines start and stop (lines
    of units between its counts), up to one more than `most`, and the line it starts on."""
    r = start
    while r < stop:
        begin = r
        run, r = lone_counts(walk, r, stop, most, lead_units=False)
        if len(run) >= _LEAST:
            return run, begin
        r = max(r, begin + 1)
    return [], stop


def lone_counts(
    walk: Placement, start: int, stop: int, most: int, *, lead_units: bool
) -> tuple[list[Token], int]:
    """The lone free counts on the lines from `start` before `stop`, up to one more than
    `most`, lines of units between them (and before the first if `lead_units`), and the
    line after them."""
    run: list[Token] = []
    r = start
    while r < stop and len(run) <= most:
        token = only(walk, r)
        if token is not None and free_count(token):
            run.append(token)
        elif not ((run or lead_units) and units(walk.rows[r])):
            break
        r += 1
    return run, r


def free_count(token: Token) -> bool:
    text = token.piece.text.strip()
    return (
        token.piece.kind == "value"
        and token.free
        and not token.piece.ticks
        and bool(text)
        and text[0].isdigit()
    )
