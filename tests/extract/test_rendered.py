"""What nianbao renders (the official layout in HTML, PDF, DOCX, XLSX) extracts back to
the same values: the renderer and the extractor agree on the form."""

from __future__ import annotations

import io
import itertools
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from corpus_gen import canonical, documents, style_for, value_sets
from gen.libreoffice import saved_as
from gen.pdf_out import A4, Print, print_html, rasterise
from gen.sheet import build_sheet

from locations import CORPUS
from nianbao.coerce import report_from_mapping
from nianbao.extract import extract_bytes
from nianbao.extract.evaluate import score
from nianbao.readers import legacy
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


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_word_files_saved_as_web_pages_by_libreoffice(tmp_path: Path) -> None:
    """LibreOffice writes a Word check box (content control) as ☒ or ☐ and a control
    character \\x01 before the option's name. Legacy check boxes it drops: left out."""
    docs = [d for d in documents("docx", 12, seed=44) if "sdt" in d.truth["_writer"]]
    assert docs, "no document with content-control check boxes"
    for doc in docs[:2]:
        truth = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        page = saved_as(doc.data, ".docx", "html", tmp_path)
        got = extract_bytes(page, f"{doc.name}.html").report.to_json()
        assert score(doc.name, got, truth).lost == 0, doc.name


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_word_files_printed_by_libreoffice_and_scanned(tmp_path: Path) -> None:
    """LibreOffice draws a cut row's borders on both pages, the “ ” of a Chinese line after
    it, and sets table text close to the borders (the scan's strokes nearly touch them).
    Word's legacy check boxes and Wingdings boxes do not survive it, nor do enclosed ticks
    (带圈字符, an EQ field LibreOffice does not draw): such files are left out."""
    docs = [
        d
        for d in documents("docx", 12, seed=43)
        if not any(style in d.truth["_writer"] for style in ("legacy", "wingdings", "enclosed"))
    ]
    for doc in docs[:3]:
        truth = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        pdf = saved_as(doc.data, ".docx", "pdf", tmp_path)
        printed = extract_bytes(pdf, f"{doc.name}.pdf")
        assert score(doc.name, printed.report.to_json(), truth).lost == 0, doc.name
    pages = rasterise(pdf, pages=3)
    scan = io.BytesIO()
    pages[0].save(scan, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    scanned = extract_bytes(scan.getvalue(), f"{doc.name}.tif")
    assert score(doc.name, scanned.report.to_json(), truth).lost <= 2, doc.name
