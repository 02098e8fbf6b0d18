"""The rest of a label its tall cell wrapped, opening the line a note goes on.

Text of one line a row's height (pdfplumber without layout) writes the label of a row of
options and the options' note side by side, both cut by their cells' width: the label's
rest and the note's go on together on the next line (创 新 发 ☐搜索即服务 … ☑其他：提供政策智
能匹 | 展 配与免申即享服务). The note's rest is the line without the label's."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.labels import normalize_label
from nianbao.extract.pieces import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token

_REST = 3
"""Characters of a label's rest its narrow cell may wrap onto the next line (展情况)."""
_BEFORE_BOXES_RE = re.compile(f"[^{TICKS}]*")


def without_label_rest(walk: Placement, line: int, rest: Token) -> Token:
    """`rest` without a first word that finishes a label whose head stands on `line` (a
    word there, or the words before its first box, letter-spaced: 创 新 发). The token
    itself loses the word: a label's rest is no value's, whoever reads the line."""
    word, blank, tail = rest.piece.text.partition(" ")
    if not blank or not tail.strip() or len(word) > _REST:
        return rest
    for head in _heads(walk.rows[line]):
        hit = walk.index.lookup(normalize_label(head + word))
        if hit is not None and hit.fields:
            rest.piece = dataclasses.replace(rest.piece, text=tail.strip())
            break
    return rest


def _heads(tokens: list[Token]) -> list[str]:
    """The texts on a line that may head a label: its words, and each token's words before
    its first box together."""
    found: list[str] = []
    for token in tokens:
        before = _BEFORE_BOXES_RE.match(token.piece.text)
        words = before.group(0).split() if before else []
        found += [*words, "".join(words)] if len(words) > 1 else words
    return found
