"""A spreadsheet's cell references (B7, AA12) as 0-based rows and columns."""

from __future__ import annotations

import re

_REF_RE = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")


def column_number(letters: str) -> int:
    """A column's letters (A, AA) as its 0-based number."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def cell_ref(ref: str) -> tuple[int, int] | None:
    """A cell reference (B7) as its row and column, 0-based; None for anything else."""
    match = _REF_RE.match(ref)
    if match is None:
        return None
    return int(match.group(2)) - 1, column_number(match.group(1))
