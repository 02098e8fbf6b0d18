"""Reports gathered for analysis: one entry per site and year."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from nianbao.forms.model import Field, Form
from nianbao.report import Report


@dataclass(frozen=True, slots=True)
class Entry:
    site: str
    """The site's key across years: its 政府网站标识码 (or the source when it has none)."""
    year: int | None
    values: dict[str, Any]
    source: str | None = None
    group: str = ""
    """The peer group (site type by default)."""

    @property
    def name(self) -> str:
        return str(self.values.get("site_name") or self.site)


@dataclass
class Dataset:
    form: Form
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def from_reports(cls, reports: Iterable[Report], form: Form) -> Dataset:
        data = cls(form)
        for report in reports:
            data.add(report.values, source=report.source)
        return data

    def add(self, values: dict[str, Any], *, source: str | None = None) -> None:
        site = str(values.get("site_code") or source or f"#{len(self.entries) + 1}")
        year = values.get("year")
        group = str(values.get("site_type") or "")
        self.entries.append(
            Entry(site, year if isinstance(year, int) else None, values, source, group)
        )

    def numeric_fields(self) -> list[Field]:
        return [f for f in self.form.fields if f.numeric and f.key != "year"]

    def years(self) -> list[int]:
        return sorted({e.year for e in self.entries if e.year is not None})

    def in_year(self, year: int | None) -> Iterator[Entry]:
        return (e for e in self.entries if year is None or e.year == year)

    def by_site(self) -> dict[str, dict[int, Entry]]:
        out: dict[str, dict[int, Entry]] = {}
        for entry in self.entries:
            if entry.year is not None:
                out.setdefault(entry.site, {})[entry.year] = entry
        return out
