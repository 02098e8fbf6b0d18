"""In-app notifications, and an optional e-mail through Django's e-mail backend."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from nianbao_web.orgs.models import Membership, Organisation
from nianbao_web.reports.models import Notification, Report, State
from nianbao_web.services.deadlines import deadline


def _users_of(org: Organisation, roles: Iterable[str]) -> list[int]:
    return list(
        Membership.objects.filter(organisation=org, role__in=list(roles))
        .values_list("user_id", flat=True)
        .distinct()
    )


def notify(user_ids: Iterable[int], report: Report | None, kind: str, message: str) -> int:
    ids = sorted(set(user_ids))
    Notification.objects.bulk_create(
        [Notification(user_id=i, report=report, kind=kind, message=message) for i in ids]
    )
    emails = [
        u.email for u in get_user_model().objects.filter(pk__in=ids) if getattr(u, "email", "")
    ]
    if emails:
        send_mail(
            f"[年报] {message[:60]}",
            message,
            settings.DEFAULT_FROM_EMAIL,
            emails,
            fail_silently=True,
        )
    return len(ids)


def unit(report: Report, kind: str, message: str) -> int:
    users = _users_of(report.site.organisation, [Membership.Role.FILLER, Membership.Role.REVIEWER])
    return notify(users, report, kind, message)


def reviewers(report: Report, org: Organisation, message: str) -> int:
    return notify(_users_of(org, [Membership.Role.SUPERVISOR]), report, "review", message)


def deadline_reminders(today: datetime.date, days: int) -> int:
    """Remind units whose report is unpublished and due within `days` (once per report a day)."""
    sent = 0
    pending = Report.objects.exclude(state=State.PUBLISHED).select_related(
        "site", "site__organisation"
    )
    for report in pending:
        due = deadline(report)
        if today <= due <= today + datetime.timedelta(days=days):
            already = Notification.objects.filter(
                report=report, kind="deadline", created__date=today
            ).exists()
            if not already:
                sent += unit(
                    report,
                    "deadline",
                    f"{report} 须在 {due:%Y年%m月%d日} 前发布，"
                    f"目前状态：{report.get_state_display()}。",
                )
    return sent
