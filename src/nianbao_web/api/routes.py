"""The REST API: validate (anonymous), extract, reports and their workflow transitions.

Handlers are thin: they call the same services and policy as the pages.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from ninja import File, NinjaAPI, Status, UploadedFile
from ninja.throttling import AnonRateThrottle

from nianbao_web import policy
from nianbao_web.api import envelope
from nianbao_web.api.auth import AUTH
from nianbao_web.api.schemas import (
    FindingsOut,
    ReportCreate,
    ReportOut,
    ReportUpdate,
    RevisionOut,
    TransitionIn,
)
from nianbao_web.audit.models import Revision
from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Report, State
from nianbao_web.services import editing, extraction, reports, workflow
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import findings
from nianbao_web.services.deadlines import deadline, is_late
from nianbao_web.services.errors import NotFound, ServiceError

api = NinjaAPI(
    title="nianbao 年报 API",
    version="1",
    description="政府网站工作年度报表：校验、提取、填报与审核流程。错误统一为 "
    '{"error": {"code", "message", "details"}}。',
    urls_namespace="api",
    auth=AUTH,
    docs_url=None,  # the interactive docs load Swagger from a CDN; /api/openapi.json is enough
)
envelope.install(api)


class ValidateThrottle(AnonRateThrottle):
    """Per client address, for everyone (the endpoint is anonymous)."""

    def __init__(self) -> None:
        super().__init__(settings.VALIDATE_RATE)

    def allow_request(self, request: HttpRequest) -> bool:
        # Read on every call, so the rate follows the settings (and tests can change it).
        self.rate = settings.VALIDATE_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request: HttpRequest) -> str | None:
        return self.cache_format % {"scope": "validate", "ident": self.get_ident(request)}


def _actor(request: HttpRequest) -> Actor:
    return Actor(request.user, "api")


def _out(request: HttpRequest, report: Report) -> dict[str, Any]:
    visible = policy.can(request.user, "view_values", report)
    versions = [v.number for v in report.versions.order_by("number")]
    return {
        "id": report.pk,
        "site_code": report.site.code,
        "site_name": report.site.name,
        "organisation": report.site.organisation.name,
        "year": report.year,
        "form": report.form_id,
        "state": report.state,
        "version": report.version,
        "values": report.values if visible else None,
        "explanations": report.explanations if visible else None,
        "review_org": report.review_org.name if report.review_org else None,
        "deadline": deadline(report).isoformat(),
        "late": is_late(report),
        "published_versions": versions,
        "public_url": reverse(
            "published", kwargs={"site_code": report.site.code, "year": report.year}
        )
        if versions
        else None,
    }


@api.post(
    "/validate",
    auth=None,
    throttle=[ValidateThrottle()],
    response=FindingsOut,
    summary="校验一份报表（匿名）",
)
def validate(request: HttpRequest) -> dict[str, Any]:
    """Body: a report mapping (canonical key → value). Unknown keys become findings."""
    if len(request.body) > settings.VALIDATE_MAX_BYTES:
        raise ServiceError(f"请求体超过上限 {settings.VALIDATE_MAX_BYTES} 字节。") from None
    try:
        body = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ServiceError("请求体不是有效的 JSON：请发送一个 JSON 对象（栏目键 → 值）。") from None
    if not isinstance(body, dict):
        raise ServiceError('请求体必须是 JSON 对象（栏目键 → 值），例如 {"year": 2024}。')
    return {"findings": [f.to_dict() for f in findings(body)]}


@api.post("/extract", summary="从上传的报表文件提取数据")
def extract(request: HttpRequest, file: File[UploadedFile]) -> dict[str, Any]:
    """Multipart `file` → the `nianbao extract --json` record."""
    return extraction.record(file)


@api.get("/reports", response=list[ReportOut], summary="我可见的报表")
def list_reports(
    request: HttpRequest, year: int | None = None, state: str | None = None
) -> list[dict[str, Any]]:
    rows = policy.visible_reports(request.user).prefetch_related("versions")
    if year is not None:
        rows = rows.filter(year=year)
    if state in State.values:
        rows = rows.filter(state=state)
    return [_out(request, r) for r in rows[:1000]]


@api.post("/reports", response={201: ReportOut}, summary="新建报表")
def create_report(request: HttpRequest, body: ReportCreate) -> Status[dict[str, Any]]:
    site = Site.objects.filter(code=body.site_code).first()
    if site is None:
        raise NotFound(f"没有标识码为 {body.site_code} 的网站。")
    report = reports.create(_actor(request), site.pk, body.year)
    return Status(201, _out(request, report))


@api.get("/reports/{report_id}", response=ReportOut, summary="读取报表")
def read_report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    return _out(request, reports.get(_actor(request), report_id))


@api.patch("/reports/{report_id}", response=ReportOut, summary="修改报表（需带 version）")
def update_report(request: HttpRequest, report_id: int, body: ReportUpdate) -> dict[str, Any]:
    actor = _actor(request)
    reports.get(actor, report_id)
    report = editing.save(
        actor, report_id, body.version, values=body.values, explanations=body.explanations
    )
    return _out(request, report)


@api.get("/reports/{report_id}/findings", response=FindingsOut, summary="报表的检查结果")
def report_findings(request: HttpRequest, report_id: int) -> dict[str, Any]:
    report = reports.get(_actor(request), report_id)
    if not policy.can(request.user, "view_values", report):
        raise NotFound("报表尚未提交，监管单位看不到草稿内容。")
    return {"findings": [f.to_dict() for f in findings(report.values, report.year)]}


@api.get("/reports/{report_id}/history", response=list[RevisionOut], summary="修订记录")
def report_history(request: HttpRequest, report_id: int) -> list[dict[str, Any]]:
    report = reports.get(_actor(request), report_id)
    if not policy.can(request.user, "view_values", report):
        raise NotFound("报表尚未提交，监管单位看不到草稿内容。")
    return [
        {
            "seq": r.seq,
            "version": r.version,
            "actor": r.actor_name,
            "role": r.role,
            "organisation": r.organisation,
            "at": r.at.isoformat(),
            "kind": r.kind,
            "diff": r.diff,
            "hash": r.hash,
        }
        for r in Revision.objects.filter(report=report).order_by("seq")
    ]


@api.post("/reports/{report_id}/{action}", response=ReportOut, summary="流程操作")
def transition(
    request: HttpRequest, report_id: int, action: str, body: TransitionIn
) -> dict[str, Any]:
    """`action`: submit | withdraw | return | approve | publish | correct | extend."""
    actor = _actor(request)
    reports.get(actor, report_id)
    if action == "submit":
        report = workflow.submit(actor, report_id)
    elif action == "withdraw":
        report = workflow.withdraw(actor, report_id)
    elif action == "return":
        report = workflow.return_report(actor, report_id, body.reason, body.comments)
    elif action == "approve":
        report = workflow.approve(actor, report_id, body.reason)
    elif action == "publish":
        report = workflow.publish(actor, report_id, body.reason)
    elif action == "correct":
        report = workflow.start_correction(actor, report_id, body.reason)
    elif action == "extend":
        try:
            until = datetime.date.fromisoformat(body.until or "")
        except ValueError:
            raise ServiceError("until 须为 YYYY-MM-DD 格式的日期。") from None
        report = workflow.extend_deadline(actor, report_id, until, body.reason)
    else:
        raise NotFound(f"没有「{action}」这个流程操作。")
    return _out(request, report)
