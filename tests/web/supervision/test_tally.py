"""The progress counted by the database agrees with `nianbao.analytics.progress`, site by site."""

from __future__ import annotations

import datetime
import random
import re

import pytest
from django.test import Client

from nianbao.analytics import SiteStatus, progress
from nianbao.analytics.progress import STATES
from nianbao_web.supervision import tally

from ..conftest import World
from .fixtures import report, site

YEAR = 2023
TODAY = datetime.date(2024, 2, 10)


def _random_tree(world: World, seed: int) -> list[SiteStatus]:
    """60 sites at the city and its units, random states, dates, extensions and closures;
    the statuses the analytics function is given for the same sites."""
    rng = random.Random(seed)
    world.unit_b.deadline = "03-15"
    world.unit_b.save()
    places = {world.city: "", world.unit_a: world.unit_a.name, world.unit_b: world.unit_b.name}
    statuses = [  # the world's own two sites, with no report
        SiteStatus(s.code, "not_started", s.organisation.name, None, datetime.date(YEAR + 1, *d))
        for s, d in ((world.site_a, (1, 31)), (world.site_b, (3, 15)))
    ]
    for n in range(60):
        org = rng.choice(list(places))
        made = site(org, f"T{n:02d}", f"测试网{n:02d}")
        closed = rng.choice(
            [None, None, None, datetime.date(2022, 5, 1), datetime.date(2023, 6, 1)]
        )
        if closed:
            made.closed = closed
            made.save()
        state = rng.choice(STATES)
        submitted = None
        extended = None
        if state != "not_started":
            if state != "draft":
                submitted = datetime.date(2024, 1, 1) + datetime.timedelta(rng.randrange(80))
            made_report = report(made, YEAR, state, submitted=submitted)
            if rng.random() < 0.2:
                extended = datetime.date(2024, 2, 20)
                made_report.deadline_extended_to = extended
                made_report.save()
        if closed and closed.year < YEAR:
            continue
        month, day = (int(x) for x in org.deadline.split("-"))
        statuses.append(
            SiteStatus(
                site=made.code,
                state=state,
                group=places[org] or f"{world.city.name}（本级）",
                submitted_on=submitted,
                deadline=extended or datetime.date(YEAR + 1, month, day),
            )
        )
    return statuses


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tally_agrees_with_the_analytics_definition(world: World, seed: int) -> None:
    statuses = _random_tree(world, seed)
    expected = progress(statuses, datetime.date(YEAR + 1, 1, 31), TODAY)
    counted = tally.tally(world.city, YEAR, TODAY)
    everything = expected.pop("")
    assert counted.overall.expected == everything.expected
    assert counted.overall.counts == everything.counts
    assert counted.overall.reported == everything.reported
    assert counted.overall.on_time == everything.on_time
    assert counted.overall.late == len(everything.late)
    got = {g.name: (g.expected, g.counts, g.on_time, g.late) for g in counted.groups}
    want = {k: (p.expected, p.counts, p.on_time, len(p.late)) for k, p in expected.items()}
    assert got == want
    late = tally.listed(world.city, YEAR, TODAY, "", True)
    assert set(late.values_list("code", flat=True)) == set(everything.late)
    for state in STATES:
        rows = tally.listed(world.city, YEAR, TODAY, state, False)
        assert rows.count() == tally.listed_count(counted, state, False) == everything.counts[state]
        late_here = tally.listed(world.city, YEAR, TODAY, state, True)
        assert late_here.count() == tally.listed_count(counted, state, True)


def test_site_list_is_paginated_with_exact_totals(world: World) -> None:
    for n in range(120):
        site(world.unit_a, f"P{n:03d}", f"分页网{n:03d}")
    client = Client()
    client.force_login(world.users["city"])
    first = client.get(f"/supervision/?year={YEAR}").content.decode()
    assert re.search(r'id="expected">122<', first)  # 120 + site_a + site_b
    assert len(re.findall(r'<tr data-state="not_started">', first)) == 50
    assert 'id="listed-count">共 122 个网站' in first
    last = client.get(f"/supervision/?year={YEAR}&page=3").content.decode()
    assert len(re.findall(r'<tr data-state="not_started">', last)) == 22
    assert "第 3 / 3 页" in last


def test_late_only_filter(world: World) -> None:
    report(world.site_a, YEAR, "submitted", submitted=datetime.date(2024, 3, 3))  # late
    report(world.site_b, YEAR, "published", submitted=datetime.date(2024, 1, 3))  # on time
    site(world.unit_b, "N1", "未开始网")  # not started, and the deadline (2024-01-31) is past
    client = Client()
    client.force_login(world.users["city"])
    html = client.get(f"/supervision/?year={YEAR}&late=1").content.decode()
    assert 'id="late-count">2<' in html
    listed = html.split('id="sites"')[1]
    assert re.findall(r'<tr data-state="(\w+)">', listed) == ["submitted", "not_started"]
    assert listed.count('class="late">逾期</strong>') == 2
    assert world.site_b.code not in listed


def test_cached_figures_follow_every_change_of_a_report(world: World) -> None:
    client = Client()
    client.force_login(world.users["city"])

    def counts() -> dict[str, str]:
        html = client.get(f"/supervision/?year={YEAR}").content.decode()
        return dict(re.findall(r'<td data-state="(\w+)">(\d+)</td>', html))

    assert counts()["draft"] == "0"
    made = world.report(year=YEAR)  # a new draft, through the service
    assert (counts()["draft"], counts()["not_started"]) == ("1", "1")
    made.state = "submitted"
    made.save()  # every transition saves the report, which moves `updated`
    assert (counts()["draft"], counts()["submitted"]) == ("0", "1")
    site(world.unit_b, "N2", "新网站")  # a new site is expected at once too
    assert counts()["not_started"] == "2"
