"""Workflow actions (submit, withdraw, return, approve, publish, correct, extend) and history."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from nianbao_web import policy
from nianbao_web.audit.models import Revision, Transition
from nianbao_web.pages.errors import refused
from nianbao_web.services import reports, workflow
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import findings, form_for
from nianbao_web.services.errors import ServiceError

DONE = {
    "submit": "报表已提交审核。",
    "withdraw": "报表已撤回为草稿。",
    "return": "报表已退回填报单位。",
    "approve": "审核已通过。",
    "publish": "报表已发布。",
    "correct": "已发起更正：原发布版本继续公开，更正稿审核通过并发布后成为新版本。",
    "extend": "发布期限已延长。",
}


@login_required
@require_POST
def act(request: HttpRequest, report_id: int, action: str) -> HttpResponse:
    actor = Actor(request.user)
    post = request.POST
    reason = (post.get("reason") or "").strip()
    try:
        reports.get(actor, report_id)
        if action == "submit":
            workflow.submit(actor, report_id)
        elif action == "withdraw":
            workflow.withdraw(actor, report_id)
        elif action == "return":
            comments = {
                key[len("comment:") :]: post.get(key, "")
                for key in post
                if key.startswith("comment:") and post.get(key, "").strip()
            }
            workflow.return_report(actor, report_id, reason, comments)
        elif action == "approve":
            workflow.approve(actor, report_id, reason)
        elif action == "publish":
            workflow.publish(actor, report_id, reason)
        elif action == "correct":
            workflow.start_correction(actor, report_id, reason)
        elif action == "extend":
            until = datetime.date.fromisoformat(post.get("until", ""))
            workflow.extend_deadline(actor, report_id, until, reason)
        else:
            return render(
                request,
                "pages/error.html",
                {"status": 404, "message": "没有这个操作。"},
                status=404,
            )
    except ServiceError as exc:
        if exc.status in (403, 404):
            return refused(request, exc.status, exc.message)
        messages.error(request, exc.message)
    except ValueError:
        messages.error(request, "日期格式不对：请按 2024-02-15 填写。")
    else:
        messages.success(request, DONE[action])
    return redirect("review" if action in ("return", "approve") else "entry", report_id=report_id)


@login_required
@require_GET
def review_page(request: HttpRequest, report_id: int) -> HttpResponse:
    try:
        report = reports.get(Actor(request.user), report_id)
    except ServiceError as exc:
        return render(
            request, "pages/error.html", {"status": 404, "message": exc.message}, status=404
        )
    can_values = policy.can(request.user, "view_values", report)
    form = form_for(report.year)
    found = findings(report.values, report.year) if can_values else []
    rows = []
    if can_values:
        from nianbao_web.services.checking import display  # noqa: PLC0415

        last = reports.previous_year_values(report)
        for f in form.fields:
            rows.append(
                {
                    "field": f,
                    "value": display(f, report.values.get(f.key)),
                    "last": display(f, last.get(f.key)),
                    "findings": [x.to_dict() for x in found if f.key in x.fields[:1]],
                }
            )
    return render(
        request,
        "pages/review.html",
        {
            "report": report,
            "rows": rows,
            "can_values": can_values,
            "can_review": policy.can(request.user, "review", report),
            "can_extend": policy.can(request.user, "extend", report),
            "explanations": report.explanations,
            "transitions": Transition.objects.filter(report=report),
        },
    )


@login_required
@require_GET
def history_page(request: HttpRequest, report_id: int) -> HttpResponse:
    try:
        report = reports.get(Actor(request.user), report_id)
    except ServiceError as exc:
        return render(
            request, "pages/error.html", {"status": 404, "message": exc.message}, status=404
        )
    can_values = policy.can(request.user, "view_values", report)
    revisions = list(Revision.objects.filter(report=report).order_by("-seq")) if can_values else []
    return render(
        request,
        "pages/history.html",
        {
            "report": report,
            "revisions": revisions,
            "transitions": Transition.objects.filter(report=report).order_by("-at"),
        },
    )
