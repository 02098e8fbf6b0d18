"""Hints for a unit filling in its own report: jumps from its previous year, values far from
its peers. They are prompts to check, never rule findings: they neither block a save nor a
submission.

Peers are the reports of the same site type under the same top-level organisation that are
approved or published for the year; with fewer than `MIN_PEERS` of them, the previous year's
published reports stand in. Summarising a group reads every peer's values, so the summary is
cached per (region, year, type) for `PEER_TTL` seconds: a newly approved peer shows within
that time, and the entry form reads the summary, never the rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache

from nianbao.analytics.anomalies import MIN_PEERS, Flag
from nianbao.analytics.own_report import PeerProfile, own_flags, profile
from nianbao.forms import Form
from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Report, State

PEER_TTL = 120
"""Seconds a peer summary is reused (per server process)."""
PEER_STATES = (State.APPROVED, State.PUBLISHED)


@dataclass(frozen=True, slots=True)
class Hints:
    flags: list[Flag]
    basis: str
    """Which peers the values were compared with, in plain Chinese."""

    def to_dict(self) -> dict[str, Any]:
        return {"flags": [hint_dict(f) for f in self.flags], "basis": self.basis}


def hint_dict(flag: Flag) -> dict[str, Any]:
    return {
        "field": flag.field,
        "label": flag.label,
        "kind": flag.kind,
        "kind_label": KIND_LABELS.get(flag.kind, flag.kind),
        "message": flag.message,
    }


KIND_LABELS = {"yoy_jump": "与上年相比", "peer_outlier": "与同类网站相比"}


def region_of(site: Site) -> int | None:
    """The top-level organisation of the site's tree (the first id of the path)."""
    first = site.organisation.path.strip("/").split("/")[0]
    return int(first) if first.isdigit() else None


def group_of(form: Form, values: Mapping[str, Any], site_type: str) -> str:
    """The site type key: the report's own answer, else the site record (key or label)."""
    answer = values.get("site_type")
    given = answer if isinstance(answer, str) and answer else site_type
    field = form.by_key.get("site_type")
    for choice in field.choices if field else ():
        if given in (choice.key, choice.label):
            return choice.key
    return given


def _rows(form: Form, region: int, year: int, group: str, states: tuple[str, ...]) -> list[Any]:
    query = Report.objects.filter(
        year=year, state__in=states, site__organisation__path__startswith=f"/{region}/"
    ).values_list("values", "site__site_type")
    return [v for v, t in query.iterator(chunk_size=500) if group_of(form, v, t) == group]


def peer_profile(
    form: Form, region: int, year: int, group: str, states: tuple[str, ...]
) -> PeerProfile:
    key = f"nianbao:peers:{form.id}:{region}:{year}:{group}:{'+'.join(states)}"
    cached = cache.get(key)
    if isinstance(cached, PeerProfile):
        return cached
    made = profile(form, year, group, _rows(form, region, year, group, states))
    cache.set(key, made, timeout=PEER_TTL)
    return made


def _kind(form: Form, group: str) -> str:
    field = form.by_key.get("site_type")
    return field.choice_label(group) if field and group else "同类网站"


def peers_for(
    form: Form, report: Report, values: Mapping[str, Any]
) -> tuple[PeerProfile | None, str]:
    """The peer group to compare with, and a sentence saying which it is."""
    region = region_of(report.site)
    group = group_of(form, values, report.site.site_type)
    kind = _kind(form, group)
    if region is None:
        return None, "没有可比较的同类网站。"
    now = peer_profile(form, region, report.year, group, PEER_STATES)
    if now.size >= MIN_PEERS:
        return now, (
            f"同类比较：与本地区 {report.year} 年度已审核通过或已发布的"
            f"{kind} {now.size} 份报表比较。"
        )
    before = peer_profile(form, region, report.year - 1, group, (State.PUBLISHED,))
    if before.size >= MIN_PEERS:
        return before, (
            f"同类比较：本地区 {report.year} 年度已审核通过或已发布的{kind}不足 {MIN_PEERS} 份"
            f"（{now.size} 份），改与 {report.year - 1} 年度已发布的 {before.size} 份报表比较。"
        )
    return None, (
        f"同类比较：本地区{kind}的可比报表不足 {MIN_PEERS} 份（{report.year} 年度 {now.size} 份，"
        f"{report.year - 1} 年度已发布 {before.size} 份），暂不作同类比较。"
    )


def hints(
    form: Form, report: Report, values: Mapping[str, Any], previous: Mapping[str, Any]
) -> Hints:
    """The year-over-year and peer flags of `values` (what is on the form now)."""
    peers, basis = peers_for(form, report, values)
    if not previous:
        basis += f"没有 {report.year - 1} 年度的报表，不作与上年的比较。"
    flags = own_flags(
        form, values, previous=previous, peers=peers, site=report.site.code, year=report.year
    )
    return Hints(flags, basis)
