"""The entry form's layout, generated from the form definition (no field list anywhere else)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from nianbao.forms import Form
from nianbao.forms.model import Field, Group
from nianbao.rules import Finding
from nianbao_web.reports.models import Report, ReportVersion
from nianbao_web.services.checking import display


@dataclass
class Option:
    value: str
    label: str
    checked: bool


@dataclass
class Row:
    field: Field
    widget: str
    """text | number | date | radio | checkbox"""
    text: str
    options: list[Option]
    last_year: str
    findings: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    provenance: dict[str, Any] | None = None
    comment: str = ""
    depth: int = 0
    heading: str = ""
    """The subgroup heading shown above the first field of a nested group."""


@dataclass
class Section:
    id: str
    label: str
    clause: str | None
    rows: list[Row]


YES_NO = (("true", "是"), ("false", "否"))


def _widget(f: Field) -> str:
    if f.type in ("bool", "enum"):
        return "radio"
    if f.type == "list":
        return "checkbox"
    if f.type == "date":
        return "date"
    if f.numeric:
        return "number"
    return "text"


def _options(f: Field, value: Any) -> list[Option]:
    if f.type == "bool":
        return [Option(v, label, value is (v == "true")) for v, label in YES_NO]
    chosen = value if isinstance(value, list) else [value]
    return [Option(c.label, c.label, c.key in chosen) for c in f.choices]


def _walk(group: Group, depth: int) -> Iterator[tuple[Field, int, str]]:
    first = True
    for child in group.children:
        if isinstance(child, Field):
            heading = group.label if first and depth > 0 else ""
            first = False
            yield child, depth, heading
        else:
            yield from _walk(child, depth + 1)


_WALKS: dict[str, list[tuple[Group, list[tuple[Field, int, str, str]]]]] = {}


def _walks(form: Form) -> list[tuple[Group, list[tuple[Field, int, str, str]]]]:
    """Per section its fields with depth, subgroup heading and widget: fixed per form."""
    walks = _WALKS.get(form.id)
    if walks is None:
        walks = [
            (section, [(f, d, h, _widget(f)) for f, d, h in _walk(section, 0)])
            for section in form.sections
        ]
        _WALKS[form.id] = walks
    return walks


def layout(
    form: Form,
    values: Mapping[str, Any],
    *,
    last_year: Mapping[str, Any],
    found: list[Finding],
    provenance: Mapping[str, Any],
    comments: Mapping[str, str],
) -> list[Section]:
    by_field: dict[str, list[dict[str, Any]]] = {}
    for finding in found:
        for key in finding.fields[:1]:
            by_field.setdefault(key, []).append(finding.to_dict())
    sections = []
    for section, walk in _walks(form):
        rows = []
        for f, depth, heading, widget in walk:
            value = values.get(f.key)
            choice = f.type in ("bool", "enum", "list")
            rows.append(
                Row(
                    field=f,
                    widget=widget,
                    text="" if choice else _text(value),
                    options=_options(f, value) if choice else [],
                    last_year=display(f, last_year.get(f.key)),
                    findings=by_field.get(f.key, []),
                    provenance=provenance.get(f.key),
                    comment=comments.get(f.key, ""),
                    depth=depth,
                    heading=heading,
                )
            )
        sections.append(Section(section.id, section.label, section.clause, rows))
    return sections


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def previous_values(report: Report) -> dict[str, Any]:
    """The site's previous-year values: its latest published version, else the report as it
    stands (the same answer as `reports.previous_year_values`, in plain indexed lookups)."""
    row = list(
        Report.objects.filter(site_id=report.site_id, year=report.year - 1)
        .order_by()
        .values_list("pk", "values")[:1]
    )
    if not row:
        return {}
    pk, values = row[0]
    published = list(
        ReportVersion.objects.filter(report_id=pk)
        .order_by("-number")
        .values_list("values", flat=True)[:1]
    )
    return dict(published[0] if published else values)


def posted_values(form: Form, data: Any) -> dict[str, Any]:
    """What the entry form posted, per form key (lists for tick boxes), raw as typed."""
    out: dict[str, Any] = {}
    for f in form.fields:
        if f.type == "list":
            out[f.key] = list(data.getlist(f.key)) or None
        else:
            raw = data.get(f.key)
            out[f.key] = raw if raw not in ("", None) else None
    return out


def posted_explanations(data: Any, rules: list[str]) -> dict[str, str | None]:
    return {rule: (data.get(f"explain:{rule}") or "").strip() or None for rule in rules}
