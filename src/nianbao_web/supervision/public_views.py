"""Anonymous pages: the open-data downloads and the public collection column (公开专栏)."""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Callable
from typing import BinaryIO
from urllib.parse import quote, urlencode

from django.db.models import Q, QuerySet
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from nianbao.forms import form_for_year
from nianbao_web.orgs.models import Organisation
from nianbao_web.pages.errors import envelope
from nianbao_web.reports.models import ReportVersion
from nianbao_web.services.errors import NotFound
from nianbao_web.supervision import freshness, opendata
from nianbao_web.supervision.download_files import COMPRESSED, Writer, cached_file
from nianbao_web.supervision.paging import KnownCount
from nianbao_web.supervision.published import current_versions, organisation, published_rows

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
PAGE_SIZE = 50


def _url_of(base: str, year: int) -> opendata.UrlOf:
    return lambda code: f"{base}{quote(code, safe='')}/{year}/"


def _writer(fmt: str, year: int, org: Organisation | None, url_of: opendata.UrlOf) -> Writer:
    def write(target: str) -> None:
        rows = published_rows(year, org)
        if fmt == "parquet":
            os.unlink(target)  # DuckDB creates the file itself
            opendata.write_parquet(year, rows, url_of, target)
            return
        chunks = opendata.csv_chunks if fmt == "csv" else opendata.json_chunks
        with open(target, "wb") as fh:
            for chunk in chunks(year, rows, url_of):
                fh.write(chunk)

    return write


def _open(path: str, remake: Callable[[], str], suffix: str) -> BinaryIO:
    """The finished file (`suffix` ".gz": its gzip copy), opened now: an open file stays
    readable when a newer one replaces it, and one that vanished before the open is made
    again."""
    for _attempt in range(3):
        try:
            return open(path + suffix, "rb")  # FileResponse closes it
        except FileNotFoundError:
            path = remake()
    raise RuntimeError(f"open data file {path}{suffix} vanished three times")


def _accepts_gzip(request: HttpRequest) -> bool:
    for part in request.headers.get("Accept-Encoding", "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


@require_GET
def open_data(request: HttpRequest, year: str, fmt: str) -> HttpResponseBase:
    try:
        org = organisation(request.GET.get("org"))
    except NotFound as exc:
        return envelope(exc.status, exc.code, exc.message, exc.details)
    y = int(year)
    base = request.build_absolute_uri("/r/")
    write = _writer(fmt, y, org, _url_of(base, y))
    packed = fmt in COMPRESSED and _accepts_gzip(request)
    made = functools.partial(cached_file, y, org, fmt, base, write)
    handle = _open(made(), made, ".gz" if packed else "")
    name = f"nianbao-{y}" + (f"-{org.code}" if org else "") + f".{fmt}"
    # FileResponse hands the open file to the server (gunicorn sends it with sendfile, no
    # Python loop over the bytes) and states its length.
    response = FileResponse(
        handle, as_attachment=True, filename=name, content_type=CONTENT_TYPES[fmt]
    )
    if fmt in COMPRESSED:
        patch_vary_headers(response, ["Accept-Encoding"])
    if packed:
        response["Content-Encoding"] = "gzip"
    return response


def _places(selected: Organisation | None) -> QuerySet[Organisation]:
    """The regions offered to narrow the column: the top of the tree and the level below,
    the way down to the selection and its children (a country has thousands of offices and
    departments; they are reached level by level, or found by name)."""
    tops = Organisation.objects.filter(parent__isnull=True)
    places = Q(parent__isnull=True) | Q(parent__in=tops)
    if selected is not None:
        above = [int(p) for p in selected.path.strip("/").split("/") if p]
        places |= Q(pk__in=above) | Q(parent=selected)
    return Organisation.objects.filter(places).only("code", "name", "path").order_by("path")


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
    number = request.GET.get("page") or "1"
    # The column is the same for every visitor until a report of the year changes (a
    # publication saves the report): rendered once per search and page, then kept.
    body = freshness.cached(
        "collection-body",
        None,
        [year],
        lambda: _collection_body(year, q, site_type, org_code, number),
        "\x1f".join((q, site_type, org_code, number)),
    )
    return render(request, "supervision/collection.html", {"year": year, "body": body})


def _collection_body(year: int, q: str, site_type: str, org_code: str, number: str) -> str:
    org = Organisation.objects.filter(code=org_code).first() if org_code else None
    versions = (
        current_versions(year, org)
        .select_related("report__site__organisation")
        .only(
            "number",
            "published_at",
            "report__site__code",
            "report__site__name",
            "report__site__organisation__name",
        )
    )
    if org_code and org is None:
        versions = versions.none()
    if q:
        versions = versions.filter(report__site__name__icontains=q)
    if site_type:
        versions = versions.filter(values__site_type=site_type)
    # The count is kept apart from the pages: every page of one search shares it.
    count = freshness.cached(
        "collection-count",
        org,
        [year],
        versions.count,
        f"{q}|{site_type}|{org_code}",
    )
    page = KnownCount(versions, PAGE_SIZE, count).get_page(number)
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
    return render_to_string(
        "supervision/collection_body.html",
        {
            "year": year,
            "page": page,
            "q": q,
            "site_type": site_type,
            "org_code": org_code,
            "org": org,
            "org_unknown": bool(org_code and org is None),
            "organisations": _places(org),
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
