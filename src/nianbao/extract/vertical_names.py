"""A group's name set down its tall, narrow cell one character a line (基 | 本 | 信 | 息), as
many offices' templates print the sections' names.

Converted text gives each character at the start of a line of the rows beside the cell
(基 政府网站类型 | 本 | 网站标识码 | 信 | 息 ICP备案号), or, laid out in columns, as a
cell of its own left of the labels (基     网站类型). There a character is in the way: a
name above reads it as its last (定边县人民政府办公室 | 基: 办公室基), a label cut around
it does not join. Before the walk the characters leave their lines, and the name stands on
a line of its own where its first character stood, as a heading (`group_pieces` does the
same for names in two or three pieces of several characters each).

Only characters that spell a group's whole name in order, each opening a line within
`_REACH` lines of the one before (in the same column when laid out), are taken: a label
set out with spaces (网 站 名 称) opens one line with its first character, not several.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex

_REACH = 4
"""Lines after a character the next may open (rows of two lines each between)."""
_ALIGNED = 2
"""How far apart, in columns, the characters of one name may start when laid out."""
_SHORTEST = 3
"""Characters a name needs, but for one whose characters stand each alone on its line (微 |
博): two lines' openings could be any two lines' (微 某某发布 | 信息发布量 …)."""


@cache
def _names(index: LabelIndex) -> tuple[frozenset[str], frozenset[str]]:
    """The groups' names (创新发展 names a field too), and all their beginnings."""
    names = frozenset(name for name in index.groups if len(name) > 1 and _chinese(name))
    return names, frozenset(name[:k] for name in names for k in range(1, len(name)))


def lift_vertical_names(doc: Document, index: LabelIndex) -> Document:
    """`doc` with each name set down a narrow cell on a line of its own (text only)."""
    if doc.format != "text":
        return doc
    names, beginnings = _names(index)
    openings = [_opening(row) for row in doc.rows]
    if sum(1 for o in openings if o is not None) < 2:
        return doc
    rows = list(doc.rows)
    headings: dict[int, Row] = {}
    taken: set[int] = set()
    for a, first in enumerate(openings):
        if first is None or a in taken or _char(first) not in beginnings:
            continue
        parts = _spelled(openings, a, names, beginnings, taken)
        short = len(parts) < _SHORTEST and not all(_alone(rows[k]) for k in parts)
        if not parts or short:
            continue
        name = "".join(str(_char(openings[k])) for k in parts)
        box = first.bbox
        cell = Cell(name, 0, box and (box[0], box[1], box[0] + len(name), box[3]))
        headings[a] = Row((cell,), rows[a].where, rows[a].page, rows[a].block)
        for k in parts:
            rows[k] = _without_opening(rows[k])
        taken.update(parts)
    if not headings:
        return doc
    out: list[Row] = []
    for r, row in enumerate(rows):
        if r in headings:
            out.append(headings[r])
        if not row.blank:
            out.append(row)
    return dataclasses.replace(doc, rows=out)


def _spelled(
    openings: list[Cell | None],
    a: int,
    names: frozenset[str],
    beginnings: frozenset[str],
    taken: set[int],
) -> list[int]:
    """The lines from `a` whose opening characters spell a whole name, else none."""
    first = openings[a]
    assert first is not None
    parts, name, last = [a], _char(first) or "", a
    for b in range(a + 1, len(openings)):
        if b - last > _REACH:
            return []
        cell = openings[b]
        char = _char(cell) if cell is not None and b not in taken else None
        if char is None or not _aligned(first, cell):
            continue
        if name + char not in beginnings and name + char not in names:
            continue  # the opening of another cell's line, not this name's next character
        parts.append(b)
        name += char
        last = b
        if name in names:
            return parts
    return []


def _opening(row: Row) -> Cell | None:
    """A line's first cell when it opens with one Chinese character standing apart: a cell
    of its own when laid out, else the first word."""
    if not row.cells:
        return None
    cell = row.cells[0]
    if cell.copy:
        return None
    text = cell.text.strip()
    if cell.bbox is None:
        word = text.split(None, 1)[0] if text else ""
        return cell if _chinese(word) and len(word) == 1 else None
    return cell if len(text) == 1 and _chinese(text) else None


def _alone(row: Row) -> bool:
    """Whether a line holds its opening character and nothing else."""
    return len(row.cells) == 1 and len(row.cells[0].text.strip()) == 1


def _char(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    text = cell.text.strip()
    return text[:1] if text else None


def _aligned(first: Cell, cell: Cell | None) -> bool:
    if cell is None:
        return False
    if first.bbox is None or cell.bbox is None:
        return first.bbox is None and cell.bbox is None
    return abs(first.bbox[0] - cell.bbox[0]) <= _ALIGNED


def _chinese(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _without_opening(row: Row) -> Row:
    cell = row.cells[0]
    if cell.bbox is not None:
        rest = tuple(dataclasses.replace(c, col=k) for k, c in enumerate(row.cells[1:]))
        return Row(rest or (Cell("", 0),), row.where, row.page, row.block)
    words = cell.text.strip().split(None, 1)
    text = words[1] if len(words) > 1 else ""
    return Row(
        (dataclasses.replace(cell, text=text), *row.cells[1:]), row.where, row.page, row.block
    )
