"""Counts given in ten-thousands or hundred-millions, the multiplier in their unit: in a
unit column (独立用户访问总量 | 万个 | 2316.59) or in the label (网站总访问量（单位：亿次） |
1.27), as a province's portal sets out its large figures. Read as written, 2316.59 is no
count. The figure takes its multiplier (2316.59万, which reads as 23165900) and the unit
keeps its word (个, 次)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label

_UNIT_CELL_RE = re.compile(
    r"^(\s*[(（]?\s*(?:单\s*位\s*[:：]\s*)?)(万|亿)(\s*(?:个|次|人次|人|条|件|项|户|篇|期)\s*[)）]?\s*)$"
)
"""A unit cell with its multiplier: 万个, （单位：亿次）."""
_IN_LABEL_RE = re.compile(
    r"([(（]\s*(?:单\s*位\s*[:：]\s*)?)(万|亿)(\s*(?:个|次|人次|人|条|件|项|户|篇|期)\s*[)）])"
)
"""A label's unit with its multiplier: 独立用户访问总量（单位：万个）."""
_FIGURE_RE = re.compile(r"\s*\d[\d,，]*(?:\.\d+)?\s*")


def may_scale(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds 万 or 亿 before a unit's word."""
    return "万" in text or "亿" in text


def figures_scaled(doc: Document, index: LabelIndex) -> Document:
    return cells_edited(doc, lambda cells: _scaled(cells, index))


def _scaled(cells: tuple[Cell, ...], index: LabelIndex) -> tuple[Cell, ...] | None:
    out = list(cells)
    changed = False
    for k, cell in enumerate(cells):
        if "万" not in cell.text and "亿" not in cell.text:
            continue
        text = cell.text
        found = _UNIT_CELL_RE.search(text) if len(text) <= 12 else None
        found = found or _IN_LABEL_RE.search(text)
        filled = [j for j in range(k + 1, len(cells)) if cells[j].text.strip()]
        figure = filled[0] if filled else None
        if figure is not None and found is not None and _grouped(cells, filled, index, k):
            figure = filled[1]  # a group's unit over its rows (办件量（单位：万件） | 总数 | 15.36)
        elif cell.copy:
            continue
        if found is None or figure is None or cells[figure].copy:
            continue
        if not _FIGURE_RE.fullmatch(cells[figure].text):
            continue  # no figure after it (下载量 68 | 万次: a text's own words)
        scale = found[2]
        out[k] = dataclasses.replace(
            cell, text=text[: found.start()] + found[1] + found[3] + text[found.end() :]
        )
        out[figure] = dataclasses.replace(cells[figure], text=cells[figure].text.strip() + scale)
        changed = True
    return tuple(out) if changed else None


def _grouped(cells: tuple[Cell, ...], filled: list[int], index: LabelIndex, k: int) -> bool:
    """Whether cell k names a group with its unit and the cells after it are a label of the
    row's own, no figure, and then a figure: the unit is the group's, said once for the
    rows its tall cell spans."""
    hit = index.lookup(normalize_label(_IN_LABEL_RE.sub("", cells[k].text)))
    return (
        hit is not None
        and bool(hit.groups)
        and len(filled) >= 2
        and not cells[filled[0]].copy
        and not any(c.isdigit() for c in cells[filled[0]].text)
        and _FIGURE_RE.fullmatch(cells[filled[1]].text) is not None
    )
