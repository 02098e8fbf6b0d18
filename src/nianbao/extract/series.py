"""Several reports of the form one after another in one file: a county's page or workbook
holding the reports of all its departments' sites, each under its own title (or, in a
workbook, on its own sheet).

Read as one report, the file gave the first report's values (the matcher keeps the
value of the table with most labels) and silently dropped the others. A file splits
where a heading names the form (政府网站工作年度报表) or a new sheet starts, and each part
that repeats the fields of the part before it starts a new report; a part that does not
(a page title over the table's own title, a table whose title row repeats on its next
page), and the instructions from their title on, stay with the one before.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from nianbao.extract.document import Document, Row
from nianbao.extract.labels import LabelIndex, label_index, label_normal_form, normalize_label
from nianbao.extract.regions import Titles, heading, heading_text, own_rows, titles
from nianbao.forms.model import Form
from nianbao.report import Report

MIN_FIELDS = 8
"""Fields whose labels a part must show, and share with the part before, to be a report
of its own (as many as the pipeline asks of any report)."""

_WORDS_RE = re.compile(r"[：:\s]+")


@dataclasses.dataclass(frozen=True, slots=True)
class Part:
    rows: list[Row]


def report_parts(doc: Document, form: Form) -> list[Part] | None:
    """The reports `doc` holds one after another, when it holds two or more."""
    names = titles(form)
    index = label_index(form)
    rows = doc.rows
    mark = names.own[-1:]  # only this form's title starts a report
    sheets = doc.format == "xlsx"
    starts: list[int] = []
    notes: set[int] = set()
    for r in range(1, len(rows)):
        cells = rows[r].cells
        # Most rows hold no 表 in their first two cells: no title, and not looked at further.
        titled = bool(cells) and (
            mark in cells[0].text or (len(cells) > 1 and mark in cells[1].text)
        )
        named = _named(rows[r], names, index) if titled else None
        if named is not None or (sheets and rows[r].block != rows[r - 1].block):
            starts.append(r)
        if named == _INSTRUCTIONS:
            notes.add(r)
    if not starts:
        return None  # nearly every file: one title, at its top, or none
    bounds = [0, *starts, len(rows)]
    # Without other forms' rows a part shows fewer fields, so it splits off less: a file
    # that does not split with them does not split without them (most files, which are
    # spared reading its regions).
    if len(_split(rows, bounds, notes, index, None)) < 2:
        return None
    # Another form's report (政务新媒体工作年度报表) repeats many of this form's labels.
    own, _ = own_rows(doc, form)
    parts = _split(rows, bounds, notes, index, {id(row) for row in own.rows})
    return parts if len(parts) >= 2 else None


def _split(
    rows: list[Row], bounds: list[int], notes: set[int], index: LabelIndex, kept: set[int] | None
) -> list[Part]:
    """The parts between `bounds`, each joined to the one before unless it shows MIN_FIELDS
    of that one's fields again (only rows in `kept`, if given, count). A part starting
    with the instructions' title (`notes`) names every field, and no report's: it is
    joined to the one before, its labels not counted."""
    parts: list[Part] = []
    fields: set[str] = set()
    last = max((a for a in bounds[1:-1] if a not in notes), default=0)
    for a, b in itertools.pairwise(bounds):
        if parts and (a in notes or (a >= last and len(fields) < MIN_FIELDS)):
            # From the last title on, a part cannot repeat fields the one before has too
            # few of, and no part after it compares with its own (a title row or two over
            # the table, the instructions after it: the usual file, the table most rows).
            parts[-1] = Part(parts[-1].rows + rows[a:b])
            continue
        span = rows[a:b] if kept is None else [row for row in rows[a:b] if id(row) in kept]
        shown = _fields(span, index)
        if parts and len(shown & fields) < MIN_FIELDS:
            parts[-1] = Part(parts[-1].rows + rows[a:b])
            fields |= shown
        else:
            parts.append(Part(rows[a:b]))
            fields = shown
    return parts


def part_document(doc: Document, part: Part, n: int) -> Document:
    first, last = part.rows[0].where, part.rows[-1].where
    note = f"文件中的第 {n} 份报表：{first}至{last}"
    return dataclasses.replace(doc, rows=part.rows, notes=[*doc.notes, note])


_TITLE, _INSTRUCTIONS = "title", "instructions"


def _named(row: Row, names: Titles, index: LabelIndex) -> str | None:
    """Whether the row is a heading naming the form (_TITLE) or its instructions' title
    (_INSTRUCTIONS)."""
    text = heading_text(row)
    if text is None or heading(text, names) != names.own:
        return None
    return _INSTRUCTIONS if index.stop and index.stop in label_normal_form(text) else _TITLE


def _fields(rows: list[Row], index: LabelIndex, until: int | None = None) -> set[str]:
    """The fields a label standing in the rows as a cell, or as a word of one (网站名称：某局),
    may name: all of them, or the first `until` found or more (all a caller asks is whether
    the rows show that many: a whole report's rows, read to its end, cost a tenth of
    the text reader's time)."""
    found: set[str] = set()
    for row in rows:
        for cell in row.cells:
            if cell.copy:
                continue
            for word in _WORDS_RE.split(cell.text):
                hit = index.lookup(normalize_label(word)) if word else None
                if hit is not None:
                    found.update(f.key for f in hit.fields)
        if until is not None and len(found) >= until:
            break
    return found


def same_report(a: Report, b: Report) -> bool:
    """Whether two parts' reports are one report written twice: the site's identifiers
    both give (网址, 标识码, 备案号) agree, one at least, and so do nine in ten of all the
    values both hold, MIN_FIELDS at least (two small sites' reports, zeros mostly, differ
    in little more than their names and identifiers)."""
    both = [key for key in a.values if key in b.values]
    ids = [key for key in both if a.form.by_key[key].identifier]
    if not ids or any(a.values[key] != b.values[key] for key in ids):
        return False
    agree = sum(a.values[key] == b.values[key] for key in both)
    return len(both) >= MIN_FIELDS and 10 * agree >= 9 * len(both)


def without_leading_instructions(doc: Document, form: Form) -> Document:
    """The document without the form's instructions when they come before the report (a
    workbook's 填写说明 sheet, then the report's): the walk stops at the instructions'
    title, so the report after them went unread. They are dropped from their title to the
    form's own title (or, in a workbook, the next sheet), when the rows before them show
    fewer than MIN_FIELDS fields and the rows from there on show MIN_FIELDS at least."""
    index = label_index(form)
    if not index.stop:
        return doc
    rows = doc.rows
    start = next(
        (
            r
            for r, row in enumerate(rows)
            if row.cells and normalize_label(row.cells[0].text).startswith(index.stop)
        ),
        None,
    )
    if start is None or len(_fields(rows[:start], index, MIN_FIELDS)) >= MIN_FIELDS:
        return doc
    names = titles(form)
    sheets = doc.format == "xlsx"
    resume = next(
        (
            r
            for r in range(start + 1, len(rows))
            if _named(rows[r], names, index) == _TITLE
            or (sheets and rows[r].block != rows[start].block)
        ),
        None,
    )
    if resume is None or len(_fields(rows[resume:], index, MIN_FIELDS)) < MIN_FIELDS:
        return doc
    return dataclasses.replace(doc, rows=[*rows[:start], *rows[resume:]])
