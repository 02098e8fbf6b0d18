"""Every aggregate, rate and anomaly rule against answers computed by hand."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from nianbao.analytics import Dataset, SiteStatus, find_anomalies, progress, summarise
from nianbao.analytics.anomalies import peer_outliers, ratio_flags, yoy_jumps
from nianbao.analytics.stats import mad, median, quantile, robust_z
from nianbao.analytics.totals import ALL, ranking
from nianbao.forms import default_form

FORM = default_form()


def dataset(*rows: dict[str, Any]) -> Dataset:
    data = Dataset(FORM)
    for index, row in enumerate(rows):
        values = {"site_code": f"46010000{index:02d}", "year": 2024, "site_type": "department"}
        values.update(row)
        data.add(values)
    return data


# ── order statistics ──


def test_quartiles_interpolate_linearly() -> None:
    assert [quantile([1, 2, 3, 4], q) for q in (0.25, 0.5, 0.75)] == [1.75, 2.5, 3.25]
    assert quantile([5], 0.25) == 5
    with pytest.raises(ValueError, match="empty"):
        quantile([], 0.5)


def test_robust_z() -> None:
    values = [1, 2, 3, 4, 100]
    assert median(values) == 3
    assert mad(values) == 1  # |deviations| 2 1 0 1 97 → median 1
    assert robust_z(100, 3, values) == pytest.approx(0.6745 * 97)
    # Mostly zeros: MAD is 0, the scaled mean absolute deviation stands in: 10 / (1.2533 * 2).
    assert robust_z(10, 0, [0, 0, 0, 0, 10]) == pytest.approx(3.98947, abs=1e-4)
    assert robust_z(0, 0, [0, 0, 0]) is None


# ── totals ──


def test_summary_of_three_sites() -> None:
    data = dataset(
        {"page_views": 10}, {"page_views": 20}, {"page_views": 40, "site_type": "portal"}
    )
    groups = summarise(data, 2024)
    pv = next(s for s in groups[ALL] if s.key == "page_views")
    assert (pv.count, pv.total, pv.minimum, pv.q1, pv.median, pv.q3, pv.maximum) == (
        3,
        40 + 30,
        10,
        15,
        20,
        30,
        40,
    )
    assert pv.mean == pytest.approx(70 / 3)
    dept = next(s for s in groups["department"] if s.key == "page_views")
    assert (dept.count, dept.total, dept.median) == (2, 30, 15)


def test_summary_edge_cases() -> None:
    empty = summarise(Dataset(FORM), 2024)
    assert list(empty) == [ALL]
    pv = next(s for s in empty[ALL] if s.key == "page_views")
    assert (pv.count, pv.total, pv.median, pv.mean) == (0, 0, None, None)
    single = next(s for s in summarise(dataset({"page_views": 7}))[ALL] if s.key == "page_views")
    assert (single.q1, single.median, single.q3) == (7, 7, 7)
    zeros = summarise(dataset({"page_views": 0}, {"page_views": 0}))[ALL]
    pv0 = next(s for s in zeros if s.key == "page_views")
    assert (pv0.count, pv0.total, pv0.maximum) == (2, 0, 0)


def test_ranking() -> None:
    data = dataset(
        {"page_views": 5, "site_name": "乙"},
        {"page_views": 9, "site_name": "甲"},
        {"site_name": "丙"},
    )
    assert [e.name for e in ranking(data, "page_views")] == ["甲", "乙"]


# ── progress ──

DEADLINE = datetime.date(2025, 1, 31)


def test_progress_rates() -> None:
    statuses = [
        SiteStatus("a", "published", "海口", datetime.date(2025, 1, 20)),
        SiteStatus("b", "submitted", "海口", datetime.date(2025, 2, 3)),
        SiteStatus("c", "draft", "海口"),
        SiteStatus("d", "returned", "三亚", datetime.date(2025, 1, 10)),
        SiteStatus("e", "not_started", "三亚", deadline=datetime.date(2025, 2, 28)),
    ]
    result = progress(statuses, DEADLINE, today=datetime.date(2025, 2, 5))
    everyone = result[""]
    assert everyone.expected == 5
    assert everyone.reported == 2  # published + submitted; returned does not count
    assert everyone.on_time == 1
    assert everyone.reporting_rate == pytest.approx(0.4)
    assert everyone.on_time_rate == pytest.approx(0.2)
    assert sorted(everyone.late) == ["b", "c", "d"]  # e has an extended deadline
    assert result["三亚"].counts["returned"] == 1
    assert result["海口"].reporting_rate == pytest.approx(2 / 3)


def test_progress_of_nobody() -> None:
    assert progress([], DEADLINE, today=DEADLINE) == {}


# ── anomalies ──


def test_peer_outlier_on_log_scale() -> None:
    data = dataset(*({"page_views": v} for v in (100, 110, 120, 130, 100_000)))
    flags = peer_outliers(data, 2024)
    assert [(f.site, f.field, f.value, f.reference) for f in flags] == [
        ("4601000004", "page_views", 100_000, 120)
    ]
    assert "中位数为 120" in flags[0].message
    assert "偏高" in flags[0].message


def test_no_peer_flags_in_small_groups_or_flat_fields() -> None:
    assert peer_outliers(dataset(*({"page_views": v} for v in (1, 2, 3, 10**9))), 2024) == []
    assert peer_outliers(dataset(*({"page_views": 0} for _ in range(8))), 2024) == []


def test_zero_is_not_a_low_outlier() -> None:
    data = dataset(*({"interviews": v} for v in (40, 41, 42, 43, 44, 0)))
    assert peer_outliers(data, 2024) == []


def _years(field: str, before: float, now: float) -> Dataset:
    data = Dataset(FORM)
    data.add({"site_code": "4601000022", "year": 2023, field: before})
    data.add({"site_code": "4601000022", "year": 2024, field: now})
    return data


@pytest.mark.parametrize(
    ("field", "before", "now", "flagged"),
    [
        ("page_views", 1000, 10_000, True),  # a flow ten times larger
        ("page_views", 1000, 9_999, False),
        ("page_views", 1000, 100, True),  # a tenth
        ("page_views", 3, 40, False),  # small counts are noise
        ("registered_users", 1000, 499, True),  # a stock that lost over half
        ("registered_users", 1000, 500, False),
        ("registered_users", 1000, 10_000, True),
    ],
)
def test_year_over_year(field: str, before: float, now: float, flagged: bool) -> None:
    flags = yoy_jumps(_years(field, before, now), 2024)
    assert bool(flags) == flagged
    if flagged:
        assert flags[0].reference == before
        assert flags[0].value == now


def test_stock_message_explains_stocks() -> None:
    (flag,) = yoy_jumps(_years("registered_users", 1000, 100), 2024)
    assert "年末存量" in flag.message


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"page_views": 10_000, "unique_visitors": 100}, "page_views"),
        ({"cases_total": 20_001, "service_items": 2}, "cases_total"),
        ({"wechat_posts": 30, "wechat_subscribers": 10}, "wechat_posts"),
        ({"weibo_posts": 25, "weibo_followers": 0}, "weibo_posts"),
    ],
)
def test_ratio_flags(values: dict[str, Any], field: str) -> None:
    assert [f.field for f in ratio_flags(dataset(values), 2024)] == [field]


@pytest.mark.parametrize(
    "values",
    [
        {"page_views": 5_000, "unique_visitors": 100},  # exactly 50 per visitor: allowed
        {"wechat_posts": 19, "wechat_subscribers": 0},  # too few posts to judge
        {"cases_total": 20_000, "service_items": 2},
    ],
)
def test_ratios_within_limits(values: dict[str, Any]) -> None:
    assert ratio_flags(dataset(values), 2024) == []


def test_find_anomalies_over_every_year() -> None:
    data = _years("page_views", 1000, 20_000)
    assert [f.kind for f in find_anomalies(data)] == ["yoy_jump"]
    assert find_anomalies(Dataset(FORM)) == []
