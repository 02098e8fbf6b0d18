"""The PDF: one A4 page, every label and value in the text layer, CJK font embedded as a subset."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from render_checks import HOSTILE, expected_text, hostile_report, load_seed, plain, table_fields

from nianbao.coerce import report_from_mapping
from nianbao.render.grid import official_sheet
from nianbao.render.pdf_page import render_pdf
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)

A4_POINTS = (595.28, 841.89)


def pdf_pages(data: bytes) -> list[tuple[tuple[float, float], str]]:
    """Each page's size in points and its text layer."""
    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            text_page = page.get_textpage()
            pages.append((page.get_size(), text_page.get_text_range()))
            text_page.close()
            page.close()
        return pages
    finally:
        document.close()


@pytest.fixture(scope="module")
def seed_pdf(seed_report: Report) -> bytes:
    return render_pdf(seed_report)


def check_text_layer(text: str, report: Report) -> None:
    """Every label of the form and every value is in the text, selectable and searchable."""
    flat = plain(text)
    sheet = official_sheet(report)
    missing = [cell.text for row in sheet.rows() for cell in row if plain(cell.text) not in flat]
    missing += [f.key for f in table_fields(report) if expected_text(f, report) not in flat]
    for item in (*sheet.heading, *sheet.signature):
        if plain(f"{item.field.label}：{item.text}") not in flat:
            missing.append(item.field.key)
    assert missing == []


def test_seed_is_one_a4_page_with_every_label_and_value(
    seed_pdf: bytes, seed_report: Report
) -> None:
    pages = pdf_pages(seed_pdf)
    assert len(pages) == 1
    (width, height), text = pages[0]
    assert (round(width, 1), round(height, 1)) == (round(A4_POINTS[0], 1), round(A4_POINTS[1], 1))
    check_text_layer(text, seed_report)
    unspaced = "".join(text.split())
    assert "政府网站工作年度报表（2022年度）" in unspaced
    # Units are printed inside the labels, as on the form.
    for label in ("独立用户访问总量（单位：个）", "信息发布（单位：条）", "办件量（单位：件）"):
        assert label in unspaced
    assert "已勾选" not in unspaced, "screen-reader text must not reach paper"


@pytest.mark.parametrize("seed", [3, 5, 8])
def test_generated_reports_text_layer(seed: int) -> None:
    report = report_from_mapping(synthetic_report(seed))
    pages = pdf_pages(render_pdf(report))
    assert 1 <= len(pages) <= 2
    check_text_layer("".join(text for _, text in pages), report)


def test_hostile_text_is_printed_not_run() -> None:
    report = hostile_report()
    flat = plain("".join(text for _, text in pdf_pages(render_pdf(report))))
    for value in HOSTILE.values():
        assert plain(value.replace("\x07", "")) in flat


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) missing")
def test_cjk_font_is_embedded_as_a_subset(seed_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_pdf)
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    lines = out.splitlines()
    header = lines[0]
    # Columns are fixed-width: find emb/sub by where the header puts them.
    emb, sub = header.index("emb"), header.index("sub")
    fonts = {line.split()[0]: (line[emb : emb + 3], line[sub : sub + 3]) for line in lines[2:]}
    cjk = {name: flags for name, flags in fonts.items() if "CJK" in name}
    assert cjk, f"no CJK font in the PDF: {sorted(fonts)}"
    assert all(flags == ("yes", "yes") for flags in fonts.values()), fonts
    assert any("Noto-Serif-CJK-SC" in name for name in cjk)
