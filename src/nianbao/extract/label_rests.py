"""The rest of a label its tall cell wrapped, opening the line a note goes on.

Text of one line a row's height (pdfplumber without layout) writes the label of a row of
options and the options' note side by side, both cut by their cells' width: the label's
rest and the note's go on together on the next line (创 新 发 ☐搜索即服务 … ☑其他：提供政策智
能匹 | 展 配与免申即享服务). The note's rest is the line without the label's."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.labels import normalize_label
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token

_REST = 3
"""Characters of a label's rest its narrow cell may wrap onto the next line (展情况)."""
_BEFORE_BOXES_RE = re.compile(f"[^{TICKS}]*")


def without_label_rest(walk: Placement, line: int, rest: Token) -> Token:
    """`rest` without a first word that finishes a label whose head stands on `line` (a
    word there, or the words before its first box, letter-spaced: 创 新 发). The token
    itself loses the word: a label's rest is no value's, whoever reads the line."""
    words = rest.piece.text.split()
    # The word, or the characters set out one a word, as its head may be (创 新 | 发 展).
    spaced = next((k for k, w in enumerate(words) if len(w) > 1), len(words))
    for n in sorted({1, spaced} - {0}):
        word = "".join(words[:n])
        tail = re.split(r"\s+", rest.piece.text.strip(), maxsplit=n)[-1] if n < len(words) else ""
        if not tail or len(word) > _REST:
            continue
        for head in _heads(walk.rows[line]):
            hit = walk.index.lookup(normalize_label(head + word))
            if hit is not None and hit.fields:
                rest.piece = dataclasses.replace(rest.piece, text=tail)
                return rest
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


_HEADS_ABOVE = 2
"""Lines above a row of options a cut label's or group's head may stand on alone."""


def past_heads_rests(walk: Placement, line: int, options: int, end: int) -> int:
    """`line`, or the line after those from it up to `end` that `heads_rest` finds: the
    rests of a label and a group's name cut as it (创新发 | 创新发 | ☑其他：… | 展 | 展 |
    申即享服务)."""
    rows = walk.rows
    while line < end and line + 1 < len(rows) and line not in rows.ending:
        if not heads_rest(walk, line, options):
            break
        line += 1
    return line


def heads_rest(walk: Placement, line: int, options: int) -> bool:
    """Whether `line` holds nothing but a few characters that finish a label or a group's
    name whose head stands alone on a line just above the options' line `options` (创新发 |
    创新发 | ☐搜索即服务 … ☑其他：提供… | 展 | 展)."""
    tokens = walk.rows[line]
    if len(tokens) != 1 or len(tokens[0].piece.text) > _REST or tokens[0].piece.ticks:
        return False
    rest = tokens[0].piece.text
    for r in range(max(0, options - _HEADS_ABOVE), options):
        heads = walk.rows[r]
        if len(heads) == 1 and walk.index.lookup(normalize_label(heads[0].piece.text + rest)):
            return True
    return False
