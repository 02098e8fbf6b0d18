"""Values whose labels a converter's reading order moved away, put back by the order of
the values themselves.

pdftotext without -layout may read a column of label cells as a block of its own after
the values beside them (858 | 162 | 新开设数量 | 141 | … | 专栏专题 | 维护数量 | …): the
values keep the form's order while their labels go elsewhere. So a field whose label the
walk read without a value has its value between the values of the fields around it in
the form: after the last one before it that has a value, before the first one after it
that has one. The fields without a value between two that have one take the values that
nothing took between those two values, in order, when there are as many as fields and
each fits its field's kind (options for a choice, a number for a count). Text only: other
formats keep each value beside its label; in text laid out in columns, a lone line of
words is more likely a line of a wrapped text than a text of its own, so counts and
options only.
"""

from __future__ import annotations

import re

from nianbao.extract.kinds import COUNT_TYPES, fits
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.prose import joined
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import NUMERIC_RE, Token
from nianbao.extract.unit_rests import count_unit_after
from nianbao.forms.model import Field

_DATE_PART_RE = re.compile(r"(?:\d{4}\s*)?年?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*日")
"""A date or the part of one a line's end cut (年1月22日): no text's value."""
_MOST = 4
"""Fields without a value one gap between two valued fields may hold."""
_TEXT = 2
"""Characters a text value needs: a lone character is a word's cut end (其 | 他)."""


def take_slots(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = {key: min(c.row for c in found) for key, found in match.candidates.items() if found}
    after: int | None = None
    gap: list[Field] = []
    for f in walk.index.form.fields:
        row = rows.get(f.key)
        if row is None:
            gap.append(f)
            continue
        if after is not None and gap and after < row <= walked:
            _fill(walk, match, gap, after, row)
        after, gap = row, []


def _fill(walk: Placement, match: Match, gap: list[Field], after: int, until: int) -> None:
    """The values nothing took between rows `after` and `until` to the gap's fields, when
    every field's label was read without a value and the values match them one to one."""
    if len(gap) > _MOST or any(f.key not in match.seen for f in gap):
        return
    values: list[Token] = []
    for r in range(after + 1, until):
        for token in walk.rows[r]:
            if _free(walk, token):
                values.append(token)
                if len(values) > len(gap):
                    return
    if len(values) != len(gap):
        return
    for f, token in zip(gap, values, strict=True):
        if not fits(f, token) or not readable(f, token.piece.text):
            return
        if f.type == "str" and (
            len(normalize_label(token.piece.text)) < _TEXT
            or token.cell.bbox is not None
            or NUMERIC_RE.fullmatch(token.piece.text)
            or _DATE_PART_RE.fullmatch(token.piece.text.strip())
        ):
            # A word's cut end (其 | 他) or a count, no text's value; laid out in columns, a
            # line of a text wrapped in its cell, which the walk joins or leaves.
            return
        if f.type not in COUNT_TYPES and not token.piece.ticks and f.type != "str":
            return  # a date or the like: not by order alone
    for f, token in zip(gap, values, strict=True):
        token.used = True
        place = (token.row, token.cell)
        text = token.piece.text
        below = walk.rows[token.row + 1] if token.row + 1 < len(walk.rows) else []
        unit = count_unit_after(below, text) if f.type == "str" else None
        if unit is not None:  # the count's unit its line end cut (下载量 68 | 万次)
            unit.used = True
            text = joined(text, unit.piece.text)
        match.candidates[f.key] = [Candidate.at(walk.doc, f, text, place, 0.6, explicit=False)]


def _free(walk: Placement, token: Token) -> bool:
    """Whether a token is a value nothing took, and no piece of a label."""
    if token.used or token.cell.copy or token.piece.kind != "value":
        return False
    if token.row and walk.label_rest(token.row - 1, [token]):
        return False  # the rest of the label above, which reads whole without it (其 他 | 新 媒 体)
    return token.piece.ticks or normalize_label(token.piece.text) not in walk.index.heads
