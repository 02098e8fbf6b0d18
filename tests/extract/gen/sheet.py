"""Test documents, part 1: a report's values laid out as a table of merged cells.

Built from the form (never a list of fields), in several layouts real
reports use. Writers in the sibling modules turn a Sheet into text, HTML,
DOCX, XLSX, PDF and scans.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import Any

from nianbao.forms import Field, Form, Group, default_form

LAYOUTS = ("official", "flat", "pairs", "units", "columns")
NUMBER_STYLES = ("plain", "comma", "space", "unit", "fullwidth")
"""How counts are written: 1234, 1,234, 1 234, 1234条, １２３４ (full-width, from an IME)."""
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
FRAME = ("header", "signature")


@dataclass
class GCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    kind: str = "value"
    """section | group | label | value | unit"""
    ticks: tuple[tuple[str, bool], ...] = ()
    """For choice values: (option label, ticked) in order; `text` holds them as ☑/☐ text."""
    down: bool = False
    """A tall, narrow cell's name set one character a line (基 | 本 | 信 | 息)."""


@dataclass
class Sheet:
    before: list[str] = field(default_factory=list)
    rows: list[list[GCell]] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    columns: int = 4
    title: str = ""
    made: str = ""
    layout: str = ""
    """How a writer printed it (for people reading a lost field)."""
    companion: Sheet | None = None
    """Another form's report printed in the same file (gen/companion.py)."""
    companion_first: bool = False
    companion_rng: random.Random = field(default_factory=random.Random)
    """The writers' draws for the companion: the document's own generator gives the same
    draws as without it, so no other document of the corpus changes."""

    def grid(self) -> list[list[tuple[GCell, bool] | None]]:
        """rows × columns: (cell, is_repeat) with merged cells expanded; None = no cell."""
        height = len(self.rows)
        out: list[list[tuple[GCell, bool] | None]] = [[None] * self.columns for _ in range(height)]
        for r, row in enumerate(self.rows):
            c = 0
            for cell in row:
                while c < self.columns and out[r][c] is not None:
                    c += 1
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        if r + dr < height and c + dc < self.columns:
                            out[r + dr][c + dc] = (cell, bool(dr or dc))
                c += cell.colspan
        return out


@dataclass
class Style:
    layout: str = "official"
    rng: random.Random = field(default_factory=random.Random)
    variants: float = 0.0
    """Chance of printing a label variant instead of the label."""
    unit_style: str = "（单位：{}）"
    split_labels: float = 0.0
    """Chance of a stray space inside a long label (PDF-to-text)."""
    spread_labels: float = 0.0
    """Chance of a short label set out with spaces to fill its column (网  站  名  称)."""
    only_ticked_bool: float = 0.0
    """Chance of printing only the ticked box of a yes/no (the seed's 是否发布服务事项目录)."""
    note_inline: bool = False
    date_style: int = 0
    instructions: bool = False
    numbers: str = "plain"
    """One of NUMBER_STYLES, for the whole document (people are consistent)."""


def choice_text(f: Field, value: Any, style: Style) -> tuple[str, tuple[tuple[str, bool], ...]]:
    if f.type == "bool":
        opts = (("是", value is True), ("否", value is False))
        if value is not None and style.rng.random() < style.only_ticked_bool:
            opts = tuple(o for o in opts if o[1])
    else:
        chosen = value if isinstance(value, list) else [value]
        opts = tuple((c.label, c.key in chosen) for c in f.choices)
    text = " ".join(f"{'☑' if t else '☐'}{label}" for label, t in opts)
    return text, opts


def value_text(f: Field, value: Any, style: Style) -> str:
    if value is None:
        return ""
    if f.type in ("int", "number"):
        return number_text(f, value, style.numbers)
    if f.type == "date":
        day = datetime.date.fromisoformat(value)
        return (
            day.isoformat(),
            f"{day.year}年{day.month}月{day.day}日",
            f"{day.year}.{day.month:02d}.{day.day:02d}",
        )[style.date_style % 3]
    return str(value)


def number_text(f: Field, value: int | float, how: str) -> str:
    text = str(value) if f.type == "int" else f"{value:g}"
    if how == "comma" and value >= 1000:
        return f"{value:,}" if f.type == "int" else text
    if how == "space" and value >= 1000 and f.type == "int":
        return f"{value:,}".replace(",", " ")
    if how == "unit" and f.unit:
        return text + f.unit
    if how == "fullwidth":
        return text.translate(_FULLWIDTH)
    return text


def label_text(f: Field, style: Style, unit: bool) -> str:
    label = f.label
    if f.variants and style.rng.random() < style.variants:
        label = style.rng.choice(f.variants)
    if len(label) >= 10 and style.rng.random() < style.split_labels:
        cut = style.rng.randint(3, len(label) - 3)
        label = label[:cut] + " " + label[cut:]
    elif style.spread_labels and 2 < len(label) <= 5 and style.rng.random() < style.spread_labels:
        label = "  ".join(label)
    if unit and f.unit:
        label += style.unit_style.format(f.unit)
    return label


def _group_unit(group: Group) -> str | None:
    return group.unit


def _lines(section: Group) -> list[tuple[Group | None, Field]]:
    out: list[tuple[Group | None, Field]] = []
    for child in section.children:
        if isinstance(child, Field):
            out.append((None, child))
        else:
            out.extend((child, f) for f in child.fields())
    return out


def _value_cell(f: Field, values: dict[str, Any], style: Style, colspan: int = 1) -> GCell:
    value = values.get(f.key)
    if f.type in ("bool", "enum", "list"):
        text, opts = choice_text(f, value, style)
        if f.choices and style.note_inline:
            note = _note_for(f, values)
            if note and opts and opts[-1][1]:
                text += f"：{note}"
        return GCell(text, colspan=colspan, ticks=opts)
    return GCell(value_text(f, value, style), colspan=colspan)


def _note_for(f: Field, values: dict[str, Any]) -> str | None:
    """The text of the note field of f's ticked option (其他 → 其他（注明））, if any."""
    for other in _note_fields(f):
        value = values.get(other.key)
        if value:
            return str(value)
    return None


def _note_fields(f: Field) -> list[Field]:
    return [
        other
        for other in default_form().fields
        if other.type == "str"
        and other.group_ids == f.group_ids
        and other is not f
        and any(other.label.startswith(c.label) for c in f.choices)
    ]


def _skip_note(f: Field, style: Style) -> bool:
    """With notes written inline, the note field has no row of its own."""
    return style.note_inline and any(
        f in _note_fields(o) for o in default_form().fields if o.choices
    )


def build_sheet(values: dict[str, Any], style: Style, form: Form | None = None) -> Sheet:
    form = form or default_form()
    sheet = Sheet(title=form.title, layout=style.layout)
    _frame(sheet, form, values, style)
    builder = {
        "official": _official,
        "flat": _flat,
        "pairs": _pairs,
        "units": _units,
        "columns": _columns,
    }[style.layout]
    builder(sheet, form, values, style)
    if style.instructions:
        sheet.instructions = _instructions(form)
    return sheet


def _frame(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    for section in form.sections:
        if section.id == "header":
            sheet.before.append("附件1")
            for f in section.fields():
                if form.title in f.labels:
                    sheet.before.append(form.title)
                    if values.get(f.key) is not None:
                        sheet.before.append(f"（{values[f.key]}年度）")
                elif values.get(f.key) is not None:
                    sheet.before.append(f"{label_text(f, style, False)}：{values[f.key]}")
        elif section.id == "signature":
            for f in section.fields():
                text = value_text(f, values.get(f.key), style)
                sheet.after.append(f"{label_text(f, style, False)}：{text}")


def _instructions(form: Form) -> list[str]:
    lines = ["附件2", form.instructions]
    for group in form.groups():
        if group.clause and "、" not in group.clause:
            lines.append(f"{group.clause}、{group.label}")
        for f in group.children:
            if isinstance(f, Field) and f.clause_text:
                lines.append(f.clause_text)
    return lines


def _table_sections(form: Form) -> list[Group]:
    return [s for s in form.sections if s.id not in FRAME]


def _unit_on_group(group: Group | None, f: Field) -> bool:
    return group is not None and group.unit is not None and f.unit == group.unit


def _official(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    sheet.columns = 4
    rng = style.rng
    for section in _table_sections(form):
        lines = _lines(section)
        if len(lines) == 1 and lines[0][1].label == section.label:
            f = lines[0][1]
            sheet.rows.append(
                [GCell(section.label, kind="section"), _value_cell(f, values, style, 3)]
            )
            continue
        if section.id == "basic":
            fields = [f for _, f in lines]
            i = 0
            while i < len(fields):
                f = fields[i]
                pair = fields[i + 1] if i + 1 < len(fields) else None
                if pair and f.identifier and pair.identifier and f.label.startswith("ICP"):
                    sheet.rows.append(
                        [
                            GCell(label_text(f, style, True), kind="label"),
                            _value_cell(f, values, style),
                            GCell(label_text(pair, style, True), kind="label"),
                            _value_cell(pair, values, style),
                        ]
                    )
                    i += 2
                    continue
                sheet.rows.append(
                    [
                        GCell(
                            label_text(f, style, True),
                            colspan=3 if rng.random() < 0.5 else 1,
                            kind="label",
                        ),
                        _value_cell(f, values, style, 1),
                    ]
                )
                if sheet.rows[-1][0].colspan == 1:
                    sheet.rows[-1][1].colspan = 3
                i += 1
            continue
        lines = [(g, f) for g, f in lines if not _skip_note(f, style)]
        if lines[0][1].label == section.label:
            # The section's label is its first field's label (创新发展): one cell for both.
            f = lines[0][1]
            sheet.rows.append(
                [
                    GCell(section.label, rowspan=len(lines), kind="section"),
                    _value_cell(f, values, style, 3),
                ]
            )
            for _, f in lines[1:]:
                sheet.rows.append(
                    [
                        GCell(label_text(f, style, True), colspan=2, kind="label"),
                        _value_cell(f, values, style),
                    ]
                )
            continue
        unit = style.unit_style.format(section.unit) if section.unit else ""
        first = True
        done: set[str] = set()
        for group, f in lines:
            row: list[GCell] = []
            if first:
                row.append(GCell(section.label + unit, rowspan=len(lines), kind="section"))
                first = False
            if group is not None:
                if group.id not in done:
                    count = sum(1 for g, _ in lines if g is group)
                    gunit = style.unit_style.format(group.unit) if group.unit and not unit else ""
                    row.append(GCell(group.label + gunit, rowspan=count, kind="group"))
                    done.add(group.id)
                row.append(
                    GCell(
                        label_text(f, style, not _unit_on_group(group, f) and not unit),
                        kind="label",
                    )
                )
            else:
                row.append(GCell(label_text(f, style, not unit), colspan=2, kind="label"))
            row.append(_value_cell(f, values, style))
            sheet.rows.append(row)


def _heading(section: Group, number: int) -> str:
    digits = "一二三四五六七八九十"
    return f"{digits[number] if number < 10 else number + 1}、{section.label}"


def _flat(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    sheet.columns = 2
    for n, section in enumerate(_table_sections(form)):
        sheet.rows.append([GCell(_heading(section, n), colspan=2, kind="section")])
        current: Group | None = None
        for group, f in _lines(section):
            if group is not current and group is not None:
                sheet.rows.append([GCell(group.label, colspan=2, kind="group")])
            current = group
            if _skip_note(f, style):
                continue
            sheet.rows.append(
                [GCell(label_text(f, style, True), kind="label"), _value_cell(f, values, style)]
            )


def _grouped(section: Group, style: Style) -> list[tuple[Group | None, list[Field]]]:
    """A section's fields in runs of the same group (None: outside any group)."""
    by_group: list[tuple[Group | None, list[Field]]] = []
    for group, f in _lines(section):
        if _skip_note(f, style):
            continue
        if not by_group or by_group[-1][0] is not group:
            by_group.append((group, []))
        by_group[-1][1].append(f)
    return by_group


def _pairs(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    sheet.columns = 4
    for section in _table_sections(form):
        sheet.rows.append([GCell(section.label, colspan=4, kind="section")])
        for group, fields in _grouped(section, style):
            if group is not None:
                sheet.rows.append([GCell(group.label, colspan=4, kind="group")])
            for i in range(0, len(fields), 2):
                row = []
                for f in fields[i : i + 2]:
                    row += [
                        GCell(label_text(f, style, True), kind="label"),
                        _value_cell(f, values, style),
                    ]
                if len(row) == 2:
                    row[1].colspan = 3
                sheet.rows.append(row)


def _units(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    """Units in a column of their own; sections as a merged first column."""
    sheet.columns = 4
    for section in _table_sections(form):
        body: list[list[GCell]] = []
        current: Group | None = None
        for group, f in _lines(section):
            if group is not current and group is not None:
                body.append([GCell(group.label, colspan=3, kind="group")])
            current = group
            if _skip_note(f, style):
                continue
            unit = GCell(f.unit or "", kind="unit")
            body.append(
                [
                    GCell(label_text(f, style, False), kind="label"),
                    unit,
                    _value_cell(f, values, style),
                ]
            )
        body[0].insert(0, GCell(section.label, rowspan=len(body), kind="section"))
        sheet.rows.extend(body)


def _columns(sheet: Sheet, form: Form, values: dict[str, Any], style: Style) -> None:
    """Labels in one row and their values in the row below, up to four abreast (as offices
    lay out a group of counts: 总数 | 概况类信息更新量 | … then the numbers)."""
    sheet.columns = 4
    for n, section in enumerate(_table_sections(form)):
        sheet.rows.append([GCell(_heading(section, n), colspan=4, kind="section")])
        for group, fields in _grouped(section, style):
            if group is not None:
                sheet.rows.append([GCell(group.label, colspan=4, kind="group")])
            for i in range(0, len(fields), 4):
                chunk = fields[i : i + 4]
                labels = [GCell(label_text(f, style, True), kind="label") for f in chunk]
                cells = [_value_cell(f, values, style) for f in chunk]
                # A short last row: its last cell spans the rest, in both rows.
                labels[-1].colspan = cells[-1].colspan = 5 - len(chunk)
                sheet.rows.append(labels)
                sheet.rows.append(cells)
