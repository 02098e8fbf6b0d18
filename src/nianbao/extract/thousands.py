"""Counts in spaced thousands on a line of values, joined back (43 955 1 263 1 024 → 43 955 |
1 263 | 1 024): text of one space between words (pdfplumber, pypdfium2) writes the gap
between a count's thousands as it writes the gap between cells, so a group of three digits
may go on the count before it or start one of its own."""

from __future__ import annotations

import re

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.forms.model import Field, Form
from nianbao.normalize import NormalizeError, parse_number
from nianbao.rules import count_relations

_LEAD_RE = re.compile(r"[1-9]\d{0,2}(?: \d{3})*")
_GROUP_RE = re.compile(r"\d{3}")
_ZERO_LED_RE = re.compile(r"0\d+")
_RUN_LEAD_RE = re.compile(r"[0-9０-９]{1,3}")
_RUN_GROUP_RE = re.compile(r"[0-9０-９]{3}")


def spaced_count(f: Field, run: list[str]) -> bool:
    """Whether words are one count of f's in spaced thousands (29 392)."""
    return f.type in COUNT_TYPES and spaced_digits(run)


def spaced_digits(run: list[str]) -> bool:
    """Whether words may be one count in spaced thousands: one to three digits, then groups
    of three."""
    return _RUN_LEAD_RE.fullmatch(run[0]) is not None and all(
        _RUN_GROUP_RE.fullmatch(w) for w in run[1:]
    )


def _joinings(items: list[str], wanted: int, i: int, out: list[str], ways: list[list[str]]) -> None:
    """Into `ways`, every way of joining items[i:] after `out` into `wanted` items (at most
    _WAYS + 1 of them). Recursion through a module function: a nested one refers to itself
    in a cycle that only the collector frees."""
    if len(out) > wanted or len(ways) > _WAYS:
        return
    if i == len(items):
        if len(out) == wanted:
            ways.append(list(out))
        return
    item = items[i]
    if _ZERO_LED_RE.fullmatch(item) is None:
        _joinings(items, wanted, i + 1, [*out, item], ways)
    if out and _GROUP_RE.fullmatch(item) and _LEAD_RE.fullmatch(out[-1]):
        _joinings(items, wanted, i + 1, [*out[:-1], f"{out[-1]} {item}"], ways)


def regrouped_counts(items: list[str], fields: list[Field], form: Form) -> list[str] | None:
    """The items with counts written in spaced thousands joined back (43 955 1 263 1 024 →
    43 955 | 1 263 | 1 024), when exactly one way of joining them gives an item a field:
    a group of three digits may go on a count before it, and no count starts with 0 but
    0. Of several ways, the one alone to keep the sums and bounds the form's rules set
    between the fields (5 406 5 302 104: 5406 = 5302 + 104), else the one whose counts are
    clearly the most alike."""
    ways: list[list[str]] = []
    _joinings(items, len(fields), 0, [], ways)
    if len(ways) == 1:
        return ways[0]
    if len(ways) > _WAYS:
        return None
    # The relations a report must keep first; of several ways, those it should keep too.
    broken = False  # every way breaks a sum or bound of an error rule
    for strict in (True, False):
        found = [related(form, fields, way, strict=strict) for way in ways]
        kept = [way for way, ok in zip(ways, found, strict=True) if ok is True]
        if len(kept) == 1:
            return kept[0]
        broken = broken or (strict and all(ok is False for ok in found))
        ways = kept or ways
    # Still several: the way whose counts are alike where each other way makes one count
    # ten times the largest of its (4 760 544 258 is 4760, 544 and 258, not 4, 760544 and
    # 258); 75 179 364 (75 and 179364, or 75179 and 364) stays unread.
    largest = sorted((max(_count(item) for item in way), k) for k, way in enumerate(ways))
    if broken or len(largest) < 2 or largest[1][0] < _ALIKE * largest[0][0]:
        return None
    return ways[largest[0][1]]


def fewest_counts(items: list[str]) -> int:
    """How many counts the items make at the fewest, every group of three digits that may
    go on the count before it joined (1 171 428 is one count; 298项 157项 two)."""
    counts, head = 0, ""
    for item in items:
        if head and _GROUP_RE.fullmatch(item) and _LEAD_RE.fullmatch(head):
            head = f"{head} {item}"
            continue
        counts += 1
        head = item
    return counts


def _count(item: str) -> int:
    digits = item.replace(" ", "")
    return int(digits) if digits.isdigit() else 0


_WAYS = 8
"""Ways of joining a line's counts worth weighing by the form's sums."""
_ALIKE = 10
"""How many times larger than the others' largest count one way's may be and be read."""


def related(form: Form, fields: list[Field], items: list[str], *, strict: bool) -> bool | None:
    """Whether counts read as `items` keep every relation the form's rules set among the
    fields (only those of error rules if `strict`); None when none lies wholly among them."""
    relations = [
        r
        for r in count_relations(form)
        if (r.strict or not strict) and all(any(f.key == k for f in fields) for k in r.keys)
    ]
    if not relations:
        return None
    keys = {k for r in relations for k in r.keys}
    values: dict[str, float] = {}
    for f, item in zip(fields, items, strict=True):
        if f.key not in keys:
            continue  # not the choices before the counts (☑是 ☐否)
        try:
            number = parse_number(item)
        except NormalizeError:
            return False
        if number is None:
            return False
        values[f.key] = number
    return all(r.holds(values) for r in relations)
