"""Writing small record files (CSV, XLSX) for the tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]

from nianbao.metrics.compute import Outcome, Sources, compute
from nianbao.metrics.config import default_config

Rows = Sequence[Sequence[object]]


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    lines = [line.strip() for line in text.strip().splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def write_xlsx(path: Path, sheets: dict[str, Rows]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def run_compute(*, year: int = 2024, tz: str = "Asia/Shanghai", **sources: Path) -> Outcome:
    """compute() with the default config: run_compute(cases=path) …"""
    return compute(Sources(**sources), year, tz, default_config())  # type: ignore[arg-type]
