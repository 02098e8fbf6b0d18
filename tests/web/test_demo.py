"""`nianbao demo` data: every workflow state, a valid chain, and a rerun replaces only demo rows."""

from __future__ import annotations

from typing import Any

import pytest

from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Report, State
from nianbao_web.services import demo, history


@pytest.mark.django_db
def test_demo_loads_every_state_and_reruns_cleanly(world: Any) -> None:
    first = demo.load(site_count=12)
    assert set(first.states) == set(State.values)
    assert set(first.passwords) == {"demo-province", "demo-city", "demo-unit"}
    count = Report.objects.filter(demo=True).count()
    second = demo.load(site_count=12)
    assert Report.objects.filter(demo=True).count() == count == second.reports
    assert first.passwords["demo-unit"] != second.passwords["demo-unit"]
    assert Site.objects.filter(pk=world.site_a.pk).exists(), "non-demo data is kept"
    seed = Report.objects.get(site__code="4601000022", year=2022)
    assert seed.values["interp_total"] == 3
    assert history.verify()[1] == []


@pytest.mark.django_db
def test_demo_submissions_are_dated_in_their_filing_season(world: Any) -> None:
    demo.load(site_count=24)
    filed = Report.objects.filter(demo=True, submitted_at__isnull=False).exclude(year=2022)
    assert filed.exists()
    months = set()
    for report in filed:
        assert report.submitted_at is not None
        assert report.submitted_at.year == report.year + 1, report
        months.add(report.submitted_at.month)
        if report.published_at is not None:
            assert report.published_at > report.submitted_at
    assert months == {1, 2}, "the demo has on-time (January) and late (February) units"
