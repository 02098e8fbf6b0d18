"""Supervisor pages: progress by the deadline, totals and distributions, anomalies, 汇总表."""

from __future__ import annotations

import datetime
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from nianbao.analytics import Dataset, FieldSummary, Flag, find_anomalies, summarise
from nianbao.analytics.progress import STATES
from nianbao.analytics.totals import ALL, ranking
from nianbao.forms import Form, form_for_year
from nianbao.render.summary_book import SummaryBook
from nianbao.rules import check_report
from nianbao.settings import RuleSettings
from nianbao_web.orgs.models import Organisation
from nianbao_web.pages.errors import forbidden
from nianbao_web.reports.models import State
from nianbao_web.services.checking import core_report
from nianbao_web.services.errors import Forbidden, NotFound
from nianbao_web.supervision import freshness, scope, tally
from nianbao_web.supervision.paging import KnownCount

STATE_LABELS = {"not_started": "未开始", **{s.value: str(s.label) for s in State}}
View = Callable[..., HttpResponseBase]
PAGE_SIZE = 50
LATE_PREVIEW = 20


def _year(request: HttpRequest) -> int:
    default = datetime.date.today().year - 1
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return default
    # The column is a small integer: an absurd year would be a database error, not an answer.
    return year if 1990 <= year <= 2999 else default


def supervisor_page(view: Callable[[HttpRequest, Organisation, int], HttpResponseBase]) -> View:
    """Login, then the selection (`?org=`, `?year=`) inside the user's supervised subtrees."""

    @login_required
    @require_GET
    @wraps(view)
    def wrapper(request: HttpRequest) -> HttpResponseBase:
        try:
            org = scope.selection(request.user, request.GET.get("org"))
        except Forbidden:
            return forbidden(request)
        except NotFound as exc:
            return render(
                request, "pages/error.html", {"status": 404, "message": exc.message}, status=404
            )
        return view(request, org, _year(request))

    return wrapper


def _base(request: HttpRequest, org: Organisation, year: int, tab: str) -> dict[str, Any]:
    return {
        "org": org,
        "year": year,
        "tab": tab,
        "organisations": scope.choices(request.user, org),
        "query": f"org={org.code}&year={year}",
    }


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _query(org: Organisation, year: int, **filters: str) -> str:
    """The page's address without the page number, from the values the page understood
    (not the raw query: a kept body must not carry one visitor's stray parameters)."""
    kept = {"org": org.code, "year": str(year), **filters}
    return urlencode({k: v for k, v in kept.items() if v})


@supervisor_page
def progress_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    today = timezone.localdate()
    state = request.GET.get("state", "")
    state = state if state in STATES else ""
    late_only = request.GET.get("late") == "1"
    number = request.GET.get("page") or "1"
    body = freshness.cached(
        "progress-body",
        org,
        [year],
        lambda: _progress_body(
            org, year, today=today, state=state, late_only=late_only, number=number
        ),
        f"{today.isoformat()}|{state}|{late_only}|{number}",
    )
    context = _base(request, org, year, "progress") | {
        "body": body,
        "state": state,
        "late_only": late_only,
        "states": [(s, STATE_LABELS[s]) for s in STATES],
    }
    return render(request, "supervision/progress.html", context)


def _progress_body(
    org: Organisation,
    year: int,
    *,
    today: datetime.date,
    state: str,
    late_only: bool,
    number: str,
) -> str:
    """The page below the filters: the same for every supervisor of `org` until a report
    of the year changes, so it is rendered once and kept (50 dated rows and a bar per
    child organisation cost more than everything else in the request)."""
    counted = freshness.cached(
        "progress",
        org,
        [year],
        lambda: tally.tally(org, year, today, LATE_PREVIEW),
        today.isoformat(),
    )
    overall = counted.overall
    rows = tally.listed(org, year, today, state, late_only)
    page = KnownCount(rows, PAGE_SIZE, tally.listed_count(counted, state, late_only)).get_page(
        number
    )
    groups = [
        {
            "name": g.name,
            "code": g.code,
            "drill": g.code != org.code,
            "p": g,
            "reporting": _percent(g.reporting_rate),
            "on_time": _percent(g.on_time_rate),
            "reporting_value": round((g.reporting_rate or 0) * 100, 1),
            "on_time_value": round((g.on_time_rate or 0) * 100, 1),
        }
        for g in counted.groups
    ]
    return render_to_string(
        "supervision/progress_body.html",
        {
            "year": year,
            "overall": overall,
            "overall_reporting": _percent(overall.reporting_rate),
            "overall_on_time": _percent(overall.on_time_rate),
            "counts": [(s, STATE_LABELS[s], overall.counts[s]) for s in STATES],
            "groups": groups,
            "chart_height": max(200, 26 * len(groups) + 80),
            "page": page,
            "sites": [(s, STATE_LABELS[s.st]) for s in page.object_list],
            "late_sites": counted.late_preview,
            "late_total": overall.late,
            "late_query": _query(org, year, late="1"),
            "page_query": _query(org, year, state=state, late="1" if late_only else ""),
            "state": state,
            "late_only": late_only,
        },
    )


def _type_label(form: Form, group: str) -> str:
    """Peer groups are site-type keys; show the form's label for them."""
    field = form.by_key.get("site_type")
    labels = {c.key: c.label for c in field.choices} if field else {}
    return labels.get(group, group)


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str
    report_id: int | None
    value: float


@dataclass(frozen=True, slots=True)
class Statistics:
    summaries: dict[str, list[FieldSummary]]
    rankings: dict[str, list[Ranked]]


def _statistics(org: Organisation, year: int) -> Statistics:
    data, ids = scope.visible_dataset(org, [year])
    return Statistics(
        summarise(data, year),
        {
            f.key: [
                Ranked(e.name, ids.get((e.site, year)), e.values[f.key])
                for e in ranking(data, f.key, year)
            ]
            for f in data.numeric_fields()
        },
    )


@supervisor_page
def statistics_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    form = form_for_year(year)
    numeric = Dataset(form).numeric_fields()
    key = request.GET.get("key", "")
    if key not in form.by_key:
        key = numeric[0].key if numeric else ""
    body = freshness.cached(
        "statistics-body", org, [year], lambda: _statistics_body(org, year, form, key), key
    )
    context = _base(request, org, year, "statistics") | {
        "body": body,
        "fields": numeric,
        "key": key,
    }
    return render(request, "supervision/statistics.html", context)


def _statistics_body(org: Organisation, year: int, form: Form, key: str) -> str:
    """The page below the filters for one chosen field, rendered once per data state."""
    stats = freshness.cached("statistics", org, [year], lambda: _statistics(org, year))
    field = form.by_key.get(key) if key in stats.rankings else None
    summaries = stats.summaries
    return render_to_string(
        "supervision/statistics_body.html",
        {
            "key": key,
            "field": field,
            "ranking": stats.rankings.get(key, []),
            "distribution": [
                (_type_label(form, group), summary)
                for group, rows in summaries.items()
                for summary in rows
                if summary.key == key
            ],
            "totals": summaries.get(ALL, []),
        },
    )


def _anomalies(org: Organisation, year: int) -> list[tuple[Flag, int]]:
    data, ids = scope.visible_dataset(org, [year - 1, year])
    return [
        (flag, ids[(flag.site, year)])
        for flag in find_anomalies(data, year)
        if (flag.site, year) in ids
    ]


@supervisor_page
def anomalies_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    found = freshness.cached("anomalies", org, [year - 1, year], lambda: _anomalies(org, year))
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    flags = [
        {
            "flag": flag,
            "href": reverse("review", kwargs={"report_id": report_id}) + f"#review-{flag.field}",
        }
        for flag, report_id in page.object_list
    ]
    context = _base(request, org, year, "anomalies") | {
        "flags": flags,
        "page": page,
        "page_query": _query(org, year),
    }
    return render(request, "supervision/anomalies.html", context)


@supervisor_page
def summary_workbook(request: HttpRequest, org: Organisation, year: int) -> HttpResponseBase:
    """The 汇总表 of the subtree's submitted-or-later reports of the year."""
    settings = RuleSettings.from_env()
    book = SummaryBook(form=form_for_year(year))
    data, _ids = scope.visible_dataset(org, [year])
    # Anonymous: the file is gone once the response (which sends it by sendfile) closes it.
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    try:
        for entry in data.in_year(year):
            report = core_report(entry.values, year)
            book.add(f"{entry.name}（{entry.site}）", report, check_report(report, settings))
        book.save(handle)
    except BaseException:
        book.discard()
        handle.close()
        raise
    handle.seek(0)
    response = FileResponse(
        handle,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="summary-{org.code}-{year}.xlsx"'
    return response
