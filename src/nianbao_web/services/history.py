"""The revision chain: append (inside the caller's transaction), verify, replay."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from nianbao_web.audit.models import Revision
from nianbao_web.reports.models import Report

GENESIS = "0" * 64


def content_hash(row: Revision) -> str:
    content = {
        "report": row.report_id,
        "seq": row.seq,
        "version": row.version,
        "actor": row.actor_name,
        "role": row.role,
        "organisation": row.organisation,
        "at": row.at.isoformat(),
        "kind": row.kind,
        "diff": row.diff,
        "prev": row.prev_hash,
    }
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(
    report: Report,
    *,
    actor_id: int | None,
    actor_name: str,
    role: str,
    organisation: str,
    kind: str,
    diff: dict[str, dict[str, list[Any]]],
) -> Revision:
    """Add the next link; call inside the transaction that changes the report."""
    last = Revision.objects.filter(report=report).order_by("-seq").first()
    row = Revision(
        report=report,
        seq=(last.seq + 1) if last else 1,
        version=report.version,
        actor_id=actor_id,
        actor_name=actor_name,
        role=role,
        organisation=organisation,
        at=timezone.now(),
        kind=kind,
        diff=diff,
        prev_hash=last.hash if last else GENESIS,
    )
    row.hash = content_hash(row)
    row.save()
    return row


@dataclass(frozen=True, slots=True)
class Break:
    report_id: int
    seq: int
    problem: str


def verify(report_ids: list[int] | None = None) -> tuple[int, list[Break]]:
    """(rows checked, breaks): a row whose hash or link does not match, or a gap in seq."""
    rows = Revision.objects.order_by("report_id", "seq")
    if report_ids is not None:
        rows = rows.filter(report_id__in=report_ids)
    breaks: list[Break] = []
    checked = 0
    previous: dict[int, Revision] = {}
    for row in rows.iterator():
        checked += 1
        before = previous.get(row.report_id)
        expected_prev = before.hash if before else GENESIS
        expected_seq = before.seq + 1 if before else 1
        if row.seq != expected_seq:
            breaks.append(Break(row.report_id, row.seq, f"缺少第 {expected_seq} 条记录"))
        if row.prev_hash != expected_prev:
            breaks.append(Break(row.report_id, row.seq, "与上一条记录的链接不符"))
        if content_hash(row) != row.hash:
            breaks.append(Break(row.report_id, row.seq, "内容与其哈希不符（记录被改动）"))
        previous[row.report_id] = row
    return checked, breaks


def replay(report: Report) -> tuple[dict[str, Any], dict[str, Any]]:
    """The values and explanations the revision history produces, from empty."""
    state: dict[str, dict[str, Any]] = {"values": {}, "explanations": {}}
    for row in Revision.objects.filter(report=report).order_by("seq"):
        for part, changes in row.diff.items():
            target = state.setdefault(part, {})
            for key, (_old, new) in changes.items():
                if new is None:
                    target.pop(key, None)
                else:
                    target[key] = new
    return state["values"], state["explanations"]


def diff_of(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        key: [old.get(key), new.get(key)]
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    }
