"""Published reports: lookup by site code and year, and their rendered files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.cache import cache

from nianbao.render import Format, render
from nianbao_web.orgs.models import Site, SiteEvent
from nianbao_web.reports.models import Report, ReportVersion
from nianbao_web.services.checking import core_report
from nianbao_web.services.errors import NotFound

CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Published:
    report: Report
    version: ReportVersion
    versions: list[ReportVersion]

    @property
    def current(self) -> bool:
        return self.version.number == self.versions[-1].number


def renamed_to(site_code: str) -> str | None:
    """The current code of a site whose 标识码 changed (old links keep working)."""
    event = (
        SiteEvent.objects.filter(kind=SiteEvent.Kind.CODE_CHANGED, old_code=site_code)
        .order_by("-date")
        .first()
    )
    return event.new_code if event else None


def find(site_code: str, year: int, number: int | None = None) -> Published:
    site = Site.objects.filter(code=site_code).first()
    report = Report.objects.filter(site=site, year=year).select_related("site").first()
    versions = list(report.versions.order_by("number")) if report else []
    if report is None or not versions:
        raise NotFound(f"没有已发布的 {site_code} 网站 {year} 年度报表。")
    chosen = (
        versions[-1] if number is None else next((v for v in versions if v.number == number), None)
    )
    if chosen is None:
        raise NotFound(f"该报表没有第 {number} 版。")
    return Published(report, chosen, versions)


def rendered(values: dict[str, Any], year: int, fmt: Format) -> bytes:
    return render(core_report(values, year), fmt)


def table_html(version: ReportVersion, year: int) -> str:
    """The official table as rendered by `nianbao.render` (a whole HTML document).

    A published version never changes, so its rendering is cached by its id.
    """
    key = f"nianbao:published-html:{version.pk}"
    cached = cache.get(key)
    if cached is None:
        cached = rendered(version.values, year, "html").decode("utf-8")
        cache.set(key, cached, timeout=3600)
    return str(cached)
