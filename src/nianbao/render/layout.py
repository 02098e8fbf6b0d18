"""The official table as rows, derived from the form: what every output draws.

Header and signature fields are not table rows; they frame the table, as on
the paper form.
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.forms.model import Field, Form
from nianbao.report import Report, Value
from nianbao.rules.messages import show

TICKED, UNTICKED = "☑", "☐"
FRAME_GROUPS = frozenset({"header", "signature"})


@dataclass(frozen=True, slots=True)
class Row:
    field: Field
    section: str
    subsection: str
    """The labels between the section and the field (e.g. 解读信息发布), joined."""
    text: str
    """The value as the form shows it; empty when absent."""


def tick_text(field: Field, value: Value | None) -> str:
    """Options with their boxes, as printed on the form."""
    if field.type == "bool":
        return (
            f"{TICKED if value is True else UNTICKED}是 {TICKED if value is False else UNTICKED}否"
        )
    chosen = value if isinstance(value, list) else [value] if value is not None else []
    return " ".join(f"{TICKED if c.key in chosen else UNTICKED}{c.label}" for c in field.choices)


def value_text(field: Field, value: Value | None) -> str:
    if field.type in ("bool", "enum", "list"):
        return tick_text(field, value)
    return "" if value is None else show(value, field)


def table_rows(report: Report) -> list[Row]:
    rows = []
    for field in report.form.fields:
        if field.group_ids[0] in FRAME_GROUPS:
            continue
        rows.append(
            Row(
                field=field,
                section=field.path[0],
                subsection=" · ".join(field.path[1:]),
                text=value_text(field, report.values.get(field.key)),
            )
        )
    return rows


def frame_fields(form: Form, group_id: str) -> list[Field]:
    return [f for f in form.fields if f.group_ids[0] == group_id]
