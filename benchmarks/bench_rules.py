"""The full rule set on reports already in memory (issue: ≥ 50,000 reports/s on one core)."""

from __future__ import annotations

import jsonschema

from harness import Result, best_rate
from nianbao.coerce import report_from_mapping
from nianbao.forms import default_form
from nianbao.rules import rule_set
from nianbao.schema import json_schema
from nianbao.synthetic import synthetic_report

COUNT = 100_000


def run() -> list[Result]:
    form = default_form()
    raw = [synthetic_report(seed) for seed in range(COUNT)]
    reports = [report_from_mapping(values, form=form) for values in raw]
    rules = rule_set(form)

    def check_all() -> None:
        for report in reports:
            rules.check(report)

    validator = jsonschema.Draft202012Validator(json_schema(form))
    sample = raw[:10_000]

    def schema_only() -> None:
        for values in sample:
            validator.is_valid(values)

    baseline = best_rate(len(sample), schema_only, repeat=2)
    return [
        Result(
            f"rules: {len(form.rules)} rules on {COUNT:,} reports in memory",
            best_rate(COUNT, check_all, repeat=3),
            "reports/s",
            target=50_000,
            baseline_name="jsonschema types-only validation",
            baseline=baseline,
        )
    ]
