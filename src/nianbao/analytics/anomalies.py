"""Figures that look wrong beside their peers, their own past, or each other.

Three kinds of flag, each explained in plain Chinese and tied to a field:
- peer_outlier: far from the peer group's median, by the robust z-score on a
  log scale for skewed counts (a plain z-score is wrong for counts that are
  mostly zero, as many of these are);
- yoy_jump: a sudden change from the site's previous year, judged differently
  for stocks (values at the year's end, such as 注册用户数) and flows (counted
  over the year, such as 访问量);
- ratio: two figures of one report that rarely stand in such a proportion.
These are prompts to check, not rule breaks: the thresholds are stated here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nianbao.analytics.dataset import Dataset, Entry
from nianbao.analytics.stats import median, robust_z
from nianbao.forms.model import Field

Z_LIMIT = 3.5
"""Iglewicz and Hoaglin's cut-off for the modified z-score."""
MIN_PEERS = 5
"""Fewer sites than this make no peer group worth comparing with."""
FLOW_JUMP = 10.0
"""A flow ten times larger (or smaller) than last year's."""
STOCK_DROP = 0.5
"""A stock that lost more than half of itself within a year."""
MIN_BASE = 100
"""Changes of small counts (3 → 40) are noise, not news."""


@dataclass(frozen=True, slots=True)
class Flag:
    site: str
    name: str
    year: int | None
    field: str
    label: str
    kind: str
    value: float
    reference: float
    """What the value is compared with: the peer median, last year's value, or the limit."""
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "name": self.name,
            "year": self.year,
            "field": self.field,
            "label": self.label,
            "kind": self.kind,
            "value": self.value,
            "reference": self.reference,
            "message": self.message,
        }


def numeric(value: Any) -> float | None:
    """A stored value as a float, None for anything not a number (booleans included)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def comparable(field: Field, value: float) -> float:
    """The scale peers are compared on."""
    # Counts spread over orders of magnitude; compare them on a log scale.
    return math.log1p(value) if field.type == "int" else value


def peer_outliers(dataset: Dataset, year: int | None) -> list[Flag]:
    flags: list[Flag] = []
    groups: dict[str, list[Entry]] = {}
    for entry in dataset.in_year(year):
        groups.setdefault(entry.group, []).append(entry)
    type_field = dataset.form.by_key.get("site_type")
    for group, entries in groups.items():
        if len(entries) < MIN_PEERS:
            continue
        peers = type_field.choice_label(group) if type_field and group else "同类网站"
        for field in dataset.numeric_fields():
            present = [
                (e, v) for e in entries if (v := numeric(e.values.get(field.key))) is not None
            ]
            if len(present) < MIN_PEERS:
                continue
            scaled = [comparable(field, v) for _, v in present]
            centre = median(scaled)
            raw_median = median([v for _, v in present])
            for (entry, value), x in zip(present, scaled, strict=True):
                z = robust_z(x, centre, scaled)
                # A zero is an answer ("none this year"), not a slipped digit; the
                # rules already judge it against the other answers of the report.
                if z is None or abs(z) <= Z_LIMIT or value == 0:
                    continue
                flags.append(
                    Flag(
                        entry.site,
                        entry.name,
                        entry.year,
                        field.key,
                        field.display,
                        "peer_outlier",
                        value,
                        raw_median,
                        _peer_message(field, value, raw_median, z, f"{peers} {len(present)} 个"),
                    )
                )
    return flags


def _peer_message(field: Field, value: float, typical: float, z: float, peers: str) -> str:
    side = "高" if z > 0 else "低"
    return (
        f"{field.display}为 {_fmt(value)}，同类网站（{peers}）的中位数为 {_fmt(typical)}，"
        f"明显偏{side}（稳健 z 值 {z:.1f}，超过 {Z_LIMIT}）。"
        "请核对是否多填或漏填了位数、单位是否一致。"
    )


def yoy_jumps(dataset: Dataset, year: int) -> list[Flag]:
    flags: list[Flag] = []
    for site, years in dataset.by_site().items():
        now, before = years.get(year), years.get(year - 1)
        if now is None or before is None:
            continue
        for field in dataset.numeric_fields():
            cur, prev = numeric(now.values.get(field.key)), numeric(before.values.get(field.key))
            if cur is None or prev is None or max(cur, prev) < MIN_BASE:
                continue
            message = _jump_message(field, cur, prev)
            if message:
                flags.append(
                    Flag(
                        site,
                        now.name,
                        year,
                        field.key,
                        field.display,
                        "yoy_jump",
                        cur,
                        prev,
                        message,
                    )
                )
    return flags


def _jump_message(field: Field, cur: float, prev: float) -> str | None:
    change = f"{field.display}由上年的 {_fmt(prev)} 变为 {_fmt(cur)}"
    if field.period == "stock":
        if cur < prev * (1 - STOCK_DROP):
            return (
                f"{change}，减少了 {1 - cur / prev:.0%}。这是年末存量，通常逐年累积，"
                "很少在一年内减少一半以上；请核对是否只填了本年新增数。"
            )
        if prev > 0 and cur >= prev * FLOW_JUMP:
            return f"{change}，一年增长到 {cur / prev:.0f} 倍；请核对统计口径是否改变。"
        return None
    if prev > 0 and cur >= prev * FLOW_JUMP:
        return f"{change}，是上年的 {cur / prev:.0f} 倍；请核对统计口径或是否多填了位数。"
    if cur * FLOW_JUMP <= prev:
        share = f"{cur / prev:.1%}" if prev else "0"
        return f"{change}，只有上年的 {share}；请核对是否漏报或统计口径改变。"
    return None


@dataclass(frozen=True, slots=True)
class RatioCheck:
    numerator: str
    denominator: str
    limit: float
    why: str


def _load_ratios() -> tuple[RatioCheck, ...]:
    data = yaml.safe_load((Path(__file__).parent / "ratios.yaml").read_text("utf-8"))
    return tuple(RatioCheck(**item) for item in data)


RATIOS = _load_ratios()


def ratio_flags(dataset: Dataset, year: int | None) -> list[Flag]:
    flags: list[Flag] = []
    by_key = dataset.form.by_key
    for entry in dataset.in_year(year):
        for check in RATIOS:
            top = numeric(entry.values.get(check.numerator))
            bottom = numeric(entry.values.get(check.denominator))
            if top is None or bottom is None or top < MIN_BASE / 5:
                continue
            if bottom == 0 or top / bottom > check.limit:
                ratio = "无穷" if bottom == 0 else f"{top / bottom:,.1f}"
                label = by_key[check.numerator].display
                flags.append(
                    Flag(
                        entry.site,
                        entry.name,
                        entry.year,
                        check.numerator,
                        label,
                        "ratio",
                        top,
                        bottom,
                        f"{label}（{_fmt(top)}）是{by_key[check.denominator].display}"
                        f"（{_fmt(bottom)}）的 {ratio} 倍：{check.why}。",
                    )
                )
    return flags


def find_anomalies(dataset: Dataset, year: int | None = None) -> list[Flag]:
    """Every flag for `year` (or every year present, when None)."""
    years: list[int | None] = [year] if year is not None else [*dataset.years()] or [None]
    flags: list[Flag] = []
    for y in years:
        flags += peer_outliers(dataset, y)
        if y is not None:
            flags += yoy_jumps(dataset, y)
        flags += ratio_flags(dataset, y)
    return flags
