"""Text a converter wrote with a choice's marks on one line and its options' names on the
next, in the same order (pdftotext -raw, PyMuPDF's blocks: 是否发布服务事项目录 √ □ | 是 否;
创新发展 □ □ □ √ □ | 搜索即服务 多语言版本 …), or each mark and then each name a line of
its own (□ | √ | √ | □ | □ | 搜索即服务 | …): the marks go onto their names (☑是 ☐否), one
line, the names' lines dropped. As many names as marks, each an option's name, or nothing
is moved: a line of marks alone can be anything's."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex
from nianbao.extract.misread import all_option_names
from nianbao.forms.model import Form

_MARKS = frozenset("☑☐")
_TRAILING_MARKS_RE = re.compile(r"(?:^|\s)((?:[☑☐]\s*){2,})$")
_MARKS_LINE_RE = re.compile(r"(?:^|\s)[☑☐][ \t]+[☑☐]\n|\n[☑☐]\n[☑☐]\n")
"""A line ending with two marks or more, or two lines each a mark alone."""


def may_move(text: str, index: LabelIndex) -> bool:
    return _MARKS_LINE_RE.search(text) is not None


def marks_onto_name_lines(doc: Document, index: LabelIndex) -> Document:
    rows = list(doc.rows)
    out: list[Row] = []
    r = 0
    changed = False
    while r < len(rows):
        merged = _trailing(rows, r, index.form) or _stacked(rows, r, index.form)
        if merged is None:
            out.append(rows[r])
            r += 1
            continue
        row, r = merged
        out.append(row)
        changed = True
    return dataclasses.replace(doc, rows=out) if changed else doc


def _text(row: Row) -> str | None:
    """The row's one cell's text, or None for a row of several cells."""
    cells = [c for c in row.cells if not c.copy]
    return cells[0].text.strip() if len(cells) == 1 else None


def _trailing(rows: list[Row], r: int, form: Form) -> tuple[Row, int] | None:
    """Row r ending with marks and row r+1 their names, a word each: (row, next row)."""
    if r + 1 >= len(rows) or not rows[r].cells:
        return None
    last = rows[r].cells[-1]
    found = _TRAILING_MARKS_RE.search(last.text.rstrip())
    below = _text(rows[r + 1])
    if found is None or below is None:
        return None
    marks = found[1].split()
    words = below.split()
    if len(words) != len(marks) or not all_option_names(words, form):
        return None
    marked = " ".join(m + w for m, w in zip(marks, words, strict=True))
    text = last.text.rstrip()[: found.start(1)] + marked
    cells = (*rows[r].cells[:-1], dataclasses.replace(last, text=text))
    return dataclasses.replace(rows[r], cells=cells), r + 2


def _stacked(rows: list[Row], r: int, form: Form) -> tuple[Row, int] | None:
    """Rows r… each a mark alone, then as many rows each a name: (one row, next row)."""
    k = r
    while k < len(rows) and _text(rows[k]) in _MARKS:
        k += 1
    count = k - r
    if count < 2 or k + count > len(rows):
        return None
    words = [_text(rows[q]) for q in range(k, k + count)]
    if any(w is None for w in words) or not all_option_names([w or "" for w in words], form):
        return None
    marks = [_text(rows[q]) or "" for q in range(r, k)]
    first = rows[r].cells[0]
    text = " ".join(m + (w or "") for m, w in zip(marks, words, strict=True))
    cell = Cell(text, first.col, first.bbox, first.copy, first.confidence)
    return dataclasses.replace(rows[r], cells=(cell,)), k + count
