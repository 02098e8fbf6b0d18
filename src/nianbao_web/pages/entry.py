"""The entry form: generated from the form definition; saves drafts, checks live, imports files."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from nianbao_web import policy
from nianbao_web.pages import entry_rows
from nianbao_web.pages.errors import refused
from nianbao_web.reports.models import Report
from nianbao_web.services import editing, entry, imports, peer_flags, reports, workflow
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import findings, form_for, stored_values
from nianbao_web.services.deadlines import deadline, is_late
from nianbao_web.services.errors import ServiceError, StaleEdit


def _hints_by_field(hints: peer_flags.Hints | None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for flag in hints.flags if hints else []:
        out.setdefault(flag.field, []).append(peer_flags.hint_dict(flag))
    return out


def _page(
    request: HttpRequest,
    report: Report,
    *,
    values: dict[str, Any] | None = None,
    explanations: dict[str, Any] | None = None,
    conflict: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    form = form_for(report.year)
    can_values = policy.can(request.user, "view_values", report)
    editable = policy.can(request.user, "edit", report)
    shown = values if values is not None else (report.values if can_values else {})
    found = findings(shown, report.year) if can_values else []
    reason, comments = reports.latest_comments(report)
    last_year = entry.previous_values(report) if can_values else {}
    hints = peer_flags.hints(form, report, shown, last_year) if can_values else None
    sections = entry.layout(
        form,
        shown,
        last_year=last_year,
        found=found,
        provenance=report.provenance if values is None else {},
        comments=comments,
    )
    explained = explanations if explanations is not None else report.explanations
    return render(
        request,
        "pages/entry.html",
        {
            "report": report,
            "sections_html": entry_rows.sections_html(
                form,
                sections,
                editable=editable,
                explanations=explained,
                hints=_hints_by_field(hints),
            ),
            "hints": hints,
            "hint_list": [peer_flags.hint_dict(f) for f in hints.flags] if hints else [],
            "can_values": can_values,
            "editable": editable,
            "published_before": report.published_at is not None,
            "can": {
                a: policy.can(request.user, a, report)
                for a in ("submit", "withdraw", "review", "publish", "correct", "extend")
            },
            "errors": sum(1 for f in found if f.is_error),
            "warnings": sum(1 for f in found if not f.is_error),
            "readiness": workflow.readiness(report) if can_values else [],
            "return_reason": reason,
            "deadline": deadline(report),
            "late": is_late(report),
            "conflict": conflict,
            "version": conflict["current_version"] if conflict else report.version,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def entry_form(request: HttpRequest, report_id: int) -> HttpResponse:
    actor = Actor(request.user)
    try:
        report = reports.get(actor, report_id)
    except ServiceError as exc:
        return render(
            request, "pages/error.html", {"status": 404, "message": exc.message}, status=404
        )
    if request.method == "GET":
        return _page(request, report)
    form = form_for(report.year)
    posted = entry.posted_values(form, request.POST)
    rules = [r.id for r in form.rules]
    explanations = entry.posted_explanations(request.POST, rules)
    try:
        based_on = int(request.POST.get("version", "0"))
        editing.save(actor, report.pk, based_on, values=posted, explanations=explanations)
    except StaleEdit as exc:
        messages.error(request, exc.message)
        kept = {k: v for k, v in stored_values(form, posted).items() if v is not None}
        return _page(
            request,
            report,
            values=kept,
            explanations={k: v for k, v in explanations.items() if v},
            conflict=exc.details,
            status=409,
        )
    except ServiceError as exc:
        if exc.status in (403, 404):
            return refused(request, exc.status, exc.message)
        messages.error(request, exc.message)
        return _page(request, report, status=exc.status)
    except ValueError:
        messages.error(request, "表单缺少版本号，请刷新页面后重试。")
        return _page(request, report, status=400)
    messages.success(request, "草稿已保存。")
    return redirect("entry", report_id=report.pk)


@login_required
@require_POST
def check(request: HttpRequest, report_id: int) -> HttpResponse:
    """Findings for what is on the form now (the live check as the user types)."""
    try:
        report = reports.get(Actor(request.user), report_id)
    except ServiceError as exc:
        return JsonResponse(
            {"error": {"code": exc.code, "message": exc.message, "details": None}},
            status=exc.status,
        )
    if not policy.can(request.user, "view_values", report):
        return JsonResponse(
            {"error": {"code": "forbidden", "message": "无权查看。", "details": None}}, status=403
        )
    form = form_for(report.year)
    values = {
        k: v
        for k, v in stored_values(form, entry.posted_values(form, request.POST)).items()
        if v is not None
    }
    found = [f.to_dict() for f in findings(values, report.year)]
    labels = {f.key: f.display for f in form.fields}
    hints = peer_flags.hints(form, report, values, entry.previous_values(report))
    return JsonResponse(
        {"findings": found, "labels": labels, "hints": hints.to_dict()},
        json_dumps_params={"ensure_ascii": False},
    )


@login_required
@require_POST
def import_file(request: HttpRequest, report_id: int) -> HttpResponse:
    actor = Actor(request.user)
    try:
        report = reports.get(actor, report_id)
        editing.require_editable(actor, report)
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, "请选择要导入的文件。")
            return redirect("entry", report_id=report_id)
        imports.import_into(actor, report.pk, int(request.POST.get("version", "0")), upload)
    except ServiceError as exc:
        if exc.status in (403, 404):
            return refused(request, exc.status, exc.message)
        messages.error(request, exc.message)
        return redirect("entry", report_id=report_id)
    messages.success(
        request, f"已从「{upload.name}」导入：每个栏目旁注明了数值的来源，请逐项核对。"
    )
    return redirect("entry", report_id=report_id)
