"""Submit, withdraw, return, approve (level by level up the tree), publish, correct, extend.

Each transition checks the policy and the state, records a Transition row and
notifies the people who act next, all in one transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from nianbao_web import policy
from nianbao_web.audit.models import Transition
from nianbao_web.orgs.models import Organisation
from nianbao_web.reports.models import EDITABLE_STATES, Report, ReportVersion, State
from nianbao_web.services import notify
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import findings
from nianbao_web.services.editing import lock_for_write
from nianbao_web.services.errors import Forbidden, NotFound, NotReady, WorkflowError


def review_chain(report: Report) -> list[Organisation]:
    """Organisations that review this report, nearest first (e.g. the city, then the province)."""
    return [org for org in report.site.organisation.ancestors() if org.reviews]


def _load(actor: Actor, report_id: int, action: policy.Action, what: str) -> Report:
    report = lock_for_write(report_id)
    if not policy.can(actor.user, "view", report):
        raise NotFound("报表不存在。")
    if not policy.can(actor.user, action, report):
        raise (
            WorkflowError(f"报表处于「{report.get_state_display()}」状态，您现在不能{what}。")
            if _role_ok(actor, action, report)
            else Forbidden(f"您没有{what}这份报表的权限。")
        )
    return report


def _role_ok(actor: Actor, action: policy.Action, report: Report) -> bool:
    roles = policy.roles_on(actor.user, report)
    if action in ("review", "extend"):
        return "supervisor" in roles or "admin" in roles
    return bool(roles & {"filler", "reviewer", "admin"})


def _log(
    actor: Actor,
    report: Report,
    before: str,
    action: str,
    *,
    reason: str = "",
    comments: Mapping[str, str] | None = None,
    org: Organisation | None = None,
) -> None:
    Transition.objects.create(
        report=report,
        actor_id=actor.user_id,
        actor_name=actor.name,
        organisation=org.name if org else report.site.organisation.name,
        from_state=before,
        to_state=report.state,
        action=action,
        reason=reason,
        field_comments=dict(comments or {}),
    )


def readiness(report: Report) -> list[str]:
    """Why the report cannot be submitted yet (empty: it can)."""
    problems = []
    found = findings(report.values, report.year)
    errors = [f for f in found if f.is_error]
    if errors:
        problems.append(f"还有 {len(errors)} 个错误：" + "；".join(f.message for f in errors[:3]))
    unexplained = [
        f for f in found if not f.is_error and not str(report.explanations.get(f.rule, "")).strip()
    ]
    if unexplained:
        problems.append(
            f"{len(unexplained)} 个警告尚未填写说明："
            + "；".join(f.message for f in unexplained[:3])
        )
    return problems


def submit(actor: Actor, report_id: int) -> Report:
    with transaction.atomic():
        report = _load(actor, report_id, "submit", "提交")
        problems = readiness(report)
        if problems:
            raise NotReady("报表还不能提交：" + " ".join(problems), problems)
        before = report.state
        chain = review_chain(report)
        report.reviewed_levels = 0
        report.submitted_at = timezone.now()
        if chain:
            report.state, report.review_org = State.SUBMITTED, chain[0]
        else:
            report.state, report.review_org = State.APPROVED, None
        report.save()
        _log(actor, report, before, "submit")
        if report.review_org:
            notify.reviewers(report, report.review_org, f"{report} 已提交，等待您审核。")
        return report


def withdraw(actor: Actor, report_id: int) -> Report:
    with transaction.atomic():
        report = _load(actor, report_id, "withdraw", "撤回（审核开始后不能撤回）")
        before = report.state
        report.state, report.review_org = State.DRAFT, None
        report.save()
        _log(actor, report, before, "withdraw")
        return report


def return_report(
    actor: Actor, report_id: int, reason: str, comments: Mapping[str, str] | None = None
) -> Report:
    if not reason.strip() and not any(str(c).strip() for c in (comments or {}).values()):
        raise WorkflowError("退回时请写明原因或在栏目旁写意见。")
    with transaction.atomic():
        report = _load(actor, report_id, "review", "退回")
        org = report.review_org
        before = report.state
        report.state, report.review_org, report.reviewed_levels = State.RETURNED, None, 0
        report.save()
        clean = {k: v for k, v in (comments or {}).items() if str(v).strip()}
        _log(actor, report, before, "return", reason=reason, comments=clean, org=org)
        notify.unit(report, "returned", f"{report} 被{org.name if org else ''}退回：{reason}")
        return report


def approve(actor: Actor, report_id: int, reason: str = "") -> Report:
    with transaction.atomic():
        report = _load(actor, report_id, "review", "审核通过")
        org = report.review_org
        before = report.state
        chain = review_chain(report)
        level = report.reviewed_levels + 1
        report.reviewed_levels = level
        if level < len(chain):
            report.review_org = chain[level]
        else:
            report.state, report.review_org = State.APPROVED, None
        report.save()
        _log(actor, report, before, "approve", reason=reason, org=org)
        if report.review_org:
            notify.reviewers(report, report.review_org, f"{report} 已通过下级审核，等待您审核。")
        else:
            notify.unit(report, "approved", f"{report} 已审核通过，可以发布。")
        return report


def publish(actor: Actor, report_id: int, note: str = "") -> Report:
    with transaction.atomic():
        report = _load(actor, report_id, "publish", "发布")
        before = report.state
        now = timezone.now()
        last = report.versions.order_by("-number").first()
        ReportVersion.objects.create(
            report=report,
            number=(last.number + 1) if last else 1,
            values=report.values,
            published_at=now,
            published_by_id=actor.user_id,
            note=note,
        )
        report.state, report.published_at = State.PUBLISHED, now
        report.save()
        _log(actor, report, before, "publish", reason=note)
        return report


def start_correction(actor: Actor, report_id: int, reason: str) -> Report:
    """Reopen a published report as a draft; the published version stays public until the
    corrected one is reviewed and published as the next version."""
    if not reason.strip():
        raise WorkflowError("请写明更正原因。")
    with transaction.atomic():
        report = _load(actor, report_id, "correct", "更正")
        before = report.state
        report.state, report.reviewed_levels = State.DRAFT, 0
        report.save()
        _log(actor, report, before, "correct", reason=reason)
        return report


def extend_deadline(actor: Actor, report_id: int, until: datetime.date, reason: str) -> Report:
    with transaction.atomic():
        report = _load(actor, report_id, "extend", "延期")
        if report.state == State.PUBLISHED:
            raise WorkflowError("报表已发布，无需延期。")
        report.deadline_extended_to = until
        report.save(update_fields=["deadline_extended_to", "updated"])
        _log(actor, report, report.state, "extend", reason=f"延期至 {until.isoformat()}：{reason}")
        notify.unit(report, "deadline", f"{report} 的发布期限已延至 {until:%Y年%m月%d日}。")
        return report


def is_locked(report: Report) -> bool:
    return report.state not in EDITABLE_STATES
