"""An option list set one option a row, down the rows its label's tall cell spans: each row
an option's name and its answer in the cells after it, a box (☑), a tick in a cell of its
own (搜索即服务 | √), a word (搜索即服务 | 否), or nothing (unticked); the 其他 row's note
after its answer (其他 | ☑ | 建设政务知识库); a yes/no question's 是 and 否 a row each. Read as
one list, boxes before names."""

from __future__ import annotations

import re
from functools import cache

from nianbao.cells import NormalizeError
from nianbao.choices import parse_bool
from nianbao.errors import InputError
from nianbao.extract.document import Cell
from nianbao.extract.misread import option_alternatives
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field


@cache
def _row_re(f: Field) -> re.Pattern[str]:
    alternatives = option_alternatives(f)
    # The name whole (其他, not 其他新媒体), then its answer: a box, a word of one or two,
    # or both (☑否: a mark in a 否 column, answer_columns).
    return re.compile(
        f"\\s*({alternatives})(?=[\\s☑☐]|$)\\s*"
        "([☑☐](?:[是否](?=\\s|$))?|[^\\s☑☐]{1,2}(?=\\s|$))?\\s*(.*)"
    )


def option_row(f: Field, text: str) -> str | None:
    """One row's text as its option's box and name (and note): ☑其他 建设…; None when it
    is no option's row."""
    found = _row_re(f).fullmatch(text)
    if found is None:
        return None
    name, answer, note = found[1], found[2] or "", found[3]
    if "☑" in note or "☐" in note or _row_re(f).match(note) is not None:
        return None  # more options after it (搜索即服务☑ 多语言版本☐ …): a list on one row
    try:
        ticked = bool(parse_bool(answer)) if answer else False
    except (InputError, NormalizeError):
        return None  # a name's longer word (其他新媒体), or text that answers nothing
    box = "☑" if ticked else "☐"
    return f"{box}{name} {note}".rstrip()


def option_rows(walk: Placement, f: Field, label: Token, raw: str) -> tuple[str, list[Token]]:
    """`raw`, the text after a list's label on its row, and that of the rows below in the
    label's cell, read as option rows: the list, and the tokens of the rows below. ("", [])
    when those are no option rows (or the label's cell spans none)."""
    first = option_row(f, raw) if f.type in ("list", "enum", "bool") else None
    if first is None:
        return "", []
    texts = [first]
    taken: list[Token] = []
    r = label.row + 1
    while r < len(walk.rows):
        tokens = walk.rows[r]
        at = next((k for k, t in enumerate(tokens) if _repeats(t.cell, label.cell)), None)
        if at is None:
            break  # past the label's cell
        rest = [t for t in tokens[at + 1 :] if not t.cell.copy and not t.used]
        text = option_row(f, " ".join(t.piece.text for t in rest))
        if text is None:
            break
        texts.append(text)
        taken += rest
        r += 1
    return (" ".join(texts), taken) if taken else ("", [])


def _repeats(cell: Cell, label: Cell) -> bool:
    """Whether `cell` is the label's merged cell repeated on a row below."""
    return cell.copy and cell.col == label.col and cell.text == label.text
