"""Questions answered in one run of text, one after another (是否建立安全监测预警机制：☑是
□否；是否开展应急演练：☑是 □否): each clause after an answer's boxes that opens with a
field's label and a colon becomes a cell of its own, as a table would have it. Read as one
cell, the second question's label stood among the first one's answers."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label

_GATE_RE = re.compile(r"[☑☐][^\n☑☐；;，,]{0,8}[；;，,]")
"""A box, its option's name and a clause's end: where a run of answers may go on."""
_END_RE = re.compile(r"\s*[；;，,]\s*")
_ANSWERED_RE = re.compile(r"[☑☐][^☑☐]{0,8}$")
"""A clause ending with a box and its option's name."""
_LABELLED_RE = re.compile(r"([^：:]{2,40})[：:]")
"""A clause opening with a label and its colon."""
_HEAD = 4
"""Characters a label's head cut at a line's end has at least (是否明确网站)."""


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold such a run."""
    return _GATE_RE.search(text) is not None


def answer_clauses_apart(doc: Document, index: LabelIndex) -> Document:
    def edit(cells: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
        if not any(not c.copy and _GATE_RE.search(c.text) for c in cells):
            return None
        return tuple(part for cell in cells for part in _parts(cell, index))

    return cells_edited(doc, edit)


def _parts(cell: Cell, index: LabelIndex) -> list[Cell]:
    if cell.copy or _GATE_RE.search(cell.text) is None:
        return [cell]
    parts: list[str] = []
    start = 0
    for end in _END_RE.finditer(cell.text):
        before, after = cell.text[start : end.start()], cell.text[end.end() :]
        label = _LABELLED_RE.match(after)
        hit = index.lookup(normalize_label(label[1])) if label else None
        # Or the last clause the head of a label the line's end cut (…；是否明确网站 |
        # 安全责任人：☑是): its rest opens the next line.
        head = label is None and len(after) >= _HEAD and normalize_label(after) in index.heads
        if _ANSWERED_RE.search(before) and (head or (hit is not None and hit.fields)):
            parts.append(before)
            start = end.end()
    if not parts:
        return [cell]
    parts.append(cell.text[start:])
    return [dataclasses.replace(cell, text=part) for part in parts]
