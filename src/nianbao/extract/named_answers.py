"""Answers a label's first cell to the right does not hold as such. A choice answered in
words, no box, with a note: the option's name is a label too (其他 is the 移动新媒体 row's),
so its cell reads as a label and its note as that label's value (创新发展 | 其他：开设
适老化专区); such a cell right after the choice's label is its answer."""

from __future__ import annotations

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
