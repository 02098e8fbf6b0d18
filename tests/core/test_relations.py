"""The relations the form's rules set between counts (rules.relations)."""

from __future__ import annotations

from nianbao.forms import default_form
from nianbao.rules import Relation, count_relations


def test_the_forms_sums_and_bounds_are_its_relations() -> None:
    found = {r.total: r for r in count_relations(default_form())}
    assert found["cases_total"] == Relation("cases_total", ("cases_natural", "cases_legal"), True)
    assert found["info_total"].parts == ("info_overview", "info_news", "info_disclosure")
    assert found["page_views"] == Relation("page_views", ("unique_visitors",), False)
    # A warning's sum: a report should keep it, but may break it for a reason.
    assert found["info_total"].strict is False
    assert found["cases_total"].strict is True


def test_a_relation_holds_or_not() -> None:
    total = Relation("t", ("a", "b"), True)
    assert total.holds({"t": 5, "a": 2, "b": 3})
    assert not total.holds({"t": 6, "a": 2, "b": 3})
    bound = Relation("t", ("a",), False)
    assert bound.holds({"t": 5, "a": 5})
    assert not bound.holds({"t": 4, "a": 5})
