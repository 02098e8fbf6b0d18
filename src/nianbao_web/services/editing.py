"""Saving a report's values: permission, lock, optimistic version guard and history,
all in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from nianbao_web import policy
from nianbao_web.audit.models import Revision
from nianbao_web.reports.models import EDITABLE_STATES, Report
from nianbao_web.services import history
from nianbao_web.services.actors import Actor
from nianbao_web.services.checking import form_for, stored_value
from nianbao_web.services.errors import Forbidden, Locked, NotFound, ServiceError, StaleEdit


def lock_for_write(report_id: int) -> Report:
    """The report row, locked until the transaction ends (PostgreSQL row lock; on SQLite the
    IMMEDIATE transaction already holds the database write lock)."""
    try:
        return (
            Report.objects.select_for_update()
            .select_related("site", "site__organisation")
            .get(pk=report_id)
        )
    except Report.DoesNotExist:
        raise NotFound("报表不存在。") from None


def changes_since(report: Report, based_on: int) -> list[dict[str, Any]]:
    """Every field change after version `based_on`: who, when, old → new."""
    form = form_for(report.year)
    out = []
    for row in Revision.objects.filter(report=report, version__gt=based_on).order_by("seq"):
        for part, changes in row.diff.items():
            for key, (old, new) in changes.items():
                field = form.by_key.get(key) if part == "values" else None
                out.append(
                    {
                        "field": key,
                        "label": field.display if field else f"警告说明 {key}",
                        "old": old,
                        "new": new,
                        "by": row.actor_name,
                        "role": row.role,
                        "at": row.at.isoformat(),
                        "version": row.version,
                    }
                )
    return out


def stale_message(changes: list[dict[str, Any]]) -> str:
    parts = [
        f"{c['by']}（{c['role']}）把「{c['label']}」从 {c['old'] if c['old'] is not None else '空'}"
        f" 改为 {c['new'] if c['new'] is not None else '空'}"
        for c in changes[:8]
    ]
    more = f"等 {len(changes)} 处" if len(changes) > 8 else ""
    return (
        "保存未成功：您打开报表之后，报表已被修改——"
        + "；".join(parts)
        + more
        + "。您填写的内容仍在页面上：请核对上述改动后再保存。"
    )


def require_editable(actor: Actor, report: Report) -> None:
    if not policy.can(actor.user, "view", report):
        raise NotFound("报表不存在。")
    if report.state not in EDITABLE_STATES:
        raise Locked(
            f"报表处于「{report.get_state_display()}」状态，已锁定，不能修改"
            "（已发布的报表请先发起更正）。"
        )
    if not policy.can(actor.user, "edit", report):
        raise Forbidden("您没有修改这份报表的权限。")


def save(
    actor: Actor,
    report_id: int,
    based_on: int,
    *,
    values: Mapping[str, Any] | None = None,
    explanations: Mapping[str, str | None] | None = None,
    provenance: Mapping[str, Any] | None = None,
    kind: str = "edit",
) -> Report:
    """Apply a patch (key → value, None removes) based on version `based_on`.

    Refused when the report moved on since `based_on` (StaleEdit names who changed what),
    when it is locked, or when the actor may not edit it. One revision per successful save.
    """
    with transaction.atomic():
        report = lock_for_write(report_id)
        require_editable(actor, report)
        if report.version != based_on:
            changes = changes_since(report, based_on)
            raise StaleEdit(
                stale_message(changes), {"current_version": report.version, "changes": changes}
            )
        form = form_for(report.year)
        unknown = sorted(set(values or {}) - set(form.by_key))
        if unknown:
            raise ServiceError(
                f"表单 {form.id} 中没有这些栏目：{'、'.join(unknown)}。", {"unknown_keys": unknown}
            )
        coerced = {k: stored_value(form.by_key[k], v) for k, v in (values or {}).items()}
        new_values = _patched(report.values, coerced)
        new_explanations = _patched(report.explanations, explanations or {})
        diff = {
            part: changes
            for part, changes in (
                ("values", history.diff_of(report.values, new_values)),
                ("explanations", history.diff_of(report.explanations, new_explanations)),
            )
            if changes
        }
        if provenance is not None:
            report.provenance = {k: v for k, v in provenance.items() if k in new_values}
        if not diff:
            if provenance is not None:
                report.save(update_fields=["provenance", "updated"])
            return report
        report.values = new_values
        report.explanations = new_explanations
        report.version += 1
        report.save(update_fields=["values", "explanations", "provenance", "version", "updated"])
        role, org = actor.role_on(report)
        history.append(
            report,
            actor_id=actor.user_id,
            actor_name=actor.name,
            role=role,
            organisation=org,
            kind=f"{actor.via}:{kind}",
            diff=diff,
        )
        return report


def _patched(current: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(current)
    for key, value in patch.items():
        if value is None or value == "":
            out.pop(key, None)
        else:
            out[key] = value
    return out
