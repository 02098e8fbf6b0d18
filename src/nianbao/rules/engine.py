"""Report → findings. No I/O: the rules come compiled from the form."""

from __future__ import annotations

from functools import cache

from nianbao.errors import FormDefinitionError
from nianbao.forms.model import Form
from nianbao.report import Report

# Importing the kind modules registers their kinds.
from nianbao.rules import arithmetic, conditions, formats, presence  # noqa: F401
from nianbao.rules.findings import Finding
from nianbao.rules.guards import Guard, compile_checks
from nianbao.rules.kinds import KINDS, Check, Ctx, guard_of, when
from nianbao.settings import RuleSettings


class RuleSet:
    """The rules of one form version, compiled once and reused for every report."""

    def __init__(
        self, form: Form, settings: RuleSettings | None = None, *, use_guards: bool = True
    ) -> None:
        self.form = form
        self.settings = settings or RuleSettings()
        checks: list[Check] = []
        guards: list[Guard | None] = []
        for spec in form.rules:
            compiler = KINDS.get(spec.kind)
            if compiler is None:
                known = ", ".join(sorted(KINDS))
                raise FormDefinitionError(
                    f"rules file line {spec.line}: rule {spec.id}: unknown kind {spec.kind!r} "
                    f"(known: {known})"
                )
            ctx = Ctx(spec, form, self.settings)
            checks.append(when(ctx, compiler(ctx)))
            guards.append(guard_of(ctx) if use_guards else None)
        self._checks = tuple(checks)
        self._run = compile_checks(checks, guards)

    def check(self, report: Report) -> list[Finding]:
        """Every finding on `report`, in rules-file order."""
        return self._run(report.values, report)


@cache
def rule_set(form: Form, settings: RuleSettings | None = None) -> RuleSet:
    return RuleSet(form, settings)


def check_report(report: Report, settings: RuleSettings | None = None) -> list[Finding]:
    """Every finding of the report's own form version's rules, in rules-file order."""
    return rule_set(report.form, settings).check(report)
