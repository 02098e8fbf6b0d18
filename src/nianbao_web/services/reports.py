"""Creating reports and reading them for pages and the API (policy-filtered)."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction

from nianbao_web import policy
from nianbao_web.audit.models import Transition
from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Report
from nianbao_web.services import history, sites
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import form_for
from nianbao_web.services.errors import Forbidden, NotFound, ServiceError


def get(actor: Actor, report_id: int) -> Report:
    """A report the actor may see (NotFound otherwise: foreign reports do not exist for them)."""
    report = policy.visible_reports(actor.user).filter(pk=report_id).first()
    if report is None:
        raise NotFound("报表不存在，或您无权查看。")
    return report


def identity_values(site: Site, year: int) -> dict[str, Any]:
    """What the system already knows about a new report: year and the site's identity."""
    values: dict[str, Any] = {"year": year, **sites.values_of(site)}
    form = form_for(year)
    return {k: v for k, v in values.items() if k in form.by_key}


def create(actor: Actor, site_id: int, year: int) -> Report:
    site = Site.objects.select_related("organisation").filter(pk=site_id).first()
    if site is None:
        raise NotFound("网站不存在。")
    probe = Report(site=site, year=year)
    roles = policy.roles_on(actor.user, probe)
    if not roles & {"filler", "reviewer", "admin"}:
        raise Forbidden("只有本单位的填报人或审核人可以为该网站新建报表。")
    form = form_for(year)
    try:
        with transaction.atomic():
            report = Report.objects.create(site=site, year=year, form_id=form.id)
            values = identity_values(site, year)
            report.values = values
            report.version = 2
            report.save()
            role, org = actor.role_on(report)
            history.append(
                report,
                actor_id=actor.user_id,
                actor_name=actor.name,
                role=role,
                organisation=org,
                kind=f"{actor.via}:create",
                diff={"values": history.diff_of({}, values)},
            )
    except IntegrityError:
        raise ServiceError(f"{site.name} 的 {year} 年度报表已经存在。") from None
    return report


def previous_year_values(report: Report) -> dict[str, Any]:
    last = Report.objects.filter(site=report.site, year=report.year - 1).first()
    if last is None:
        return {}
    published = last.versions.order_by("-number").first()
    return dict(published.values) if published else dict(last.values)


def latest_comments(report: Report) -> tuple[str, dict[str, str]]:
    """The reason and field comments of the last return, while the report is returned."""
    if report.state != "returned":
        return "", {}
    last = Transition.objects.filter(report=report, action="return").order_by("-at", "-pk").first()
    return (last.reason, dict(last.field_comments)) if last else ("", {})
