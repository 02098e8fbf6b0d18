"""Published reports: lookup by site code and year, and their rendered files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache

from nianbao.render import Format, render
from nianbao_web.orgs.models import SiteEvent
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

    @property
    def fingerprint(self) -> str:
        """Names everything the public page shows: the version shown (id and publication
        time), every version listed, the site's name and code. A re-publication, a
        correction or a renamed site gives a new fingerprint, never stale HTML."""
        site = self.report.site
        parts = [site.code, site.name, str(self.report.year), f"shown={self.version.pk}"]
        parts += [f"{v.pk}:{v.number}:{v.published_at.isoformat()}:{v.note}" for v in self.versions]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def renamed_to(site_code: str) -> str | None:
    """The current code of a site whose 标识码 changed (old links keep working)."""
    event = (
        SiteEvent.objects.filter(kind=SiteEvent.Kind.CODE_CHANGED, old_code=site_code)
        .order_by("-date")
        .first()
    )
    return event.new_code if event else None


def find(site_code: str, year: int, number: int | None = None) -> Published:
    """The report's published versions (one query; the values are read only when needed)."""
    versions = list(
        ReportVersion.objects.filter(report__site__code=site_code, report__year=year)
        .select_related("report", "report__site")
        .defer("values", "report__values", "report__provenance", "report__explanations")
        .order_by("number")
    )
    if not versions:
        raise NotFound(f"没有已发布的 {site_code} 网站 {year} 年度报表。")
    report = versions[0].report
    for version in versions:
        version.report = report  # one Report object for all, as the page reads it
    chosen = (
        versions[-1] if number is None else next((v for v in versions if v.number == number), None)
    )
    if chosen is None:
        raise NotFound(f"该报表没有第 {number} 版。")
    return Published(report, chosen, versions)


def rendered(values: dict[str, Any], year: int, fmt: Format) -> bytes:
    return render(core_report(values, year), fmt)


def cache_key(version: ReportVersion) -> str:
    """A published version never changes once written; its id and publication time name it
    (ids are reused after a rollback or a restore, the time is not)."""
    return f"{version.pk}:{version.published_at.timestamp():.6f}"


def table_html(version: ReportVersion, year: int) -> str:
    """The official table as rendered by `nianbao.render` (a whole HTML document), cached."""
    key = f"nianbao:published-html:{cache_key(version)}"
    cached = cache.get(key)
    if cached is None:
        cached = rendered(version.values, year, "html").decode("utf-8")
        cache.set(key, cached, timeout=3600)
    return str(cached)
