"""Who has reported by the deadline: counts, reporting rate and on-time rate.

The idea of DHIS2's completeness and timeliness: the reporting rate is the share
of expected reports that have been submitted (any state from submitted on), the
on-time rate the share submitted by the deadline. A supervisor sees that a
draft exists, never its values, so only states and dates come in here.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

STATES = ("not_started", "draft", "submitted", "returned", "approved", "published")
REPORTED = frozenset({"submitted", "approved", "published"})
"""A returned report goes back to the unit, so it counts as not reported until resubmitted."""


@dataclass(frozen=True, slots=True)
class SiteStatus:
    site: str
    state: str
    group: str = ""
    """Where the site sits for the breakdown (e.g. its organisation or level)."""
    submitted_on: datetime.date | None = None
    """First submission of the current cycle, if any."""
    deadline: datetime.date | None = None
    """The site's own deadline when extended; else the region's applies."""


class Rates:
    """The reporting and on-time rates of whatever counts expected, reported and on-time
    sites: the whole selection here, one organisation's share on the supervisor's page."""

    expected: int
    reported: int
    on_time: int

    @property
    def reporting_rate(self) -> float | None:
        return self.reported / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.expected if self.expected else None


@dataclass
class Progress(Rates):
    expected: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    reported: int = 0
    on_time: int = 0
    late: list[str] = field(default_factory=list)
    """Sites past their deadline and not reported, plus those reported after it."""


def progress(
    statuses: Iterable[SiteStatus], deadline: datetime.date, today: datetime.date
) -> dict[str, Progress]:
    """Group ("" for all) → progress of the reports expected there."""
    out: dict[str, Progress] = {}
    for status in statuses:
        if status.state not in STATES:
            raise ValueError(f"unknown report state {status.state!r}")
        due = status.deadline or deadline
        for name in {"", status.group}:
            p = out.setdefault(name, Progress())
            p.expected += 1
            p.counts[status.state] += 1
            if status.state in REPORTED:
                p.reported += 1
                if status.submitted_on is not None and status.submitted_on <= due:
                    p.on_time += 1
                elif status.submitted_on is not None:
                    p.late.append(status.site)
            elif today > due:
                p.late.append(status.site)
    return out
