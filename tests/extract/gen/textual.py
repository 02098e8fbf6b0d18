"""Test documents, part 2: a Sheet as the text PDF-to-text and Markdown converters give."""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from collections.abc import Callable

from .sheet import GCell, Sheet

TICK_STYLES = ("input", "unicode", "square", "bracket")


def tick_mark(ticked: bool, style: str) -> str:
    if style == "input":
        return '<input checked="" type="checkbox"/>' if ticked else '<input type="checkbox"/>'
    if style == "square":
        return "√" if ticked else "□"
    if style == "bracket":
        return "（√）" if ticked else "（ ）"
    return "☑" if ticked else "☐"


def cell_text(cell: GCell, tick_style: str) -> str:
    if not cell.ticks:
        return cell.text
    text = " ".join(f"{tick_mark(t, tick_style)} {label}" for label, t in cell.ticks)
    note = re.search(r"：(.*)$", cell.text)
    return text + (f"：{note.group(1)}" if note else "")


def _flat_rows(sheet: Sheet, tick_style: str) -> list[list[str]]:
    """Merged cells as a converter flattens them: text in the first row/column only."""
    rows = []
    for line in sheet.grid():
        rows.append(
            ["" if slot is None or slot[1] else cell_text(slot[0], tick_style) for slot in line]
        )
    return rows


def _frame(
    sheet: Sheet,
    body: list[str],
    rng: random.Random,
    writer: Callable[[Sheet, random.Random, str], str],
    tick_style: str,
) -> str:
    """The sheet's text, with its companion's (by the same `writer`) before or after it,
    and the instructions last."""
    out = ["", *[line for text in sheet.before for line in (text, "")]]
    out += body
    out.append("")
    if rng.random() < 0.5:
        out += [line for text in sheet.after for line in (text, "")]
    else:
        out.append("    ".join(sheet.after[:3]))
        out.append("    ".join(sheet.after[3:]))
    text = "\n".join(out) + "\n"
    if sheet.companion is not None:
        other = writer(sheet.companion, sheet.companion_rng, tick_style)
        text = other + text if sheet.companion_first else text + other
    if sheet.instructions:
        text += "\n".join(["", *[line for text in sheet.instructions for line in (text, "")]])
        text += "\n"
    return text


def to_csv(sheet: Sheet, rng: random.Random, tick_style: str = "unicode") -> str:
    """A spreadsheet saved as CSV (Excel's 另存为 CSV): every row padded to the sheet's
    width, a merged cell's text in its first field, a hand-wrapped cell's lines (a tall
    cell's name set down it) in one quoted field; the companion's rows before or after."""
    rows = [[text] for text in sheet.before] + _csv_rows(sheet, tick_style)
    if rng.random() < 0.5:
        rows += [[text] for text in sheet.after]
    else:
        rows.append(["    ".join(sheet.after)])
    if sheet.companion is not None:
        other = [[text] for text in sheet.companion.before]
        other += _csv_rows(sheet.companion, tick_style)
        rows = other + rows if sheet.companion_first else rows + other
    width = max(len(row) for row in rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(row + [""] * (width - len(row)) for row in rows)
    return out.getvalue()


def _csv_rows(sheet: Sheet, tick_style: str) -> list[list[str]]:
    rows = []
    for line in sheet.grid():
        row = []
        for slot in line:
            if slot is None or slot[1]:
                row.append("")
            elif slot[0].down:
                row.append("\n".join(slot[0].text))
            else:
                row.append(cell_text(slot[0], tick_style))
        rows.append(row)
    return rows


def to_tabs(sheet: Sheet, rng: random.Random, tick_style: str = "input") -> str:
    """Tab-separated, like the seed (pdftotext of a Word table)."""
    body = ["\t".join(row) for row in _flat_rows(sheet, tick_style)]
    return _frame(sheet, body, rng, to_tabs, tick_style)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_spaces(sheet: Sheet, rng: random.Random, tick_style: str = "unicode") -> str:
    """Columns aligned with spaces (pdftotext -layout)."""
    rows = _flat_rows(sheet, tick_style)
    widths = [max((_width(r[c]) for r in rows), default=0) for c in range(sheet.columns)]
    body = []
    for row in rows:
        parts = [text + " " * (widths[c] - _width(text)) for c, text in enumerate(row)]
        body.append(("   ".join(parts)).rstrip())
    return _frame(sheet, body, rng, to_spaces, tick_style)


def to_markdown(sheet: Sheet, rng: random.Random, tick_style: str = "unicode") -> str:
    rows = _flat_rows(sheet, tick_style)
    body = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * sheet.columns]
    body += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    title = [f"# {sheet.title}"] if rng.random() < 0.5 else []
    return "\n".join(title) + "\n" + _frame(sheet, body, rng, to_markdown, tick_style)


def to_stacked(sheet: Sheet, rng: random.Random, tick_style: str = "unicode") -> str:
    """Every cell on a line of its own: label, then its value below."""
    body = []
    for line in sheet.grid():
        for slot in line:
            if slot is None or slot[1]:
                continue
            body.append(cell_text(slot[0], tick_style))
            body.append("")
    return _frame(sheet, body, rng, to_stacked, tick_style)
