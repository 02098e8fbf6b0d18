"""The kinds of value a field takes, as the matcher tells them apart before reading one:
options for a choice, a number for a count, any text without a box for the rest."""

from __future__ import annotations

import re

from nianbao.extract.pieces import has_ticks
from nianbao.extract.ranking import fails
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field

CHOICE_TYPES = frozenset({"bool", "enum", "list"})
COUNT_TYPES = frozenset({"int", "number"})
DIGIT_RE = re.compile(r"\d")


def fits(f: Field, token: Token) -> bool:
    """Whether a value can be f's by its kind: options for a choice, a number for a count."""
    if f.type in CHOICE_TYPES:
        return token.piece.ticks
    if f.type in COUNT_TYPES:
        return not token.piece.ticks and DIGIT_RE.search(token.piece.text) is not None
    return not token.piece.ticks


def words_for_count(f: Field, token: Token) -> bool:
    """Whether a count's label would take words for its value (测预警机制: the rest of the
    label beside it); a mark of no value (无, —) is not words."""
    text = token.piece.text
    return f.type in COUNT_TYPES and CJK_RE.search(text) is not None and fails(f, text)


def counted(text: str) -> bool:
    """Whether a text holds a count or a box: a line of values does."""
    return has_ticks(text) or DIGIT_RE.search(text) is not None
