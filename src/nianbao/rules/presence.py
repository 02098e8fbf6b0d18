"""Rule kinds about which cells are filled and readable."""

from __future__ import annotations

from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.kinds import KINDS, Check, Compiler, Ctx, Values, kind
from nianbao.rules.messages import make_finding

# ── What loading noticed ──


def _problem_kind(problem_kind: str) -> Compiler:
    def compile_(ctx: Ctx) -> Check:
        ctx.guard("not report.problems")

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
    names: dict[str, object] = {"always": always}
    guard = "values.keys() >= {@always}"
    for index, (key, cond) in enumerate(conditional):
        names[f"eq{index}"] = cond.equals
        guard += f" and ({{{key}}} is not None or {{{cond.field}}} == {{@eq{index}}})"
    ctx.guard(guard, **names)

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
    ctx.guard(
        " and ".join(f"({{{k}}} is None or len({{{k}}}) <= {n})" for k, n in limits) or "True"
    )

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
    ctx.guard(" and ".join(f"({{{k}}} is None or {{{k}}} >= {n})" for k, n in limits) or "True")

    def check(values: Values, report: Report) -> list[Finding] | None:
        out = []
        for key, limit in limits:
            value = values.get(key)
            if isinstance(value, int | float) and value < limit:
                out.extend(ctx.finding(values, (key,), limit=limit))
        return out or None

    return check
