"""Plain text and Markdown, as PDF-to-text and document converters give them.

Cells are tab-separated, Markdown table cells (| a | b |), or set apart by two
or more spaces or a full-width space; every line is a row.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from nianbao.errors import TooLargeError
from nianbao.extract.document import Cell, Document, Row
from nianbao.readers.encoding import decode_text
from nianbao.readers.limits import MAX_TEXT_BYTES
from nianbao.readers.marks import canonical_ticks

MAX_LINES = 50_000
MAX_LINE_CHARS = 20_000

_SPACES_RE = re.compile(r"[ \xa0]{2,}|\u3000+")
_MD_SEPARATOR_RE = re.compile(r"^\|?[\s:|-]+\|?$")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"\*\*|__")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_text(data: bytes, source: str | None = None) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise TooLargeError(
            f"文本文件有 {len(data):,} 字节，超过 {MAX_TEXT_BYTES:,} 字节的上限："
            "报表的文字不会这么长。",
            source=source,
        )
    return document_from_text(decode_text(data, source))


def split_line(line: str) -> list[str]:
    explicit = _delimited(line)
    return _spaced_texts(line.strip()) if explicit is None else explicit


def _delimited(line: str) -> list[str] | None:
    """The cells of a Markdown table row or a tab-separated line; None for other lines
    (cells set apart by spaces)."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [c.strip() for c in stripped[1:-1].split("|")]
    if "\t" in line:
        return [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return None


def _spaced_texts(line: str) -> list[str]:
    """The texts of `spaced_cells(line)`, without working out positions when no word on the
    line is set out with spaces (most lines)."""
    texts = [c.strip() for c in _SPACES_RE.split(line)]
    if len(texts) > 2 and any(len(t) == 1 for t in texts):
        return [cell.text for cell in spaced_cells(line)]
    return texts


@dataclass(frozen=True, slots=True)
class Spaced:
    """A cell set apart by spaces, with where it starts and ends on the line in display
    columns (a Chinese character is two wide, as a PDF-to-text tool lays it out)."""

    text: str
    start: int
    end: int


_WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def _width(text: str) -> int:
    return len(text) + len(_WIDE_RE.findall(text))


def spaced_cells(line: str) -> list[Spaced]:
    """A line's cells set apart by two or more spaces or a full-width space."""
    cells = []
    start = column = 0
    for gap in _SPACES_RE.finditer(line):
        text = line[start : gap.start()]
        cells.append(Spaced(text.strip(), column, column + _width(text)))
        column += _width(text) + _width(gap.group())
        start = gap.end()
    text = line[start:]
    cells.append(Spaced(text.strip(), column, column + _width(text)))
    if len(cells) > 2 and any(len(c.text) == 1 for c in cells):
        return _spaced_words(cells)
    return cells


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LAST_OF_LABEL_RE = re.compile(r"[\u4e00-\u9fff][:：(（]")
_WORD_GAP = 1.5
"""A spaced word's gaps are even: a gap wider than this many times the narrowest ends it."""


def _spaced_words(cells: list[Spaced]) -> list[Spaced]:
    """Words set out with spaces to fill a column (网  站  名  称, 填  报  人：张三,
    维  护  数  量(单位:个)) as one cell: lone Chinese characters evenly spaced are one
    word (a wider gap starts another: 无 | 信 息 发 布 …), with the cell they run into when
    it opens with the word's last character and a colon or a bracket; one lone character
    right before such a cell joins it too (审  核：)."""
    out: list[Spaced] = []
    i = 0
    while i < len(cells):
        if not _lone_han(cells[i]):
            out.append(cells[i])
            i += 1
            continue
        j = i
        while j + 1 < len(cells) and _lone_han(cells[j + 1]):
            j += 1
        after = cells[j + 1] if j + 1 < len(cells) else None
        if after is not None and _LAST_OF_LABEL_RE.match(after.text) is None:
            after = None
        words, took = _words(cells[i : j + 1], after)
        out += words
        i = j + 1 + took
    return out


def _lone_han(cell: Spaced) -> bool:
    return len(cell.text) == 1 and _HAN_RE.match(cell.text) is not None


def _words(run: list[Spaced], after: Spaced | None) -> tuple[list[Spaced], int]:
    """A run of lone characters cut where a gap is wider than the narrowest one (by more
    than _WORD_GAP): groups of two or more are words; the last group takes `after` (the
    cell finishing it) when no wider gap lies before that. Returns the cells and whether
    `after` was taken."""
    gaps = [b.start - a.end for a, b in itertools.pairwise(run)]
    if after is not None:
        gaps.append(after.start - run[-1].end)
    narrow = min(gaps, default=0)
    groups: list[list[Spaced]] = [[run[0]]]
    for cell, gap in zip(run[1:], gaps, strict=False):
        if gap > _WORD_GAP * narrow:
            groups.append([])
        groups[-1].append(cell)
    out = [
        Spaced("".join(c.text for c in g), g[0].start, g[-1].end) if len(g) > 1 else g[0]
        for g in groups
    ]
    if after is None or (len(run) > 1 and gaps[-1] > _WORD_GAP * narrow):
        return out, 0
    last = out.pop()
    return [*out, Spaced(last.text + after.text, last.start, after.end)], 1


def _clean(line: str) -> str:
    """Markdown and HTML remnants off; tick boxes as ☑/☐."""
    line = _MD_HEADING_RE.sub("", line[:MAX_LINE_CHARS])
    if "**" in line or "__" in line:
        line = _MD_EMPHASIS_RE.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    if "<" in line:
        line = _BR_RE.sub(" ", line)
    return canonical_ticks(line)


def document_from_text(text: str) -> Document:
    doc = Document(format="text")
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise TooLargeError(f"文本超过 {MAX_LINES:,} 行，不是一份报表。")
    above: tuple[str, int] | None = None  # the last spaced line, and its count of cells
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped or ("-" in stripped and _MD_SEPARATOR_RE.match(stripped)):
            continue
        line = _clean(raw)
        delimited = _delimited(line)
        if delimited is not None:
            above = None
            cells = tuple(Cell(text, col) for col, text in enumerate(delimited))
        else:
            cleaned = line.strip()
            texts = _spaced_texts(cleaned)
            cols: Iterable[int] = range(len(texts))
            if above is not None and len(texts) < above[1]:
                cols = _aligned(spaced_cells(cleaned), spaced_cells(above[0]))
            cells = tuple(Cell(text, col) for text, col in zip(texts, cols, strict=True))
            above = (cleaned, len(texts))
        doc.rows.append(Row(cells, where=f"第 {number} 行"))
    return doc


def _aligned(cells: list[Spaced], above: list[Spaced]) -> Iterable[int]:
    """Column numbers of a row with fewer cells than the line above (values under labels
    set abreast, one left empty): the columns it stands in, each column reaching from the
    start of a cell above to the start of the next."""
    starts = [c.start for c in above]
    cols = [max(0, bisect.bisect_right(starts, c.start + 1) - 1) for c in cells]
    if any(b <= a for a, b in itertools.pairwise(cols)):
        return range(len(cells))
    return cols
