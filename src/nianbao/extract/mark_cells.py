"""A row that lists a choice's options each in a cell and marks the answer with a tick in a
cell of its own right after it (是 | √ | 否, 是 | 否 | √: a form whose options are printed
and whose tick is filled in beside one): the tick goes onto its option (☑是 | 否). Read
apart, a lone tick between two names could be either's.

Some tables set each tick's cell before its option instead (√ | 是 | | 否, | 是 | √ | 否):
where the table's rows show it (a tick right before an option and after none), a lone
tick between two options goes onto the one after it."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import choice_option_names


def marks_onto_options(doc: Document, index: LabelIndex) -> Document:
    names = choice_option_names(index.form)
    votes: dict[int, int] = {}  # per table: ticks before their option, less those after
    for row in doc.rows:
        for before, after in _sides(row.cells, names):
            if before != after:
                votes[row.block] = votes.get(row.block, 0) + (1 if after else -1)
    ahead = {block for block, vote in votes.items() if vote > 0}
    return rows_edited(doc, lambda row: _marked(row.cells, names, ahead=row.block in ahead))


def _ticks(cells: tuple[Cell, ...]) -> list[int]:
    """Where the row's ticks stand each in a cell of its own (a list's several: 搜索即服务 |
    √ | 多语言版本 | 千人千网 | √); none when a box stands anywhere on the row."""
    marks = [k for k, c in enumerate(cells) if "☑" in c.text or "☐" in c.text]
    return marks if all(cells[k].text.strip() == "☑" for k in marks) else []


def _sides(cells: tuple[Cell, ...], names: frozenset[str]) -> list[tuple[bool, bool]]:
    """For each lone tick of the row, whether an option stands in the column before it,
    and in the one after it."""
    options = {c.col for c in cells if not c.copy and normalize_label(c.text) in names}
    return [(cells[k].col - 1 in options, cells[k].col + 1 in options) for k in _ticks(cells)]


def _marked(
    cells: tuple[Cell, ...], names: frozenset[str], *, ahead: bool = False
) -> tuple[Cell, ...] | None:
    """The cells with each tick cell's tick on the option cell before it (`ahead`, or
    nearer the option after it on the page: on that one); None when the row is no such list
    (no tick alone, or boxes too, or fewer than two options, or a tick beside no option)."""
    marks = _ticks(cells)
    if not marks or marks[0] == 0:
        return None  # boxes elsewhere on the row (☐搜索即服务 ☐多语言版本 ☑ | 无障碍…)
    options = {k for k, c in enumerate(cells) if _named(c.text, names)}
    if len(options) < 2:
        return None
    targets: dict[int, int] = {}  # option cell -> its tick's cell
    for at in marks:
        after = at + 1 in options and not cells[at + 1].copy
        before = at - 1 in options and not cells[at - 1].copy
        nearer = _nearer(cells, at)
        if after and (nearer == 1 or (ahead and nearer != -1)):
            targets[at + 1] = at
        elif before:
            targets[at - 1] = at
        else:
            return None
    if len(targets) < len(marks):
        return None  # two ticks on one option: no list read this way
    out: list[Cell] = []
    for k, cell in enumerate(cells):
        if k in targets:
            out.append(dataclasses.replace(cell, text="☑" + cell.text.strip()))
        elif k not in marks:
            out.append(cell)
    return tuple(out)


def _nearer(cells: tuple[Cell, ...], at: int) -> int:
    """1 when the tick at `at` stands clearly nearer the cell after it on the page than the
    one before (a box drawn before its option: √ 搜索即服务   √ 多语言版本), -1 when nearer
    the one before, 0 when not known (no positions, or about as near)."""
    if at == 0 or at + 1 >= len(cells):
        return 0
    left, tick, right = cells[at - 1].bbox, cells[at].bbox, cells[at + 1].bbox
    if left is None or tick is None or right is None:
        return 0
    gap_before, gap_after = tick[0] - left[2], right[0] - tick[2]
    if gap_after * 2 < gap_before:
        return 1
    return -1 if gap_before * 2 < gap_after else 0


_NOTE_RE = re.compile(r"[\s(（:：]")


def _named(text: str, names: frozenset[str]) -> bool:
    """Whether a cell holds an option's name, alone or before its note (其他 （开设…）)."""
    if normalize_label(text) in names:
        return True
    head = _NOTE_RE.split(text.strip(), maxsplit=1)[0]
    return head != text.strip() and normalize_label(head) in names
