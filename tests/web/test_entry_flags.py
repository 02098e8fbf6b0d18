"""Year-over-year and peer hints on the unit's own entry form (issue 6).

Peers are hand-built around the unit's own values (each peer a few per cent off), so the
unit's values sit at the centre of every field except the one a test pushes away; the
previous year is built the same way. Hints are prompts, never findings: a report with
hints saves and submits.
"""

from __future__ import annotations

import math
import random
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.analytics import Dataset
from nianbao.analytics.anomalies import peer_outliers
from nianbao.analytics.own_report import peer_flags, profile
from nianbao.analytics.stats import median, robust_z
from nianbao.forms import form_for_year
from nianbao_web.orgs.models import Organisation, Site
from nianbao_web.reports.models import Report, ReportVersion, State
from nianbao_web.services import peer_flags as hints_service
from nianbao_web.services import workflow
from nianbao_web.services.actors import Actor

from .conftest import World, valid_values

YEAR = 2023
FORM = form_for_year(YEAR)
FACTORS = (0.9, 0.95, 1.0, 1.05, 1.1, 0.92, 1.08, 1.0)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Any:
    cache.clear()  # peer summaries are cached per process
    yield
    cache.clear()


def own_values(world: World, year: int = YEAR) -> dict[str, Any]:
    values = valid_values(world.site_a, year)
    values["site_type"] = "department"
    return values


def scaled(values: dict[str, Any], factor: float) -> dict[str, Any]:
    out = dict(values)
    for field in FORM.fields:
        value = out.get(field.key)
        if field.numeric and field.key != "year" and isinstance(value, int):
            out[field.key] = round(value * factor)
    return out


def add_peers(
    world: World,
    values: dict[str, Any],
    count: int,
    *,
    year: int = YEAR,
    state: str = State.APPROVED,
    org: Organisation | None = None,
    site_type: str = "department",
    tag: str = "p",
) -> None:
    for i in range(count):
        site = Site.objects.create(
            organisation=org or world.unit_b,
            code=f"46019{tag}{year % 100:02d}{i:03d}"[:20],
            name=f"同类网站 {tag}{i}",
            url=f"http://peer{i}.example.gov.cn/",
            sponsor="某单位",
        )
        peer = scaled(values, FACTORS[i % len(FACTORS)])
        peer.update(site_code=site.code, site_name=site.name, year=year, site_type=site_type)
        report = Report.objects.create(
            site=site, year=year, form_id=FORM.id, state=state, values=peer
        )
        if state == State.PUBLISHED:
            ReportVersion.objects.create(
                report=report, number=1, values=peer, published_at=timezone.now()
            )


def previous_year(world: World, values: dict[str, Any]) -> None:
    before = dict(values, year=YEAR - 1)
    Report.objects.create(
        site=world.site_a, year=YEAR - 1, form_id=FORM.id, state=State.DRAFT, values=before
    )


def hints_for(world: World, values: dict[str, Any]) -> hints_service.Hints:
    report = world.report(values=values)
    previous = Report.objects.filter(site=world.site_a, year=YEAR - 1).values_list(
        "values", flat=True
    )
    return hints_service.hints(FORM, report, report.values, dict(previous.first() or {}))


def posted(values: dict[str, Any]) -> dict[str, Any]:
    """The values as the entry form posts them (labels for choices, true/false for 是/否)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        field = FORM.by_key.get(key)
        if field is None:
            continue
        if isinstance(value, bool):
            out[key] = "true" if value else "false"
        elif isinstance(value, list):
            out[key] = [field.choice_label(str(v)) for v in value]
        elif field.choices:
            out[key] = field.choice_label(str(value))
        else:
            out[key] = value
    return out


def kinds(hints: hints_service.Hints) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for flag in hints.flags:
        out.setdefault(flag.field, set()).add(flag.kind)
    return out


def test_a_jump_from_last_year_and_a_stock_halving_are_flagged_a_flow_halving_is_not(
    world: World,
) -> None:
    values = own_values(world)
    values["page_views"] = 500_000
    values["cases_total"] = 2000  # a flow, half of last year: an ordinary change
    values["registered_users"] = 20_000  # a stock, down 60 %: rarely true
    values["wechat_subscribers"] = 20_000  # a stock, down 20 %: ordinary
    before = dict(values)
    before.update(
        page_views=25_000, cases_total=4000, registered_users=50_000, wechat_subscribers=25_000
    )
    previous_year(world, before)
    hints = hints_for(world, values)
    assert kinds(hints) == {"page_views": {"yoy_jump"}, "registered_users": {"yoy_jump"}}
    by_field = {f.field: f for f in hints.flags}
    assert "是上年的 20 倍" in by_field["page_views"].message
    assert "减少了 60%" in by_field["registered_users"].message
    assert "年末存量" in by_field["registered_users"].message
    assert "暂不作同类比较" in hints.basis  # no peers at all


def test_a_value_far_from_its_peers_is_flagged(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 6)
    values["page_views"] = int(values["page_views"]) * 100 + 50_000
    hints = hints_for(world, values)
    assert kinds(hints) == {"page_views": {"peer_outlier"}}
    flag = hints.flags[0]
    assert "部门网站 6 个" in flag.message
    assert "明显偏高" in flag.message
    assert f"{YEAR} 年度已审核通过或已发布的部门网站 6 份" in hints.basis


def test_peer_hints_match_the_supervisors_list(world: World) -> None:
    """Scored against the same group, the unit sees what the supervisor's list shows."""
    values = own_values(world)
    group = [scaled(values, f) | {"site_code": f"s{i}"} for i, f in enumerate(FACTORS)]
    own = dict(values, site_code="own", registered_users=3)
    own["page_views"] = int(values["page_views"]) * 100 + 50_000
    data = Dataset(FORM)
    for row in [*group, own]:
        data.add(row)
    expected = {(f.field, round(f.value)) for f in peer_outliers(data, YEAR) if f.site == "own"}
    summary = profile(FORM, YEAR, "department", [*group, own])
    found = {(f.field, round(f.value)) for f in peer_flags(FORM, own, summary, year=YEAR)}
    assert found == expected == {("page_views", own["page_views"]), ("registered_users", 3)}


def test_too_few_peers_this_year_falls_back_to_last_years_published(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 3)
    add_peers(world, values, 6, year=YEAR - 1, state=State.PUBLISHED, tag="q")
    add_peers(world, values, 6, year=YEAR - 1, state=State.APPROVED, tag="r")  # not published
    values["page_views"] = int(values["page_views"]) * 100 + 50_000
    hints = hints_for(world, values)
    assert kinds(hints) == {"page_views": {"peer_outlier"}}
    assert f"改与 {YEAR - 1} 年度已发布的 6 份报表比较" in hints.basis
    assert f"{YEAR - 1} 年度同类网站" in hints.flags[0].message


def test_fewer_than_five_peers_in_both_years_gives_no_peer_flags(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 4)
    add_peers(world, values, 4, year=YEAR - 1, state=State.PUBLISHED, tag="q")
    values["page_views"] = int(values["page_views"]) * 100 + 50_000
    hints = hints_for(world, values)
    assert hints.flags == []
    assert f"{YEAR} 年度 4 份，{YEAR - 1} 年度已发布 4 份" in hints.basis


def test_drafts_other_types_and_other_provinces_are_not_peers(world: World) -> None:
    values = own_values(world)
    other = Organisation(code="p2", name="另一省政府办公厅", level="province")
    other.save()
    add_peers(world, values, 6, state=State.SUBMITTED, tag="d")
    add_peers(world, values, 6, site_type="portal", tag="t")
    add_peers(world, values, 6, org=other, tag="o")
    values["page_views"] = int(values["page_views"]) * 100 + 50_000
    hints = hints_for(world, values)
    assert hints.flags == []
    assert "暂不作同类比较" in hints.basis


def test_the_entry_form_shows_hints_at_the_field_and_in_the_panel(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 6)
    values["page_views"] = int(values["page_views"]) * 100 + 50_000
    report = world.report(values=values)
    client = Client()
    client.force_login(world.users["filler_a"])
    page = client.get(f"/reports/{report.pk}/").content.decode()
    notes = page.split('id="notes-page_views"')[1].split('id="row-')[0]
    assert 'class="hint" data-kind="peer_outlier"' in notes
    assert "提示（与同类网站相比）" in notes
    panel = page.split('id="hints"')[1].split("</section>")[0]
    assert 'href="#f-page_views"' in panel
    assert "不是规则检查结果" in panel
    assert page.count('class="hint"') == 1
    assert '<a class="pill hint" href="#hints">1 条数据提示</a>' in page


def test_the_live_check_returns_hints_for_what_is_typed(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 6)
    report = world.report(values=values)
    client = Client()
    client.force_login(world.users["filler_a"])
    typed = posted(values)
    quiet = client.post(f"/reports/{report.pk}/check/", typed).json()
    assert quiet["hints"]["flags"] == []
    typed["columns_maintained"] = str(int(values["columns_maintained"]) * 100 + 500)
    loud = client.post(f"/reports/{report.pk}/check/", typed).json()
    assert [(h["field"], h["kind"]) for h in loud["hints"]["flags"]] == [
        ("columns_maintained", "peer_outlier")
    ]
    assert loud["findings"] == quiet["findings"]  # hints are not findings


def test_a_draft_with_hints_still_saves_and_submits(world: World) -> None:
    values = own_values(world)
    add_peers(world, values, 6)
    values["columns_maintained"] = int(values["columns_maintained"]) * 100 + 500
    before = dict(values, registered_users=int(values["registered_users"]) * 3)
    previous_year(world, before)
    report = world.report(values=own_values(world))
    client = Client()
    client.force_login(world.users["filler_a"])
    form = posted(values) | {"version": report.version}
    saved = client.post(f"/reports/{report.pk}/", form)
    assert saved.status_code == 302
    report.refresh_from_db()
    assert report.values["columns_maintained"] == values["columns_maintained"]
    hints = hints_service.hints(FORM, report, report.values, before)
    assert {"columns_maintained", "registered_users"} <= {f.field for f in hints.flags}
    report = workflow.submit(Actor(world.users["filler_a"]), report.pk)
    assert report.state == State.SUBMITTED


def test_peer_summaries_are_cached_and_the_page_does_not_read_the_peers(
    world: World, django_assert_max_num_queries: Any
) -> None:
    values = own_values(world)
    add_peers(world, values, 30)
    report = world.report(values=values)
    client = Client()
    client.force_login(world.users["filler_a"])
    assert client.get(f"/reports/{report.pk}/").status_code == 200  # fills the cache
    with django_assert_max_num_queries(8):
        assert client.get(f"/reports/{report.pk}/").status_code == 200
    region = hints_service.region_of(report.site)
    assert region == world.province.pk
    key_states = hints_service.PEER_STATES
    first = hints_service.peer_profile(FORM, region, YEAR, "department", key_states)
    assert first.size == 30


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 10**7), min_size=5, max_size=40),
    st.integers(0, 10**8),
)
def test_the_summary_scores_exactly_as_robust_z(peers: list[int], own: int) -> None:
    field = FORM.by_key["page_views"]
    rows = [{"page_views": v} for v in peers]
    spread = profile(FORM, YEAR, "", rows).fields["page_views"]
    scaled = [math.log1p(v) for v in peers]
    x = math.log1p(own)
    assert spread.centre == median(scaled)
    expected = robust_z(x, median(scaled), scaled)
    got = spread.score(x)
    assert (got is None) == (expected is None)
    if got is not None and expected is not None:
        assert got == pytest.approx(expected, rel=1e-12, abs=1e-12)
    assert field.type == "int"  # counts are compared on the log scale


def test_random_groups_flag_the_same_fields_as_the_supervisors_list() -> None:
    rng = random.Random(5)
    for _ in range(20):
        base = {f.key: rng.randint(0, 5000) for f in FORM.fields if f.type == "int"}
        del base["year"]
        group = [
            {k: round(v * rng.uniform(0.5, 1.5)) for k, v in base.items()} | {"site_code": f"s{i}"}
            for i in range(rng.randint(5, 15))
        ]
        own = {k: v * rng.choice((1, 1, 30)) for k, v in base.items()} | {"site_code": "own"}
        data = Dataset(FORM)
        for row in [*group, own]:
            data.add(row)
        expected = {f.field for f in peer_outliers(data, None) if f.site == "own"}
        summary = profile(FORM, YEAR, "", [*group, own])
        assert {f.field for f in peer_flags(FORM, own, summary, year=YEAR)} == expected
