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
from dataclasses import dataclass, field
from typing import Any

from nianbao.errors import FormDefinitionError
from nianbao.forms.model import Form, RuleSpec
from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.guards import Guard
from nianbao.rules.messages import make_finding
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
    guards: list[Guard] = field(default_factory=list)

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

    def guard(self, expr: str, **names: Any) -> None:
        """Give the check a fast path (see guards.py): `expr` true ⇒ the rule holds."""
        self.guards.append(Guard(expr, names))

    def finding(self, values: Values, fields: tuple[str, ...], **extra: Any) -> list[Finding]:
        return [make_finding(self.spec, self.form, values, fields, **extra)]


def kind(name: str) -> Callable[[Compiler], Compiler]:
    def register(compiler: Compiler) -> Compiler:
        KINDS[name] = compiler
        return compiler

    return register


def is_named(value: Any) -> bool:
    return isinstance(value, str) and value.strip() not in NONE_TEXTS


def when(ctx: Ctx, check: Check) -> Check:
    """Gate a check on the rule's `when` condition (absent never matches)."""
    cond = ctx.spec.when
    if cond is None:
        return check
    key, equals = cond.field, cond.equals
    wanted_type = type(equals)

    def gated(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        # 0 == False in Python; a bool condition must not fire on a count.
        if value is None or type(value) is not wanted_type or value != equals:
            return None
        found = check(values, report)
        if not found:
            return None
        return [f if key in f.fields else _with_field(f, key) for f in found]

    return gated


def guard_of(ctx: Ctx) -> Guard | None:
    """The rule's fast path: its `when` not holding, or its kind's own guard."""
    own = ctx.guards[0] if ctx.guards else None
    cond = ctx.spec.when
    if cond is None:
        return own
    names = {"when_type": type(cond.equals), "when_value": cond.equals}
    off = f"not (type({{{cond.field}}}) is {{@when_type}} and {{{cond.field}}} == {{@when_value}})"
    if own is None:
        return Guard(off, names)
    return Guard(f"{off} or ({own.expr})", {**own.names, **names})


def _with_field(finding: Finding, key: str) -> Finding:
    return Finding(
        finding.rule,
        finding.severity,
        (key, *finding.fields),
        finding.clause,
        finding.message,
        finding.fix,
    )
