"""Declarative filling rules: kinds, the engine, findings."""

from nianbao.rules.engine import RuleSet, check_report, rule_set
from nianbao.rules.findings import Finding, has_errors
from nianbao.rules.formats import value_shapes

__all__ = ["Finding", "RuleSet", "check_report", "has_errors", "rule_set", "value_shapes"]
