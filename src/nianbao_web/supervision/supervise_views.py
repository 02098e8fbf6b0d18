"""Supervisor pages: progress by the deadline, totals and distributions, anomalies, 汇总表."""

from __future__ import annotations

import datetime
import os
import tempfile
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from nianbao.analytics import find_anomalies, progress, summarise
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
from nianbao_web.supervision import scope

STATE_LABELS = {"not_started": "未开始", **{s.value: str(s.label) for s in State}}
View = Callable[..., HttpResponseBase]


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
        "organisations": scope.choices(request.user),
        "query": f"org={org.code}&year={year}",
    }


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


@supervisor_page
def progress_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    rows = scope.site_rows(org, year)
    today = datetime.date.today()
    default_due = RuleSettings.parse_deadline(org.deadline).deadline_for(year)
    by_group = progress((r.status for r in rows), default_due, today)
    overall = by_group.pop("", None)
    late = set(overall.late) if overall else set()
    state = request.GET.get("state", "")
    listed = [r for r in rows if not state or r.status.state == state]
    groups = [
        {
            "name": name,
            "p": p,
            "reporting": _percent(p.reporting_rate),
            "on_time": _percent(p.on_time_rate),
            "reporting_value": round((p.reporting_rate or 0) * 100, 1),
            "on_time_value": round((p.on_time_rate or 0) * 100, 1),
        }
        for name, p in by_group.items()
    ]
    context = _base(request, org, year, "progress") | {
        "overall": overall,
        "overall_reporting": _percent(overall.reporting_rate if overall else None),
        "overall_on_time": _percent(overall.on_time_rate if overall else None),
        "counts": [(s, STATE_LABELS[s], overall.counts[s] if overall else 0) for s in STATES],
        "groups": groups,
        "chart_height": max(200, 26 * len(groups) + 80),
        "sites": [
            {
                "row": r,
                "label": STATE_LABELS[r.status.state],
                "late": r.status.site in late,
            }
            for r in listed
        ],
        "late_sites": [r for r in rows if r.status.site in late],
        "state": state,
        "states": [(s, STATE_LABELS[s]) for s in STATES],
    }
    return render(request, "supervision/progress.html", context)


def _type_label(form: Form, group: str) -> str:
    """Peer groups are site-type keys; show the form's label for them."""
    field = form.by_key.get("site_type")
    labels = {c.key: c.label for c in field.choices} if field else {}
    return labels.get(group, group)


@supervisor_page
def statistics_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    data, ids = scope.visible_dataset(org, [year])
    summaries = summarise(data, year)
    numeric = data.numeric_fields()
    key = request.GET.get("key") or (numeric[0].key if numeric else "")
    field = data.form.by_key.get(key)
    top = [
        {"entry": e, "report_id": ids.get((e.site, year)), "value": e.values[key]}
        for e in (ranking(data, key, year) if field else [])
    ]
    context = _base(request, org, year, "statistics") | {
        "summaries": summaries,
        "fields": numeric,
        "key": key,
        "field": field,
        "ranking": top,
        "distribution": [
            (_type_label(data.form, group), summary)
            for group, rows in summaries.items()
            for summary in rows
            if summary.key == key
        ],
        "totals": summaries.get(ALL, []),
    }
    return render(request, "supervision/statistics.html", context)


@supervisor_page
def anomalies_page(request: HttpRequest, org: Organisation, year: int) -> HttpResponse:
    data, ids = scope.visible_dataset(org, [year - 1, year])
    flags = [
        {
            "flag": flag,
            "href": reverse("review", kwargs={"report_id": ids[(flag.site, year)]})
            + f"#review-{flag.field}",
        }
        for flag in find_anomalies(data, year)
        if (flag.site, year) in ids
    ]
    context = _base(request, org, year, "anomalies") | {"flags": flags}
    return render(request, "supervision/anomalies.html", context)


def _file_chunks(path: str) -> Iterator[bytes]:
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 16):
                yield chunk
    finally:
        os.unlink(path)


@supervisor_page
def summary_workbook(request: HttpRequest, org: Organisation, year: int) -> HttpResponseBase:
    """The 汇总表 of the subtree's submitted-or-later reports of the year."""
    settings = RuleSettings.from_env()
    book = SummaryBook(form=form_for_year(year))
    data, _ids = scope.visible_dataset(org, [year])
    try:
        for entry in data.in_year(year):
            report = core_report(entry.values, year)
            book.add(f"{entry.name}（{entry.site}）", report, check_report(report, settings))
        fd, path = tempfile.mkstemp(suffix=".xlsx")
        with os.fdopen(fd, "wb") as fh:
            book.save(fh)
    except BaseException:
        book.discard()
        raise
    response = StreamingHttpResponse(
        _file_chunks(path),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="summary-{org.code}-{year}.xlsx"'
    return response
