"""A label written again at the start of its value's cell (名称 | 名称：武侯发布 信息发布量：944条
…, a unit typing the whole row into one cell): read twice, it would be the next field's
label of that name (微信's 名称). The value's cell loses the repeat."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label

_REPEAT_RE = re.compile(r"\n([^\n:：]{2,20})\n\1\s*[:：]")


def may_repeat(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) has a cell opening with the one before it and a
    colon."""
    return ("：" in text or ":" in text) and _REPEAT_RE.search(text) is not None


def repeats_dropped(doc: Document, index: LabelIndex) -> Document:
    return cells_edited(doc, lambda cells: _dropped(cells, index))


def _dropped(cells: tuple[Cell, ...], index: LabelIndex) -> tuple[Cell, ...] | None:
    out = list(cells)
    for k in range(1, len(cells)):
        label, value = cells[k - 1].text.strip(), cells[k].text
        if cells[k].copy or not label or not value.startswith(label):
            continue
        rest = value[len(label) :].lstrip()
        if rest[:1] not in (":", "：") or index.lookup(normalize_label(label)) is None:
            continue
        out[k] = dataclasses.replace(cells[k], text=rest[1:].strip())
    return tuple(out) if out != list(cells) else None
