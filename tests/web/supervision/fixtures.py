"""Reports in every state, made directly as rows so each test states exactly what exists."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from nianbao_web.orgs.models import Organisation, Site
from nianbao_web.reports.models import Report, ReportVersion


def site(org: Organisation, code: str, name: str, site_type: str = "") -> Site:
    return Site.objects.create(
        organisation=org,
        code=code,
        name=name,
        url=f"http://{code}.example.gov.cn/",
        sponsor=org.name,
        site_type=site_type,
    )


def report(
    on: Site,
    year: int,
    state: str,
    *,
    values: dict[str, Any] | None = None,
    versions: list[dict[str, Any]] | None = None,
    submitted: datetime.date | None = None,
) -> Report:
    made = Report.objects.create(
        site=on,
        year=year,
        form_id="gwr-2022",
        state=state,
        values=values or {},
        submitted_at=(
            datetime.datetime.combine(submitted, datetime.time(9), tzinfo=datetime.UTC)
            if submitted
            else None
        ),
    )
    for number, published in enumerate(versions or [], 1):
        ReportVersion.objects.create(
            report=made, number=number, values=published, published_at=timezone.now()
        )
    return made
