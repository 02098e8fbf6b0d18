"""A choice's options set as a table's column heads, the marks in the row under them
(政府门户网站 | 部门网站 | 专项网站, then | ☑ | under 部门网站): read alone, the marks
answer nothing and the heads read as the options printed, none ticked. The heads row
becomes the list with each option's box (☐政府门户网站 | ☑部门网站 | ☐专项网站), and the
row of marks goes."""

from __future__ import annotations

import dataclasses
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import option_labels
from nianbao.forms.model import Form

_MARKS = frozenset("☑☐")


def may_head(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a mark alone in a cell."""
    return "\n☑\n" in text


def option_columns_read(doc: Document, index: LabelIndex) -> Document:
    options = _options(index.form)
    rows: list[Row] | None = None
    r = 0
    while r + 1 < len(doc.rows):
        head, under = doc.rows[r], doc.rows[r + 1]
        cells = _boxed(head, under, options, index) if under.block == head.block else None
        if cells is None:
            r += 1
            continue
        rows = rows if rows is not None else list(doc.rows)
        k = len(rows) - (len(doc.rows) - r)  # rows already dropped shift the places
        rows[k : k + 2] = [dataclasses.replace(head, cells=cells)]
        r += 2
    return doc if rows is None else dataclasses.replace(doc, rows=rows)


def _boxed(
    head: Row, under: Row, options: dict[str, int], index: LabelIndex
) -> tuple[Cell, ...] | None:
    """The heads row's cells with each option's box from the row under it; None when the
    rows are not a choice's option heads over their marks. The choice's own label may open
    the heads row (创新发展 | 搜索即服务 | 多语言版本 …, a report set across)."""
    named = [c for c in head.cells if not c.copy and c.text.strip()]
    if named and normalize_label(named[0].text) not in options:
        label = index.lookup(normalize_label(named[0].text))
        owner = options.get(normalize_label(named[1].text)) if len(named) > 1 else None
        if label is None or owner is None or index.form.fields[owner] not in label.fields:
            return None
        named = named[1:]
    owners = {options.get(normalize_label(c.text)) for c in named}
    if len(named) < 2 or len(owners) != 1 or None in owners:
        return None  # not all one choice's options
    marks = {c.col: c.text.strip() for c in under.cells if c.text.strip()}
    columns = {c.col for c in named}
    if "☑" not in marks.values() or not set(marks) <= columns:
        return None
    if any(m not in _MARKS for m in marks.values()):
        return None
    return tuple(
        dataclasses.replace(c, text=("☑" if marks.get(c.col) == "☑" else "☐") + c.text.strip())
        if c in named
        else c
        for c in head.cells
    )


@cache
def _options(form: Form) -> dict[str, int]:
    """Each normalised option name of the form's lists and one-of choices → its field's
    place: names two fields share are left out, as they tell no field."""
    owner: dict[str, int] = {}
    shared: set[str] = set()
    for n, f in enumerate(form.fields):
        if f.type not in ("list", "enum"):
            continue
        for name in option_labels(f):
            if name in owner and owner[name] != n:
                shared.add(name)
            owner[name] = n
    return {name: n for name, n in owner.items() if name not in shared}
