"""Answers given as codes, with the legend that reads them in the same row: a statistics
system's 是否发布服务事项目录 | 1 | 1=是；0=否, or the legend in the label (网站类型（1=政府
门户网站，2=部门网站，3=专项网站） | 2). The code becomes the legend's word (是, 部门网站),
which is what the matcher reads, and the legend goes: its words read as unticked options."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex

_WORD = r"[^\s=＝；;，,、/（）()0-9：:]+"
_ITEM = rf"(?:(\d{{1,2}})\s*[=＝]\s*({_WORD})|({_WORD})\s*[=＝]\s*(\d{{1,2}}))"
"""A code and its word, either way round: 1=是, 是=1."""
_ITEM_RE = re.compile(_ITEM)
_LEGEND = rf"{_ITEM}(?:\s*[；;，,、/]?\s*{_ITEM})+\s*[；;。]?"
_WHOLE_RE = re.compile(rf"^\s*(?:[^\s=＝：:]{{1,4}}[：:])?\s*[（(]?\s*{_LEGEND}\s*[）)]?\s*$")
"""A cell that is a legend and nothing else, after a word or two naming it: 1=是；0=否,
（1=是，2=否）, 多选：1=搜索即服务；2=多语言版本."""
_CODES_RE = re.compile(r"^\s*\d{1,2}(?:\s*[,，、;；]\s*\d{1,2})*\s*$")
"""A value of codes: 2, or several (1,4) where the legend lets more than one be chosen."""
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_IN_LABEL_RE = re.compile(rf"\s*[（(]\s*{_LEGEND}\s*[）)]\s*")
"""A legend in brackets inside a label: 是否有移动新媒体（1=是，2=否）."""


def may_decode(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold a legend: an equals sign, half or full
    width."""
    return "=" in text or "＝" in text


def codes_decoded(doc: Document, index: LabelIndex) -> Document:
    return cells_edited(doc, _decoded)


def _decoded(cells: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
    words: dict[str, str] = {}
    legends: set[int] = set()
    out = list(cells)
    for k, cell in enumerate(cells):
        if cell.copy or ("=" not in cell.text and "＝" not in cell.text):
            continue
        if _WHOLE_RE.match(cell.text):
            words.update(_items(cell.text))
            legends.add(k)
            continue
        found = _IN_LABEL_RE.search(cell.text)
        if found is not None and found.start() > 0:  # a label before it
            words.update(_items(found.group()))
            text = cell.text[: found.start()] + cell.text[found.end() :]
            out[k] = dataclasses.replace(cell, text=text.strip())
    if not words:
        return None
    # Codes after the label only: a 序号 column before it counts 1, 2, 3 as well.
    label = next((k for k, c in enumerate(out) if k not in legends and _CJK_RE.search(c.text)), 0)
    for k, cell in enumerate(out[label + 1 :], label + 1):
        if cell.copy or k in legends or not _CODES_RE.match(cell.text):
            continue
        codes = re.findall(r"\d+", cell.text)
        if all(code in words for code in codes):
            out[k] = dataclasses.replace(cell, text="、".join(words[code] for code in codes))
    return tuple(c for k, c in enumerate(out) if k not in legends)


def _items(legend: str) -> dict[str, str]:
    """Each code of a legend and its word."""
    return {m[1] or m[4]: m[2] or m[3] for m in _ITEM_RE.finditer(legend)}
