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
import itertools
import re
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, is_unit, normalize_label
from nianbao.extract.piece import has_ticks

_FAR_ALIGNED = 8
"""How far apart, in columns, the characters of a name may start once `_SHORTEST` are
spelled: pdftotext -layout sets a tall cell's lines in a column of their own past
sub-groups' rows (移 | 动 | 新 at the margin, 媒 | 体 six columns in)."""
_REACH = 4
"""Lines after a character the next may open (rows of two lines each between)."""
_FAR_REACH = 8
"""Lines after a character the next may open once `_SHORTEST` characters are spelled."""
_ALIGNED = 2
"""How far apart, in columns, the characters of one name may start when laid out."""
_UNIT_REACH = 12
"""Lines a name's unit may go on past (its characters centred far down a tall cell)."""
_SHORTEST = 3
"""Characters a name needs, but for one whose characters stand each alone on its line (微 |
博), the first maybe before a field's label (微 名称 | 博): two lines' openings could be
any two lines' (微 某某发布 | 信息发布量 …)."""


_SAME = {"(": "（", ")": "）", ":": "：", "（": "（", "）": "）", "：": "："}
"""A unit's brackets and colon, as either width writes them."""


@cache
def _units(index: LabelIndex) -> tuple[frozenset[str], frozenset[str]]:
    """A name's unit as a group's cell gives it ((单位：个), (个)), and all its beginnings."""
    # Its head alone too: reading order may set the rest far down the cell's rows.
    whole = frozenset(
        t for u in _unit_names(index) for t in (f"（单位：{u}）", f"（{u}）", "（单位：")
    )
    return whole, frozenset(text[:k] for text in whole for k in range(1, len(text)))


@cache
def _names(index: LabelIndex) -> tuple[frozenset[str], frozenset[str]]:
    """The groups' names (创新发展 names a field too), and all their beginnings."""
    names = frozenset(name for name in index.groups if len(name) > 1 and _chinese(name))
    return names, frozenset(name[:k] for name in names for k in range(1, len(name)))


_PASSES = 3
"""Names set down side by side come out one from another's lines (移 博: 移动新媒体's 移 opens
the line, 微博's 博 opens it only once 移 has left): the lines are looked at again."""


def lift_vertical_names(doc: Document, index: LabelIndex) -> Document:
    """`doc` with each name set down a narrow cell on a line of its own (text only)."""
    for _ in range(_PASSES):
        lifted = _lifted(doc, index)
        if lifted is doc:
            break
        doc = lifted
    return doc


def _lifted(doc: Document, index: LabelIndex) -> Document:
    if doc.format != "text":
        return doc
    names, beginnings = _names(index)
    # Laid out, two names' characters abreast may run into one cell (移   博): apart here.
    split = [_spread_pair(row) for row in doc.rows]
    seen = [apart or row for apart, row in zip(split, doc.rows, strict=True)]
    openings = [_name_opening(row, index) for row in seen]
    if sum(1 for o in openings if o is not None) < 2:
        return doc
    # A name an earlier pass lifted onto a line of its own takes no line of the reach.
    places = list(itertools.accumulate(int(not _heading(row, index)) for row in doc.rows))
    rows = list(doc.rows)
    headings: dict[int, Row] = {}
    taken: set[int] = set()
    for a, first in enumerate(openings):
        if first is None or a in taken or _char(first) not in beginnings:
            continue
        parts = _spelled(openings, a, (names, beginnings), _units(index), (taken, places))
        alone = _alone(rows[a]) or _before_label(rows[a], index)
        short = len(parts) < _SHORTEST and not (
            alone and all(_alone(rows[k]) or _before_tail(rows[k], index) for k in parts[1:])
        )
        if not parts or short:
            continue
        name = "".join(str(_char(openings[k])) for k in parts)  # with its unit
        box = first.bbox
        # A section's name that labels a field too (创新发展), that label written elsewhere
        # and no options beside it: the name down its tall cell is context, as a merged
        # cell's copy is, no label.
        context = _labels_field(index, name) and _written(doc, name, parts)
        context = context and not any(has_ticks(c.text) for k in parts for c in rows[k].cells)
        cell = Cell(name, 0, box and (box[0], box[1], box[0] + len(name), box[3]), copy=context)
        heading = Row((cell,), rows[a].where, rows[a].page, rows[a].block)
        for k in parts:
            rows[k] = _without_opening(split[k] or rows[k])
        taken.update(parts)
        at = _heading_at(rows, a, index)
        headings[at if at not in headings else a] = heading
    return with_headings(doc, rows, headings)


_SPREAD = 4
"""Columns two characters of one cell span at least when blanks stood between them."""


def _spread_pair(row: Row) -> Row | None:
    """A laid-out line whose first cell is two Chinese characters blanks apart, each a cell
    of its own: the first where the cell starts, the second where it ends."""
    cell = row.cells[0] if row.cells else None
    box = cell.bbox if cell is not None else None
    if cell is None or box is None or len(cell.text) != 2 or not _chinese(cell.text):
        return None
    if box[2] - box[0] < _SPREAD:
        return None
    first = Cell(cell.text[0], 0, (box[0], box[1], box[0] + 1, box[3]))
    second = Cell(cell.text[1], 1, (box[2] - 1, box[1], box[2], box[3]))
    rest = tuple(dataclasses.replace(c, col=c.col + 1) for c in row.cells[1:])
    return Row((first, second, *rest), row.where, row.page, row.block)


def _heading_at(rows: list[Row], a: int, index: LabelIndex) -> int:
    """Where a name whose first character opened line `a` goes (its characters gone)."""
    # A character alone on its line leaves it blank: the line after goes on instead.
    line = rows[a] if not rows[a].blank or a + 1 == len(rows) else rows[a + 1]
    rest = line.cells[0].text.split(None, 1) if line.cells else []
    return label_above(rows, a, rest[0], index) if rest else a


def label_above(rows: list[Row], a: int, rest: str, index: LabelIndex) -> int:
    """Where a group's name read on line `a`, its text going on with `rest`, goes: before
    the label whose head the line above holds when `rest` goes on with that label's rest,
    unit or value (解读材料数 | 解 量（单位： 4; 可全程在线办理政务服务事项 | 747 | 办
    数量（单位：项））, since a label's cell lies all in one group's; else before `a`."""
    for above in (a - 1, a - 2):
        if above < 0 or len(rows[above].cells) != 1:
            return a
        text = rows[above].cells[0].text.strip()
        if above == a - 1 and _count(text, index):
            continue  # the label's value, set beside the middle of its wrapped lines
        return above if _goes_on(text, rest, index) else a
    return a


_BARE_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*")


def _count(text: str, index: LabelIndex) -> bool:
    """Whether `text` is a count, bare or with one of the form's units (5期)."""
    if _BARE_COUNT_RE.fullmatch(text):
        return True
    head = _BARE_COUNT_RE.match(text)
    return head is not None and text[head.end() :].strip() in _unit_names(index)


@cache
def _unit_names(index: LabelIndex) -> frozenset[str]:
    """The form's units (个, 条, 期…)."""
    return frozenset(f.unit for f in index.form.fields if f.unit)


def _goes_on(text: str, rest: str, index: LabelIndex) -> bool:
    """Whether `text`, a line of its own, is a field's label or its head, with no value,
    that `rest` (the next line's first word) goes on: its rest, its unit or its value."""
    norm = normalize_label(text)
    if not norm or any(ch.isdigit() for ch in text):
        return False
    if norm not in index.heads and not _labels_field(index, norm):
        return False
    if _BARE_COUNT_RE.fullmatch(rest):
        return True
    joined = normalize_label(text + rest)
    return joined in index.heads or _labels_field(index, joined)


def _labels_field(index: LabelIndex, name: str) -> bool:
    hit = index.lookup(normalize_label(name))
    return hit is not None and bool(hit.fields)


def _written(doc: Document, name: str, parts: list[int]) -> bool:
    """Whether a line other than `parts` opens with `name` written whole as a label: not
    numbered as a section's heading (九、创新发展), no clause of the instructions after it."""
    for k, row in enumerate(doc.rows):
        text = row.cells[0].text.strip() if row.cells and k not in parts else ""
        if text.startswith(name) and not text[len(name) :].lstrip().startswith((":", "：")):
            return True
    return False


def with_headings(doc: Document, rows: list[Row], headings: dict[int, Row]) -> Document:
    """`doc` with `rows` (its rows, some changed), each heading before the row it is keyed
    by, and without the rows left blank; `doc` itself when there is no heading."""
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
    names: tuple[frozenset[str], frozenset[str]],
    units: tuple[frozenset[str], frozenset[str]],
    lines: tuple[set[int], list[int]],
) -> list[int]:
    """The lines from `a` whose opening characters spell a whole name, with its unit when
    they go on to spell one whole ((单位:个), 个 standing for any of the form's), else
    none. `lines`: those taken already, and each line's place counting no lifted name's."""
    parts = _follow(openings, a, names, lines)
    if not parts:
        return []
    unit = _follow(openings, parts[-1], units, lines, first=openings[a], reach=_UNIT_REACH)
    return parts + unit[1:]


def _follow(
    openings: list[Cell | None],
    a: int,
    wanted: tuple[frozenset[str], frozenset[str]],
    lines: tuple[set[int], list[int]],
    *,
    first: Cell | None = None,
    reach: int = _REACH,
) -> list[int]:
    """Line `a` and the lines after it whose opening characters spell one of the texts
    `wanted` gives (with all their beginnings), the characters of `a` left out when `first`
    (the name's first, for the column) is given: the first such text, or when `first` is
    given the longest; else none."""
    whole, beginnings = wanted
    taken, places = lines
    start = openings[a]
    assert start is not None
    column = first or start
    parts, text, last = [a], "" if first else _char(start) or "", a
    found: list[int] = []
    for b in range(a + 1, len(openings)):
        # Once three characters are spelled in order, the rest may stand further down the
        # cell, past sub-groups' rows (移 | 动 | 新 | 微 … 博 … | 媒).
        if places[b] - places[last] > (reach if len(text) < _SHORTEST else max(reach, _FAR_REACH)):
            break
        cell = openings[b]
        char = _char(cell) if cell is not None and b not in taken else None
        if char is None or not _aligned(
            column, cell, _ALIGNED if len(text) < _SHORTEST else _FAR_ALIGNED
        ):
            continue
        char = _SAME.get(char, char)
        if text + char not in beginnings and text + char not in whole:
            if first is not None and not text:
                break  # a unit opens on the next opening after its name, or not at all
            continue  # the opening of another cell's line, not this text's next character
        parts.append(b)
        text += char
        last = b
        if text in whole:
            found = list(parts)
            if first is None:
                break
    return found


def _opening(row: Row) -> Cell | None:
    """A line's first cell when it opens with one Chinese character (or a unit's bracket or
    colon) standing apart: a cell of its own when laid out, else the first word."""
    if not row.cells:
        return None
    cell = row.cells[0]
    if cell.copy:
        return None
    text = cell.text.strip()
    if cell.bbox is None:
        word = text.split(None, 1)[0] if text else ""
        return cell if len(word) == 1 and (_chinese(word) or word in _SAME) else None
    return cell if len(text) == 1 and (_chinese(text) or text in _SAME) else None


def _before_label(row: Row, index: LabelIndex) -> bool:
    """Whether a line's opening character stands before a field's label (微 名称 | 博), or
    before the head of one set out a character at a time."""
    rest = _after_opening(row)
    word = rest[0].split(None, 1)[0] if rest and rest[0].strip() else ""
    hit = index.lookup(normalize_label(word)) if word else None
    if hit is not None and bool(hit.fields):
        return True
    # Or a label set out a character at a time, its rest on a later line (微 信 息 发 布 |
    # 体 0 | 博 量(单位:条)).
    chars = rest[0].split() if rest else []
    return len(chars) > 1 and all(len(c) == 1 for c in chars) and "".join(chars) in index.heads


def _heading(row: Row, index: LabelIndex) -> bool:
    """Whether a line holds a group's name alone."""
    return len(row.cells) == 1 and names_group(index, row.cells[0].text)


def names_group(index: LabelIndex, text: str) -> bool:
    """Whether a text is a group's name and no field's label."""
    hit = index.lookup(normalize_label(text))
    return hit is not None and hit.names_group


def _name_opening(row: Row, index: LabelIndex) -> Cell | None:
    """`_opening`, unless the character opens a label set out with spaces."""
    first = _opening(row)
    return None if first is None or _spaced_label(row, index) else first


def _spaced_label(row: Row, index: LabelIndex) -> bool:
    """Whether a line opens with a field's label or its head set out a character at a
    time, its first character the label's, no name's (微 | 信 息 发 布 量（单位：条） 79 |
    信)."""
    cell = row.cells[0] if row.cells else None
    if cell is None or cell.bbox is not None:
        return False
    chars = list(itertools.takewhile(lambda w: len(w) == 1, cell.text.split()))
    if len(chars) < _SPACED:
        return False
    norm = normalize_label("".join(chars))
    return norm in index.heads or _labels_field(index, norm)


_SPACED = 3
"""Characters set out with spaces that make a label (关 注 量)."""


def _before_tail(row: Row, index: LabelIndex) -> bool:
    """Whether a line's opening character stands before the last characters of a field's
    label, its head on a line above (微 信 息 发 布 | 体 0 | 博 量(单位:条)), or before the
    cut end of its unit alone (博   条）)."""
    rest = _after_opening(row)
    if rest and is_unit(rest[0].strip()):
        return True
    tail = normalize_label(rest[0]) if rest else ""
    return bool(tail) and any(label.endswith(tail) for label in _field_labels(index))


def _after_opening(row: Row) -> list[str]:
    """What follows a line's opening character: the rest of its first cell's words, or
    laid out, the next cell; none when nothing does."""
    cells = row.cells
    if cells[0].bbox is None:
        return cells[0].text.split(None, 1)[1:]
    return [c.text for c in cells[1:2]]


@cache
def _field_labels(index: LabelIndex) -> tuple[str, ...]:
    return tuple(label for label, fields in index.fields.items() if fields)


def _alone(row: Row) -> bool:
    """Whether a line holds its opening character and nothing else."""
    return len(row.cells) == 1 and len(row.cells[0].text.strip()) == 1


def _char(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    text = cell.text.strip()
    return text[:1] if text else None


def _aligned(first: Cell, cell: Cell | None, within: int = _ALIGNED) -> bool:
    if cell is None:
        return False
    if first.bbox is None or cell.bbox is None:
        return first.bbox is None and cell.bbox is None
    return abs(first.bbox[0] - cell.bbox[0]) <= within


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
