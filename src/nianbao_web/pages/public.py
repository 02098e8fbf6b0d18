"""Public pages: the home page and published reports at /r/{site_code}/{year}/."""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from nianbao.render import Format
from nianbao_web.pages.official import embeddable
from nianbao_web.reports.models import Report, State
from nianbao_web.services import publishing
from nianbao_web.services.errors import NotFound


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
    table = embeddable(publishing.table_html(found.version, year))
    return render(
        request,
        "pages/published.html",
        {
            "found": found,
            "report": found.report,
            "table": table.body,
            "table_css": table.css,
        },
    )


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
