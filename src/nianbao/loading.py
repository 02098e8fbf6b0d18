"""From a path to a checked report: the entry point the CLI and web share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nianbao.errors import UnsupportedFormatError
from nianbao.extract.pipeline import extract_file, extract_file_all
from nianbao.readers.encrypted import OLE_MAGIC
from nianbao.readers.limits import HEAD_BYTES, MAX_INPUT_BYTES, read_limited
from nianbao.readers.reportfile import read_report_file
from nianbao.readers.sniff import sniff
from nianbao.report import Report
from nianbao.rules import Finding, check_report
from nianbao.settings import RuleSettings

REPORT_SUFFIXES = frozenset({".json", ".yaml", ".yml"})
"""Named as a report file and not recognisably another format: read as one."""


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
    """Read any report input nianbao understands. Raises InputError with a clear message
    (ManyReportsError for a file of several reports).

    JSON/YAML report files are read as such; every other format (text, HTML,
    DOCX, XLSX, PDF, images), recognised from its content, is extracted.
    """
    if _report_file(path):
        return read_report_file(path)
    return extract_file(path).report


def load_reports(path: Path) -> list[tuple[str, Report]]:
    """Every report a file holds, with its source (`PATH#N` for each of several reports:
    a table of reports, reports one after another), as `nianbao extract` reads them."""
    if _report_file(path):
        return [(str(path), read_report_file(path))]
    return [(e.source, e.report) for e in extract_file_all(path)]


def _report_file(path: Path) -> bool:
    head = read_limited(path, MAX_INPUT_BYTES, "报表文件", head=HEAD_BYTES)
    try:
        kind = "office" if head.startswith((b"PK\x03\x04", OLE_MAGIC)) else sniff(head, str(path))
    except UnsupportedFormatError:
        if path.suffix.lower() in REPORT_SUFFIXES:
            return True
        raise
    return kind == "report" or (kind == "text" and path.suffix.lower() in REPORT_SUFFIXES)


def check_file(path: Path, settings: RuleSettings | None = None) -> Checked:
    report = load_report(path)
    return Checked(report, check_report(report, settings))


def check_files(path: Path, settings: RuleSettings | None = None) -> list[tuple[str, Checked]]:
    """`check_file` of every report the file holds (`load_reports`)."""
    return [
        (source, Checked(report, check_report(report, settings)))
        for source, report in load_reports(path)
    ]
