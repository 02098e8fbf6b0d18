"""Fast paths never change a finding: rules with and without guards agree."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from nianbao.coerce import report_from_mapping
from nianbao.forms import default_form
from nianbao.rules.engine import RuleSet
from nianbao.synthetic import synthetic_report

FORM = default_form()
GUARDED = RuleSet(FORM)
PLAIN = RuleSet(FORM, use_guards=False)

# Values chosen to sit on the rules' edges: zero, one, equal sums, names and 无.
EDGE_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=200),
    st.sampled_from([0, 1, 9, 10, 19, 20, 100, 10**6]),
    st.sampled_from(["无", "健康海口", "", "bm01000001", "4601000022", "4690030001", "9901000001"]),
    st.sampled_from(
        ["琼ICP备19003404号-2", "京ICP备1234", "46010502000257号", "琼公网安备4601050200025号"]
    ),
    st.sampled_from(
        ["http://wjw.haikou.gov.cn/", "https://x.com/", "wjw.haikou.gov.cn", "ftp://a.b"]
    ),
    st.sampled_from(["0898-68723849", "68723849", "13800138000"]),
    st.sampled_from(["2023-01-11", "2023-02-01", "2022-12-30", "2024-01-31"]),
    st.sampled_from([True, False, "是", "否"]),
    st.sampled_from([["other"], ["accessibility"], [], ["other", "multilingual"]]),
    st.sampled_from(["三亚市卫生健康委员会", "海口市卫生健康委员会", "国家税务总局海口市税务局"]),
)


@given(
    st.integers(min_value=0, max_value=10**6),
    st.dictionaries(st.sampled_from(FORM.keys), EDGE_VALUES, max_size=12),
)
def test_guards_change_no_finding(seed: int, changes: dict[str, Any]) -> None:
    values = synthetic_report(seed)
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    report = report_from_mapping(values)
    assert GUARDED.check(report) == PLAIN.check(report)


@given(st.dictionaries(st.sampled_from(FORM.keys), st.from_type(object), max_size=8))
def test_guards_survive_values_of_any_type(raw: dict[str, Any]) -> None:
    # A Report built by code, not by loading, may hold anything. Where the
    # checks themselves can judge such values, the guarded run must agree;
    # a guard may never raise out of the engine.
    report = report_from_mapping(synthetic_report(1))
    report.values.update(raw)
    try:
        plain = PLAIN.check(report)
    except Exception:  # loading never produces such types; the checks may refuse them
        return
    assert GUARDED.check(report) == plain


class _Counted:
    """A value whose `in` would count through it (as a huge range's does)."""

    def __bool__(self) -> bool:
        return True

    def __contains__(self, item: object) -> bool:
        raise AssertionError("counted through a value that holds no options")


def test_a_choice_value_that_is_no_collection_holds_no_option() -> None:
    report = report_from_mapping(synthetic_report(1))
    report.values["innovation"] = _Counted()
    assert GUARDED.check(report) == PLAIN.check(report)
