"""A count wrapped around the line of its row's other values, in text of one cell a line
(pdfplumber, pypdfium2).

A table row's cells are centred in it: when one column is too narrow for its label, the
label's first line stands above the line of the others' labels and its unit below
(关注量 | 名称 信息发布量（条） | （个）). A count too wide for that column wraps the same way
around the line of the others' values (３４７７ | 某某发布 ２４４ | ０４). Read in order, the
three lines of values would go to the three labels; the two halves are one count, which
stood on the middle line at its field's place: the lines become that one line of values,
which the walk reads as a row's (`dealt`).
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Document, Row
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.labels import LabelIndex, is_unit, normalize_label
from nianbao.forms.model import Field

_DIGITS_RE = re.compile(r"[0-9０-９]+")
_UNIT_RE = re.compile(r"[（(][^（）()]*[）)]")
"""A label's unit in brackets, closed on the line."""
_OPEN_UNIT_RE = re.compile(r"\s[（(][^（）()]*$")
"""A unit opened at the line's end, after a blank: the next line closes it."""


def rejoin_run_wraps(doc: Document, index: LabelIndex) -> Document:
    """`doc` with each count wrapped around its row's line of values put back on it."""
    if doc.format != "text":
        return doc
    rows = list(doc.rows)
    changed = False
    # Read upwards from the count's second half: lines of one count only are few.
    r = len(rows) - 1
    while r >= 5:
        bottom = _lone_text(rows[r])
        joined = _joined(rows, r, index) if bottom and _DIGITS_RE.fullmatch(bottom) else None
        if joined is not None:
            rows[r - 2 : r + 1] = [joined]
            changed = True
            r -= 2
        r -= 1
    return dataclasses.replace(doc, rows=rows) if changed else doc


def _lone_text(row: Row) -> str | None:
    cells = row.cells
    if len(cells) != 1 or cells[0].bbox is not None or cells[0].copy:
        return None
    return cells[0].text.strip()


def _joined(rows: list[Row], r: int, index: LabelIndex) -> Row | None:
    """Lines r - 2 .. r as one line of values, when they are a count's halves around a
    line of values under labels laid out the same way."""
    texts = [_lone_text(row) for row in rows[r - 5 : r + 1]]
    if None in texts:
        return None
    head, abreast, unit, top, middle, bottom = (t or "" for t in texts)
    if not _DIGITS_RE.fullmatch(top) or len(bottom) > len(top) or _DIGITS_RE.fullmatch(middle):
        return None  # a wrapped count fills its first line
    # The others' labels without their units; the label's own unit may open at the line's
    # end and close below (名称 信息发布量(单位: 条) (单位: | 个)).
    abreast = _UNIT_RE.sub(" ", abreast)
    opened = _OPEN_UNIT_RE.search(abreast)
    if opened is not None:
        abreast, unit = abreast[: opened.start()], opened.group() + unit
    if not is_unit(unit):
        return None  # the label's unit went below the others' line, as its count did
    hit = index.lookup(normalize_label(head))
    if hit is None or not hit.fields or not all(f.type in COUNT_TYPES for f in hit.fields):
        return None
    others = [index.lookup(normalize_label(word)) for word in abreast.split()]
    if len(others) < 2 or any(h is None or not h.fields for h in others):
        return None
    # A table sets its fields out in the form's order: the count's place on the line is
    # that of its field among the fields of the labels beside it, in its group.
    place = sum(any(_before(g, f) for g in h.fields for f in hit.fields) for h in others if h)
    count = top + bottom
    if place == 0:
        text = f"{count} {middle}"
    elif place == len(others):
        text = f"{middle} {count}"
    else:
        items = middle.split()
        if len(items) != len(others):
            return None  # no telling which blank it stood in
        text = " ".join([*items[:place], count, *items[place:]])
    row = rows[r - 1]
    cell = dataclasses.replace(row.cells[0], text=text)
    return Row((cell,), row.where, row.page, row.block)


def _before(other: Field, field: Field) -> bool:
    return other.group_ids == field.group_ids and other.order < field.order
