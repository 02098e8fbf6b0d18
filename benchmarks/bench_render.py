"""Rendering the official form (HTML, XLSX, DOCX, PDF) and the 10,000-report summary.

Targets per core (the issue's): HTML ≥ 500/s, XLSX ≥ 50/s, DOCX ≥ 20/s, PDF ≥ 2/s,
measured in CPU time; the summary of 10,000 report files under 30 s (wall
clock, it reads files) with flat memory. The DOCX
baseline is python-docx building the same merged table cell by cell. The
summary runs in a subprocess so its time and peak memory are its own, once
with 1,000 files and once with 10,000: flat memory means the same peak.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import docx

from harness import Result, cpu_rate
from nianbao.coerce import report_from_mapping
from nianbao.render.grid import COLUMNS, Sheet, official_sheet
from nianbao.render.html_page import render_html
from nianbao.render.pdf_page import render_pdf
from nianbao.render.wordml import render_docx
from nianbao.render.workbook import render_xlsx
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

SUMMARY_SIZES = (1_000, 10_000)


def python_docx_table(sheet: Sheet) -> bytes:
    """The baseline: the same form through python-docx's object model, merges and all."""
    document = docx.Document()
    document.add_heading(sheet.title, level=1)
    document.add_paragraph(sheet.year_line)
    for item in sheet.heading:
        document.add_paragraph(f"{item.field.label}：{item.text}")
    rows = list(sheet.rows())
    table = document.add_table(rows=len(rows), cols=COLUMNS)
    table.style = "Table Grid"
    # Every cell fetched once before merging: table.cell() walks the whole table
    # per call, which would make the baseline slower than python-docx need be.
    grid = table._cells
    for r, row in enumerate(rows):
        for cell in row:
            target = grid[r * COLUMNS + cell.col]
            if cell.colspan > 1 or cell.rowspan > 1:
                corner = grid[(r + cell.rowspan - 1) * COLUMNS + cell.col + cell.colspan - 1]
                target = target.merge(corner)
            target.text = cell.text
    document.add_paragraph(
        "　　".join(f"{item.field.label}：{item.text}" for item in sheet.signature)
    )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rate(
    name: str, reports: list[Report], render: Callable[[Report], object], target: float
) -> Result:
    def work() -> None:
        for report in reports:
            render(report)

    return Result(name, cpu_rate(len(reports), work), "renders/s", target=target)


_SUMMARY_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from nianbao_cli.main import main
    paths = Path(sys.argv[1]).read_text("utf-8").split("\\n")
    start, cpu = time.perf_counter(), time.process_time()
    code = main(["summary", *paths, "-o", sys.argv[2]])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    # VmHWM is this process's own peak; ru_maxrss would carry the parent's over exec.
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.exists() else []
    hwm = [int(l.split()[1]) for l in lines if l.startswith("VmHWM")]
    peak = (hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024
    print(json.dumps({"code": code, "seconds": seconds, "cpu": cpu, "peak_mb": peak}))
    """
)


def _summary(folder: Path, count: int) -> dict[str, float]:
    listing = folder / f"list-{count}.txt"
    listing.write_text("\n".join(str(folder / f"r{i}.json") for i in range(count)), "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _SUMMARY_CHILD, str(listing), str(folder / f"s{count}.xlsx")],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run() -> list[Result]:
    reports = [report_from_mapping(synthetic_report(seed)) for seed in range(60)]
    sheets = [official_sheet(r) for r in reports[:20]]
    results = [
        _rate("render HTML (official form)", reports, render_html, 500),
        _rate("render XLSX (form + flat sheet)", reports[:30], render_xlsx, 50),
    ]
    docx_rate = cpu_rate(30, lambda: [render_docx(r) for r in reports[:30]])
    baseline = cpu_rate(len(sheets), lambda: [python_docx_table(s) for s in sheets], repeat=1)
    results.append(
        Result(
            "render DOCX (WordprocessingML template)",
            docx_rate,
            "renders/s",
            target=20,
            baseline_name="python-docx, same merged table",
            baseline=baseline,
        )
    )
    results.append(Result("  baseline: python-docx, same table", baseline, "renders/s"))
    results.append(_rate("render PDF (WeasyPrint, CJK subset)", reports[:6], render_pdf, 2))

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for i in range(max(SUMMARY_SIZES)):
            values = synthetic_report(i)
            (folder / f"r{i}.json").write_text(json.dumps(values, ensure_ascii=False), "utf-8")
        small, large = (_summary(folder, n) for n in SUMMARY_SIZES)
    results.append(
        Result(
            f"summary of {SUMMARY_SIZES[1]:,} report files",
            large["seconds"],
            "s",
            target=30,
            lower_is_better=True,
        )
    )
    results.append(Result(f"  summary CPU time, {SUMMARY_SIZES[1]:,} files", large["cpu"], "s"))
    results.append(
        Result(f"  summary peak memory, {SUMMARY_SIZES[1]:,} files", large["peak_mb"], "MB")
    )
    results.append(
        Result(f"  summary peak memory, {SUMMARY_SIZES[0]:,} files", small["peak_mb"], "MB")
    )
    results.append(
        Result(
            "  summary memory growth 1,000 → 10,000 files",
            large["peak_mb"] - small["peak_mb"],
            "MB",
        )
    )
    return results
