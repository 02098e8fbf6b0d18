"""Counts of a sum the form's rules set (办件量总数 = 自然人办件量 + 法人办件量) that reading order
moved by one place (pdftotext without -layout: 总数 | 自然人办件量 | 3,630 | 法人办件量 |
2,878 | 752): the first label's value came after the second label, and each part's label
took the value before its own.

When one field of an exact sum has no value, the others one each, and one more count of
the sum's unit stands free a few lines past them, before another field's label: the free
count is the lacking field's if the sum then holds; otherwise, if the sum holds with the
counts in the order they stand given to the fields in the form's order, they are so
given. Only one free count may make either hold. Text only, as the other reading-order repairs.
"""

from __future__ import annotations

import re

from nianbao.extract.kinds import written_unit
from nianbao.extract.leftover import label_rows, take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.thousands import related
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field
from nianbao.rules import count_relations

_PAST = 6
"""Lines past a sum's last count read searched for a free count."""
_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，]*\s*[\u4e00-\u9fff]?")


def shift_sums(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    for relation in count_relations(form):
        if not relation.exact or not relation.strict:
            continue
        fields = sorted((form.by_key[k] for k in relation.keys), key=lambda f: f.order)
        lacking = [f for f in fields if not match.read(f)]
        if len(lacking) != 1 or lacking[0].key not in match.seen:
            continue
        found = {f.key: _token(walk, match, f) for f in fields if f is not lacking[0]}
        read = {key: t for key, t in found.items() if t is not None}
        if len(read) == len(found):
            _shift(walk, match, walked, fields, lacking=lacking[0], read=read)


def _shift(
    walk: Placement,
    match: Match,
    walked: int,
    fields: list[Field],
    *,
    lacking: Field,
    read: dict[str, Token],
) -> None:
    """`read`: the tokens of the values of the fields but `lacking`, by key."""
    form = walk.index.form
    tokens = list(read.values())
    first = min(label_rows(walk, walked, {f.key for f in fields}).values(), default=walked)
    last = max(t.row for t in tokens)
    free: list[Token] = []
    for r in range(first, min(walked, last + _PAST + 1)):
        line = walk.rows[r]
        if r > last and any(t.field is not None and t.field not in fields for t in line):
            break  # another field's label: its values, in the order it stands
        free += [t for t in line if _free_count(walk, t, lacking)]
    kept: list[Token] = []
    for token in free:
        given = {**read, lacking.key: token}
        items = [given[f.key].piece.text.strip() for f in fields]
        if related(form, fields, items, strict=True):
            kept.append(token)
    if len(kept) == 1:
        take_moved(walk, match, lacking, kept[0])
        return
    if kept:
        return  # more than one would do: no telling which
    shifts = []
    for token in free:
        ordered = sorted([*tokens, token], key=lambda t: (t.row, walk.rows[t.row].index(t)))
        items = [t.piece.text.strip() for t in ordered]
        if related(form, fields, items, strict=True):
            shifts.append(ordered)
    if len(shifts) != 1:
        return
    for f, token in zip(fields, shifts[0], strict=True):
        take_moved(walk, match, f, token)


def _token(walk: Placement, match: Match, f: Field) -> Token | None:
    """The token the one value read for f stands in, when it is all its text."""
    found = match.candidates.get(f.key, [])
    if len(found) != 1:
        return None
    c = found[0]
    return next(
        (t for t in walk.rows[c.row] if t.used and t.piece.text.strip() == c.raw.strip()), None
    )


def _free_count(walk: Placement, token: Token, f: Field) -> bool:
    text = token.piece.text.strip()
    if not token.free:
        return False
    if _COUNT_RE.fullmatch(text) is None or not readable(f, text):
        return False
    unit = written_unit(text, walk.index.form)
    return unit is None or unit == f.unit
