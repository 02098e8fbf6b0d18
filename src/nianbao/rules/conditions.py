"""Rule kinds where one answer requires or forbids others."""

from __future__ import annotations

from typing import Any

from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.kinds import Check, Ctx, Values, is_named, kind
from nianbao.rules.messages import join_labels

# ── Conditions between fields ──


@kind("required_fields")
def _required_fields(ctx: Ctx) -> Check:
    """{missing}: labels of the blank fields."""
    keys = ctx.fields()
    ctx.guard(" and ".join(f"{{{k}}} is not None" for k in keys))

    def check(values: Values, report: Report) -> list[Finding] | None:
        missing = [k for k in keys if k not in values]
        if not missing:
            return None
        return ctx.finding(values, tuple(missing), missing=join_labels(ctx.form, missing))

    return check


@kind("named_requires")
def _named_requires(ctx: Ctx) -> Check:
    """{value} (the name), {missing}."""
    key, keys = ctx.field(), ctx.fields()
    present = " and ".join(f"{{{k}}} is not None" for k in keys)
    ctx.guard(f"not {{@is_named}}({{{key}}}) or ({present})", is_named=is_named)

    def check(values: Values, report: Report) -> list[Finding] | None:
        if not is_named(values.get(key)):
            return None
        missing = [k for k in keys if k not in values]
        if not missing:
            return None
        return ctx.finding(values, (key, *missing), missing=join_labels(ctx.form, missing))

    return check


@kind("any_named")
def _any_named(ctx: Ctx) -> Check:
    keys = ctx.fields()
    ctx.guard(" or ".join(f"{{@is_named}}({{{k}}})" for k in keys), is_named=is_named)

    def check(values: Values, report: Report) -> list[Finding] | None:
        if any(is_named(values.get(k)) for k in keys):
            return None
        return ctx.finding(values, keys)

    return check


@kind("none_named")
def _none_named(ctx: Ctx) -> Check:
    """{named}: labels of the fields that name an account or count something."""
    keys = ctx.fields()

    def check(values: Values, report: Report) -> list[Finding] | None:
        named = [k for k in keys if is_named(values.get(k)) or _positive(values.get(k))]
        if not named:
            return None
        return ctx.finding(values, tuple(named), named=join_labels(ctx.form, named))

    return check


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


@kind("zero_or_absent")
def _zero_or_absent(ctx: Ctx) -> Check:
    key = ctx.field()
    ctx.guard(f"not {{{key}}}")

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        if not value:
            return None
        return ctx.finding(values, (key,))

    return check


def _holds(selected: object, choice: str) -> bool:
    """Whether a choice field's value holds `choice`: its options as loading gives them (a
    list) or any collection; other values (a range a report built by code may hold, whose
    `in` would count through it) hold none."""
    return isinstance(selected, list | tuple | set | frozenset | str) and choice in selected


@kind("choice_text")
def _choice_text(ctx: Ctx) -> Check:
    """{text_value}: a ticked choice and its explanation go together."""
    key, text_key = ctx.field(), ctx.field("text")
    choice = ctx.param("choice", str)
    mode = ctx.param("mode", str)
    if mode not in ("text_required", "choice_required"):
        ctx.fail("`mode` is text_required or choice_required")
    if mode == "text_required":
        ctx.guard(
            f"{{@is_named}}({{{text_key}}}) or not {{@holds}}({{{key}}}, {{@choice}})",
            choice=choice,
            is_named=is_named,
            holds=_holds,
        )
    else:
        ctx.guard(
            f"{{{text_key}}} is None or {{@holds}}({{{key}}}, {{@choice}})",
            choice=choice,
            holds=_holds,
        )

    def check(values: Values, report: Report) -> list[Finding] | None:
        ticked = _holds(values.get(key), choice)
        text = values.get(text_key)
        written = is_named(text)
        if mode == "text_required" and ticked and not written:
            return ctx.finding(values, (key, text_key))
        if mode == "choice_required" and written and not ticked:
            return ctx.finding(values, (key, text_key), text_value=str(text)[:50])
        return None

    return check
