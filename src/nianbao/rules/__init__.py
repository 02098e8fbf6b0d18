"""Declarative filling rules: kinds, the engine, findings."""

from nianbao.rules.engine import RuleSet, check_report, rule_set
from nianbao.rules.findings import Finding, has_errors
from nianbao.rules.formats import value_shapes
from nianbao.rules.relations import Relation, count_relations

__all__ = [
    "Finding",
    "Relation",
    "RuleSet",
    "check_report",
    "count_relations",
    "has_errors",
    "rule_set",
    "value_shapes",
]
