"""Generated plausible reports: the rules' false-positive net."""

from __future__ import annotations

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from nianbao.coerce import report_from_mapping
from nianbao.forms import default_form
from nianbao.rules import check_report
from nianbao.schema import json_schema
from nianbao.synthetic import synthetic_report


@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=2017, max_value=2030))
def test_plausible_reports_break_no_rule(seed: int, year: int) -> None:
    values = synthetic_report(seed, year)
    report = report_from_mapping(values)
    assert report.problems == []
    assert [f.to_dict() for f in check_report(report)] == []
    # Loading gives back exactly what was generated.
    assert report.to_json() == values


@given(st.integers(min_value=0, max_value=2**32))
def test_plausible_reports_match_the_schema(seed: int) -> None:
    jsonschema.validate(synthetic_report(seed), json_schema(default_form()))


def test_generation_is_deterministic() -> None:
    assert synthetic_report(7) == synthetic_report(7)
    assert synthetic_report(7) != synthetic_report(8)
