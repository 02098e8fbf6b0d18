"""Only the renderer writes documents; its templates iterate the layout and name no field."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from nianbao.forms import forms

SRC = Path(__file__).resolve().parents[2] / "src"
TEMPLATES = SRC / "nianbao" / "render" / "templates"
WRITERS = {"weasyprint", "jinja2", "markupsafe"}
"""Libraries that only write documents: the renderer's alone."""
DOCUMENT_LIBRARIES = {"docx", "openpyxl"}
"""Read untrusted documents (readers/) or write ours (render/)."""


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_render_imports_the_writing_libraries() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).parts
        in_render = parts[:2] == ("nianbao", "render")
        in_readers = parts[:2] == ("nianbao", "readers")
        names = imported(path)
        if names & WRITERS and not in_render:
            offenders.append(f"{path.relative_to(SRC)}: {sorted(names & WRITERS)}")
        if names & DOCUMENT_LIBRARIES and not (in_render or in_readers):
            offenders.append(f"{path.relative_to(SRC)}: {sorted(names & DOCUMENT_LIBRARIES)}")
    assert offenders == []


def test_templates_name_no_field() -> None:
    keys = {f.key for form in forms() for f in form.fields}
    templates = [p for p in TEMPLATES.rglob("*") if p.is_file()]
    assert templates
    for path in templates:
        text = path.read_text("utf-8")
        named = {k for k in keys if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)}
        # `head` and `year` are also HTML/CSS words (<head>, .year-line); any other is a field.
        named -= {"head"} if path.suffix == ".j2" and "<head>" in text else set()
        assert named == set(), f"{path.name} names fields {sorted(named)}"
        assert "values" not in text, f"{path.name} looks values up itself"
