"""Every rule of the form: one change that breaks it, one that keeps it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nianbao.forms import default_form
from nianbao.readers.reportfile import parse_report_text
from nianbao.rules import check_report

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures"
CASES: dict[str, dict[str, Any]] = yaml.safe_load((HERE / "rule_cases.yaml").read_text("utf-8"))
BASE_TEXT = (FIXTURES / "valid-2022.yaml").read_text("utf-8")
BASE: dict[str, Any] = yaml.safe_load(BASE_TEXT)


def _findings(change: dict[str, Any] | None = None, extra_text: str = "") -> list[Any]:
    if extra_text:
        report = parse_report_text(BASE_TEXT + extra_text, "case.yaml")
    else:
        data = dict(BASE)
        for key, value in (change or {}).items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        data = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}
        report = parse_report_text(yaml.safe_dump(data, allow_unicode=True), "case.yaml")
    return check_report(report)


def test_the_valid_report_breaks_no_rule() -> None:
    assert [f.to_dict() for f in _findings()] == []


def test_every_rule_has_a_case() -> None:
    rule_ids = {spec.id for spec in default_form().rules}
    assert rule_ids - CASES.keys() == set(), "rules without a test case"
    assert CASES.keys() - rule_ids == set(), "cases for rules that do not exist"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fails(rule: str) -> None:
    case = CASES[rule]
    found = _findings(case.get("fail"), case.get("fail_text", ""))
    hits = [f for f in found if f.rule == rule]
    assert hits, f"{rule} did not fire; found {[f.rule for f in found]}"
    spec = default_form().rule(rule)
    for finding in hits:
        assert finding.severity == spec.severity
        assert finding.clause
        assert finding.clause != "field"
        assert "{" not in finding.message, finding
        assert "{" not in finding.fix, finding
        assert finding.fields, "a finding names the fields it concerns"
        if rule != "unknown_key":
            assert all(key in default_form().by_key for key in finding.fields)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_passes(rule: str) -> None:
    found = _findings(CASES[rule].get("pass"))
    assert [f.to_dict() for f in found if f.rule == rule] == []
