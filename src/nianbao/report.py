"""A report: values by canonical key, and where each value came from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from nianbao.forms.model import Form

Value = int | float | bool | str | datetime.date | list[str]


# Not frozen, as extract.document.Cell: made in numbers, never changed.
@dataclass(slots=True)
class Provenance:
    source: str | None
    """The file (or other origin) the value was read from."""
    where: str
    """Where in it: `第 12 行`, `$.page_views`, `第 1 页 表格 R5C3` …"""
    raw: str
    """The text exactly as written there."""
    page: int | None = None


@dataclass(frozen=True, slots=True)
class ValueProblem:
    """A value that could not be taken as written (becomes a finding of `kind`)."""

    kind: str
    """unknown_key | duplicate_key | value_type | allowed_values | single_choice."""
    key: str
    raw: str
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    form: Form
    values: dict[str, Value] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    problems: list[ValueProblem] = field(default_factory=list)
    source: str | None = None

    @property
    def year(self) -> int | None:
        year = self.values.get("year")
        return year if isinstance(year, int) else None

    def to_json(self) -> dict[str, Any]:
        """Values as the corpus truth files write them (form order, ISO dates)."""
        out: dict[str, Any] = {}
        for key in self.form.keys:
            if key in self.values:
                value = self.values[key]
                out[key] = value.isoformat() if isinstance(value, datetime.date) else value
        return out
