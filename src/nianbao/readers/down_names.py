"""Names laid out in narrow columns whose characters the line's cells would join wrongly.

A group's name set down its own column one character a line (pdftotext -layout): where
the next column's text fills its cell, one space parts the two (办 可全程在线办理政务服务事项数
| 事 量   项 421项 | 服 | 务 办件量). Cut so, each character is a cell of its own, as on the
lines it stands alone; so too where the line's cells joined it to a word a gap after it
(微    量(单位:). And two names' last characters in two columns a few blanks apart
(创新发    创新发 | 展      展: not one word set out with spaces, 展展)."""

from __future__ import annotations

import re

from nianbao.display import wide_chars
from nianbao.readers.spaced import Spaced

_RUN_ON_RE = re.compile(r"([\u4e00-\u9fff]) (?! )(\S(?! ).*)")
"""A Chinese character, one space, and text that is not a word set out with spaces."""
_LONE_RE = re.compile(r"[\u4e00-\u9fff]")

Line = tuple[int, list[str] | None, list[Spaced]]


def names_apart(lines: list[Line]) -> list[Line]:
    """`lines` with each run-on first cell of a column of characters cut in two: a run
    of two or more lines whose first cells start at one place, each a lone character or
    one run on, at least one alone."""
    out = list(lines)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and _down(out[end], out[k]):
            end += 1
        run = out[k:end]
        if len(run) > 1 and any(_LONE_RE.fullmatch(line[2][0].text) for line in run):
            for q in range(k, end):
                number, delimited, cells = out[q]
                out[q] = (number, delimited, [*_cut(cells[0]), *cells[1:]])
        k = max(end, k + 1)
    return out


def _down(line: Line, first: Line) -> bool:
    """Whether a line's first cell is a lone character or one run on, where the run's first
    line's first cell starts."""
    _, delimited, cells = line
    if delimited is not None or not cells or not first[2] or cells[0].at != first[2][0].at:
        return False
    text = cells[0].text
    return (
        _LONE_RE.fullmatch(text) is not None
        or _RUN_ON_RE.fullmatch(text) is not None
        or _joined_on(cells[0])
    )


def _joined_on(cell: Spaced) -> bool:
    """Whether a cell is a character the line's cells joined to the text a gap after it,
    as a word set out with spaces (微    量(单位: read as 微量(单位:)."""
    text = cell.text
    return (
        _JOINED_ON_RE.fullmatch(text) is not None and cell.to - cell.at - len(text) >= _JOINED_GAP
    )


_JOINED_ON_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff][:：(（][^ ]*")
"""A character, then a label's last character before its unit or colon (量(单位:): what the
line's cells join a lone character to (审  核：李四)."""
_JOINED_GAP = 3
"""Blanks at least between the character and the word: wider than a word set out's."""


def _cut(cell: Spaced) -> list[Spaced]:
    found = _RUN_ON_RE.fullmatch(cell.text)
    if found is None and _joined_on(cell):
        rest = cell.text[1:]
        return [
            Spaced(cell.text[0], cell.start, cell.start + 2, cell.at, cell.at + 1),
            Spaced(
                rest,
                cell.end - len(rest) - wide_chars(rest),
                cell.end,
                cell.to - len(rest),
                cell.to,
            ),
        ]
    if found is None:
        return [cell]
    rest = found.group(2)
    # The character is two display columns wide; the space one.
    return [
        Spaced(found.group(1), cell.start, cell.start + 2, cell.at, cell.at + 1),
        Spaced(rest, cell.start + 3, cell.end, cell.at + 2, cell.to),
    ]


_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
_NEAR = 1
"""Columns a character may stand off the start of the cell above it."""


def pairs_apart(lines: list[Line]) -> list[Line]:
    """`lines` with each cell of two characters set apart cut in two where each stands
    under the start of a cell of the line before (columns counted either way)."""
    out: list[Line] = []
    above: list[Spaced] = []
    for number, delimited, line in lines:
        cells = line
        if above and any(_PAIR_RE.fullmatch(c.text) and c.to - c.at > 2 for c in line):
            cells = [part for c in line for part in _pair_apart(c, above)]
        out.append((number, delimited, cells))
        if delimited is None and cells:
            above = cells
    return out


def _pair_apart(cell: Spaced, above: list[Spaced]) -> list[Spaced]:
    if _PAIR_RE.fullmatch(cell.text) is None or cell.to - cell.at <= 2:
        return [cell]
    first = Spaced(cell.text[0], cell.start, cell.start + 2, cell.at, cell.at + 1)
    last = Spaced(cell.text[1], cell.end - 2, cell.end, cell.to - 1, cell.to)
    if not (_starts_above(first, above) and _starts_above(last, above)):
        return [cell]
    return [first, last]


def _starts_above(cell: Spaced, above: list[Spaced]) -> bool:
    return any(abs(c.start - cell.start) <= _NEAR or abs(c.at - cell.at) <= _NEAR for c in above)
