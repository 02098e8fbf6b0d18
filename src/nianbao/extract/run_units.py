"""Counts each written with its unit, paired with a run of labels by unit: each label
takes the next value of its count's unit (`runs`)."""

from __future__ import annotations

from nianbao.extract.kinds import COUNT_TYPES, by_unit_pools, form_units, written_unit
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form

Label = tuple[Token, tuple[Field, ...]]


def by_units(
    walk: Placement, labels: list[Label], values: list[Token], form: Form
) -> list[Token] | None:
    """The values in the labels' order, each the next of its label's unit; None unless
    every value and every label has one unit and each unit as many of both."""
    return by_unit_pools(label_units(labels), value_units(walk, values, form), values)


def value_units(walk: Placement, values: list[Token], form: Form) -> list[str | None]:
    """Each value's unit of the form's, written after it (124条) or alone before it."""
    return [written_unit(v.piece.text, form) or _unit_before(walk, v, form) for v in values]


def _unit_before(walk: Placement, value: Token, form: Form) -> str | None:
    """The form's unit alone before a value on its line (条 1 980)."""
    line = walk.rows[value.row]
    if line.index(value) != 1 or line[0].piece.kind != "unit":
        return None
    unit = line[0].piece.text.strip()
    return unit if unit in form_units(form) else None


def label_units(labels: list[Label]) -> list[str | None]:
    return [_label_unit(labels, k) for k in range(len(labels))]


def _label_unit(labels: list[Label], k: int) -> str | None:
    """The unit of label k's count, its fields narrowed to the groups of the labels beside
    it when they differ (总数 of 信息发布, not of 办件量)."""
    fields = labels[k][1]
    if len({f.unit for f in fields}) > 1:
        beside = [labels[q][1] for q in (k - 1, k + 1) if 0 <= q < len(labels)]
        near = {g for other in beside for f in other for g in f.group_ids}
        fields = tuple(f for f in fields if near & set(f.group_ids)) or fields
    units = {f.unit for f in fields}
    if len(units) != 1 or any(f.type not in COUNT_TYPES for f in fields):
        return None
    return units.pop()
