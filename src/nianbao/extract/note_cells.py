"""What a label asks of the one filling it in, in a cell of its own after the label's
(创新发展 | （可多选） | ☑搜索即服务 …): read alone, the note stood between the label and its
value. It joins the label's cell, where it is part of the label (创新发展（可多选）); a bare
多选 in a remarks column after the answer goes."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LABEL_NOTE_RE, LabelIndex

_HOW_MANY_RE = re.compile(r"(?:可|限)?\s*[多单]\s*选(?:题)?")


def may_join(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a cell opening with a bracket, or one that
    says how many options to choose."""
    return "\n（" in text or "\n(" in text or "选\n" in text


def notes_joined(doc: Document, index: LabelIndex) -> Document:
    return cells_edited(doc, _joined)


def _joined(cells: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
    out: list[Cell] = []
    for cell in cells:
        text = cell.text.strip()
        if out and not cell.copy and "选" in text and _HOW_MANY_RE.fullmatch(text):
            continue  # 多选 in a remarks column: the form's instruction, no answer
        if out and not cell.copy and text[:1] in "（(" and LABEL_NOTE_RE.fullmatch(text):
            out[-1] = dataclasses.replace(out[-1], text=out[-1].text.rstrip() + text)
            continue
        out.append(cell)
    return tuple(out) if len(out) < len(cells) else None
