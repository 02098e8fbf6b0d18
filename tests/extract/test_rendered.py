"""What nianbao renders (the official layout in HTML, PDF, DOCX, XLSX) extracts back to
the same values: the renderer and the extractor agree on the form."""

from __future__ import annotations

import itertools
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from corpus_gen import canonical, style_for, value_sets
from gen.pdf_out import A4, Print, print_html
from gen.sheet import build_sheet

from locations import CORPUS
from nianbao.coerce import report_from_mapping
from nianbao.extract import extract_bytes
from nianbao.render import render
from nianbao.synthetic import synthetic_report

SEEDS = (3, 17, 2024)


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx", "pdf"])
def test_rendered_reports_extract_to_their_values(fmt: str) -> None:
    for seed in SEEDS:
        values = canonical(synthetic_report(seed, year=2023))
        data = render(report_from_mapping(values), fmt)  # type: ignore[arg-type]
        extraction = extract_bytes(data, f"rendered-{seed}.{fmt}")
        assert extraction.format == fmt
        assert extraction.report.to_json() == values, seed
        assert extraction.report.problems == []


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
@pytest.mark.parametrize("pages", [False, True], ids=["a4", "small-pages"])
def test_pdf_printed_by_another_producer(tmp_path: Path, pages: bool) -> None:
    """Chromium (Skia) writes text and borders differently from WeasyPrint, wraps lines
    at other places and leaves a row cut by a page end open on both pages."""
    rng = random.Random(3)
    for name, values in itertools.islice(value_sets(CORPUS, 2, 99 + pages), 3):
        printed = Print.pick(rng) if pages else A4
        sheet = build_sheet(values, style_for(rng))
        page = tmp_path / f"{name}.html"
        page.write_text(print_html(sheet, rng, printed=printed), "utf-8")
        pdf = tmp_path / f"{name}.pdf"
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        extraction = extract_bytes(pdf.read_bytes(), pdf.name)
        assert extraction.report.to_json() == values, name
