"""In-app notifications, and an optional e-mail through Django's e-mail backend."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction

from nianbao_web.orgs.models import Membership, Organisation, Site
from nianbao_web.policy import UNIT_ROLES
from nianbao_web.reports.models import Notification, Report, State
from nianbao_web.services.deadlines import deadline, organisation_deadline


def _users_of(org: Organisation, roles: Iterable[str]) -> list[int]:
    return list(
        Membership.objects.filter(organisation=org, role__in=list(roles))
        .values_list("user_id", flat=True)
        .distinct()
    )


def notify(
    user_ids: Iterable[int],
    report: Report | None,
    kind: str,
    message: str,
    site: Site | None = None,
) -> int:
    ids = sorted(set(user_ids))
    Notification.objects.bulk_create(
        [Notification(user_id=i, report=report, site=site, kind=kind, message=message) for i in ids]
    )
    emails = [
        u.email for u in get_user_model().objects.filter(pk__in=ids) if getattr(u, "email", "")
    ]
    if emails:
        # After the commit: a slow mail server must not hold the report's row lock, and a
        # transaction rolled back must not have sent news of what did not happen.
        transaction.on_commit(
            lambda: send_mail(
                f"[年报] {message[:60]}",
                message,
                settings.DEFAULT_FROM_EMAIL,
                emails,
                fail_silently=True,
            )
        )
    return len(ids)


def unit(report: Report, kind: str, message: str) -> int:
    return notify(_users_of(report.site.organisation, UNIT_ROLES), report, kind, message)


def reviewers(report: Report, org: Organisation, message: str) -> int:
    return notify(_users_of(org, [Membership.Role.SUPERVISOR]), report, "review", message)


REMINDED_STATES = (State.DRAFT, State.RETURNED, State.APPROVED)
"""Where the unit has to act: fill in, correct, or publish. A submitted report waits for its
reviewers, and a report once published (even if reopened for a correction) met its deadline."""


@dataclass(frozen=True, slots=True)
class Reminder:
    report_id: int | None
    """None: the site has no report for the year yet (`state` "not_started")."""
    site_code: str
    year: int
    state: str
    due: datetime.date
    users: int

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "due": self.due.isoformat()}


def reminder_kind(today: datetime.date) -> str:
    """The day is part of the kind, so a rerun the same day finds what it already sent,
    whatever the wall clock says (`nianbao remind --today`)."""
    return f"remind:{today.isoformat()}"


def remind(today: datetime.date, days: int) -> list[Reminder]:
    """Remind the units whose report is due within `days` of `today`, once per report a day,
    and those that have not started last year's report whose deadline is that close."""
    window = today + datetime.timedelta(days=days)
    kind = reminder_kind(today)
    return _remind_reports(today, window, kind) + _remind_unstarted(today, window, kind)


def _remind_reports(today: datetime.date, window: datetime.date, kind: str) -> list[Reminder]:
    sent: list[Reminder] = []
    pending = Report.objects.filter(state__in=REMINDED_STATES, published_at__isnull=True)
    for report in pending.select_related("site", "site__organisation"):
        due = deadline(report)
        if not today <= due <= window:
            continue
        with transaction.atomic():
            # Locks the report row: two runs at once (cron and `nianbao serve`) queue here.
            Report.objects.select_for_update().filter(pk=report.pk).exists()
            if Notification.objects.filter(report=report, kind=kind).exists():
                continue
            state = report.get_state_display()
            message = f"{report} 须在 {due:%Y年%m月%d日} 前发布，目前状态：{state}。"
            users = unit(report, kind, message)
        sent.append(Reminder(report.pk, report.site.code, report.year, report.state, due, users))
    return sent


def _remind_unstarted(today: datetime.date, window: datetime.date, kind: str) -> list[Reminder]:
    """Sites expected to report for last year with no report at all: the deadline of the
    year is their organisation's (no report, so nothing extended it)."""
    year = today.year - 1
    sent: list[Reminder] = []
    missing = (
        Site.objects.expected_in(year)
        .exclude(reports__year=year)
        .select_related("organisation")
        .order_by("code")
    )
    for site in missing:
        due = organisation_deadline(site.organisation, year)
        if not today <= due <= window:
            continue
        with transaction.atomic():
            # Locks the site row: two runs at once (cron and `nianbao serve`) queue here.
            Site.objects.select_for_update().filter(pk=site.pk).exists()
            if Notification.objects.filter(site=site, report=None, kind=kind).exists():
                continue
            message = f"{site} 的 {year} 年度报表尚未开始填报，须在 {due:%Y年%m月%d日} 前发布。"
            users = notify(_users_of(site.organisation, UNIT_ROLES), None, kind, message, site)
        sent.append(Reminder(None, site.code, year, "not_started", due, users))
    return sent


def deadline_reminders(today: datetime.date, days: int) -> int:
    """How many notifications `remind` sent."""
    return sum(r.users for r in remind(today, days))
