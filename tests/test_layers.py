"""One list of fields: every layer knows every field of every form version."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from nianbao.coerce import report_from_mapping
from nianbao.forms import Form, forms
from nianbao.render.layout import frame_fields, table_rows
from nianbao.schema import json_schema
from nianbao.synthetic import synthetic_report
from nianbao.template import blank_json, blank_yaml

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.mark.parametrize("form", forms(), ids=lambda f: f.id)
def test_every_layer_knows_every_field(form: Form) -> None:
    keys = list(form.keys)
    assert list(json_schema(form)["properties"]) == keys
    yaml_text = blank_yaml(form)
    assert all(f"\n{key}:" in yaml_text for key in keys)
    assert list(json.loads(blank_json(form))) == keys
    report = report_from_mapping(synthetic_report(1), form=form)
    shown = [row.field.key for row in table_rows(report)]
    framed = [f.key for group in ("header", "signature") for f in frame_fields(form, group)]
    assert sorted(shown + framed) == sorted(keys)


def test_no_module_relists_the_fields() -> None:
    """Field keys appear in code only where a rule of thumb needs no list of them."""
    keys = {f.key for form in forms() for f in form.fields}
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "synthetic.py":
            continue  # makes up values per field on purpose, and is checked against the form
        tree = ast.parse(path.read_text("utf-8"))
        literals = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        named = literals & keys
        if len(named) > 5:
            offenders.append(f"{path.relative_to(SRC)}: {sorted(named)}")
    assert offenders == []


def test_module_sizes() -> None:
    big = [
        f"{p.relative_to(SRC)}: {n}"
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 450
    ]
    assert big == [], "split these modules"
    assert not [p for p in SRC.rglob("*.py") if p.stem in {"utils", "helpers", "common"}]


def _module_names(tree: ast.Module) -> list[str]:
    """The names a module's top level binds by assignment, def or class, each time."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_binds_a_name_twice() -> None:
    # A second `_LIMIT = …` further down a module silently changes what the code above it
    # reads; ruff flags redefined functions but not constants bound again.
    twice = []
    for path in SRC.rglob("*.py"):
        names = _module_names(ast.parse(path.read_text("utf-8")))
        twice += [f"{path.relative_to(SRC)}: {n}" for n in sorted(set(names)) if names.count(n) > 1]
    assert twice == []
    assert _module_names(ast.parse("_A = 1\n_A = 2\n")) == ["_A", "_A"]


# Which part of the core may import which third-party library: untrusted
# documents are parsed only in readers/, documents are written only in
# render/, and the columnar engine serves the metrics and analytics.
ALLOWED_PLACES = {
    "pdfplumber": {"readers"},
    "pypdfium2": {"readers", "render"},
    "rapidocr_onnxruntime": {"readers"},
    "charset_normalizer": {"readers"},
    "docx": {"readers", "render"},
    "openpyxl": {"readers", "render"},
    "lxml": {"readers", "render"},
    "PIL": {"readers", "render"},
    "weasyprint": {"render"},
    "jinja2": {"render"},
    "duckdb": {"metrics", "analytics", "readers"},
    "django": set(),
    "ninja": set(),
    "click": set(),
    "rich": set(),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_layers_import_only_their_libraries() -> None:
    core = SRC / "nianbao"
    wrong = []
    for path in core.rglob("*.py"):
        place = path.relative_to(core).parts[0]
        for library in _imports(path) & ALLOWED_PLACES.keys():
            if place not in ALLOWED_PLACES[library]:
                wrong.append(f"nianbao/{path.relative_to(core)} imports {library}")
    assert wrong == []
