"""The seed report (海口市卫生健康委员会, 2022) as the issue describes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.loading import check_file

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "seed-2022.yaml"


def test_seed_has_exactly_the_interp_sum_error() -> None:
    checked = check_file(SEED)
    errors = [f for f in checked.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["interp_sum"]
    (error,) = errors
    assert error.clause == "四、1(1)"
    assert error.fields == ("interp_total", "interp_materials", "interp_products", "interp_media")
    assert "3" in error.message
    assert "9" in error.message


def test_seed_warnings_are_each_explained() -> None:
    warnings = {f.rule: f for f in check_file(SEED).findings if f.severity == "warning"}
    # 微信 93 posts against 1 subscriber: the plausibility warning the issue asks for.
    assert set(warnings) == {"wechat_subscribers_low"}
    finding = warnings["wechat_subscribers_low"]
    assert finding.fields == ("wechat_posts", "wechat_subscribers")
    assert "93" in finding.message
    assert "1" in finding.message
    # Not warned, on purpose: 375 ≥ 4 + 93 + 235 (categories may fall short of
    # 总数); 注册用户数 0 with 6370 cases (cases on a shared provincial
    # platform); the police number written as digits only (allowed by 一、7).


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("icp_number", "琼ICP备19003404号-2"),
        ("police_number", "46010502000257号"),
        ("fill_date", "2023-01-11"),
        ("site_type", "department"),
        ("service_catalog_published", True),
        ("smart_qa", False),
        ("innovation", ["accessibility"]),
        ("phone", "089868723849"),
        ("weibo_name", "无"),
    ],
)
def test_seed_values_are_normalised(key: str, value: object) -> None:
    assert check_file(SEED).report.to_json()[key] == value


def test_seed_fixture_matches_the_corpus_truth(corpus_truth: Path) -> None:
    truth = json.loads((corpus_truth / "000.json").read_text("utf-8"))
    truth = {k: v for k, v in truth.items() if not k.startswith("_")}
    assert check_file(SEED).report.to_json() == truth
