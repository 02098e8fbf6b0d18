"""Fast paths: the rules' "surely holds" tests, compiled into one function.

A kind may give its check a guard: a Python expression that is true only when
the rule certainly holds (it may be false when the rule holds too; then the
check itself decides). The engine inlines every guard into one generated
function that reads each field once, so a valid report costs a few dozen
comparisons instead of a call per rule. The check stays the one source of
truth for findings: a test runs the rules with and without guards on many
reports, valid and broken, and demands identical findings.

In a guard, `{key}` is the value of field `key` (None when absent), `{@name}`
an object passed with the guard, and `values` / `report` are in scope.
Any exception inside a guard just means "not sure": the check runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from nianbao.report import Report
from nianbao.rules.findings import Finding

Run = Callable[[Any, Report], list[Finding]]
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Guard:
    expr: str
    names: dict[str, Any] = field(default_factory=dict)


class _Names(dict[str, str]):
    """format_map target: field keys → local variables, @names → per-rule globals."""

    def __init__(self, index: int, used: set[str]) -> None:
        super().__init__()
        self.index = index
        self.used = used

    def __missing__(self, key: str) -> str:
        if key.startswith("@"):
            return f"g{self.index}_{key[1:]}"
        if not _IDENTIFIER.fullmatch(key):
            raise ValueError(f"guard names {key!r}, which is not a field key")
        self.used.add(key)
        return f"v_{key}"


def compile_checks(
    checks: Sequence[Callable[[Any, Report], list[Finding] | None]],
    guards: Sequence[Guard | None],
) -> Run:
    """One function running every check, each behind its guard when it has one."""
    namespace: dict[str, Any] = {}
    used: set[str] = set()
    body: list[str] = []
    for index, (check, guard) in enumerate(zip(checks, guards, strict=True)):
        namespace[f"check{index}"] = check
        call = [
            f"found = check{index}(values, report)",
            "if found:",
            "    out.extend(found)",
        ]
        if guard is None:
            body += call
            continue
        expr = guard.expr.format_map(_Names(index, used))
        for name, value in guard.names.items():
            namespace[f"g{index}_{name}"] = value
        body += ["try:", f"    ok = {expr}", "except Exception:", "    ok = False", "if not ok:"]
        body += ["    " + line for line in call]
    reads = [f"v_{key} = get({key!r})" for key in sorted(used)]
    source = "\n".join(
        [
            "def run(values, report):",
            "    get = values.get",
            "    out = []",
            *("    " + line for line in reads + body),
            "    return out",
        ]
    )
    # The source is built from the kinds' own guard templates and field keys
    # checked to be identifiers; no text of a report ever reaches it.
    exec(compile(source, "<nianbao rules>", "exec"), namespace)
    run: Run = namespace["run"]
    return run
