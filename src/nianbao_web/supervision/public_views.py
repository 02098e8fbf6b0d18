"""Anonymous pages: the open-data downloads and the public collection column (公开专栏)."""

from __future__ import annotations

import datetime
import os
import tempfile
from urllib.parse import quote, urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from nianbao.forms import form_for_year
from nianbao_web.orgs.models import Organisation
from nianbao_web.pages.errors import envelope
from nianbao_web.reports.models import ReportVersion
from nianbao_web.services.errors import NotFound
from nianbao_web.supervision import opendata
from nianbao_web.supervision.published import current_versions, organisation, published_rows

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
PAGE_SIZE = 50


def _url_of(request: HttpRequest, year: int) -> opendata.UrlOf:
    base = request.build_absolute_uri("/r/")
    return lambda code: f"{base}{quote(code, safe='')}/{year}/"


@require_GET
def open_data(request: HttpRequest, year: str, fmt: str) -> HttpResponseBase:
    try:
        org = organisation(request.GET.get("org"))
    except NotFound as exc:
        return envelope(exc.status, exc.code, exc.message, exc.details)
    y = int(year)
    rows = published_rows(y, org)
    url_of = _url_of(request, y)
    if fmt == "csv":
        body = opendata.csv_chunks(y, rows, url_of)
    elif fmt == "json":
        body = opendata.json_chunks(y, rows, url_of)
    else:
        fd, target = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        os.unlink(target)  # DuckDB creates the file itself
        opendata.write_parquet(y, rows, url_of, target)
        body = opendata.parquet_chunks(target)
    response = StreamingHttpResponse(body, content_type=CONTENT_TYPES[fmt])
    name = f"nianbao-{y}" + (f"-{org.code}" if org else "") + f".{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{quote(name)}"'
    return response


@require_GET
def collection(request: HttpRequest, year: int) -> HttpResponse:
    """Every published report of the year, searchable by name, site type and place."""
    if not 1990 <= year <= 2999:
        return render(
            request, "pages/error.html", {"status": 404, "message": "没有这一年度。"}, status=404
        )
    q = request.GET.get("q", "").strip()
    site_type = request.GET.get("type", "").strip()
    org_code = request.GET.get("org", "").strip()
    org = Organisation.objects.filter(code=org_code).first() if org_code else None
    versions = current_versions(year, org).select_related(
        "report__site", "report__site__organisation"
    )
    if org_code and org is None:
        versions = versions.none()
    if q:
        versions = versions.filter(report__site__name__icontains=q)
    if site_type:
        versions = versions.filter(values__site_type=site_type)
    page = Paginator(versions, PAGE_SIZE).get_page(request.GET.get("page"))
    kept = {k: v for k, v in (("q", q), ("type", site_type), ("org", org_code)) if v}
    type_field = form_for_year(year).by_key.get("site_type")
    downloads = [
        (
            fmt,
            reverse("open_data", kwargs={"year": str(year), "fmt": fmt})
            + (f"?{urlencode({'org': org.code})}" if org else ""),
        )
        for fmt in ("csv", "json", "parquet")
    ]
    return render(
        request,
        "supervision/collection.html",
        {
            "year": year,
            "page": page,
            "q": q,
            "site_type": site_type,
            "org_code": org_code,
            "org": org,
            "org_unknown": bool(org_code and org is None),
            "organisations": Organisation.objects.only("code", "name", "path"),
            "types": [(c.key, c.label) for c in type_field.choices] if type_field else [],
            "query": urlencode(kept),
            "downloads": downloads,
        },
    )


@require_GET
def collection_latest(request: HttpRequest) -> HttpResponse:
    """The column of the latest year with a publication (last year when none yet)."""
    latest = (
        ReportVersion.objects.order_by("-report__year").values_list("report__year", flat=True)
    ).first()
    year = latest or datetime.date.today().year - 1
    return redirect("collection", year=year)
