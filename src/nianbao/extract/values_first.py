"""A report set out figure first, its label after it: the 数说 / 一图读懂 posts that publish the
report as cards (a big figure, its label under it: 1,862,447 | 独立用户访问总量（个）), or as
lines of "figure | label". Read label first, each label would take the next card's figure.

The order is told by the values themselves: of the lines around each label, the one before
it is what the label's field reads (a URL under 首页网址, ten digits under 标识码, 是 under a
question) where the one after it is not, far more often than the other way round. Each such
label is then set before its figure, on one row, as a table has it."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.ranking import readable
from nianbao.forms.model import Field

_PIPE_RE = re.compile(r"^(?P<value>[^|｜]+?)\s*[|｜]\s*(?P<label>[^|｜]+)$")
"""A line of "figure | label"."""
_FIGURE_RE = re.compile(r"[\d\s,.:/%-]+")
"""A line of digits and their signs alone (a count, a date, a code): no label's line."""
_LEAST_VOTES = 4
"""Labels whose value shows before them, not after, a document needs to be read so."""


def labels_before_values(doc: Document, index: LabelIndex) -> Document:
    single = sum(len(row.cells) == 1 for row in doc.rows)
    piping = any("|" in c.text or "｜" in c.text for row in doc.rows for c in row.cells[:1])
    if 2 * single < len(doc.rows) and not piping:
        return doc  # a table's rows (the common case): neither cards nor figure | label lines
    lines = [_line(row, index) for row in doc.rows]
    piped = [k for k, line in enumerate(lines) if line is not None and line[2] is not None]
    stacked = 2 * single >= len(doc.rows) and _figures_first(doc, lines)
    if not stacked and len(piped) < _LEAST_VOTES:
        return doc
    rows = list(doc.rows)
    gone: set[int] = set()
    for k, line in enumerate(lines):
        if line is None or not line[1]:
            continue
        label, _, value = line
        if value is not None:  # figure | label on one line
            rows[k] = _paired(doc.rows[k], label, value)
        elif stacked:
            at = _past_unit(lines, k, -1)  # the figure, past a unit alone between
            if at not in gone and _value(lines, doc, at) is not None:
                rows[at] = _paired(doc.rows[at], label, doc.rows[at].cells[0].text)
                gone.add(k)
    if not gone and not piped:
        return doc
    kept = [row for k, row in enumerate(rows) if k not in gone]
    return dataclasses.replace(doc, rows=kept)


def figures_first(doc: Document, index: LabelIndex) -> bool:
    """Whether `doc`'s labels, one a line, stand after their figures."""
    return _figures_first(doc, [_line(row, index) for row in doc.rows])


def _figures_first(doc: Document, lines: list[_Line | None]) -> bool:
    labelled = [
        (k, line[1]) for k, line in enumerate(lines) if line and line[1] and line[2] is None
    ]
    before = after = 0
    for seen, (k, fields) in enumerate(labelled):
        if before + len(labelled) - seen < max(_LEAST_VOTES, 2 * after):
            return False  # the labels left cannot outvote those read first (most reports)
        ahead = _value(lines, doc, _past_unit(lines, k, -1))
        below = _past_unit(lines, k, 1)
        behind = _lead_figure(lines, below) or _value(lines, doc, below)
        fits_ahead = ahead is not None and any(readable(f, ahead) for f in fields)
        fits_behind = behind is not None and any(readable(f, behind) for f in fields)
        before += fits_ahead and not fits_behind
        after += fits_behind and not fits_ahead
    return before >= _LEAST_VOTES and before >= 2 * after


_Line = tuple[str, tuple[Field, ...] | None, str | None]
"""A one-cell line: its label text (or its whole text), the fields its label names (None:
no label), and the figure before the label on the same line (figure | label)."""


def _line(row: Row, index: LabelIndex) -> _Line | None:
    cells = [c for c in row.cells if not c.copy and c.text.strip()]
    if not cells or len(cells) > 2:
        return None
    text = " ".join(c.text.strip() for c in cells)
    if len(cells) == 1 and text[0].isdigit() and _FIGURE_RE.fullmatch(text):
        return text, None, None  # a figure (most lines of a one-cell-a-line text): no label
    if len(cells) == 1:
        hit = index.lookup(normalize_label(text))
        if hit is not None:  # a field's label, or a group's name (fields: none)
            return text, hit.fields, None
    piped = _PIPE_RE.match(text)
    if piped is not None:
        hit = index.lookup(normalize_label(piped["label"]))
        if hit is not None and hit.fields and index.lookup(normalize_label(piped["value"])) is None:
            return piped["label"].strip(), hit.fields, piped["value"].strip()
    return (text, None, None) if len(cells) == 1 else None


_UNIT_LINE_RE = re.compile(r"[（(]?(?:单?位\s*[:：])?\s*[个次条项件天期篇人]\s*[)）]?")


def _past_unit(lines: list[_Line | None], k: int, step: int) -> int:
    """The line next to line k that way, past a line of the label's unit alone (网站总访问量 |
    次 | 1 097 809)."""
    k += step
    line = lines[k] if 0 <= k < len(lines) else None
    if line is not None and line[1] is None and _UNIT_LINE_RE.fullmatch(line[0]):
        k += step
    return k


def _value(lines: list[_Line | None], doc: Document, k: int) -> str | None:
    """The text of line k when it may be a value: one cell, no label, no heading."""
    if k < 0 or k >= len(lines):
        return None
    line = lines[k]
    if line is None or line[1] is not None:
        return None
    return line[0] if doc.rows[k].cells else None


_LEAD_FIGURE_RE = re.compile(r"^(\d[\d,.]*)\s+\D")


def _lead_figure(lines: list[_Line | None], k: int) -> str | None:
    """The figure opening line k before other words (pdftotext -raw of two pairs a row:
    1974 信息公开目录信息更新量（单 after 政务动态信息更新量's lines): the label's before's."""
    line = lines[k] if k < len(lines) else None
    if line is None or line[1] is not None:
        return None
    lead = _LEAD_FIGURE_RE.match(line[0])
    return None if lead is None else lead[1]


def _paired(row: Row, label: str, value: str) -> Row:
    cells = (Cell(label, 0), Cell(value, 1))
    return dataclasses.replace(row, cells=cells)
