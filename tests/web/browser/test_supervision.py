"""The supervisor's view and the public collection column in a real browser (issue 6).

The demo loader makes a province of sites in every workflow state, through the real
workflow services. The supervisor opens the progress page, filters it by state, by
lateness and by organisation (counts checked against the database), opens a flagged
anomaly and lands on the review page at that field. An anonymous visitor finds a
report by name in the collection column, follows it to the published page, and
downloads the year's CSV (header and row count checked against the database).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from nianbao.analytics.progress import STATES
from nianbao.forms import form_for_year
from nianbao_web.orgs.models import Organisation, Site
from nianbao_web.reports.models import Report, ReportVersion, State
from nianbao_web.services import demo

SITES = 36
"""Enough for every state, lateness, peers and several cities; quick to load."""
YEAR = demo.YEARS[-1]
PUBLISHED_YEAR = demo.YEARS[0]


@pytest.fixture
def province(transactional_db: Any) -> Organisation:
    demo.load(site_count=SITES)
    for user in get_user_model().objects.filter(username__in=("demo-province", "demo-city")):
        user.set_password("pw-" + user.username + "-Long1")
        user.save()
    return Organisation.objects.get(code="demo-46")


def _db_counts(root: Organisation, year: int) -> dict[str, int]:
    """State → number of the subtree's sites, straight from the rows (not started: no report)."""
    sites = Site.objects.filter(organisation__path__startswith=root.path)
    counts = dict.fromkeys(STATES, 0)
    for site in sites:
        report = Report.objects.filter(site=site, year=year).first()
        counts[report.state if report else "not_started"] += 1
    return counts


def _apply(session: Any) -> None:
    with session.page.expect_navigation():
        session.page.click("form.filters button[type='submit']")


def _page_counts(session: Any) -> dict[str, int]:
    cells = session.page.locator("#state-counts td[data-state]")
    return {
        cells.nth(i).get_attribute("data-state"): int(cells.nth(i).inner_text())
        for i in range(cells.count())
    }


def test_supervisor_progress_filters_and_anomaly(province: Organisation, sessions: Any) -> None:
    # A slipped digit on a submitted report: a thousand times last year's page views.
    slipped = (
        Report.objects.filter(site__organisation__path__startswith=province.path, year=YEAR)
        .filter(state=State.SUBMITTED)
        .select_related("site")
        .first()
    )
    assert slipped is not None, "the demo should hold a submitted report"
    slipped.values = {**slipped.values, "page_views": int(slipped.values["page_views"]) * 1000}
    Report.objects.filter(pk=slipped.pk).update(values=slipped.values)

    sup = sessions()
    sup.login("demo-province")
    sup.go(f"/supervision/?year={YEAR}")
    expected = _db_counts(province, YEAR)
    assert _page_counts(sup) == expected
    assert int(sup.page.inner_text("#expected")) == sum(expected.values())
    assert all(expected[s] for s in ("draft", "submitted", "approved", "published"))
    sup.assert_accessible("the progress page")
    sup.screenshot("supervision-progress")

    # Filter by state: only submitted sites are listed, as many as the database holds.
    sup.page.select_option("#state", "submitted")
    _apply(sup)
    assert "state=submitted" in sup.page.url
    listed = sup.page.locator("#sites tbody tr")
    assert listed.count() == expected["submitted"]
    assert set(listed.evaluate_all("rows => rows.map(r => r.dataset.state)")) == {"submitted"}
    assert sup.page.inner_text("#listed-count").startswith(f"共 {expected['submitted']} 个")

    # Late only, on top of the state: every listed site is marked late.
    sup.page.select_option("#state", "")
    sup.page.check("#late")
    _apply(sup)
    late_total = int(sup.page.inner_text("#late-count"))
    late_rows = sup.page.locator("#sites tbody tr")
    assert late_rows.count() == min(late_total, 50)
    assert sup.page.locator("#sites tbody tr strong.late").count() == late_rows.count()

    # One city: the breakdown lists its units, and its totals are the city's sites.
    city = Organisation.objects.get(code="demo-4601")
    sup.page.uncheck("#late")
    sup.page.select_option("#org", city.code)
    _apply(sup)
    assert _page_counts(sup) == _db_counts(city, YEAR)
    holding = Site.objects.filter(organisation__parent=city).values("organisation__name")
    shown = sup.page.locator("#by-org tbody th").all_inner_texts()
    assert sorted(shown) == sorted({row["organisation__name"] for row in holding})

    # The anomaly: its link opens the review page at the field.
    sup.go(f"/supervision/anomalies/?year={YEAR}")
    sup.assert_accessible("the anomalies page")
    row = (
        f"#flags tr[data-field='page_views'][data-kind='yoy_jump']:has-text('{slipped.site.code}')"
    )
    flag = sup.page.locator(f"{row} a")
    assert flag.count() == 1
    with sup.page.expect_navigation():
        flag.click()
    assert sup.page.url.endswith(f"/reports/{slipped.pk}/review/#review-page_views")
    target = sup.page.locator(":target")
    assert target.get_attribute("id") == "review-page_views"
    assert target.is_visible()
    # Scrolled to it: its top at the window's top (within a sub-pixel), the page scrolled down.
    top, bottom, height, scrolled = target.evaluate(
        "e => { const r = e.getBoundingClientRect(); "
        "return [r.top, r.bottom, innerHeight, scrollY]; }"
    )
    assert top > -1
    assert bottom <= height
    assert scrolled > 0
    assert f"{slipped.values['page_views']}" in target.inner_text()


def test_collection_search_and_csv_download(province: Organisation, sessions: Any) -> None:
    anon = sessions()
    anon.go(f"/collection/{PUBLISHED_YEAR}/")
    anon.assert_accessible("the collection column")
    anon.screenshot("collection")

    wanted = (
        ReportVersion.objects.filter(report__year=PUBLISHED_YEAR, report__demo=True)
        .select_related("report__site")
        .order_by("report__site__code")
        .last()
    )
    assert wanted is not None
    name = wanted.report.site.name
    anon.page.fill("#q", name)
    with anon.page.expect_navigation():
        anon.page.click("form[role='search'] button")
    link = anon.page.locator(f"table.list a:text-is('{name}')")
    assert link.count() == 1
    with anon.page.expect_navigation():
        link.click()
    assert anon.page.url.endswith(f"/r/{wanted.report.site.code}/{PUBLISHED_YEAR}/")
    assert name in anon.page.inner_text("main")

    anon.go(f"/collection/{PUBLISHED_YEAR}/")
    with anon.page.expect_download() as info:
        anon.page.click("#download-csv")
    download = info.value
    assert download.suggested_filename == f"nianbao-{PUBLISHED_YEAR}.csv"
    body = Path(download.path()).read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    keys = [f.key for f in form_for_year(PUBLISHED_YEAR).fields]
    assert rows[0] == [*keys, "organisation", "published_url"]
    published = Report.objects.filter(year=PUBLISHED_YEAR, versions__isnull=False).distinct()
    assert len(rows) - 1 == published.count() > 0
    codes = {row[keys.index("site_code")] for row in rows[1:]}
    assert codes == {r.site.code for r in published.select_related("site")}
