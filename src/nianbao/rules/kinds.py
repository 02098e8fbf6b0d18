"""Rule kinds: each turns a RuleSpec of the rules file into a fast check.

A compiled check takes the report's values (and the report, for what was
noticed while loading) and returns None when the rule holds, which is the
hot path: no allocation, a few dict look-ups. Findings are built only on
failure. Format kinds live in formats.py and register here too.

Template names each kind provides beyond {label[KEY]}, {unit[KEY]} and values
by key are listed in its docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from nianbao.errors import FormDefinitionError
from nianbao.forms.model import Form, RuleSpec
from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.messages import join_labels, make_finding, show
from nianbao.settings import RuleSettings

Values = Mapping[str, Any]
Check = Callable[[Values, Report], "list[Finding] | None"]
Compiler = Callable[["Ctx"], Check]

KINDS: dict[str, Compiler] = {}

# Written in a name cell to say "no such account"; not a name.
NONE_TEXTS = frozenset({"无", "暂无", "没有", "未开通", "无账号", "未开设"})


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a kind's compiler gets: the spec, the form and the settings."""

    spec: RuleSpec
    form: Form
    settings: RuleSettings

    def param(self, name: str, kind: type | tuple[type, ...] = object) -> Any:
        if name not in self.spec.params:
            self.fail(f"needs parameter `{name}`")
        value = self.spec.params[name]
        if not isinstance(value, kind):
            self.fail(f"parameter `{name}` has the wrong type ({type(value).__name__})")
        return value

    def field(self, name: str = "field") -> str:
        key = self.param(name, str)
        if key not in self.form.by_key:
            self.fail(f"parameter `{name}` names unknown field {key!r}")
        return str(key)

    def fields(self, name: str = "fields") -> tuple[str, ...]:
        keys = self.param(name, list)
        for key in keys:
            if key not in self.form.by_key:
                self.fail(f"parameter `{name}` names unknown field {key!r}")
        return tuple(keys)

    def fail(self, problem: str) -> None:
        raise FormDefinitionError(
            f"rules file line {self.spec.line}: rule {self.spec.id}: {problem}"
        )

    def finding(self, values: Values, fields: tuple[str, ...], **extra: Any) -> list[Finding]:
        return [make_finding(self.spec, self.form, values, fields, **extra)]


def kind(name: str) -> Callable[[Compiler], Compiler]:
    def register(compiler: Compiler) -> Compiler:
        KINDS[name] = compiler
        return compiler

    return register


def is_named(value: Any) -> bool:
    return isinstance(value, str) and value.strip() not in NONE_TEXTS


# ── What loading noticed ──


def _problem_kind(problem_kind: str) -> Compiler:
    def compile_(ctx: Ctx) -> Check:
        def check(values: Values, report: Report) -> list[Finding] | None:
            if not report.problems:
                return None
            out = [
                make_finding(
                    ctx.spec,
                    ctx.form,
                    values,
                    (p.key,),
                    key=p.key,
                    raw=p.raw,
                    detail=p.detail,
                    field_label=ctx.form.by_key[p.key].display
                    if p.key in ctx.form.by_key
                    else p.key,
                    **p.extra,
                )
                for p in report.problems
                if p.kind == problem_kind
            ]
            return out or None

        return check

    return compile_


for _name in ("unknown_key", "duplicate_key", "value_type", "allowed_values", "single_choice"):
    KINDS[_name] = _problem_kind(_name)


@kind("required")
def _required(ctx: Ctx) -> Check:
    """{unit_hint}: （单位：X） when the field has a unit."""
    always = frozenset(f.key for f in ctx.form.fields if f.required and f.optional_when is None)
    conditional = tuple(
        (f.key, f.optional_when) for f in ctx.form.fields if f.required and f.optional_when
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        missing = list(always.difference(values)) if not values.keys() >= always else []
        for key, cond in conditional:
            if key not in values and not (
                cond.field in values and values[cond.field] == cond.equals
            ):
                missing.append(key)
        if not missing:
            return None
        unreadable = {p.key for p in report.problems}
        out = []
        for key in sorted(missing, key=lambda k: ctx.form.by_key[k].order):
            if key in unreadable:
                continue  # already reported as unreadable; one finding per cell
            unit = ctx.form.by_key[key].unit
            out.extend(ctx.finding(values, (key,), unit_hint=f"（单位：{unit}）" if unit else ""))
        return out or None

    return check


@kind("max_length")
def _max_length(ctx: Ctx) -> Check:
    """{length}, {limit}."""
    limits = tuple((f.key, f.max_length) for f in ctx.form.fields if f.max_length is not None)

    def check(values: Values, report: Report) -> list[Finding] | None:
        out = []
        for key, limit in limits:
            value = values.get(key)
            if isinstance(value, str) and len(value) > limit:
                out.extend(ctx.finding(values, (key,), length=len(value), limit=limit))
        return out or None

    return check


@kind("min_value")
def _min_value(ctx: Ctx) -> Check:
    """{limit}."""
    limits = tuple((f.key, f.min) for f in ctx.form.fields if f.min is not None)

    def check(values: Values, report: Report) -> list[Finding] | None:
        out = []
        for key, limit in limits:
            value = values.get(key)
            if isinstance(value, int | float) and value < limit:
                out.extend(ctx.finding(values, (key,), limit=limit))
        return out or None

    return check


# ── Arithmetic between fields ──


def _sum_kind(ctx: Ctx, fails: Callable[[Any, Any], bool]) -> Check:
    """{total}, {parts_sum}, {parts_expr} (e.g. 3 + 3 + 3)."""
    total_key = ctx.field("total")
    parts = ctx.fields("parts")
    keys = (total_key, *parts)

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
    return _sum_kind(ctx, lambda total, parts: total != parts)


@kind("sum_not_greater")
def _sum_not_greater(ctx: Ctx) -> Check:
    return _sum_kind(ctx, lambda total, parts: parts > total)


@kind("not_greater")
def _not_greater(ctx: Ctx) -> Check:
    """{value}, {limit_value}."""
    key, limit_key = ctx.field(), ctx.field("limit")

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

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, base = values.get(key), values.get(denominator)
        if not value or not base or value <= limit * base:
            return None
        return ctx.finding(values, (key, denominator), ratio=f"{value / base:.1f}", max=limit)

    return check


# ── Conditions between fields ──


@kind("required_fields")
def _required_fields(ctx: Ctx) -> Check:
    """{missing}: labels of the blank fields."""
    keys = ctx.fields()

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

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        if not value:
            return None
        return ctx.finding(values, (key,))

    return check


@kind("choice_text")
def _choice_text(ctx: Ctx) -> Check:
    """{text_value}: a ticked choice and its explanation go together."""
    key, text_key = ctx.field(), ctx.field("text")
    choice = ctx.param("choice", str)
    mode = ctx.param("mode", str)
    if mode not in ("text_required", "choice_required"):
        ctx.fail("`mode` is text_required or choice_required")

    def check(values: Values, report: Report) -> list[Finding] | None:
        ticked = choice in (values.get(key) or ())
        text = values.get(text_key)
        written = is_named(text)
        if mode == "text_required" and ticked and not written:
            return ctx.finding(values, (key, text_key))
        if mode == "choice_required" and written and not ticked:
            return ctx.finding(values, (key, text_key), text_value=str(text)[:50])
        return None

    return check


def when(ctx: Ctx, check: Check) -> Check:
    """Gate a check on the rule's `when` condition (absent never matches)."""
    cond = ctx.spec.when
    if cond is None:
        return check
    field, equals = cond.field, cond.equals
    wanted_type = type(equals)

    def gated(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(field)
        # 0 == False in Python; a bool condition must not fire on a count.
        if value is None or type(value) is not wanted_type or value != equals:
            return None
        found = check(values, report)
        if not found:
            return None
        return [f if field in f.fields else _with_field(f, field) for f in found]

    return gated


def _with_field(finding: Finding, key: str) -> Finding:
    return Finding(
        finding.rule,
        finding.severity,
        (key, *finding.fields),
        finding.clause,
        finding.message,
        finding.fix,
    )
