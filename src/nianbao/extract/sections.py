"""Values of a section put back by their order, in text of one cell a line.

pdftotext without -layout writes a table of two label-value pairs a row by height: the
lines of labels wrapped in their cells land among the values (概况类信息更新 | 1516 |
量（单位：条） | 3 | 信息公开目录信息 | 63 …), so a label may take the value of the
label beside it. The values themselves keep their order: row after row, left to right,
which is the form's order. So when a section of counts and choices holds, between its
heading and the next section's, exactly as many values alone on their lines as it has
fields, each of its field's kind in the form's order, and the walk left one of them
without a value, the values go to the fields in that order. Not when the walk read a
value right under its whole label (or in a run of labels and values paired one to one),
which no reading order moves apart, and the order says otherwise; nor when the order
breaks an error rule between the section's fields (办件量总数 = 自然人 + 法人) that the
walk's reading keeps. A heading set after the section's first rows (pdftotext may write
a tall cell's name late) leaves the section to run from its first label to the next
section's heading or the first label of another section.
"""

from __future__ import annotations

from functools import cache

from nianbao.coerce import coerce_value
from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.kinds import (
    CHOICE_TYPES,
    COUNT_TYPES,
    by_unit_pools,
    counted,
    fits,
    unit_clash,
    written_unit,
)
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.runs import only
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field, Form
from nianbao.normalize import NormalizeError
from nianbao.report import Report, Value
from nianbao.rules.engine import rule_set

_KINDS = (*COUNT_TYPES, *CHOICE_TYPES)
_ONE_OPTION = 4
"""Characters of one option and its box (☑是, ☐不是)."""


def deal_sections(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    sections = walk.index.form.sections
    candidates = match.candidates
    short = [
        (k, fields)
        for k, fields in _counted_sections(walk.index.form)
        if not all(candidates.get(f.key) for f in fields)
    ]
    if not short:
        return  # most reports: the walk read every count and answer
    heads = _headings(walk, walked)
    for k, fields in short:
        section = sections[k]
        start = heads.get(section.id)
        ends = [heads[s.id] for s in sections[k + 1 :] if s.id in heads]
        first = _first_label(walk, walked, fields)
        if first is not None and (start is None or first < start):
            # The heading, a tall cell's name, set after the section's first rows: the
            # section runs from its first label to the next section's heading or a label
            # of another section, whichever comes first.
            start = first
            ends = sorted([*ends, *_other_label(walk, walked, fields, first)])
            ends = [end for end in ends if end > first]
        if start is None or not ends or ends[0] <= start:
            continue
        values = _lone_values(walk, start + 1, ends[0])
        if values is None or len(values) != len(fields):
            continue
        pairs = list(zip(fields, values, strict=True))
        if not all(fits(f, t[0]) and readable(f, text) for f, (t, text) in pairs):
            continue
        if any(unit_clash((f,), text, walk.index.form) for f, (_, text) in pairs):
            # Counts written with their units out of the form's order (76条 | 2个 | 74条 |
            # 0篇): each unit's to the fields of that unit, in order.
            by_units = _by_units(pairs, walk.index.form)
            if by_units is None:
                continue
            pairs = by_units
        if any(_paired(walk, match, f) not in (None, t[0].row) for f, (t, _) in pairs):
            continue  # a value right under its whole label stands: the order was another
        dealt = {f.key: v for f, (_, text) in pairs if (v := coerce_value(f, text)) is not None}
        if _errors(walk, fields, dealt) > _errors(walk, fields, _read(match, fields)):
            continue  # the order breaks a sum the walk's reading keeps (办件量总数 = …)
        for f, (tokens, text) in pairs:
            for token in tokens:
                token.used = True
            place = (tokens[0].row, tokens[0].cell)
            match.candidates[f.key] = [Candidate.at(walk.doc, f, text, place, 0.6, explicit=False)]


def _by_units(
    pairs: list[tuple[Field, tuple[list[Token], str]]], form: Form
) -> list[tuple[Field, tuple[list[Token], str]]] | None:
    """The pairs with the counts' values dealt to the count fields by their units, each
    unit's in order (the choices' stay); None unless every count is written with its unit
    and each unit has as many fields and values."""
    counts = [k for k, (f, _) in enumerate(pairs) if f.type in COUNT_TYPES]
    written = [written_unit(pairs[k][1][1], form) for k in counts]
    dealt = by_unit_pools(
        [pairs[k][0].unit for k in counts], written, [pairs[k][1] for k in counts]
    )
    if dealt is None:
        return None
    found = list(pairs)
    for k, value in zip(counts, dealt, strict=True):
        found[k] = (pairs[k][0], value)
    return found if all(readable(f, text) for f, (_, text) in found) else None


@cache
def _counted_sections(form: Form) -> tuple[tuple[int, list[Field]], ...]:
    """The sections of counts and answers only: their places and fields."""
    found = []
    for k, section in enumerate(form.sections):
        fields = list(section.fields())
        if fields and all(f.type in _KINDS for f in fields):
            found.append((k, fields))
    return tuple(found)


def _read(match: Match, fields: list[Field]) -> dict[str, Value]:
    """The walk's values of `fields`, those it could read."""
    found: dict[str, Value] = {}
    for f in fields:
        for c in match.candidates.get(f.key, ()):
            try:
                value = coerce_value(f, c.raw)
            except NormalizeError:
                continue
            if value is not None:
                found[f.key] = value
                break
    return found


def _errors(walk: Placement, fields: list[Field], values: dict[str, Value]) -> int:
    """How many of the form's error rules between fields of the section `values` break."""
    keys = {f.key for f in fields}
    form = walk.index.form
    return sum(
        1
        for finding in rule_set(form).check(Report(form, values))
        if finding.is_error and len(finding.fields) > 1 and keys.issuperset(finding.fields)
    )


def _paired(walk: Placement, match: Match, f: Field) -> int | None:
    """The line of the value the walk read for f right under its label's last line (units'
    lines between, none after: 媒体评论文章数量 | 12 | （单位：篇） and 概况类信息更新 | 1516
    | 量（单位：条） are wrapped around it), or in a run of labels and values paired one to
    one, which no reading order moves apart; None for any other reading."""
    stacked = {t.row for t in walk.stacks.values() if t is not None}
    for c in match.candidates.get(f.key, ()):
        if c.row in stacked:
            return c.row  # a run of labels and as many values after it, paired in order
        r = c.row - 1
        while r >= 0 and units(walk.rows[r]):
            r -= 1
        if r < 0 or not any(t.field is f for t in walk.rows[r]):
            continue
        before = " ".join(t.piece.text for k in range(r, c.row) for t in walk.rows[k])
        after = walk.rows[c.row + 1] if c.row + 1 < len(walk.rows) else []
        # The label ends before its value: no unit's rest nor label's piece after it.
        rest = units(after) or any(t.field is f for t in after) if after else False
        if not unclosed_bracket(before) and not rest:
            return c.row
    return None


def _first_label(walk: Placement, walked: int, fields: list[Field]) -> int | None:
    """The line of the first label of `fields`."""
    return next((r for r in range(walked) if any(t.field in fields for t in walk.rows[r])), None)


def _other_label(walk: Placement, walked: int, fields: list[Field], start: int) -> list[int]:
    """The line of the first label after `start` of a field not among `fields`."""
    for r in range(start + 1, walked):
        if any(t.field is not None and t.field not in fields for t in walk.rows[r]):
            return [r]
    return []


def _headings(walk: Placement, walked: int) -> dict[str, int]:
    """Each section's heading's line (its first), when a line holds only its name."""
    ids = {s.id for s in walk.index.form.sections}
    found: dict[str, int] = {}
    for r in range(walked):
        token = only(walk, r)
        hit = token.piece.hit if token is not None else None
        if hit is None or hit.fields:
            continue
        for group in hit.groups:
            if group.id in ids:
                found.setdefault(group.id, r)
    return found


def _lone_values(walk: Placement, start: int, end: int) -> list[tuple[list[Token], str]] | None:
    """The counts and answers alone on the lines from `start` to `end`, each with its
    text; an answer's options alone on two lines one after the other are one answer (☑是 |
    ☐否). None when a line holds one beside something else (a label and its value: the
    walk's own reading)."""
    found: list[tuple[list[Token], str]] = []
    last = -1
    for r in range(start, end):
        tokens = walk.rows[r]
        if any(t.cell.bbox is not None or t.cell.copy for t in tokens):
            return None
        values = [t for t in tokens if t.piece.kind == "value" and counted(t.piece.text)]
        if not values:
            continue
        token = only(walk, r)
        if token is None or values != [token]:
            return None
        if found and last == r - 1 and token.piece.ticks and _one_box(found[-1][1]):
            tokens_before, text = found[-1]
            found[-1] = ([*tokens_before, token], f"{text} {token.piece.text}")
        else:
            found.append(([token], token.piece.text))
        last = r
    return found


def _one_box(text: str) -> bool:
    """Whether a text is one option with its box, no more (☑是)."""
    return sum(text.count(box) for box in TICKS) == 1 and len(text) <= _ONE_OPTION
