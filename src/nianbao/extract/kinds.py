"""The kinds of value a field takes, as the matcher tells them apart before reading one:
options for a choice, a number for a count, any text without a box for the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import combinations
from typing import TypeVar

from nianbao.extract.piece import has_ticks
from nianbao.extract.ranking import Match, fails, readable
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field, Form

CHOICE_TYPES = frozenset({"bool", "enum", "list"})
COUNT_TYPES = frozenset({"int", "number"})
DIGIT_RE = re.compile(r"\d")


def fits(f: Field, token: Token) -> bool:
    """Whether a value can be f's by its kind: options for a choice, a number for a count."""
    if f.type in CHOICE_TYPES:
        return token.piece.ticks
    if f.type in COUNT_TYPES:
        return not token.piece.ticks and DIGIT_RE.search(token.piece.text) is not None
    return not token.piece.ticks


def fits_unit(f: Field, token: Token, form: Form) -> bool:
    """Whether a value can be f's by its kind and by the unit it is written with (792条
    is no 网站总访问量（单位：次）'s)."""
    return fits(f, token) and not unit_clash((f,), token.piece.text, form)


def words_for_count(f: Field, token: Token) -> bool:
    """Whether a count's label would take words for its value (测预警机制: the rest of the
    label beside it); a mark of no value (无, —) is not words."""
    text = token.piece.text
    return f.type in COUNT_TYPES and CJK_RE.search(text) is not None and fails(f, text)


_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，]*(?:\.[0-9]+)?")
"""A count as written, maybe in thousands with commas (14,307)."""


def counts_for_words(f: Field, token: Token) -> bool:
    """Whether a free text's label would take bare counts for its value (名称 | 163 14,307:
    the counts of the labels beside it, the name on the lines below)."""
    words = token.piece.text.split()
    if f.type != "str" or f.identifier or not words:
        return False
    return all(_COUNT_RE.fullmatch(w) for w in words)


def counted(text: str) -> bool:
    """Whether a text holds a count or a box: a line of values does."""
    return has_ticks(text) or DIGIT_RE.search(text) is not None


_WRITTEN_UNIT_RE = re.compile(r"[0-9０-９]\s*([\u4e00-\u9fff]{1,2})\s*$")


@cache
def form_units(form: Form) -> frozenset[str]:
    """The units the form's counts are given in (条, 个, 天 …)."""
    return frozenset(f.unit for f in form.fields if f.unit)


def written_unit(text: str, form: Form) -> str | None:
    """The unit of the form's a count is written with (条 in 124条), if any."""
    written = _WRITTEN_UNIT_RE.search(text)
    return written[1] if written is not None and written[1] in form_units(form) else None


def unit_clash(fields: tuple[Field, ...], text: str, form: Form) -> bool:
    """Whether a count is written with a unit of the form's that none of the fields has
    (10天 is no 条's count); a unit the form does not use (人, 万次) tells nothing."""
    unit = written_unit(text, form)
    return unit is not None and all(f.unit != unit for f in fields)


def in_units_order(
    labels: list[tuple[Field, ...]], values: list[Token], form: Form
) -> list[Token] | None:
    """The values put in the order of the labels (each its fields) by the units they are
    written with, each unit's values in their own order, when every value has a unit of the
    form's, every label's fields one unit, and each unit as many of both; else None."""
    wanted: list[str] = []
    for fields in labels:
        units = {f.unit for f in fields}
        unit = units.pop() if len(units) == 1 else None
        if unit is None or fields[0].type not in COUNT_TYPES:
            return None
        wanted.append(unit)
    return by_unit_pools(wanted, [written_unit(v.piece.text, form) for v in values], values)


def by_unit_pools(
    wanted: Sequence[str | None], written: Sequence[str | None], values: list[_V]
) -> list[_V] | None:
    """The values in the order of the `wanted` units, each the next of its `written` unit's,
    when every unit is known and each unit counts as many of both; else None."""
    if None in wanted or None in written or sorted(map(str, wanted)) != sorted(map(str, written)):
        return None
    pools: dict[str | None, list[_V]] = {}
    for value, unit in zip(values, written, strict=True):
        pools.setdefault(unit, []).append(value)
    return [pools[unit].pop(0) for unit in wanted]


_UNPAIRED_MOST = 2
"""Labels of a run that may lack their values for `units_subsequence` (which tries every
choice of the others)."""


def units_subsequence(
    labels: list[tuple[Field, ...]], values: list[Token], form: Form
) -> list[int] | None:
    """The places of the labels fewer values go to in order, when every value is written
    with a unit of the form's and only one choice of as many labels, in order, has each
    value's unit; else None. A row's last value set far after its run (收到留言数量 |
    办结留言数量 | 平均办理时间 公开答复数量 | 202条 | 102条 | 2.4天) leaves the first
    three labels theirs: 条 条 天 fits no other three of 条 条 天 条."""
    # A generic label (总数) may be any of its fields' with a unit.
    wanted = [{f.unit for f in fields if f.type in COUNT_TYPES} for fields in labels]
    written = [written_unit(v.piece.text, form) for v in values]
    if None in written or not 0 < len(labels) - len(values) <= _UNPAIRED_MOST:
        return None
    found = [
        list(places)
        for places in combinations(range(len(labels)), len(values))
        if all(unit in wanted[k] for k, unit in zip(places, written, strict=True))
    ]
    return found[0] if len(found) == 1 else None


_Labelled = TypeVar("_Labelled", bound=tuple[object, tuple[Field, ...]])
_V = TypeVar("_V")


def in_form_order(labels: list[_Labelled], values: list[Token]) -> list[_Labelled] | None:
    """The labels (each with its one field) put in the form's order, when they stand in
    another and every value reads as the field it then goes to; else None. A taller cell's
    label starts higher, so reading order sets it first, while the values, one line each,
    stand left to right as the table sets the fields out (网民留言数量 | 访谈期数 | … | 11 |
    131: 访谈期数 11)."""
    groups = {fields[0].group_ids for _, fields in labels if len(fields) == 1}
    chosen: list[Field] = []
    for _, fields in labels:
        # A generic label (总数) names the field of its neighbours' group.
        own = [f for f in fields if len(fields) == 1 or f.group_ids in groups]
        if len(own) != 1:
            return None
        chosen.append(own[0])
    order = sorted(range(len(labels)), key=lambda k: chosen[k].order)
    if order == list(range(len(labels))):
        return None
    pairs = zip(order, values, strict=True)
    if not all(readable(chosen[k], v.piece.text) for k, v in pairs):
        return None
    return [labels[k] for k in order]


def in_kinds_order(labels: list[tuple[Field, ...]], values: list[Token]) -> list[Token] | None:
    """The values put in the order of the labels by kind, the answers of choices to the
    choices' labels and counts to the counts', each kind's in its own order, when every
    label's fields are of one kind and each kind has as many values as labels; else None.
    Reading order sets a choice's answer among the counts of its row when its options wrap
    (☐是 | 4178 | ☑否 | 172 | 80 under 是否发布… 注册用户数 … ): lone unticked options say
    nothing and are left out."""
    wanted: list[bool] = []
    for fields in labels:
        choice = {f.type == "bool" for f in fields}
        if len(choice) != 1 or not all(f.type == "bool" or f.type in COUNT_TYPES for f in fields):
            return None  # yes/no answers and counts only: a list's options wrap on their own
        wanted.append(choice.pop())
    if len(set(labels)) != len(labels):
        return None
    pools: dict[bool, list[Token]] = {True: [], False: []}
    for value in values:
        if value.piece.ticks and "☑" not in value.piece.text:
            continue
        pools[value.piece.ticks].append(value)
    if [len(pools[True]), len(pools[False])] != [wanted.count(True), wanted.count(False)]:
        return None
    return [pools[choice].pop(0) for choice in wanted]


_PLAIN_READ_RE = re.compile(r"[0-9][0-9,]*(?:[\u4e00-\u9fff]{1,2})?")
"""A count, maybe with its unit: what most counts read."""


def read_plainly(match: Match, f: Field) -> bool:
    """Whether the first value read for a count is a plain count (most are): read, without
    asking the field (`Match.read`), which the checks most reports skip need not pay."""
    found = match.candidates.get(f.key)
    if f.type not in COUNT_TYPES or not found:
        return False
    return _PLAIN_READ_RE.fullmatch(found[0].raw) is not None
