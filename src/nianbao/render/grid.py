"""The official table as a grid of merged cells, derived from the form.

Every output (HTML, PDF, DOCX, XLSX) draws this grid, so the four agree cell
for cell. The grid has `COLUMNS` columns:

    0 section | 1 sub-group | 2 label | 3 4 5 value area

A section cell spans its rows, a sub-group (解读信息发布, 办件量 ...) spans its
rows in the second column, a field directly under a section has a label
spanning columns 1–2, and the value area holds one value cell, or one cell per
option where the form prints a single choice across the row (网站类型). Units
stand where the form prints them: on the group label when the whole group
shares one (信息发布（单位：条）), otherwise on the field's label.

The shape depends only on the form and is computed once per form; filling in
a report's values is a single cheap pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from nianbao.forms.model import Choice, Field, Form, Group
from nianbao.render.layout import FRAME_GROUPS, TICKED, UNTICKED, frame_fields, value_text
from nianbao.render.sanitize import xml_safe
from nianbao.report import Report, Value

COLUMNS = 6
VALUE_COL = 3
VALUE_SPAN = COLUMNS - VALUE_COL

COLUMN_WEIGHTS = (12, 12, 25, 19, 13, 19)
"""Relative widths of the columns, as on the printed form."""

# Sections the form prints without a section cell: their labels start at the
# left edge (网站名称, 首页网址 ... stand alone on the official form).
UNBOXED_SECTIONS = frozenset({"basic"})

# Pairs of fields the form prints on one row, second label in the value area
# (ICP备案号 … 公安机关备案号 …). A layout hint, not a list of fields: a form
# without these keys simply gets one row per field.
SHARED_ROWS = {"icp_number": "police_number"}

# A single choice with at most this many options is spread one option per
# value column, as 网站类型 is on the form.
SPREAD_CHOICES = VALUE_SPAN

CellKind = Literal["section", "group", "label", "value"]


@dataclass(frozen=True, slots=True)
class Tick:
    label: str
    checked: bool

    @property
    def text(self) -> str:
        return f"{TICKED if self.checked else UNTICKED}{self.label}"


@dataclass(frozen=True, slots=True)
class Slot:
    """A cell of the form's shape: where it stands and what it is for."""

    kind: CellKind
    text: str
    col: int
    colspan: int = 1
    rowspan: int = 1
    field: Field | None = None
    option: Choice | None = None
    """For a value cell holding one option of a spread single choice."""
    note: str = ""
    """The unit note ending `text` (（单位：条）), for outputs that keep it on one line."""


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell of one report's table."""

    kind: CellKind
    text: str
    """What the cell shows (tick boxes as ☑/☐ followed by the option)."""
    col: int
    colspan: int
    rowspan: int
    field: Field | None
    ticks: tuple[Tick, ...] = ()
    """Tick boxes, for outputs that draw them with a text alternative."""
    note: str = ""
    """The unit note ending `text`, if any."""

    @property
    def bare(self) -> str:
        """`text` without its unit note."""
        return self.text[: len(self.text) - len(self.note)]

    @property
    def header(self) -> bool:
        return self.kind != "value"

    @property
    def scope(self) -> str | None:
        # A section cell spans its whole tbody; a sub-group or label spans rows
        # of it only, and a row header with rowspan covers every row it spans.
        if self.kind == "value":
            return None
        return "rowgroup" if self.kind == "section" else "row"


@dataclass(frozen=True, slots=True)
class Body:
    """The rows of one section (an HTML tbody; a block of rows elsewhere)."""

    section: Group
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class FrameItem:
    field: Field
    text: str


@dataclass(frozen=True, slots=True)
class Sheet:
    """One report laid out as the official form."""

    title: str
    year_line: str
    """（2022年度）, or a blank year line to fill in by hand."""
    heading: tuple[FrameItem, ...]
    """Header fields other than the year (填报单位)."""
    bodies: tuple[Body, ...]
    signature: tuple[FrameItem, ...]

    def rows(self) -> Iterator[tuple[Cell, ...]]:
        for body in self.bodies:
            yield from body.rows

    @property
    def row_count(self) -> int:
        return sum(len(body.rows) for body in self.bodies)


def unit_note(unit: str | None) -> str:
    return f"（单位：{unit}）" if unit else ""


def _label_slot(field: Field, col: int, colspan: int, shown_unit: bool) -> Slot:
    """A field's label cell; `shown_unit` when a group label already has the unit."""
    note = "" if shown_unit else unit_note(field.unit)
    return Slot("label", field.label + note, col, colspan, field=field, note=note)


def ticks(field: Field, value: Value | None) -> tuple[Tick, ...]:
    """The tick boxes of a bool, enum or list field, as the form prints them."""
    if field.type == "bool":
        return (Tick("是", value is True), Tick("否", value is False))
    chosen = value if isinstance(value, list) else [value] if value is not None else []
    return tuple(Tick(c.label, c.key in chosen) for c in field.choices)


def _value_slots(field: Field, col: int) -> list[Slot]:
    span = COLUMNS - col
    if field.type == "enum" and len(field.choices) <= SPREAD_CHOICES and col == VALUE_COL:
        slots = [
            Slot("value", "", VALUE_COL + i, 1, field=field, option=choice)
            for i, choice in enumerate(field.choices)
        ]
        last = slots[-1]
        slots[-1] = Slot("value", "", last.col, COLUMNS - last.col, field=field, option=last.option)
        return slots
    return [Slot("value", "", col, span, field=field)]


def _partner(field: Field, form: Form) -> Field | None:
    """The field printed on the same row as `field`, when both stand in one section."""
    partner = form.by_key.get(SHARED_ROWS.get(field.key, ""))
    return partner if partner is not None and partner.path == field.path else None


def _field_row(field: Field, label_col: int, shown_unit: bool, form: Form) -> list[Slot]:
    partner = _partner(field, form)
    label = _label_slot(field, label_col, VALUE_COL - label_col, shown_unit)
    if partner is not None and label_col == 0:
        return [
            label,
            Slot("value", "", VALUE_COL, 1, field=field),
            _label_slot(partner, VALUE_COL + 1, 1, shown_unit),
            Slot("value", "", VALUE_COL + 2, 1, field=partner),
        ]
    return [label, *_value_slots(field, VALUE_COL)]


def _group_rows(group: Group, form: Form, shown_unit: bool) -> list[list[Slot]]:
    """The rows of a sub-group: its cell in column 1 spanning its fields' rows."""
    shown = shown_unit or group.unit is not None
    rows = [_field_row(f, 2, shown, form) for f in group.fields()]
    if rows:
        note = unit_note(group.unit)
        cell = Slot("group", group.label + note, 1, 1, len(rows), note=note)
        rows[0].insert(0, cell)
    return rows


def _section_rows(section: Group, form: Form) -> list[list[Slot]]:
    shown = section.unit is not None
    paired = {p.key for f in form.fields if (p := _partner(f, form)) is not None}
    rows: list[list[Slot]] = []
    if section.id in UNBOXED_SECTIONS:
        for field in section.fields():
            if field.key not in paired:
                rows.append(_field_row(field, 0, shown, form))
        return rows
    for child in section.children:
        if isinstance(child, Group):
            rows.extend(_group_rows(child, form, shown))
        elif child.label == section.label:
            # The section's own field (创新发展): its options fill the row.
            rows.append(_value_slots(child, 1))
        else:
            rows.append(_field_row(child, 1, shown, form))
    if rows:
        note = unit_note(section.unit)
        rows[0].insert(0, Slot("section", section.label + note, 0, 1, len(rows), note=note))
    return rows


@cache
def form_shape(form: Form) -> tuple[tuple[Group, tuple[tuple[Slot, ...], ...]], ...]:
    """The form's table as slots, section by section (computed once per form)."""
    shape = []
    for section in form.sections:
        if section.id in FRAME_GROUPS:
            continue
        rows = _section_rows(section, form)
        if rows:
            shape.append((section, tuple(tuple(row) for row in rows)))
    return tuple(shape)


def _fill(slot: Slot, values: dict[str, Value]) -> Cell:
    field = slot.field
    if slot.kind != "value" or field is None:
        return Cell(
            slot.kind, slot.text, slot.col, slot.colspan, slot.rowspan, field, note=slot.note
        )
    value = values.get(field.key)
    if slot.option is not None:
        tick = Tick(slot.option.label, value == slot.option.key)
        return Cell("value", tick.text, slot.col, slot.colspan, 1, field, (tick,))
    if field.type in ("bool", "enum", "list"):
        boxes = ticks(field, value)
        text = " ".join(t.text for t in boxes)
        return Cell("value", text, slot.col, slot.colspan, 1, field, boxes)
    return Cell("value", _text(field, value), slot.col, slot.colspan, 1, field)


def _text(field: Field, value: Value | None) -> str:
    return xml_safe(value_text(field, value))


def year_line(report: Report) -> str:
    year = report.year
    return f"（{year}年度）" if year is not None else "（　　　　年度）"


def official_sheet(report: Report) -> Sheet:
    """The report's values in the official table."""
    form = report.form
    values = report.values
    bodies = tuple(
        Body(section, tuple(tuple(_fill(slot, values) for slot in row) for row in rows))
        for section, rows in form_shape(form)
    )
    heading = tuple(
        FrameItem(f, _text(f, values.get(f.key)))
        for f in frame_fields(form, "header")
        if f.type != "int"  # the year has its own line under the title
    )
    signature = tuple(
        FrameItem(f, _text(f, values.get(f.key))) for f in frame_fields(form, "signature")
    )
    return Sheet(form.title, year_line(report), heading, bodies, signature)
