"""The current published version of every report of a year, in one query.

Only `ReportVersion` rows are read: a report's working values (draft, submitted,
returned, approved, or a correction in progress) never leave through here, and a
superseded version is skipped because only the highest version number is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from nianbao_web.orgs.models import Organisation
from nianbao_web.reports.models import ReportVersion
from nianbao_web.services.errors import NotFound


@dataclass(frozen=True, slots=True)
class PublishedRow:
    values: dict[str, Any]
    site_code: str
    organisation: str
    year: int


def organisation(code: str | None) -> Organisation | None:
    """The organisation named by `?org=CODE`, None for the whole installation."""
    if not code:
        return None
    org = Organisation.objects.filter(code=code).first()
    if org is None:
        raise NotFound(f"机构代码 {code} 不存在：请检查 org 参数。", {"org": code})
    return org


def current_versions(year: int, org: Organisation | None = None) -> QuerySet[ReportVersion]:
    # "No newer version of the same report": an anti-join the database runs once over the
    # year, where "number = (the highest number)" would be a subquery per row.
    newer = ReportVersion.objects.filter(report=OuterRef("report"), number__gt=OuterRef("number"))
    rows = ReportVersion.objects.filter(report__year=year).filter(~Exists(newer))
    if org is not None:
        rows = rows.filter(report__site__organisation__path__startswith=org.path)
    return rows.order_by("report__site__code")


def published_rows(year: int, org: Organisation | None = None) -> Iterator[PublishedRow]:
    rows = current_versions(year, org).values_list(
        "values", "report__site__code", "report__site__organisation__name"
    )
    for values, site_code, org_name in rows.iterator(chunk_size=500):
        yield PublishedRow(values, site_code, org_name, year)
