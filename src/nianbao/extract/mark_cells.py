"""A row that lists a choice's options each in a cell and marks the answer with a tick in a
cell of its own right after it (是 | √ | 否, 是 | 否 | √: a form whose options are printed
and whose tick is filled in beside one): the tick goes onto its option (☑是 | 否). Read
apart, a lone tick between two names could be either's.

Some tables set each tick's cell before its option instead (√ | 是 | | 否, | 是 | √ | 否):
where the table's rows show it (a tick right before an option and after none), a lone
tick between two options goes onto the one after it."""

from __future__ import annotations

import dataclasses
from functools import cache

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import option_labels
from nianbao.forms.model import Form


@cache
def _names(form: Form) -> frozenset[str]:
    return frozenset(n for f in form.fields if f.type in CHOICE_TYPES for n in option_labels(f))


def marks_onto_options(doc: Document, index: LabelIndex) -> Document:
    names = _names(index.form)
    votes: dict[int, int] = {}  # per table: rows whose tick is before its option, less after
    for row in doc.rows:
        sides = _sides(row.cells, names)
        if sides is not None and sides[0] != sides[1]:
            votes[row.block] = votes.get(row.block, 0) + (1 if sides[1] else -1)
    ahead = {block for block, vote in votes.items() if vote > 0}
    return rows_edited(doc, lambda row: _marked(row.cells, names, ahead=row.block in ahead))


def _sides(cells: tuple[Cell, ...], names: frozenset[str]) -> tuple[bool, bool] | None:
    """Whether the row's one lone tick has an option in the column before it, and in the
    one after it; None for no lone tick."""
    marks = [c for c in cells if "☑" in c.text or "☐" in c.text]
    if len(marks) != 1 or marks[0].text.strip() != "☑":
        return None
    options = {c.col for c in cells if not c.copy and normalize_label(c.text) in names}
    return marks[0].col - 1 in options, marks[0].col + 1 in options


def _marked(
    cells: tuple[Cell, ...], names: frozenset[str], *, ahead: bool = False
) -> tuple[Cell, ...] | None:
    """The cells with the one tick cell's tick on the option cell before it (`ahead`: after
    it, when there is one); None when the row is no such list (no tick alone, or boxes too,
    or fewer than two options)."""
    marks = [k for k, c in enumerate(cells) if "☑" in c.text or "☐" in c.text]
    if len(marks) != 1 or cells[marks[0]].text.strip() != "☑" or marks[0] == 0:
        return None  # boxes elsewhere on the row (☐搜索即服务 ☐多语言版本 ☑ | 无障碍…)
    at = marks[0]
    options = [k for k, c in enumerate(cells) if normalize_label(c.text) in names]
    if ahead and at + 1 in options and not cells[at + 1].copy:
        after = cells[at + 1]
        ticked = dataclasses.replace(after, text="☑" + after.text.strip())
        return (*cells[:at], ticked, *cells[at + 2 :])
    if len(options) < 2 or at - 1 not in options or cells[at - 1].copy:
        return None
    before = cells[at - 1]
    ticked = dataclasses.replace(before, text="☑" + before.text.strip())
    return (*cells[: at - 1], ticked, *cells[at + 1 :])
