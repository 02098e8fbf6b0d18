"""Public pages: the home page and published reports at /r/{site_code}/{year}/."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_GET

from nianbao.render import Format
from nianbao_web.pages.official import Embedded, embeddable
from nianbao_web.reports.models import Report, State
from nianbao_web.services import publishing
from nianbao_web.services.errors import NotFound

PAGE_TTL = 3600
"""Seconds a rendered public page is kept (per server process); the key changes with any
new version, so this only bounds memory, never staleness."""


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    recent = (
        Report.objects.filter(state=State.PUBLISHED)
        .select_related("site")
        .order_by("-published_at")[:20]
    )
    return render(request, "pages/home.html", {"recent": recent})


def _missing(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "pages/error.html", {"status": 404, "message": message}, status=404)


def _embedded(found: publishing.Published) -> Embedded:
    key = f"nianbao:published-embed:{publishing.cache_key(found.version)}"
    cached = cache.get(key)
    if not isinstance(cached, Embedded):
        cached = embeddable(publishing.table_html(found.version, found.report.year))
        cache.set(key, cached, timeout=PAGE_TTL)
    return cached


def _render(request: HttpRequest, found: publishing.Published) -> HttpResponse:
    table = _embedded(found)
    return render(
        request,
        "pages/published.html",
        {"found": found, "report": found.report, "table": table.body, "table_css": table.css},
    )


def _anonymous_plain(request: HttpRequest) -> bool:
    """The page as anyone sees it: nobody logged in, no message waiting to be shown."""
    return not request.user.is_authenticated and not len(messages.get_messages(request))


@require_GET
def published(
    request: HttpRequest, site_code: str, year: int, number: int | None = None
) -> HttpResponse:
    try:
        found = publishing.find(site_code, year, number)
    except NotFound as exc:
        new_code = publishing.renamed_to(site_code)
        if new_code:
            return HttpResponsePermanentRedirect(
                reverse("published", kwargs={"site_code": new_code, "year": year})
            )
        return _missing(request, exc.message)
    if not _anonymous_plain(request):
        return _render(request, found)  # names the user and carries their CSRF token
    # A published version never changes: the anonymous page is rendered once per
    # fingerprint (shown version id + publication time, the version list, the site's name).
    etag = f'"{found.fingerprint}"'
    modified = max(v.published_at for v in found.versions)
    response = get_conditional_response(request, etag=etag, last_modified=int(modified.timestamp()))
    if response is None:
        key = f"nianbao:published-page:{publishing.cache_key(found.version)}:{found.fingerprint}"
        body = cache.get(key)
        if not isinstance(body, bytes):
            body = _render(request, found).content
            cache.set(key, body, timeout=PAGE_TTL)
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified.timestamp())
    response["Cache-Control"] = "no-cache"  # may be stored, but asked again each time (cheap)
    return response


@require_GET
def download(request: HttpRequest, site_code: str, year: str, fmt: str) -> HttpResponse:
    try:
        found = publishing.find(site_code, int(year), None)
    except NotFound as exc:
        return _missing(request, exc.message)
    data = publishing.rendered(found.version.values, int(year), cast(Format, fmt))
    response = HttpResponse(data, content_type=publishing.CONTENT_TYPES[fmt])
    name = f"{site_code}-{year}-v{found.version.number}.{fmt}"
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    return response
