"""Cell texts of HTML tables: whitespace collapsed, ticks as ☑/☐, and each short text and
its Cell made once (they repeat from report to report: every label of the form)."""

from __future__ import annotations

import re

from nianbao.extract.document import Cell
from nianbao.readers.marks import canonical_ticks, lost_font_ticks

COLLAPSE_RE = re.compile(r"[ \t\r\n\f\v]+")
LINE_BREAK = "\x0b"
"""Where a cell's text breaks its line (<br>, a paragraph's end): a space once cleaned, the
place a cell of stacked lines is cut (stacked_cells)."""
BLOCK_END = "\x0c"
"""Where a block ends: a line break when more text follows, nothing at the cell's end (the
last paragraph's end is no blank line after it)."""

# Cell texts repeat from report to report (every label of the form): clean each short
# one once, and make its Cell once (nothing changes a Cell). The caches are bounded in
# entries and in the length of the texts they keep.
_CLEANED: dict[str, str] = {}
_CELLS: dict[tuple[str, int, bool], Cell] = {}
_CACHED_MAX, _CACHED_CHARS = 8192, 200


def cell(text: str, col: int, copy: bool) -> Cell:
    key = (text, col, copy)
    made = _CELLS.get(key)
    if made is None:
        made = Cell(text, col, None, copy)
        if len(text) <= _CACHED_CHARS:
            if len(_CELLS) >= _CACHED_MAX:
                _CELLS.clear()
            _CELLS[key] = made
    return made


def clean(text: str) -> str:
    """Whitespace collapsed, tick boxes as ☑/☐ (those of a symbol font the page does not
    name too: þ是 ¨否 as a converter left them), stripped."""
    cleaned = _CLEANED.get(text)
    if cleaned is None:
        cleaned = canonical_ticks(lost_font_ticks(COLLAPSE_RE.sub(" ", text))).strip()
        if len(text) <= _CACHED_CHARS:
            if len(_CLEANED) >= _CACHED_MAX:
                _CLEANED.clear()
            _CLEANED[text] = cleaned
    return cleaned


def line_open(parts: list[str]) -> bool:
    """Whether the text so far ends a line (or is none): a block starting or ending there
    breaks no line of its own."""
    for part in reversed(parts):
        shown = part.strip(" \t\r\n")
        if shown:
            return shown.endswith((LINE_BREAK, BLOCK_END))
    return True


def broken_lines(raw: str) -> str:
    """The text collected from a cell, its blocks' ends as line breaks but the last."""
    if BLOCK_END not in raw:
        return raw
    raw = raw.rstrip(" \t\r\n")
    if raw.endswith(BLOCK_END):
        raw = raw[:-1]
    return raw.replace(BLOCK_END, LINE_BREAK)


def cell_lines(raw: str) -> list[str]:
    """A cell's text by its lines, each cleaned; one line for a text without breaks."""
    if LINE_BREAK not in raw:
        return [clean(raw)]
    return [clean(line) for line in raw.split(LINE_BREAK)]
