"""Rule kinds comparing numbers across fields: sums, bounds, ratios."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.kinds import Check, Ctx, Values, kind
from nianbao.rules.messages import join_labels, show

# ── Arithmetic between fields ──


def _sum_kind(ctx: Ctx, fails: Callable[[Any, Any], bool], holds: str) -> Check:
    """{total}, {parts_sum}, {parts_expr} (e.g. 3 + 3 + 3)."""
    total_key = ctx.field("total")
    parts = ctx.fields("parts")
    keys = (total_key, *parts)
    absent = " or ".join(f"{{{k}}} is None" for k in keys)
    parts_sum = " + ".join(f"{{{k}}}" for k in parts)
    ctx.guard(f"{absent} or {holds.format(total=f'{{{total_key}}}', parts=parts_sum)}")

    def check(values: Values, report: Report) -> list[Finding] | None:
        total = values.get(total_key)
        if total is None:
            return None
        parts_sum = 0
        for key in parts:
            part = values.get(key)
            if part is None:
                return None
            parts_sum += part
        if not fails(total, parts_sum):
            return None
        expr = " + ".join(show(values[k]) for k in parts)
        return ctx.finding(
            values, keys, total=show(total), parts_sum=show(parts_sum), parts_expr=expr
        )

    return check


@kind("sum_equals")
def _sum_equals(ctx: Ctx) -> Check:
    return _sum_kind(ctx, lambda total, parts: total != parts, "{total} == {parts}")


@kind("sum_not_greater")
def _sum_not_greater(ctx: Ctx) -> Check:
    return _sum_kind(ctx, lambda total, parts: parts > total, "{parts} <= {total}")


@kind("not_greater")
def _not_greater(ctx: Ctx) -> Check:
    """{value}, {limit_value}."""
    key, limit_key = ctx.field(), ctx.field("limit")
    ctx.guard(f"{{{key}}} is None or {{{limit_key}}} is None or {{{key}}} <= {{{limit_key}}}")

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, limit = values.get(key), values.get(limit_key)
        if value is None or limit is None or value <= limit:
            return None
        return ctx.finding(values, (key, limit_key), value=show(value), limit_value=show(limit))

    return check


@kind("positive_requires_positive")
def _positive_requires_positive(ctx: Ctx) -> Check:
    """{value}, {other_value}."""
    key, other = ctx.field(), ctx.field("other")
    ctx.guard(f"not {{{key}}} or {{{other}}} != 0")

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, other_value = values.get(key), values.get(other)
        if value and other_value == 0:
            return ctx.finding(values, (key, other), value=show(value), other_value="0")
        return None

    return check


@kind("zero_implies_zero")
def _zero_implies_zero(ctx: Ctx) -> Check:
    """{nonzero}: labels of the fields that are not 0."""
    key, dependents = ctx.field(), ctx.fields()
    ctx.guard(f"{{{key}}} != 0 or not (" + " or ".join(f"{{{k}}}" for k in dependents) + ")")

    def check(values: Values, report: Report) -> list[Finding] | None:
        if values.get(key, None) != 0:
            return None
        nonzero = [k for k in dependents if values.get(k)]
        if not nonzero:
            return None
        return ctx.finding(values, (key, *nonzero), nonzero=join_labels(ctx.form, nonzero))

    return check


@kind("implausible_pair")
def _implausible_pair(ctx: Ctx) -> Check:
    """{value}, {other_value}: field >= at_least while other < below."""
    key, other = ctx.field(), ctx.field("other")
    at_least, below = ctx.param("at_least", int), ctx.param("below", int)
    ctx.guard(
        f"{{{key}}} is None or {{{other}}} is None"
        f" or {{{key}}} < {at_least} or {{{other}}} >= {below}"
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, other_value = values.get(key), values.get(other)
        if value is None or other_value is None or value < at_least or other_value >= below:
            return None
        return ctx.finding(values, (key, other), value=show(value), other_value=show(other_value))

    return check


@kind("ratio_max")
def _ratio_max(ctx: Ctx) -> Check:
    """{ratio}, {max}."""
    key, denominator = ctx.field(), ctx.field("denominator")
    limit = ctx.param("max", (int, float))
    ctx.guard(
        f"not {{{key}}} or not {{{denominator}}} or {{{key}}} <= {{@max}} * {{{denominator}}}",
        max=limit,
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, base = values.get(key), values.get(denominator)
        if not value or not base or value <= limit * base:
            return None
        return ctx.finding(values, (key, denominator), ratio=f"{value / base:.1f}", max=limit)

    return check
