"""The grid every output draws: complete, one value per field, spans as on the form."""

from __future__ import annotations

import pytest

from nianbao.coerce import report_from_mapping
from nianbao.forms import Form, forms
from nianbao.render import FORMATS, render
from nianbao.render.grid import COLUMNS, official_sheet
from nianbao.render.layout import FRAME_GROUPS
from nianbao.render.wordml import word_rows
from nianbao.synthetic import synthetic_report


@pytest.mark.parametrize("form", forms(), ids=lambda f: f.id)
def test_every_row_covers_the_grid_once(form: Form) -> None:
    sheet = official_sheet(report_from_mapping(synthetic_report(2), form=form))
    covered: dict[int, int] = {}  # column → rows still covered from above
    for row in sheet.rows():
        taken = {c for c, left in covered.items() if left > 0}
        for cell in row:
            span = set(range(cell.col, cell.col + cell.colspan))
            assert not span & taken, f"{cell.text} overlaps a merged cell"
            taken |= span
            for c in span:
                covered[c] = cell.rowspan
        assert taken == set(range(COLUMNS)), [c.text for c in row]
        covered = {c: left - 1 for c, left in covered.items() if left > 1}
    assert covered == {}
    # Word needs the same: every w:tr spans the whole grid.
    for word_row in word_rows(sheet):
        assert sum(cell.span for cell in word_row) == COLUMNS


@pytest.mark.parametrize("form", forms(), ids=lambda f: f.id)
def test_one_value_and_one_label_per_field(form: Form) -> None:
    sheet = official_sheet(report_from_mapping(synthetic_report(2), form=form))
    values: dict[str, int] = {}
    labels: dict[str, int] = {}
    for row in sheet.rows():
        for cell in row:
            if cell.field is None:
                continue
            counts = values if cell.kind == "value" else labels
            counts[cell.field.key] = counts.get(cell.field.key, 0) + 1
    table = [f for f in form.fields if f.group_ids[0] not in FRAME_GROUPS]
    assert set(values) == {f.key for f in table}
    for f in table:
        spread = len(f.choices) if f.type == "enum" else 1
        assert values[f.key] == spread, f.key
        # A field named like its section (创新发展) is headed by the section cell.
        assert labels.get(f.key, 0) == (0 if f.label == f.path[-1] else 1), f.key
    assert [i.field.key for i in sheet.signature] == [
        f.key for f in form.fields if f.group_ids[0] == "signature"
    ]


def test_units_where_the_form_prints_them() -> None:
    sheet = official_sheet(report_from_mapping(synthetic_report(2)))
    texts = [cell.text for row in sheet.rows() for cell in row if cell.kind != "value"]
    # A unit shared by a group stands on the group, not on its fields.
    assert "信息发布（单位：条）" in texts
    assert "办件量（单位：件）" in texts
    assert "总数（单位：条）" in texts  # 解读信息发布 has no shared unit
    assert "自然人办件量" in texts
    assert "独立用户访问总量（单位：个）" in texts
    notes = [c for row in sheet.rows() for c in row if c.note]
    assert all(c.text == c.bare + c.note for c in notes)


def test_blank_year_line_and_absent_values() -> None:
    sheet = official_sheet(report_from_mapping({}))
    assert sheet.year_line == "（　　　　年度）"
    values = [c for row in sheet.rows() for c in row if c.kind == "value"]
    assert all(c.text == "" for c in values if not c.ticks)
    assert all(not t.checked for c in values for t in c.ticks)


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_report_renders(fmt: str) -> None:
    data = render(report_from_mapping({}), fmt)  # type: ignore[arg-type]
    assert len(data) > 1000
