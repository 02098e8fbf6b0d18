"""When a report is due: the organisation's month-day (default `nianbao.settings.DEADLINE`),
the year after the report year, unless a supervisor extended it."""

from __future__ import annotations

import datetime

from nianbao.settings import RuleSettings
from nianbao_web.orgs.models import Organisation
from nianbao_web.reports.models import Report


def deadline(report: Report) -> datetime.date:
    if report.deadline_extended_to is not None:
        return report.deadline_extended_to
    return organisation_deadline(report.site.organisation, report.year)


def organisation_deadline(org: Organisation, year: int) -> datetime.date:
    """The organisation's own deadline for `year`'s reports (nothing extended)."""
    return RuleSettings.parse_deadline(org.deadline).deadline_for(year)


def is_late(report: Report, today: datetime.date | None = None) -> bool:
    """Published after the deadline, or not published and the deadline has passed."""
    due = deadline(report)
    if report.published_at is not None:
        return report.published_at.date() > due
    return (today or datetime.date.today()) > due
