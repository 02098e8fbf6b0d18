"""`nianbao demo`: the seed report and a sample province (~100 sites, two years, every state).

Everything created here is flagged `demo`; a rerun deletes exactly those rows first.
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.contrib.auth import get_user_model
from django.db import transaction

from nianbao import divisions
from nianbao.synthetic import synthetic_report
from nianbao_web.audit.models import Revision, Transition
from nianbao_web.orgs.models import Membership, Organisation, Site
from nianbao_web.reports.models import Notification, Report, ReportVersion, State
from nianbao_web.services import editing, history, sites, workflow
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import findings, form_for, stored_value

PROVINCE = "46"
YEARS = (2023, 2024)
SITES = 100
SEED_FILE = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "seed-2022.yaml"
USERS = ("demo-province", "demo-city", "demo-unit", "demo-fillers", "demo-reviewers")
SITE_TYPES = {"portal": "政府门户网站", "department": "部门网站", "special": "专项网站"}


@dataclass
class DemoResult:
    passwords: dict[str, str] = field(default_factory=dict)
    sites: int = 0
    reports: int = 0
    states: dict[str, int] = field(default_factory=dict)


def clear() -> None:
    demo_reports = Report.objects.filter(demo=True)
    Revision.objects.filter(report__in=demo_reports).delete()
    Transition.objects.filter(report__in=demo_reports).delete()
    Notification.objects.filter(report__in=demo_reports).delete()
    ReportVersion.objects.filter(report__in=demo_reports).delete()
    demo_reports.delete()
    get_user_model().objects.filter(username__in=USERS).delete()
    Site.objects.filter(demo=True).update(merged_into=None)
    Site.objects.filter(demo=True).delete()
    for org in Organisation.objects.filter(demo=True).order_by("-path"):
        org.delete()


def _samples(count: int) -> list[dict[str, Any]]:
    """Synthetic reports of the demo province's sites, one per site code, deterministic."""
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    seed = 0
    while len(out) < count:
        values = synthetic_report(seed, YEARS[0])
        code = str(values[sites.key_of("code")])
        if code.startswith(PROVINCE) and code not in seen:
            seen.add(code)
            values["_seed"] = seed
            out.append(values)
        seed += 1
    return out


@transaction.atomic
def load(mistake_every: int = 7, site_count: int = SITES) -> DemoResult:
    clear()
    result = DemoResult()
    province = _org("demo-46", "海南省人民政府办公厅（演示）", "province", None, True)
    cities: dict[str, Organisation] = {}
    units: dict[str, Organisation] = {}
    samples = _samples(site_count)
    seed_values = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
    seed_values.pop("_source", None)
    for values in [seed_values, *samples]:
        prefix = str(values[sites.key_of("code")])[:4]
        if prefix not in cities:
            name = f"{_city_name(prefix)}人民政府办公室（演示）"
            cities[prefix] = _org(f"demo-{prefix}", name, "city", province, True)
        sponsor = str(values[sites.key_of("sponsor")])
        if sponsor not in units:
            units[sponsor] = _org(f"demo-u{len(units) + 1}", sponsor, "unit", cities[prefix], False)
    seed_unit = units[str(seed_values[sites.key_of("sponsor")])]
    province_user = _user("demo-province", [province], Membership.Role.SUPERVISOR, result)
    _user("demo-city", [cities["4601"]], Membership.Role.SUPERVISOR, result)
    _user("demo-unit", [seed_unit], Membership.Role.FILLER, result)
    # Behind the scenes, the other units' fillers and the cities' reviewers (no login).
    fillers = _user("demo-fillers", list(units.values()), Membership.Role.FILLER, None)
    reviewers = _user("demo-reviewers", list(cities.values()), Membership.Role.SUPERVISOR, None)
    seed_report = _report(_site(seed_values, units), 2022, seed_values)
    result.states[seed_report.state] = 1
    result.reports, result.sites = 1, 1
    for index, values in enumerate(samples):
        site = _site(values, units)
        for year in YEARS:
            year_values = synthetic_report(int(values["_seed"]), year)
            if index % mistake_every == 3 and year == YEARS[-1]:
                year_values["interp_total"] = int(year_values["interp_total"]) + 2
            report = _report(site, year, year_values)
            crew = (Actor(fillers, "demo"), Actor(reviewers, "demo"), Actor(province_user, "demo"))
            state = _advance(report, _target_state(index, year), *crew, late=index % 11 == 5)
            result.states[state] = result.states.get(state, 0) + 1
            result.reports += 1
        result.sites += 1
    return result


def _org(
    code: str, name: str, level: str, parent: Organisation | None, reviews: bool
) -> Organisation:
    org = Organisation(code=code, name=name, level=level, parent=parent, reviews=reviews, demo=True)
    org.save()
    return org


def _city_name(prefix: str) -> str:
    division = divisions.lookup(prefix + "00")
    name = division.name if division else prefix
    return "省直辖市县" if "直辖" in name else name


def _user(username: str, orgs: list[Organisation], role: str, result: DemoResult | None) -> Any:
    model = get_user_model()
    if result is None:
        user = model.objects.create_user(username=username, password=None)
    else:
        password = secrets.token_urlsafe(12)
        user = model.objects.create_user(username=username, password=password)
        result.passwords[username] = password
    Membership.objects.bulk_create(
        [Membership(user=user, organisation=org, role=role) for org in orgs]
    )
    return user


def _site(values: dict[str, Any], units: dict[str, Organisation]) -> Site:
    return Site.objects.create(
        organisation=units[str(values[sites.key_of("sponsor")])],
        **sites.attributes_from(values),
        site_type=SITE_TYPES.get(str(values.get("site_type")), str(values.get("site_type", ""))),
        opened=datetime.date(2015, 1, 1),
        demo=True,
    )


def _report(site: Site, year: int, values: dict[str, Any]) -> Report:
    """A new draft holding `values`, written to the history like any save."""
    form = form_for(year)
    stored = {}
    for key, raw in values.items():
        if key in form.by_key:
            value = stored_value(form.by_key[key], raw)
            if value is not None:
                stored[key] = value
    report = Report.objects.create(
        site=site, year=year, form_id=form.id, values=stored, version=1, demo=True
    )
    history.append(
        report,
        actor_id=None,
        actor_name="演示数据",
        role="系统",
        organisation="",
        kind="demo:load",
        diff={"values": history.diff_of({}, stored)},
    )
    return report


def _target_state(index: int, year: int) -> str:
    if year == YEARS[0]:
        return State.PUBLISHED if index % 9 else State.APPROVED
    cycle = (State.DRAFT, State.SUBMITTED, State.RETURNED, State.APPROVED, State.PUBLISHED)
    return cycle[index % len(cycle)]


def _advance(
    report: Report, target: str, unit: Actor, reviewer: Actor, province: Actor, *, late: bool
) -> str:
    """Drive the report through the real workflow services towards `target`; return its state.

    A report with an error finding stays a draft, as it would in life.
    """
    if target == State.DRAFT:
        return report.state
    found = findings(report.values, report.year)
    if any(f.is_error for f in found):
        return report.state
    warnings = {f.rule: "已核实，数据无误。" for f in found if not f.is_error}
    if warnings:
        report = editing.save(unit, report.pk, report.version, explanations=warnings)
    report = workflow.submit(unit, report.pk)
    # The demo's years are past: date each submission in its own January (or, for a late
    # unit, February), so that the progress page shows real on-time and late rates.
    filed = datetime.datetime(
        report.year + 1, 2 if late else 1, 10 + report.pk % 15, 9, tzinfo=datetime.UTC
    )
    Report.objects.filter(pk=report.pk).update(submitted_at=filed)
    report.submitted_at = filed
    if target == State.RETURNED:
        comments = {"page_views": "与上年相比变化较大，请核实。"}
        report = workflow.return_report(reviewer, report.pk, "请核对访问量。", comments)
    elif target != State.SUBMITTED:
        report = workflow.approve(reviewer, report.pk)
        report = workflow.approve(province, report.pk)
        if target == State.PUBLISHED:
            report = workflow.publish(unit, report.pk)
            day = filed + datetime.timedelta(days=4)
            Report.objects.filter(pk=report.pk).update(published_at=day)
            ReportVersion.objects.filter(report=report).update(published_at=day)
    return report.state
