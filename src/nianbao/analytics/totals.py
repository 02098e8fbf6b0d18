"""Sums and distributions of every numeric field, by peer group; rankings."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from nianbao.analytics.dataset import Dataset, Entry
from nianbao.analytics.stats import quantile

ALL = "全部"


@dataclass(frozen=True, slots=True)
class FieldSummary:
    key: str
    label: str
    unit: str | None
    count: int
    """Sites in the group that report the field."""
    total: float
    minimum: float | None
    q1: float | None
    median: float | None
    q3: float | None
    maximum: float | None

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


def _summary(dataset: Dataset, entries: list[Entry]) -> list[FieldSummary]:
    out = []
    for field in dataset.numeric_fields():
        values = sorted(
            v
            for e in entries
            if isinstance(v := e.values.get(field.key), int | float) and not isinstance(v, bool)
        )
        five: tuple[float | None, ...] = (
            (values[0], *(quantile(values, q) for q in (0.25, 0.5, 0.75)), values[-1])
            if values
            else (None,) * 5
        )
        out.append(
            FieldSummary(
                field.key,
                field.display,
                field.unit,
                len(values),
                sum(values),
                five[0],
                five[1],
                five[2],
                five[3],
                five[4],
            )
        )
    return out


def summarise(dataset: Dataset, year: int | None = None) -> dict[str, list[FieldSummary]]:
    """Peer group (and 全部) → a summary of every numeric field, in form order."""
    entries = list(dataset.in_year(year))
    groups: dict[str, list[Entry]] = {ALL: entries}
    for entry in entries:
        groups.setdefault(entry.group or "未知类型", []).append(entry)
    return {name: _summary(dataset, members) for name, members in groups.items()}


def ranking(dataset: Dataset, key: str, year: int | None = None, top: int = 10) -> list[Entry]:
    """Sites with the largest values of `key` (ties by name), absent values left out."""
    entries = (
        e
        for e in dataset.in_year(year)
        if isinstance(e.values.get(key), int | float) and not isinstance(e.values.get(key), bool)
    )
    # nsmallest is sorted(...)[:top] (stable too) without sorting every site of a country.
    return heapq.nsmallest(top, entries, key=lambda e: (-e.values[key], e.name))
