"""One report's own flags, before it is submitted: a jump from its previous year, and values
far from a peer group summarised beforehand.

`anomalies.peer_outliers` scores every member of a group against the whole group, which is
right for a supervisor's list and quadratic in the group's size. A unit filling in its form
needs only its own values scored, many times over, against a group that changes only when a
peer is approved or published. So the group is summarised once (`PeerProfile`: per field the
centre and spread on the same scale `peer_outliers` uses) and a report is scored against the
summary in time proportional to the number of fields. The score is the same modified z-score
(`stats.robust_z`), with the same limit and the same minimum group size.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from nianbao.analytics.anomalies import MIN_PEERS, Z_LIMIT, Flag, comparable, numeric, yoy_jumps
from nianbao.analytics.dataset import Dataset
from nianbao.analytics.stats import mad, mean_abs_deviation, median, spread_z
from nianbao.forms.model import Field, Form


@dataclass(frozen=True, slots=True)
class FieldSpread:
    """One field's values among the peers, on the scale the score uses."""

    count: int
    centre: float
    """Median of the scaled values."""
    typical: float
    """Median of the values as written (what a person is shown)."""
    mad: float
    mean_deviation: float

    def score(self, scaled: float) -> float | None:
        """`stats.robust_z(scaled, centre, peers)` without the peers at hand."""
        return spread_z(scaled, self.centre, self.mad, self.mean_deviation)


@dataclass(frozen=True, slots=True)
class PeerProfile:
    """A peer group of one year, summarised field by field."""

    year: int
    group: str
    """The site type key (`site_type`), "" when the reports name none."""
    size: int
    """How many reports the group holds."""
    fields: dict[str, FieldSpread]


def profile(form: Form, year: int, group: str, peers: Iterable[Mapping[str, Any]]) -> PeerProfile:
    """Summarise the peers' values (one mapping per report) of every numeric field."""
    rows = list(peers)
    spreads: dict[str, FieldSpread] = {}
    for field in _numeric(form):
        raw = [v for row in rows if (v := numeric(row.get(field.key))) is not None]
        if len(raw) < MIN_PEERS:
            continue
        scaled = [comparable(field, v) for v in raw]
        centre = median(scaled)
        spreads[field.key] = FieldSpread(
            count=len(raw),
            centre=centre,
            typical=median(raw),
            mad=mad(scaled, centre),
            mean_deviation=mean_abs_deviation(scaled, centre),
        )
    return PeerProfile(year, group, len(rows), spreads)


def _numeric(form: Form) -> list[Field]:
    return Dataset(form).numeric_fields()


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def peer_flags(
    form: Form, values: Mapping[str, Any], peers: PeerProfile, *, site: str = "", year: int
) -> list[Flag]:
    """Values of one report far from its peer group (none when the group is too small)."""
    if peers.size < MIN_PEERS:
        return []
    type_field = form.by_key.get("site_type")
    kind = type_field.choice_label(peers.group) if type_field and peers.group else "同类网站"
    flags: list[Flag] = []
    for field in _numeric(form):
        spread = peers.fields.get(field.key)
        value = numeric(values.get(field.key))
        # A zero is an answer ("none this year"), as in `peer_outliers`.
        if spread is None or value is None or value == 0:
            continue
        z = spread.score(comparable(field, value))
        if z is None or abs(z) <= Z_LIMIT:
            continue
        side = "高" if z > 0 else "低"
        group = f"{peers.year} 年度同类网站（{kind} {spread.count} 个）"
        message = (
            f"{field.display}为 {_fmt(value)}，{group}的中位数为 {_fmt(spread.typical)}，"
            f"明显偏{side}（稳健 z 值 {z:.1f}，超过 {Z_LIMIT}）。"
            "请核对是否多填或漏填了位数、单位是否一致。"
        )
        name = str(values.get("site_name") or site)
        flags.append(
            Flag(
                site,
                name,
                year,
                field.key,
                field.display,
                "peer_outlier",
                value,
                spread.typical,
                message,
            )
        )
    return flags


def jump_flags(
    form: Form, values: Mapping[str, Any], previous: Mapping[str, Any], *, site: str, year: int
) -> list[Flag]:
    """Sudden changes from the site's previous-year report (`anomalies.yoy_jumps`)."""
    if not previous:
        return []
    data = Dataset(form)
    data.add({**previous, "site_code": site, "year": year - 1})
    data.add({**values, "site_code": site, "year": year})
    return yoy_jumps(data, year)


def own_flags(
    form: Form,
    values: Mapping[str, Any],
    *,
    previous: Mapping[str, Any],
    peers: PeerProfile | None,
    site: str,
    year: int,
) -> list[Flag]:
    """Year-over-year and peer flags of one report, in form order."""
    flags = jump_flags(form, values, previous, site=site, year=year)
    if peers is not None:
        flags += peer_flags(form, values, peers, site=site, year=year)
    order = {f.key: i for i, f in enumerate(form.fields)}
    return sorted(flags, key=lambda f: (order.get(f.field, len(order)), f.kind))
