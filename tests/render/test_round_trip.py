"""Round trip: extracting what nianbao renders gives back the report's values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.coerce import report_from_mapping
from nianbao.extract import extract_bytes
from nianbao.render import render
from nianbao.synthetic import synthetic_report


def _round_trip(values: dict[str, Any], fmt: str) -> dict[str, Any]:
    data = render(report_from_mapping(values), fmt)  # type: ignore[arg-type]
    extraction = extract_bytes(data, f"round-trip.{fmt}")
    assert extraction.format == fmt
    return extraction.report.to_json()


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx"])
@settings(max_examples=15)
@given(seed=st.integers(min_value=0, max_value=2**31), year=st.integers(2018, 2030))
def test_random_reports_round_trip(fmt: str, seed: int, year: int) -> None:
    values = report_from_mapping(synthetic_report(seed, year)).to_json()
    assert _round_trip(values, fmt) == values


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx", "pdf"])
def test_corpus_truth_round_trips(fmt: str, corpus_truth: Path) -> None:
    for path in sorted(corpus_truth.glob("*.json")):
        truth = {k: v for k, v in json.loads(path.read_text("utf-8")).items() if k[0] != "_"}
        assert _round_trip(truth, fmt) == truth, path.name
