"""A part's label after 其中 and a colon (其中：概况类信息更新量, the parts of a total listed
under it): the colon would make 其中 a label and the part's label its value. It becomes a
blank, as in 其中 概况类信息更新量, which is read as the part's label. A total's cell going
on with its parts (51433，其中自然人办件量51203件、法人办件量230件, their own rows left out)
is the total's cell and a cell of the parts' clauses (`clauses` parts them)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited, texts_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex

_OF_WHICH_RE = re.compile(r"^(\s*其中)\s*[:：]\s*(?=\S)")


_TOTAL_PARTS_RE = re.compile(
    r"^\s*(\d[\d,，]*\s*[条个次项件篇期]?)\s*[，,；;]\s*其中\s*[:：]?\s*(\S.*)$"
)


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds 其中 (a cell opening with it and a colon, a
    count going on with it)."""
    return "其中" in text


def of_which_apart(doc: Document, index: LabelIndex) -> Document:
    doc = texts_edited(
        doc,
        lambda text: _OF_WHICH_RE.sub(r"\1 ", text) if text.lstrip().startswith("其中") else text,
    )
    return cells_edited(doc, _total_apart)


def _total_apart(cells: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
    out: list[Cell] = []
    for cell in cells:
        found = _TOTAL_PARTS_RE.match(cell.text) if "其中" in cell.text and not cell.copy else None
        if found is None:
            out.append(cell)
            continue
        # The parts' clauses set apart as `clauses` looks for them (、 between two counts).
        parts = found[2].replace("、", "，")
        out += [dataclasses.replace(cell, text=found[1]), dataclasses.replace(cell, text=parts)]
    return tuple(out) if len(out) > len(cells) else None
