"""A field's label written after its section's or group's name in one cell, a dash or
colon between (办事服务—注册用户数, 互动交流—留言办理—收到留言数量, 信息发布：总数), as a
table with one cell for the label writes it: the names become cells of their own before the
label's, as a table with a cell for each would have them."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.cell_edits import cells_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.forms.model import Field

_SEPARATOR_RE = re.compile(r"\s*(?:—+|－|-|–|/|／|·|：|:)\s*")
_BRACKETED_RE = re.compile(r"[(（][^()（）]*[)）]")
_ROW_NUMBER = r"\d{1,3}\s+"
"""A row's number before its label on a line of text without columns (11 信息发布—…)."""
_ROW_NUMBER_RE = re.compile(rf"\s*{_ROW_NUMBER}")
_NUMBERED_RE = re.compile(rf"\n\s*{_ROW_NUMBER}")
"""A line opening with a row's number."""


def _split(text: str) -> list[str]:
    """`text` cut at its separators outside brackets (a unit's colon: 总数（单位：条）)."""
    inside = [m.span() for m in _BRACKETED_RE.finditer(text)]
    parts, start = [], 0
    for sep in _SEPARATOR_RE.finditer(text):
        if any(a <= sep.start() < b for a, b in inside):
            continue
        parts.append(text[start : sep.start()])
        start = sep.end()
    parts.append(text[start:])
    return [part for part in parts if part]


def split_group_dashes(doc: Document, index: LabelIndex) -> Document:
    def edit(cells: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
        if not any(_named_first(c, index) for c in cells):
            return None
        return tuple(part for cell in cells for part in _parts(cell, index))

    return cells_edited(doc, edit)


@cache
def _group_initials(index: LabelIndex) -> frozenset[str]:
    """The characters groups' names open with, as written (a cell's first look)."""
    return frozenset(name[0] for g in index.form.groups() for name in (g.label, *g.variants))


@cache
def _named_first_re(index: LabelIndex, numbered: bool) -> re.Pattern[str]:
    """A line opening with a group's name and a separator, a row's number before the name
    if `numbered` (the costlier look, only where a line opens with a number)."""
    names = sorted({n for g in index.form.groups() for n in (g.label, *g.variants)}, key=len)
    alternatives = "|".join(re.escape(n) for n in reversed(names))
    number = f"(?:{_ROW_NUMBER})?" if numbered else ""
    return re.compile(rf"\n\s*{number}(?:{alternatives})\s*(?:—+|－|-|–|/|／|·|：|:)")


def may_split(text: str, index: LabelIndex) -> bool:
    """Whether a cell of `text` (cells one a line) opens with a group's name and a dash, a
    row's number before it or not."""
    numbered = _NUMBERED_RE.search(text) is not None
    return _named_first_re(index, numbered).search(text) is not None


def _without_number(text: str) -> tuple[str, str | None]:
    """`text` without the row's number it opens with, and that number (None: none)."""
    number = _ROW_NUMBER_RE.match(text)
    return (text[number.end() :], number[0].strip()) if number else (text, None)


def _named_first(cell: Cell, index: LabelIndex) -> bool:
    """Whether the cell opens with a group's name and a separator: the one look most cells
    get (a label and its value, 填报单位：某局, open with no group's name)."""
    text = _without_number(cell.text)[0]
    if text.lstrip()[:1] not in _group_initials(index) or cell.copy or len(text) > 60:
        return False
    found = _SEPARATOR_RE.search(text)
    if found is None:
        return False
    head = text[: found.start()]
    if "（" in head or "(" in head:
        return False  # a unit's colon (总数（单位：条）): no group's name has a bracket
    hit = index.lookup(normalize_label(head))
    return hit is not None and bool(hit.groups) and _own_fields(hit.fields, hit)


def _own_fields(fields: tuple[Field, ...], hit: LabelHit) -> bool:
    """Whether `fields` all stand in the groups `hit` names: none for a group's name that
    is no label, and a label named as its group (创新发展) only with its group's own (创新发展
    —其他创新内容, not 创新发展：其他, which is the label of 移动新媒体's 其他 too)."""
    return all(any(g.id in f.group_ids for g in hit.groups) for f in fields)


def _parts(cell: Cell, index: LabelIndex) -> tuple[Cell, ...]:
    """The cell, or its group names and its label as cells, when it is such a label."""
    if not _named_first(cell, index):
        return (cell,)
    text, number = _without_number(cell.text.strip())
    parts = _split(text)
    if len(parts) < 2:
        return (cell,)
    # The label's unit and value one blank after it on the line (text without columns:
    # 信息发布—概况类信息更新量 条 51): they go on as a cell of their own.
    rest = parts[-1].split(None, 1)
    if len(rest) == 2 and index.lookup(normalize_label(rest[0])) is not None:
        parts[-1:] = rest
    else:
        rest = []
    last = normalize_label(parts[-2] if rest else parts[-1])
    label = index.lookup(last)
    # A label, or the head of one its cell or page cut (解读回应—解读产 | … | 品数量).
    if (label is None or not label.fields) and not (len(last) >= 3 and last in index.heads):
        return (cell,)
    for name in parts[: -2 if rest else -1]:
        hit = index.lookup(normalize_label(name))
        if hit is None or not hit.groups:
            return (cell,)
        if hit.fields and not (label is not None and _own_fields(label.fields, hit)):
            return (cell,)
    if number is not None:  # a row's number (-raw text: 11 信息发布—…) stays its own cell
        parts.insert(0, number)
    return tuple(dataclasses.replace(cell, text=part) for part in parts)
