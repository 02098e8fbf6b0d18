"""What nianbao renders (the official layout in HTML, PDF, DOCX, XLSX) extracts back to
the same values: the renderer and the extractor agree on the form."""

from __future__ import annotations

import pytest
from corpus_gen import canonical

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
