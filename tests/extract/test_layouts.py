"""Hand-made layouts unlike the seed: the matcher relies on the form and on general
layout logic (pairs per row, units in their own column, stacked label/value lines,
sections as merged cells or heading rows, labels in a header row), not on one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nianbao.extract import extract_file

LAYOUTS = Path(__file__).parent / "layouts"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((LAYOUTS / "expected.yaml").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_extracts_what_a_reader_sees(name: str) -> None:
    extraction = extract_file(LAYOUTS / name)
    assert extraction.report.to_json() == EXPECTED[name]
    assert extraction.report.problems == []


def test_every_layout_file_has_expected_values() -> None:
    files = {p.name for p in LAYOUTS.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED)
    assert len(files) >= 3
