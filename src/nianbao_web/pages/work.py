"""Logged-in work pages: my reports, new report, notifications, API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from nianbao_web import policy
from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Notification, State
from nianbao_web.services import reports, tokens
from nianbao_web.services.actors import Actor
from nianbao_web.services.deadlines import deadline, is_late
from nianbao_web.services.errors import ServiceError


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    state = request.GET.get("state", "")
    rows = policy.visible_reports(request.user).order_by("-year", "site__code")
    if state in State.values:
        rows = rows.filter(state=state)
    page = list(rows[:300])
    waiting = [r for r in page if policy.can(request.user, "review", r)]
    items = [
        {"report": r, "deadline": deadline(r), "late": is_late(r), "reviewable": r in waiting}
        for r in page
    ]
    return render(
        request,
        "pages/report_list.html",
        {
            "items": items,
            "waiting": len(waiting),
            "states": State.choices,
            "state": state,
            "total": rows.count(),
        },
    )


def _own_sites(request: HttpRequest) -> list[Site]:
    if policy.is_admin(request.user):
        return list(Site.objects.all()[:500])
    orgs = [
        m.organisation_id for m in policy.memberships(request.user) if m.role in policy.UNIT_ROLES
    ]
    return list(Site.objects.filter(organisation_id__in=orgs))


@login_required
@require_http_methods(["GET", "POST"])
def report_new(request: HttpRequest) -> HttpResponse:
    sites = _own_sites(request)
    if request.method == "POST":
        try:
            report = reports.create(
                Actor(request.user),
                int(request.POST.get("site", "0")),
                int(request.POST.get("year", "0")),
            )
        except (ServiceError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", "请选择网站并填写年度。"))
        else:
            return redirect("entry", report_id=report.pk)
    return render(request, "pages/report_new.html", {"sites": sites})


@login_required
@require_http_methods(["GET", "POST"])
def notifications(request: HttpRequest) -> HttpResponse:
    rows = Notification.objects.filter(user_id=int(str(request.user.pk)))
    if request.method == "POST":
        rows.update(read=True)
        return redirect("notifications")
    return render(request, "pages/notifications.html", {"rows": list(rows[:200])})


@login_required
@require_http_methods(["GET", "POST"])
def tokens_view(request: HttpRequest) -> HttpResponse:
    created = None
    if request.method == "POST":
        name = (request.POST.get("name") or "脚本").strip()[:100]
        created = tokens.create(request.user, name)
    return render(
        request,
        "pages/tokens.html",
        {
            "created": created,
            "rows": tokens.listed(request.user),
        },
    )
