"""Markdown table rows whose cells stack several lines with <br> (Typora, a CMS's editor):
a group's labels in one cell, their values in the next, line for line:

    | 解读回应 | 解读信息发布<br>总数（条）<br>解读材料数量（条） | <br>17<br>3 |

Such a row is read as one row a line when two cells or more stack as many lines (a cell
of one line opens the first); a cell whose lines are one answer's stays one cell."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from nianbao.extract.document import Cell
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


def line_rows(lines: Sequence[Sequence[str]]) -> list[list[str | None]] | None:
    """A table row's cells given by their lines (a cell not to be split as one line) →
    one row a line, when two cells or more stack as many lines (a group's labels line by
    line beside their values: 总数<br>概况类… | 2232<br>2 …): line k of each such cell on
    row k, a cell of one line on the first row (None on the others, as under a merged
    cell). None when the row is no such stack: no stacked cell holds a value's digit or box
    (wrapped labels side by side), or one is a choice's options one a line (☑是<br>☐否),
    which read as one answer."""
    folded = [_folded(cell) for cell in lines]
    shown = [_trimmed(cell) for cell in folded]
    stacked = [cell for cell in shown if len(cell) > 1]
    if len(stacked) < 2:
        return None
    count = max(len(cell) for cell in stacked)
    if any(
        len(cell) < count for cell, trimmed in zip(folded, shown, strict=True) if len(trimmed) > 1
    ):
        return None  # a stack of fewer lines, unless blank ones make up the difference
    if any(all(_MARK_RE.search(line) for line in cell) for cell in stacked):
        return None
    if not any(_VALUE_RE.search(line) for cell in stacked for line in cell):
        return None  # words only: labels wrapped by hand (概况类信息更新<br>量（单位：条）)
    return [
        [
            cell[k] if len(trimmed) > 1 else (trimmed[0] if k == 0 and trimmed else None)
            for cell, trimmed in zip(folded, shown, strict=True)
        ]
        for k in range(count)
    ]


def _folded(lines: Sequence[str]) -> list[str]:
    """The lines, one wholly in brackets joined to the line before: a head's unit or a
    label's note under it (独立用户访问总量<br>(个)), no line of its own."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and _BRACKETED_RE.fullmatch(line):
            out[-1] += line.strip()
        else:
            out.append(line)
    return out


_BRACKETED_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*")


def _trimmed(lines: Sequence[str]) -> Sequence[str]:
    """The lines up to the last one not blank (a value left blank at a stack's end)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


_MARK_RE = re.compile("[☑☐]")
_VALUE_RE = re.compile("[0-9☑☐]")
"""What a stack of values has and labels have not: a figure or a code's digits, a box."""


@dataclass(frozen=True)
class Stack:
    """A table cell by its lines, for `stacked_rows`."""

    col: int
    lines: list[str]
    copy: bool
    """A merged cell's repeat."""


def stacked_rows(cells: list[Stack]) -> list[list[Cell]] | None:
    """`line_rows` for a row of cells: the rows a line, each cell in its grid column; a cell
    of one line is a merged cell's repeat on the rows after the first."""
    split = line_rows([cell.lines for cell in cells])
    if split is None:
        return None
    first = split[0]
    return [
        [
            Cell(text if text is not None else head or "", cell.col, copy=cell.copy or text is None)
            for cell, text, head in zip(cells, line, first, strict=True)
            if text or (text is None and head)
        ]
        for line in split
    ]
