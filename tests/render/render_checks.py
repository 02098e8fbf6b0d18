"""Reading a rendered table back: which value stands next to which label.

The outputs are read with the libraries that wrote them (lxml, python-docx,
openpyxl); each reader turns its table into rows of distinct cell texts, one
row per table row, merged cells repeated in every row they cover. The check
then finds each field by the labels of its groups and its own label, as a
person would, without asking the renderer's grid where things are.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from nianbao.coerce import report_from_mapping
from nianbao.forms import Field
from nianbao.loading import load_report
from nianbao.render.layout import FRAME_GROUPS, value_text
from nianbao.render.sanitize import xml_safe
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed-2022.yaml"


@cache
def load_seed() -> Report:
    """The seed report (海口市卫生健康委员会, 2022): one load for all the render tests.

    A function, not a conftest fixture: other test folders import the root
    conftest by module name, which a second conftest.py here would shadow.
    """
    return load_report(SEED)


_UNIT = re.compile(r"（单位：[^）]*）")
_SPACE = re.compile(r"\s+")

HOSTILE = {
    "site_name": "<script>alert(1)</script>",
    "sponsor": '=HYPERLINK("http://x","y")',
    "filing_unit": "+cmd|' /C calc'!A0",
    "head": "@SUM(1+1)",
    "filler": "-2+3",
    "other_media": "\x07响铃 & <b>粗体</b>\n第二行",
    "wechat_name": "\"引号\" & '单引号' ]]> <!-- -->",
}
"""Text fields holding markup, formulas and characters XML cannot hold."""


def hostile_report() -> Report:
    values: dict[str, Any] = synthetic_report(11)
    values.update(HOSTILE)
    return report_from_mapping(values)


def plain(text: str) -> str:
    """Compare texts without units and whitespace (wrapping differs between outputs)."""
    return _SPACE.sub("", _UNIT.sub("", text))


def table_fields(report: Report) -> list[Field]:
    return [f for f in report.form.fields if f.group_ids[0] not in FRAME_GROUPS]


def expected_text(field: Field, report: Report) -> str:
    return plain(xml_safe(value_text(field, report.values.get(field.key))))


def _heads(field: Field, with_path: bool) -> list[str]:
    heads = [plain(p) for p in field.path] if with_path else []
    if not heads or heads[-1] != plain(field.label):
        heads.append(plain(field.label))
    return heads


def find_value(rows: list[list[str]], field: Field, labels: set[str]) -> str:
    """The text right of the field's labels, in the one row that has them all, in order.

    A cell holding another field's label is no value: 创新发展 heads both its own
    row and the row of 其他（注明）.
    """
    for with_path in (True, False):
        found = []
        heads = _heads(field, with_path)
        for row in rows:
            cells = [plain(t) for t in row]
            for i in range(len(cells) - len(heads)):
                rest = cells[i + len(heads) :]
                if cells[i : i + len(heads)] == heads and rest[0] not in labels:
                    width = len(field.choices) if field.type == "enum" else 1
                    found.append("".join(rest[:width]))
        if len(found) == 1:
            return found[0]
        assert not found, f"{field.key}: labels {heads} found in {len(found)} rows"
    raise AssertionError(f"{field.key}: no row holds the labels of {field.path} / {field.label}")


def check_table(rows: list[list[str]], report: Report) -> None:
    """Every table field's value stands next to its labels."""
    wrong = {}
    fields = table_fields(report)
    labels = {plain(f.label) for f in fields}
    for field in fields:
        got = find_value(rows, field, labels)
        want = expected_text(field, report)
        if got != want:
            wrong[field.key] = (got, want)
    assert wrong == {}


GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "golden" / "render"


def assert_golden(name: str, text: str) -> None:
    """`text` equals the stored golden file; NIANBAO_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("NIANBAO_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return
    assert path.is_file(), f"{path} missing: run with NIANBAO_UPDATE_GOLDEN=1 to create it"
    golden = path.read_text("utf-8")
    assert text == golden, f"{name} differs from its golden file (NIANBAO_UPDATE_GOLDEN=1)"
