"""The kinds of value a field takes, as the matcher tells them apart before reading one:
options for a choice, a number for a count, any text without a box for the rest."""

from __future__ import annotations

import re

from nianbao.extract.tokens import Token
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
