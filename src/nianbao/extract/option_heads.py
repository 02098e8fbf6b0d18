"""A header row giving each option of a choice a column of its own, named after the
choice's label (网站类型-政府门户网站 | 网站类型-部门网站 | …, 是否发布服务事项目录-是 |
…-否), over a row with a mark in the chosen option's column: a system's one-row export.
Read column by column, each option's head would be a label no field has and its mark a
lone tick. The run of columns becomes one: the choice's label over its options, each
with its box (网站类型 over ☐政府门户网站 ☑部门网站 ☐专项网站)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex
from nianbao.extract.misread import option_alternatives
from nianbao.forms.model import Field

_SEPARATORS = "—－\\-–·:：_/"
_SEPARATOR_CHARS = "—－-–·:：_/"
_MARKS = {"☑": True, "☐": False, "": False}


def may_head(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a mark alone in a cell."""
    return "\n☑\n" in text


def option_heads_read(doc: Document, index: LabelIndex) -> Document:
    rows: list[Row] | None = None
    for r in range(len(doc.rows) - 1):
        head, under = doc.rows[r], doc.rows[r + 1]
        if under.block != head.block or len(head.cells) < 4:
            continue
        runs = _runs(head, index)
        if not runs:
            continue
        joined = _joined(head, under, runs)
        if joined is None:
            continue
        rows = rows if rows is not None else list(doc.rows)
        rows[r], rows[r + 1] = joined
    return doc if rows is None else dataclasses.replace(doc, rows=rows)


def _runs(head: Row, index: LabelIndex) -> list[tuple[str, list[tuple[int, str]]]]:
    """The runs of two or more heads in a row naming one choice's options: (the choice's
    label as the heads write it; each head's column and option)."""
    runs: list[tuple[str, list[tuple[int, str]]]] = []
    for cell in head.cells:
        found = None if cell.copy else option_head(cell.text, index)
        if found is None:
            continue
        _, prefix, option = found
        if runs and runs[-1][0] == prefix and runs[-1][1][-1][0] == cell.col - 1:
            runs[-1][1].append((cell.col, option))
        else:
            runs.append((prefix, [(cell.col, option)]))
    return [run for run in runs if len(run[1]) >= 2]


def _joined(
    head: Row, under: Row, runs: list[tuple[str, list[tuple[int, str]]]]
) -> tuple[Row, Row] | None:
    """The two rows with each run of option columns made one; None when the row under the
    heads holds anything but marks in them, or no mark at all."""
    marks = {c.col: c.text.strip() for c in under.cells if not c.copy}
    heads, values = list(head.cells), list(under.cells)
    for prefix, columns in runs:
        answers = [marks.get(col, "") for col, _ in columns]
        if any(a not in _MARKS for a in answers) or "☑" not in answers:
            return None
        listed = " ".join(
            ("☑" if _MARKS[a] else "☐") + option
            for a, (_, option) in zip(answers, columns, strict=True)
        )
        first, cols = columns[0][0], {col for col, _ in columns}
        heads = [
            dataclasses.replace(c, text=prefix) if c.col == first else c
            for c in heads
            if c.col == first or c.col not in cols
        ]
        values = [c for c in values if c.col not in cols]
        values.append(Cell(listed, first))
        values.sort(key=lambda c: c.col)
    return dataclasses.replace(head, cells=tuple(heads)), dataclasses.replace(
        under, cells=tuple(values)
    )


def option_head(text: str, index: LabelIndex) -> tuple[Field, str, str] | None:
    """(the choice, its label as written, the option) of a text naming a choice's option
    after the choice's label (and any group names before it) and a separator: 网站类型-
    部门网站, 办事服务-是否发布服务事项目录-是."""
    if not any(sep in text for sep in _SEPARATOR_CHARS):
        return None
    for f, pattern in _patterns(index):
        found = pattern.fullmatch(text.strip())
        if found is not None:
            return f, found[1], found[2]
    return None


@cache
def _patterns(index: LabelIndex) -> tuple[tuple[Field, re.Pattern[str]], ...]:
    """For each choice (yes/no ones too), the pattern of a head naming one of its options:
    any group names, its label (its unit's note after it: the head's part kept), a
    separator, the option."""
    out = []
    for f in index.form.fields:
        if not (f.choices or f.type == "bool"):
            continue
        labels = "|".join(re.escape(label) for label in (f.label, *f.variants))
        pattern = re.compile(
            rf"(?:[^{_SEPARATORS}]+[{_SEPARATORS}]+)*?((?:{labels})(?:[(（][^)）]*[)）])?)"
            rf"\s*[{_SEPARATORS}]+\s*({option_alternatives(f)})"
        )
        out.append((f, pattern))
    return tuple(out)
