"""The form definition: complete, ordered, strict about its own mistakes."""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
import re
from pathlib import Path

import pytest

from nianbao.errors import FormDefinitionError
from nianbao.forms import default_form, form_for_year, forms
from nianbao.forms.loader import load_form
from nianbao.forms.registry import FORMS_DIR
from nianbao.rules.engine import RuleSet

SHARED = Path(os.environ.get("NIANBAO_SHARED", Path(__file__).resolve().parents[3] / "shared"))
SPEC = SHARED / "spec" / "fields.md"
FORM_FILE = FORMS_DIR / "gwr-2022.form.yaml"
RULES_FILE = FORMS_DIR / "gwr-2022.rules.yaml"


def _spec_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in SPEC.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"[a-z_]+", cells[0]) and cells[0] != "key":
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def test_the_form_has_every_key_of_the_spec_in_order() -> None:
    rows = _spec_rows()
    assert len(rows) == 62
    assert [r[0] for r in rows] == list(default_form().keys)


def test_types_match_the_spec() -> None:
    by_key = default_form().by_key
    for key, _section, _label, kind in _spec_rows():
        assert by_key[key].type == kind, key


def test_every_instructed_field_quotes_its_clause() -> None:
    seed = (SPEC.parent.parent / "seed" / "000_794783a65cf15956.txt").read_text("utf-8")
    flat = re.sub(r"\s+", "", seed).replace("<", "").replace(">", "")
    for field in default_form().fields:
        if field.clause is None:
            assert field.section in ("表头", "签署"), field.key
            continue
        assert field.clause_text, field.key
        # Quoted from the seed (spacing and the example URL's <> aside).
        head = re.sub(r"\s+", "", field.clause_text)[:25]
        assert head.split("：", 1)[-1][:12] in flat, field.key


def test_every_year_has_a_form() -> None:
    assert form_for_year(2010) is forms()[0]
    assert form_for_year(2035) is forms()[-1]
    assert form_for_year(None) is default_form()


def _broken(tmp_path: Path, old: str, new: str, *, rules: bool = False) -> tuple[Path, Path]:
    form_text = FORM_FILE.read_text("utf-8")
    rules_text = RULES_FILE.read_text("utf-8")
    if rules:
        assert old in rules_text
        rules_text = rules_text.replace(old, new, 1)
    else:
        assert old in form_text
        form_text = form_text.replace(old, new, 1)
    (tmp_path / "f.form.yaml").write_text(form_text, "utf-8")
    (tmp_path / "f.rules.yaml").write_text(rules_text, "utf-8")
    return tmp_path / "f.form.yaml", tmp_path / "f.rules.yaml"


@pytest.mark.parametrize(
    ("old", "new", "rules", "expected"),
    [
        (
            "        type: int\n        min: 2000",
            "        type: integer\n        min: 2000",
            False,
            r"f\.form\.yaml:\d+: .*type",
        ),
        (
            "        label: 填报单位\n",
            "        label: 填报单位\n        colour: red\n",
            False,
            r"f\.form\.yaml:\d+: .*colour",
        ),
        ("- key: filing_unit", "- key: year", False, "defined twice"),
        ("    kind: sum_equals", "    kind: sum_equal", True, "unknown kind 'sum_equal'"),
        ("    total: cases_total", "    total: case_total", True, "unknown field 'case_total'"),
        ("    severity: warning", "    severity: notice", True, r"f\.rules\.yaml:\d+: .*severity"),
    ],
)
def test_mistakes_in_the_data_files_name_file_and_line(
    tmp_path: Path, old: str, new: str, rules: bool, expected: str
) -> None:
    form_path, rules_path = _broken(tmp_path, old, new, rules=rules)
    with pytest.raises(FormDefinitionError, match=expected):
        RuleSet(load_form(form_path, rules_path))


def test_form_objects_survive_pickling_and_deep_copies() -> None:
    # Compiled by mypyc (make compiled), a frozen dataclass would unpickle through its
    # refusing __setattr__; worker processes and caches copy fields and rules this way.
    form = default_form()
    section = form.sections[0]
    some = (section, form.fields[0], form.by_key["site_type"], form.rules[-1])
    for obj in some:
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert copy.deepcopy(obj) == obj
    conditional = next(f for f in form.fields if f.optional_when is not None)
    assert pickle.loads(pickle.dumps(conditional)).optional_when == conditional.optional_when


def test_fields_compare_by_value() -> None:
    # Field writes its __eq__ out (identity first, then the key, then every attribute).
    form = default_form()
    f, other = form.by_key["site_type"], form.by_key["page_views"]
    twin = dataclasses.replace(f)
    assert twin is not f
    assert twin == f
    assert hash(twin) == hash(f)
    assert twin in (other, f)
    assert twin in {f}
    assert dataclasses.replace(f, label="别的名称") != f
    assert dataclasses.replace(f, choices=f.choices[:1]) != f
    assert f not in (other, None, f.key)
    assert None not in form.fields[:3]
