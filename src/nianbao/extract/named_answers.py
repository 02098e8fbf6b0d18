"""Answers a label's first cell to the right does not hold as such. A choice answered in
words, no box, with a note: the option's name is a label too (其他 is the 移动新媒体 row's),
so its cell reads as a label and its note as that label's value (创新发展 | 其他：开设
适老化专区); such a cell right after the choice's label is its answer. A dash in a unit
column (网站名称 | — | 某局网站): the value is the cell after it."""

from __future__ import annotations

from nianbao.cells import is_blank
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import option_labels
from nianbao.extract.piece import Piece
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field


def named_answer(f: Field, tokens: list[Token], label: Token) -> list[Token]:
    """The answer to choice f that `label`'s cell, the first after f's label, holds: one
    token of the cell's whole text (the cell's tokens marked read), or none."""
    text = label.cell.text.strip()
    if f.type not in CHOICE_TYPES or label.used or label.cell.copy:
        return []
    if normalize_label(label.piece.text) not in option_labels(f) or not readable(f, text):
        return []
    for token in tokens:
        if token.cell is label.cell:
            token.used = True
    return [Token(label.row, label.cell, Piece("value", text))]


def dash_before_value(tokens: list[Token], token: Token) -> bool:
    """Whether `token` is a dash (or another blank's mark) with a value right after it on
    its line: the mark of a field without a unit in a unit column, not the field's value."""
    if (
        token.piece.kind != "value"
        or not token.piece.text.strip()
        or not is_blank(token.piece.text)
    ):
        return False
    at = tokens.index(token) + 1
    after = tokens[at] if at < len(tokens) else None
    return after is not None and after.piece.kind == "value" and not is_blank(after.piece.text)
