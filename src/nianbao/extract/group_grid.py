"""A small table of groups by the labels their fields share: a header row of the labels
(名称 | 信息发布量（条） | 关注量/订阅数（个）, after a corner cell such as 账号类别) over a
row a group (微博 | 无 | 0 | 0; 微信 | 某某发布 | 1126 | 595068), or the other way round, the
groups across (项目 | 微博 | 微信) over a row a label (名称 | 某某 | 某某发布). Read row by row,
the heads are labels without values and the rows values without labels.

Each group becomes a row of its own: its name, then each label (the part of a head naming
that group's field: 关注量 of 关注量/订阅数 for 微博) and the value under it or beside it.
Tables of cells only (Word, Excel, web pages, text without positions): positioned cells
are left to the geometry."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.forms.model import Field, Group

_PARTS_RE = re.compile(r"[/／、或]")
"""What sets apart two groups' labels written in one head (关注量/订阅数)."""
_LEAST = 3
"""Cells of a grid's header at the least: a corner cell (账号类别, 项目) and two columns."""


def may_grid(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds two cells in a row naming such groups (微博 |
    微信), or two opening with such labels (名称 | 信息发布量（条）): a grid's header."""
    return _header_re(index).search(text) is not None


@cache
def _header_re(index: LabelIndex) -> re.Pattern[str]:
    names = "|".join(map(re.escape, _shared(index)[2]))
    labels = "|".join(
        sorted(
            {
                re.escape(label)
                for f in index.form.fields
                for label in f.labels
                if normalize_label(label) in _shared(index)[1]
            },
            key=lambda label: (-len(label), label),
        )
    )
    return re.compile(rf"\n(?:{names})\n(?:{names})\n|\n(?:{labels})[^\n]*\n(?:{labels})")


def group_grids_read(doc: Document, index: LabelIndex) -> Document:
    out: list[Row] = []
    changed = False
    r = 0
    while r < len(doc.rows):
        found = _grid(doc.rows, r, index)
        if found is None:
            out.append(doc.rows[r])
            r += 1
            continue
        r, made = found
        out += made
        changed = True
    return dataclasses.replace(doc, rows=out) if changed else doc


@cache
def _shared(index: LabelIndex) -> tuple[dict[str, Group], frozenset[str], tuple[str, ...]]:
    """The groups whose fields have labels another group's fields have too (微博's 名称,
    微信's 名称), by the normal form of each of their names; those labels' normal forms; and
    the groups' names as written."""
    groups: dict[str, Group] = {}
    labels: set[str] = set()
    written: set[str] = set()
    for norm, fields in index.fields.items():
        owners = {f.group_ids[-1] for f in fields if f.group_ids}
        if len(owners) < 2:
            continue
        labels.add(norm)
        for group in index.form.groups():
            if group.id in owners:
                for name in (group.label, *group.variants):
                    groups[normalize_label(name)] = group
                    written.add(name)
    return groups, frozenset(labels), tuple(sorted(written))


def _field(index: LabelIndex, head: str, group: Group) -> tuple[Field, str] | None:
    """The field of `group` a head names, and the head's words naming it (a head naming
    two groups' fields, 关注量/订阅数, names each group's by one part)."""
    for words in (head, *_PARTS_RE.split(head)):
        hit = index.lookup(normalize_label(words))
        for f in hit.fields if hit is not None else ():
            if group.id in f.group_ids:
                return f, words.strip()
    return None


def _grid(rows: list[Row], r: int, index: LabelIndex) -> tuple[int, list[Row]] | None:
    """The rows made of a grid whose header is rows[r], and the row after the grid."""
    head = rows[r]
    # A corner cell (账号类别, 项目) and two columns at least.
    if len(head.cells) < _LEAST or any(c.bbox is not None for c in head.cells):
        return None
    groups, labels, _ = _shared(index)
    named = [c for c in head.cells if not c.copy and normalize_label(c.text) in groups]
    if len(named) == 1:
        return None  # a group's name beside its labels (微博 | 名称 | 发布量): the walk's
    shared = [c for c in head.cells if not c.copy and _names_shared(c.text, labels)]
    across = len(named) >= 2 and not shared  # the groups in the header, labels down
    columns = named if across else shared
    if len(columns) < 2 or (not across and named):
        return None
    first = columns[0].col
    table: dict[str, list[tuple[Field, str, Cell, str]]] = {}
    order: list[Group] = []
    end = r + 1
    while end < len(rows):
        row = rows[end]
        if row.block != head.block or any(c.bbox is not None for c in row.cells):
            break
        leading = [c for c in row.cells if c.col < first and not c.copy]
        if not leading:
            break
        side = leading[-1].text
        cells = {c.col: c for c in row.cells if c.col >= first}
        pairs = []
        for column in columns:
            group = groups.get(normalize_label(column.text if across else side))
            words = side if across else column.text
            field = None if group is None else _field(index, words, group)
            if group is None or field is None:
                break
            value = cells.get(column.col)
            if value is not None and value.text.strip():
                pairs.append((group, *field, value))
        else:
            if not pairs:
                break
            for group, f, words, value in pairs:
                if group not in order:
                    order.append(group)
                table.setdefault(group.id, []).append((f, words, value, row.where))
            end += 1
            continue
        break
    if len(order) < 2 and not (across and order):
        return None
    kept = tuple(c for c in head.cells if c.col < first and c.copy)
    made = [_group_row(head, kept, g, table[g.id]) for g in order]
    return end, made


def _names_shared(text: str, labels: frozenset[str]) -> bool:
    """Whether a head names a label several groups' fields share, whole or by a part."""
    if normalize_label(text) in labels:
        return True
    return _PARTS_RE.search(text) is not None and any(
        normalize_label(part) in labels for part in _PARTS_RE.split(text)
    )


def _group_row(
    head: Row, kept: tuple[Cell, ...], group: Group, pairs: list[tuple[Field, str, Cell, str]]
) -> Row:
    """A group's row: the header's repeats of merged cells before it, its name, then each
    label and its value; where its first value stands."""
    col = (kept[-1].col + 1) if kept else 0
    cells = [*kept, Cell(group.label, col)]
    for _, words, value, _ in pairs:
        cells.append(Cell(words, col + len(cells) - len(kept)))
        cells.append(dataclasses.replace(value, col=col + len(cells) - len(kept)))
    return dataclasses.replace(head, cells=tuple(cells), where=pairs[0][3])
