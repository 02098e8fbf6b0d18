"""Markdown table rows whose cells stack several lines with <br> (Typora, a CMS's editor):
a group's labels in one cell, their values in the next, line for line:

    | 解读回应 | 解读信息发布<br>总数（条）<br>解读材料数量（条） | <br>17<br>3 |

Such a row is read as one row a line when two cells or more stack as many lines (a cell
of one line opens the first); a cell whose lines are one answer's stays one cell."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nianbao.readers.line_clean import markdown_cells

_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def numbered_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, line) for each line, a stacked row's lines each with its row's number."""
    for number, raw in enumerate(lines, start=1):
        stacked = _stacked(raw) if "<" in raw else None
        if stacked is None:
            yield number, raw
        else:
            yield from ((number, line) for line in stacked)


def _stacked(raw: str) -> list[str] | None:
    row = raw.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|" or not _BR_RE.search(row):
        return None
    parts = [_BR_RE.split(cell) for cell in markdown_cells(row)]
    counts = {len(p) for p in parts if len(p) > 1}
    if len(counts) != 1 or sum(len(p) > 1 for p in parts) < 2:
        return None
    (count,) = counts
    return ["| " + " | ".join(_piece(p, k).strip() for p in parts) + " |" for k in range(count)]


def _piece(parts: list[str], k: int) -> str:
    if len(parts) > 1:
        return parts[k]
    return parts[0] if k == 0 else ""
