"""The seed report, extracted from its published text, is what a careful reader sees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from locations import CORPUS
from nianbao.extract import extract_file
from nianbao.loading import check_file

SEED_TEXT = CORPUS / "raw" / "000.txt"


@pytest.fixture(scope="module")
def truth() -> dict[str, object]:
    data = json.loads((CORPUS / "truth" / "000.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def test_seed_text_extracts_to_exactly_the_truth(truth: dict[str, object]) -> None:
    extraction = extract_file(SEED_TEXT)
    assert extraction.format == "text"
    assert extraction.report.problems == []
    assert extraction.report.to_json() == truth
    assert extraction.unmatched == []


def test_validate_on_the_seed_text_reports_its_interp_sum_error() -> None:
    checked = check_file(SEED_TEXT)
    errors = [f for f in checked.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["interp_sum"]
    assert errors[0].clause == "四、1(1)"
    assert "9" in errors[0].message


def test_misaligned_rows_are_resolved_by_section_not_column() -> None:
    record = extract_file(SEED_TEXT).record()
    prov = record["provenance"]
    # 办件量 总数 sits in column 3 (after two empty cells), 法人办件量 in column 2.
    assert prov["cases_total"]["raw"] == "6370"
    assert prov["cases_legal"]["where"].endswith("第 3 格")
    assert prov["interp_total"]["raw"] == "3"
    assert prov["icp_number"]["raw"] == "琼 ICP 备 19003404 号-2"
    # Generic labels resolved by context are reported as slightly less certain.
    assert record["confidence"]["info_total"] < record["confidence"]["site_name"] == 1.0


def test_instructions_after_the_table_are_not_data(tmp_path: Path) -> None:
    # Without the table, what is left (附件 2 and the 填写说明) is not a report.
    text = SEED_TEXT.read_text("utf-8")
    path = tmp_path / "instructions.txt"
    path.write_text(text[text.index("附件 2") :], "utf-8")
    with pytest.raises(Exception, match="不是政府网站工作年度报表") as info:
        extract_file(path)
    assert getattr(info.value, "code", None) == "not_a_report"
