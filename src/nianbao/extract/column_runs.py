"""Text a converter wrote a table column by column (pdfminer and markitdown, pdftotext on
some pages): every label of a block of rows, each alone on its line, then every value,
each alone on its line or, for a choice, its options a line each (独立用户访问总量 | … |
法人办件量 | 办事服务 | 2504445 | … | ☑是 | □否 | 123616 | …).

The walk reads each label as its field, generic ones in their group's context (总数 after
解读回应), and finds nothing beside them. Consecutive runs of such labels (group names cut
over lines between them) are one run; when the lines after it hold exactly one item per
field in that order (a count for a count, options for a choice, a line its field reads for
a name or an address), from the first line where they all do, and each item reads as its
field's value, the items are theirs (a browser's header line before them, its page's number
after them, are no items). The fields must follow each other in the form's
order, as a table's rows do: a label read as a field twice or out of order is misread. A
run already paired as a whole by `deferred_runs` (counts only, one field a label) is left
to it: it runs first. What is not one item a line (a name wrapped, a cell left out, a
choice's marks set apart) is aligned by `column_align`."""

from __future__ import annotations

import itertools
import re

from nianbao.extract.column_align import Line, aligned, item_text
from nianbao.extract.deferred_runs import counts_waiting
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.prose import column_heads
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.run_items import BARE_COUNT_RE, BLANKS, count_fits
from nianbao.extract.runs import lone_labels, only
from nianbao.extract.tokens import Token, groups_only, units
from nianbao.forms.model import Field

_LEAST = 4
"""Fields a run needs: runs of items that long do not meet a run of labels by chance."""
_GAP = 3
"""Lines between two runs of labels (a group's name cut over lines) that still join them."""
_REACH = 24
"""Lines past the labels searched for the first item."""
_NAME = 8
"""Characters of a group's name's piece at the most."""


def take_column_runs(walk: Placement, match: Match, walked: int) -> None:
    if not counts_waiting(walk, match):
        return  # text only, and only where a count's label was read without its count
    runs = _runs(walk, walked)
    for n, (run, end, first) in enumerate(runs):
        # The labels whose values stand after the run: those after the last one read.
        read = [k for k, f in enumerate(run) if f.key in match.candidates]
        fields = run[read[-1] + 1 :] if read else run
        # A field read twice, or out of the form's order: a label misread.
        ordered = not any(b.order <= a.order for a, b in itertools.pairwise(fields))
        items = _items(walk, end, walked, fields) if ordered and len(fields) >= _LEAST else None
        for f, tokens in zip(fields, items, strict=True) if items is not None else ():
            if tokens:
                _take(walk, match, f, tokens)
        # What is left (fields before one whose value was beside it, or the whole run
        # when its items are not one a line), aligned with what is left of the lines in
        # the form's order, the table's rows' (a layout may set a row's label among the
        # group names before the run). A header's field (年度 in the title) is no row.
        if _read_twice(run):
            continue  # a label read as a field twice: misread, no alignment to trust
        stop = runs[n + 1][2] if n + 1 < len(runs) else walked
        released = _released(walk, match, run, (first, end, stop))
        waiting = sorted(
            (f for f in run if f.key not in match.candidates and f.clause is not None),
            key=lambda f: f.order,
        )
        taken = aligned(walk, waiting, _lines(walk, end, stop), _LEAST)
        for f, tokens in taken:
            if tokens:
                _take(walk, match, f, tokens)
        for key, (candidate, token) in released.items():
            if key not in match.candidates and not token.used:
                match.candidates[key] = [candidate]  # the alignment had no other use for it
                token.used = True


def _released(
    walk: Placement, match: Match, run: list[Field], lines: tuple[int, int, int]
) -> dict[str, tuple[Candidate, Token]]:
    """The values the walk gave the run's labels, alone on their lines, from among the
    run's lines or after them but not right under their labels (the last label of a run
    takes the first count below it; a label the first count past the next group's name).
    Taken back, for the alignment to place among the lines after the run, and given back
    when it places none."""
    first, end, stop = lines
    released: dict[str, tuple[Candidate, Token]] = {}
    for f in run:
        found = match.candidates.get(f.key, [])
        if len(found) != 1 or not first <= found[0].row < stop:
            continue
        if found[0].row < end and _under_label(walk, f, first, found[0].row):
            continue  # a label's value on the line below it (one cell a line): its own
        token = only(walk, found[0].row)
        if token is not None and token.used and token.piece.text == found[0].raw:
            token.used = False
            del match.candidates[f.key]
            released[f.key] = (found[0], token)
    return released


def _read_twice(run: list[Field]) -> bool:
    """Whether a field stands twice in the run, but for one named as its group (九、创新发展
    over 创新发展: the group's heading, then the field's label)."""
    seen: set[str] = set()
    for f in run:
        if f.key in seen and f.label not in f.path:
            return True
        seen.add(f.key)
    return False


def _under_label(walk: Placement, f: Field, first: int, row: int) -> bool:
    """Whether line `row` comes right after a line of f's label (units' lines between)."""
    r = row - 1
    while r >= first and units(walk.rows[r]):
        r -= 1
    return r >= first and any(t.field is f for t in walk.rows[r])


def _lines(walk: Placement, start: int, stop: int) -> list[Line]:
    """The lines start…stop an item may be, as `aligned` takes them: a line of labels,
    units or values taken is none of them."""
    lines: list[Line] = []
    for r in range(start, stop):
        tokens = walk.rows[r]
        if all(t.used or t.piece.kind != "value" for t in tokens):
            continue
        if any(column_heads(t.piece.text, walk.index.form) for t in tokens):
            continue  # a column's head (填报内容) over the values: no item, no cost
        if len(tokens) == 1 and _TITLE_YEAR_RE.fullmatch(tokens[0].piece.text):
            continue  # the title's year, on a line of its own (（2021年度）)
        own = tuple(t for t in tokens if t.piece.kind != "unit")
        # One value, or a choice's options with their marks set apart (√ | □是 否).
        usable = all(not t.used and not t.cell.copy and t.piece.kind == "value" for t in own)
        lines.append(own if usable and (len(own) == 1 or any(t.piece.ticks for t in own)) else ())
    return lines


def _runs(walk: Placement, walked: int) -> list[tuple[list[Field], int, int]]:
    """The walked runs of lone labels, each label as the field the walk read it as, runs
    a few lines apart (nothing but taken words, units or groups' names between) joined;
    each with the line after it and its first line."""
    found: list[tuple[list[Field], int, int]] = []  # fields, first line, line after
    r = 0
    while r < walked:
        token = only(walk, r)
        if token is None or token.piece.kind != "label" or token.field is None:
            r += 1
            continue
        labels, end = lone_labels(walk, r, joined=True)
        fields = [t.field for t, _ in labels if t.field is not None]
        if len(fields) == len(labels) and labels:
            if found and _between(walk, found[-1][2], r):
                found[-1] = (found[-1][0] + fields, found[-1][1], end)
            else:
                found.append((fields, r, end))
        r = max(end, r + 1)
    return [(fields, end, first) for fields, first, end in found]


def _between(walk: Placement, start: int, stop: int) -> bool:
    """Whether the lines start…stop are few and hold no value of their own."""
    if stop - start > _GAP:
        return False
    return all(
        units(walk.rows[r])
        or groups_only(walk.rows[r])
        or all(t.used or t.piece.kind != "value" for t in walk.rows[r])
        or _name_piece(walk, r)
        for r in range(start, stop)
    )


def _name_piece(walk: Placement, r: int) -> bool:
    """Whether line r is a short piece of Chinese, no digit nor box: a group's name cut
    over lines (解读信息发 | 布)."""
    token = only(walk, r)
    if token is None or token.piece.ticks:
        return False
    text = token.piece.text.strip()
    return 0 < len(text) <= _NAME and all("\u4e00" <= c <= "\u9fff" for c in text)


def _items(
    walk: Placement, start: int, walked: int, fields: list[Field]
) -> list[list[Token]] | None:
    """One item per field from the first line after `start` where they all fit: a lone
    count for a count, lone lines of options for a choice, a lone line its field reads for
    a text (a name, an address); then no further lone count (the run and the items are as
    long)."""
    for r in range(start, min(walked, start + _REACH)):
        if _item_start(walk, r, fields[0]):
            items = _items_from(walk, r, walked, fields)
            if items is not None:
                return items
        token = only(walk, r)
        if token is not None and token.free and BARE_COUNT_RE.fullmatch(token.piece.text):
            return None  # a count before the items: the run's first, or they are shifted
    return None


def _items_from(
    walk: Placement, r: int, walked: int, fields: list[Field]
) -> list[list[Token]] | None:
    items: list[list[Token]] = []
    for f in fields:
        while r < walked and units(walk.rows[r]):
            r += 1
        token = only(walk, r) if r < walked else None
        if token is None or (not token.free and not token.piece.ticks):
            return None
        elif f.type in COUNT_TYPES:
            if token.piece.ticks or not count_fits(f, token, walk.index.form):
                return None
            blank = token.piece.text.strip() in BLANKS
            items.append([] if blank else [token])  # a blank: its place in the run, no value
            r += 1
        elif f.type in CHOICE_TYPES:
            options: list[Token] = []
            while r < walked and (t := only(walk, r)) is not None and t.piece.ticks and not t.used:
                options.append(t)
                r += 1
            if not options or not readable(f, " ".join(t.piece.text for t in options)):
                return None
            items.append(options)
        else:
            if token.piece.ticks or not readable(f, token.piece.text):
                return None
            items.append([token])
            r += 1
    while r < walked and units(walk.rows[r]):
        r += 1
    after = only(walk, r) if r < walked else None
    if after is not None and after.free and _PLAIN_COUNT_RE.match(after.piece.text):
        return None  # more counts than labels: the runs are not each other's (a page's
        # number after them, 1/3, is none)
    return items


def _item_start(walk: Placement, r: int, first: Field) -> bool:
    token = only(walk, r)
    if token is None or token.used:
        return False
    if first.type in COUNT_TYPES or first.type in CHOICE_TYPES:
        return bool(token.piece.ticks) or (token.free and _count(token.piece.text))
    return token.free and not token.piece.ticks


_PLAIN_COUNT_RE = re.compile(r"\s*\d[\d,，.\s]*\S?\s*$")
"""A count alone, a unit after it at the most."""


_TITLE_YEAR_RE = re.compile(r"\s*[(（]\s*(?:19|20)\d\d\s*年度?\s*[)）]\s*")


def _count(text: str) -> bool:
    text = text.strip()
    return (bool(text) and text[0].isdigit()) or text == "无"  # 无: none, a count of 0


def _take(walk: Placement, match: Match, f: Field, tokens: list[Token]) -> None:
    """f's value is the item `tokens` (a choice's options a line each, a name's lines),
    inferred from the order of the runs, as `leftover.take_moved` takes one token."""
    for token in tokens:
        token.used = True
    first = tokens[0]
    raw = item_text(f, tokens)
    match.candidates[f.key] = [
        Candidate.at(walk.doc, f, raw, (first.row, first.cell), 0.55, explicit=False)
    ]
