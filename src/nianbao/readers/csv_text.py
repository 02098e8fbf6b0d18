"""Comma-separated values, as a spreadsheet saves its sheet (Excel, WPS: 另存为 CSV; or
with semicolons, or tabs and quotes): the same grid as tab-separated text, each field a
cell, quoted fields with commas or line breaks inside them whole.

Told apart from other text by its shape, not its name: most lines parse into one number
of fields, two or more (or, in an export in sections, most lines of each section do).
Text a PDF-to-text tool gives has commas too (1,234 and 2,531 13 1,922 570), but in a few
lines only, and in no steady number.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

_STEADY = 0.8
"""Share of the non-blank lines that must parse into the most common number of fields."""
_LEAST_LINES = 5
_WIDE = 8
"""Fields each line of a short CSV has (every line the same) for it to be read as one."""
_CJK_BREAK_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*\n\s*(?=[\u4e00-\u9fff（(])")


def csv_rows(text: str) -> list[list[str]] | None:
    """The rows of `text` when it is delimiter-separated values, else None: commas or
    semicolons (a spreadsheet saved where the comma is the decimal mark), or tabs with
    quoted fields (a sheet saved as text: "填报单位：某局"<TAB><TAB>...)."""
    candidates: tuple[str, ...]
    if "\t" in text:
        # Tabs split lines into cells already; only quotes around fields need the parser.
        quoted = text.startswith('"') or '\t"' in text or '\n"' in text
        candidates = ("\t",) if quoted else ()
    else:
        candidates = tuple(d for d in (",", ";") if d in text)
    best: tuple[int, list[list[str]]] | None = None
    for delimiter in candidates:
        rows = _steady(text, delimiter)
        if rows is not None and (best is None or rows[0] > best[0]):
            best = rows
    return None if best is None else best[1]


def _steady(text: str, delimiter: str) -> tuple[int, list[list[str]]] | None:
    """The rows `text` parses into with `delimiter`, and their usual number of fields, when
    most lines have that number (two or more)."""
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return None
    filled = [row for row in rows if any(field.strip() for field in row)]
    if not filled:
        return None
    width, count = Counter(len(row) for row in filled).most_common(1)[0]
    if width < 2 or count < _STEADY * len(filled):
        return (width, rows) if _steady_blocks(rows) else None
    # A few lines only when each is as wide as a table of reports' header and rows (an
    # export of one report: a line of labels, a line of values).
    if len(filled) < _LEAST_LINES and (width < _WIDE or count < len(filled) or count < 2):
        return None
    return width, rows


def _steady_blocks(rows: list[list[str]]) -> bool:
    """Whether the rows, in blocks apart by blank lines, are a system's export of a report
    in sections ([基本信息] then 项目,内容 rows; [信息发布] then 分组,指标,数值,单位 rows): most
    lines of two fields or more, and each block's of one number of fields."""
    blocks: list[list[list[str]]] = [[]]
    for row in rows:
        if any(field.strip() for field in row):
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    lines = sum(len(block) for block in blocks)
    fielded = [[row for row in block if len(row) >= 2] for block in blocks]
    if len(blocks) < 2 or lines < _LEAST_LINES:
        return False
    tabular = 0  # lines in blocks of three rows of fields or more
    for wide in fielded:
        counts = Counter(len(row) for row in wide).most_common(1)
        if len(wide) >= 2 and counts[0][1] < _STEADY * len(wide):
            return False
        tabular += len(wide) if len(wide) >= 3 else 0
    return tabular >= _STEADY * lines


def as_tab_separated(rows: list[list[str]]) -> str:
    """The rows as tab-separated lines, which the text reader reads as cells, without the
    empty fields that pad each to the sheet's width (a title is a line of one cell). A line
    break inside a field (a cell's text wrapped by hand) joins its lines: Chinese runs on
    without a space (基本 | 信息), other text with one."""
    lines = []
    for row in rows:
        fields = [_one_line(field) for field in row]
        while fields and not fields[-1]:
            fields.pop()
        lines.append("\t".join(fields))
    return "\n".join(lines)


def _one_line(field: str) -> str:
    joined = _CJK_BREAK_RE.sub("", field.strip())
    return " ".join(part.strip() for part in joined.splitlines() if part.strip())
