"""`nianbao analyse` over a folder of reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.synthetic import synthetic_report
from nianbao_cli.main import main


def test_analyse_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for seed in range(12):
        for year in (2023, 2024):
            values = synthetic_report(seed, year)
            if seed == 3 and year == 2024:
                values["page_views"] *= 40  # a tenfold jump, and a peer outlier
                values["unique_visitors"] = values["page_views"]
            (tmp_path / f"{seed}-{year}.json").write_text(json.dumps(values, ensure_ascii=False))
    (tmp_path / "broken.json").write_text("{")
    code = main(["analyse", "--json", str(tmp_path)])
    record = json.loads(capsys.readouterr().out)
    assert code == 1  # one unreadable file
    assert record["year"] == 2024
    assert record["reports"] == 24
    assert [u["source"] for u in record["unreadable"]] == [str(tmp_path / "broken.json")]
    totals = {s["key"]: s for s in record["groups"]["全部"]}
    assert totals["page_views"]["count"] == 12
    site = synthetic_report(3, 2024)["site_code"]
    jumps = [f for f in record["flags"] if f["kind"] == "yoy_jump" and f["site"] == site]
    assert {f["field"] for f in jumps} >= {"page_views"}


def test_analyse_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.json").write_text(json.dumps(synthetic_report(1), ensure_ascii=False))
    assert main(["analyse", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "网站总访问量" in out
    assert "中位数" in out
