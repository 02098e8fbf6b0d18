"""Only readers parse untrusted documents, and extraction knows no file format.

tests/test_layers.py checks which part of the core (`nianbao`) imports which library;
here: that the packages around the core (CLI, web) import no document parser either,
and that the matcher names no format and no field.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PARSERS = {"lxml", "pypdfium2", "pdfplumber", "rapidocr_onnxruntime", "charset_normalizer"}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_package_around_the_core_imports_a_document_parser() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.relative_to(SRC).parts[0] == "nianbao":
            continue  # the core: tests/test_layers.py
        found = imported(path) & PARSERS
        if found:
            offenders.append(f"{path.relative_to(SRC)}: {sorted(found)}")
    assert offenders == []


def test_the_matcher_names_no_format_and_no_field() -> None:
    from nianbao.forms import forms  # noqa: PLC0415

    keys = {f.key for form in forms() for f in form.fields}
    for name in ("matcher.py", "labels.py", "pieces.py", "notes.py"):
        tree = ast.parse((SRC / "nianbao" / "extract" / name).read_text("utf-8"))
        literals = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert not literals & keys, name
        assert not literals & {"html", "docx", "xlsx", "pdf", "image"}, name
