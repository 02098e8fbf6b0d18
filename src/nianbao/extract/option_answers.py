"""A choice's options one a row, each answered 是 or 否 (a statistics system's 创新发展—搜索
即服务 | 否, or 创新发展 on a line of its own over 搜索即服务 | 否 …): read row by row, the
option's name is taken for an answer whatever the word after it says. The rows become one:
the choice's label and its options each with its box (创新发展 | ☐搜索即服务 ☑其他)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.choices import parse_bool
from nianbao.errors import InputError
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import option_alternatives
from nianbao.extract.option_heads import option_head
from nianbao.forms.model import Field
from nianbao.normalize import NormalizeError

MIN_ROWS = 2
"""Option rows in a run: one alone may be any label's row."""

_NONE = frozenset({"", "—", "-", "－", "/", "／"})
"""What an option row's unit or blank answer cell holds."""


def may_answer(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a yes alone in a cell, as one of a run of
    option rows does."""
    return "\n是\n" in text or "\n☑\n" in text or "\n有\n" in text


def option_answers_read(doc: Document, index: LabelIndex) -> Document:
    out: list[Row] = []
    r = 0
    rows = doc.rows
    while r < len(rows):
        run = _run(rows, r, index)
        if run is None:
            out.append(rows[r])
            r += 1
            continue
        f, labelled, answers, end = run
        label = next(c for c in rows[r].cells if not c.copy and c.text.strip())
        listed = " ".join(("☑" if yes else "☐") + name.text.strip() for name, yes in answers)
        first = answers[0][0]
        cells = (
            label if labelled else dataclasses.replace(label, text=f.label),
            Cell(listed, label.col + 1, first.bbox),
        )
        out.append(dataclasses.replace(rows[r], cells=cells))
        r = end
    return doc if len(out) == len(rows) else dataclasses.replace(doc, rows=out)


def _run(
    rows: list[Row], r: int, index: LabelIndex
) -> tuple[Field, bool, list[tuple[Cell, bool]], int] | None:
    """The option rows from row r: (the choice, whether row r opens with its label, each
    option's name cell and answer, the row after the run); None when none start there.
    Under the choice's label (alone on row r, or with the first option beside it), an
    option's row may leave its answer blank (no); after a label and a dash, each gives one."""
    row = rows[r]
    f, beside = _labelled(row, index)
    labelled = f is not None
    answers: list[tuple[Cell, bool]] = []
    if f is not None and beside:
        first = _answer(beside, f)
        if first is None:
            return None
        answers.append(first)
    k = r + 1 if labelled else r
    while k < len(rows) and rows[k].block == row.block:
        cells = [c for c in rows[k].cells if not c.copy and c.text.strip()]
        if labelled:
            assert f is not None
            found = _answer(_unrepeated(cells, f, index), f)
        else:
            prefixed = _prefixed_answer(cells, index)
            if prefixed is None or (f is not None and prefixed[0] is not f):
                break
            f, found = prefixed
        if found is None:
            break
        answers.append(found)
        k += 1
    if f is None or len(answers) < MIN_ROWS or not any(yes for _, yes in answers):
        return None
    return f, labelled, answers, k


def _labelled(row: Row, index: LabelIndex) -> tuple[Field | None, list[Cell]]:
    """The list or one-of choice whose label opens `row`, alone in it or before cells that
    may be its first option's; (None, []) when none does."""
    cells = [c for c in row.cells if not c.copy and c.text.strip() not in _NONE]
    if not cells:
        return None, []
    hit = index.lookup(normalize_label(cells[0].text))
    fields = [f for f in hit.fields if f.choices] if hit is not None else []
    return (fields[0], cells[1:]) if len(fields) == 1 else (None, [])


def _unrepeated(cells: list[Cell], f: Field, index: LabelIndex) -> list[Cell]:
    """An option row's cells less the choice's label, where a sheet typed it again on each
    row instead of merging its cell (创新发展 | 多语言版本 | 否)."""
    hit = index.lookup(normalize_label(cells[0].text)) if len(cells) > 1 else None
    return cells[1:] if hit is not None and f in hit.fields else cells


def _answer(cells: list[Cell], f: Field) -> tuple[Cell, bool] | None:
    """An option row's name and answer under f's label: the option's name, then an answer
    (and a note) or none (no), beside a unit's dash."""
    if not cells:
        return None
    name = normalize_label(cells[0].text)
    found = re.fullmatch(rf"{_ASKED}({option_alternatives(f)}){_ASKED_END}", name)
    if found is None:
        return None
    named = cells[0] if found[1] == name.strip() else dataclasses.replace(cells[0], text=found[1])
    rest = _answer_note([c.text.strip() for c in cells[1:] if c.text.strip() not in _NONE])
    if not rest:
        return named, False
    yes = _yes(rest)
    return None if yes is None else (_noted(named, rest), yes)


def _prefixed_answer(
    cells: list[Cell], index: LabelIndex
) -> tuple[Field, tuple[Cell, bool]] | None:
    """An option row's choice, name and answer, the option named after the choice's label
    and a separator (创新发展—搜索即服务 | 否, 网站类型-部门网站 | ☑); its answer left blank
    is no."""
    if not cells:
        return None
    found = option_head(cells[0].text, index)
    if found is None:
        return None
    f, _, option = found
    rest = _answer_note([c.text.strip() for c in cells[1:] if c.text.strip() not in _NONE])
    yes = _yes(rest) if rest else False
    name = _noted(dataclasses.replace(cells[0], text=option), rest)
    return None if yes is None else (f, (name, yes))


_ASKED = r"\s*(?:是否(?:提供|开通|开设|建设|建立|具备|上线|支持|实现|设置|有)?)?"
_ASKED_END = r"(?:创新)?(?:功能)?\s*"
"""An option asked as a question (是否提供搜索即服务, 其他创新功能): its name inside."""
_NOTED_RE = re.compile(r"(是|否|有|无)\s*[（(]\s*(.+?)\s*[）)]")


def _answer_note(rest: list[str]) -> list[str]:
    """An answer with its note in brackets (是（智能推荐与个性化订阅）) as the answer and
    the note after it, as a row writes them in cells of their own."""
    found = _NOTED_RE.fullmatch(rest[0]) if rest else None
    return rest if found is None else [found[1], found[2], *rest[1:]]


def _yes(rest: list[str]) -> bool | None:
    """The answer `rest` opens with (a note may follow it: 其他 | 是 | 建设政务知识库); None
    for none, or words that answer nothing."""
    if not rest:
        return None
    try:
        return parse_bool(rest[0])
    except (InputError, NormalizeError):
        return None


def _noted(name: Cell, rest: list[str]) -> Cell:
    """The option's name cell with the note after its answer, as a list writes it (其他
    建设政务知识库)."""
    return dataclasses.replace(name, text=" ".join([name.text.strip(), *rest[1:]]))
