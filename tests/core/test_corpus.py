"""Every truth file of the shared corpus loads, and its findings are the reviewed ones."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nianbao.loading import check_file

EXPECTED = yaml.safe_load((Path(__file__).parent / "corpus_expected.yaml").read_text("utf-8"))


def test_every_truth_file_loads_cleanly(corpus_truth: Path) -> None:
    files = sorted(corpus_truth.glob("*.json"))
    assert files
    for path in files:
        report = check_file(path).report
        assert report.problems == [], path


def test_findings_on_truth_files_are_the_reviewed_ones(corpus_truth: Path) -> None:
    for path in sorted(corpus_truth.glob("*.json")):
        expected = EXPECTED.get(path.stem)
        if expected is None:
            pytest.fail(f"{path.name}: no reviewed findings in corpus_expected.yaml")
        found = sorted({f.rule for f in check_file(path).findings})
        assert found == sorted(expected), path.name
