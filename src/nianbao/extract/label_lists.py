"""One cell holding the labels of several fields, the next filled one their values in order,
both lists written with the same separator (单位负责人 / 审核人 / 填报人 | 甲 / 乙 / 丙), as
a hand-made table saves a row: the two cells become a label and value cell for each."""

from __future__ import annotations

import dataclasses

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label

_SEPARATORS = ("/", "／", "、", "|")


def split_label_lists(doc: Document, index: LabelIndex) -> Document:
    return cells_edited(doc, lambda cells: _split(cells, index))


def _split(cells: tuple[Cell, ...], index: LabelIndex) -> tuple[Cell, ...] | None:
    for k in range(len(cells) - 1):
        # The values' cell is the next that holds anything (a Markdown table's empty unit
        # column may stand between).
        at = next((j for j in range(k + 1, len(cells)) if cells[j].text.strip()), k + 1)
        labels, values = cells[k], cells[at]
        if labels.copy or values.copy:
            continue
        for separator in _SEPARATORS:
            if separator not in labels.text:
                continue
            names = [part.strip() for part in labels.text.split(separator)]
            if not all(_field_label(name, index) for name in names):
                continue
            parts = [part.strip() for part in values.text.split(separator)]
            if len(parts) != len(names) or not all(parts):
                return None
            pairs = []
            for name, part in zip(names, parts, strict=True):
                pairs += [
                    dataclasses.replace(labels, text=name),
                    dataclasses.replace(values, text=part),
                ]
            return (*cells[:k], *pairs, *cells[at + 1 :])
    return None


def _field_label(text: str, index: LabelIndex) -> bool:
    hit = index.lookup(normalize_label(text)) if text else None
    return hit is not None and bool(hit.fields)
