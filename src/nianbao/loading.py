"""From a path to a checked report: the entry point the CLI and web share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nianbao.readers.reportfile import read_report_file
from nianbao.report import Report
from nianbao.rules import Finding, check_report
from nianbao.settings import RuleSettings


@dataclass(frozen=True, slots=True)
class Checked:
    report: Report
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")


def load_report(path: Path) -> Report:
    """Read any report input nianbao understands. Raises InputError with a clear message."""
    return read_report_file(path)


def check_file(path: Path, settings: RuleSettings | None = None) -> Checked:
    report = load_report(path)
    return Checked(report, check_report(report, settings))
