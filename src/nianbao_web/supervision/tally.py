"""Progress by the deadline, counted by the database: one GROUP BY, whatever the subtree's size.

The same definitions as `nianbao.analytics.progress` (a test holds them equal): a site
is expected unless it closed before the year began; reported means submitted, approved
or published; on time means first submitted on or before the site's deadline (its
extension, else its organisation's month-day in the following year); late means
reported after it, or not reported and the deadline has passed. Dates are local
(Asia/Shanghai): the deadline is a Chinese calendar day.

Rows are grouped by the child of the selected organisation that holds the site (or the
organisation itself, 本级), so a national supervisor sees provinces and drills down.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    FilteredRelation,
    IntegerField,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat, StrIndex, Substr, TruncDate

from nianbao.analytics.progress import REPORTED, STATES, Rates
from nianbao_web.orgs.models import Organisation, Site

LATEST = "yr"
"""The alias of the site's report for the selected year."""


@dataclass
class GroupProgress(Rates):
    name: str
    code: str
    """The organisation to select to see this group's own breakdown."""
    expected: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    reported: int = 0
    on_time: int = 0
    late: int = 0
    late_by_state: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))

    def add(self, state: str, n: int, on_time: int, late: int) -> None:
        self.expected += n
        self.counts[state] += n
        self.reported += n if state in REPORTED else 0
        self.on_time += on_time
        self.late += late
        self.late_by_state[state] += late


@dataclass(frozen=True, slots=True)
class LateSite:
    name: str
    code: str
    organisation: str
    due: datetime.date


@dataclass
class Tally:
    overall: GroupProgress
    groups: list[GroupProgress]
    late_preview: list[LateSite]
    """The first late sites in tree order (the page shows these; the rest are a filter away)."""


def expected_sites(root: Organisation, year: int, today: datetime.date) -> QuerySet[Any]:
    """The subtree's sites expected to report for `year`, each annotated with its status:
    `st` (state or not_started), `due`, `sub` (local submission date), `is_late`, `on_time`."""
    due_default = Cast(Concat(Value(f"{year + 1}-"), F("organisation__deadline")), DateField())
    reported = Q(st__in=sorted(REPORTED))
    return (
        Site.objects.expected_in(year)
        .filter(organisation__path__startswith=root.path)
        .annotate(yr=FilteredRelation("reports", condition=Q(reports__year=year)))
        .annotate(
            st=Coalesce(F("yr__state"), Value("not_started"), output_field=CharField()),
            due=Coalesce(F("yr__deadline_extended_to"), due_default, output_field=DateField()),
            sub=TruncDate("yr__submitted_at"),
            report_id=F("yr__id"),
        )
        .annotate(
            on_time=Case(
                When(reported & Q(sub__lte=F("due")), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            is_late=Case(
                When(reported & Q(sub__gt=F("due")), then=Value(1)),
                When(~reported & Q(due__lt=today), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
    )


def tally(root: Organisation, year: int, today: datetime.date, preview: int = 20) -> Tally:
    start = len(root.path) + 1
    rest = Substr("organisation__path", start)
    child = Case(
        When(organisation__path=root.path, then=Value("")),
        default=Substr(rest, 1, StrIndex(rest, Value("/")) - 1),
        output_field=CharField(),
    )
    rows = (
        expected_sites(root, year, today)
        .annotate(grp=child)
        .values("grp", "st")
        .annotate(n=Count("id"), on=Sum("on_time"), lt=Sum("is_late"))
        .order_by()
    )
    children = {
        str(o.pk): o for o in Organisation.objects.filter(parent=root).only("name", "code", "path")
    }
    overall = GroupProgress(root.name, root.code)
    groups: dict[str, GroupProgress] = {}
    for row in rows:
        org = children.get(row["grp"])
        key = org.path if org else ""
        if key not in groups:
            groups[key] = (
                GroupProgress(org.name, org.code)
                if org
                else GroupProgress(f"{root.name}（本级）", root.code)
            )
        for target in (overall, groups[key]):
            target.add(row["st"], row["n"], row["on"] or 0, row["lt"] or 0)
    late = listed(root, year, today, "", True).values_list(
        "name", "code", "organisation__name", "due"
    )
    return Tally(
        overall, [groups[k] for k in sorted(groups)], [LateSite(*row) for row in late[:preview]]
    )


def listed(
    root: Organisation, year: int, today: datetime.date, state: str, late_only: bool
) -> QuerySet[Any]:
    """The site list of the progress page, in tree order, filtered."""
    rows = expected_sites(root, year, today)
    if state:
        rows = rows.filter(st=state)
    if late_only:
        rows = rows.filter(is_late=1)
    return rows.select_related("organisation").order_by("organisation__path", "code")


def listed_count(t: Tally, state: str, late_only: bool) -> int:
    """How many sites `listed` yields, from the tally (no second pass over the rows)."""
    o = t.overall
    if state and late_only:
        return o.late_by_state.get(state, 0)
    if state:
        return o.counts.get(state, 0)
    return o.late if late_only else o.expected
