"""What the rules say about a report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nianbao.forms.model import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    fields: tuple[str, ...]
    clause: str
    message: str
    fix: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        """The contract shape: rule, severity, fields, clause, message, fix."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "fields": list(self.fields),
            "clause": self.clause,
            "message": self.message,
            "fix": self.fix,
        }


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
