"""Leader dots between a label and its value (网站名称………………赤峰市交通运输局): a Word
tab leader, typed out or drawn by a converter as characters, runs label and value into one
word. It becomes a blank, which parts them as a typed space does."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex

_LEADER_RE = re.compile(r"\s*(?:\.{3,}|…+|·{3,}|．{3,}|⋯+)\s*")


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds leader dots."""
    return "..." in text or "…" in text or "···" in text or "．．．" in text or "⋯" in text


def leaders_apart(doc: Document, index: LabelIndex) -> Document:
    def edit(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        return tuple(_parted(c) for c in cells)

    return cells_edited(doc, edit)


def _parted(cell: Cell) -> Cell:
    text = _LEADER_RE.sub(" ", cell.text).strip() if not cell.copy else cell.text
    return cell if text == cell.text.strip() else dataclasses.replace(cell, text=text)
