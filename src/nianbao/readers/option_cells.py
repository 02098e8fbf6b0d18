"""Laid-out text: cells a converter left one space apart where a cell's text fills its
column, told by the columns of the lines above (a name's first line and the next column's
options; options and the next column's note)."""

from __future__ import annotations

import re

from nianbao.display import wide_chars
from nianbao.readers.marks import TICKED, UNTICKED
from nianbao.readers.spaced import Spaced

_OPTIONS_AFTER_RE = re.compile(
    f"([^{TICKED}{UNTICKED}]*[\\u4e00-\\u9fff）)])[ \\xa0](?=[{TICKED}{UNTICKED}][\\u4e00-\\u9fff])"
)
"""A text with no box, one space, and a list of options."""
_NOTE_AFTER_RE = re.compile(
    f"(.*[{TICKED}{UNTICKED}][^{TICKED}{UNTICKED}\\s]*)[ \\xa0]"
    f"(?=[\\u4e00-\\u9fff][^{TICKED}{UNTICKED}]*$)"
)
"""A list of options, one space, and a text with no box to the end."""
_TICKS_RE = re.compile(f"[{TICKED}{UNTICKED}]")
_NEAR = 2
"""Columns a converter may set a cell's start off its column's."""


def options_apart(
    lines: list[tuple[int, list[str] | None, list[Spaced]]],
) -> list[tuple[int, list[str] | None, list[Spaced]]]:
    """Cells cut in two where a list of options starts one space after a text, where a cell
    of one of the two lines before starts (columns counted either way): laid out, a
    converter leaves one space when a cell's text fills its column (网站类型 over 某局人力资
    源和社会 ☐政府门户网站 ☑部: a name's first line, and the next column's options); and
    where a text follows a list of options so under another column's label."""
    out = []
    before: list[list[Spaced]] = [[], []]
    for number, delimited, cells in lines:
        above = before[0] + before[1]
        parts = cells
        if any(_OPTIONS_AFTER_RE.match(c.text) for c in cells):
            parts = [part for c in cells for part in _cut_before_options(c, above)]
        if any(_NOTE_AFTER_RE.match(c.text) for c in parts):
            parts = [part for c in parts for part in _cut_before_note(c, above)]
        out.append((number, delimited, parts))
        before = [before[1], parts]
    return out


def _cut_before_options(cell: Spaced, above: list[Spaced]) -> list[Spaced]:
    found = _OPTIONS_AFTER_RE.match(cell.text)
    if found is None:
        return [cell]
    head, k = found.group(1), found.end()
    start, at = _place(cell, k)
    if any(
        (abs(c.start - cell.start) <= _NEAR or abs(c.at - cell.at) <= _NEAR)
        and _TICKS_RE.search(c.text)
        for c in above
    ):
        return [cell]  # the options' rest under their first line (☐多语言版本 ☑ | 无障碍浏览 ☐…)
    if not any(
        (c.start > cell.start and abs(c.start - start) <= _NEAR)
        or (c.at > cell.at and abs(c.at - at) <= _NEAR)
        for c in above
    ) and not _over_options(cell, start, above):
        return [cell]
    return _split(cell, head, k)


def _over_options(cell: Spaced, start: int, above: list[Spaced]) -> bool:
    """Whether a cell of the lines above starts over the options (a label centred over its
    column: 主办单位  网站类型 over 溪湖区住房和城乡建设 ☐政府门户网站 ☑部门网站 ☐专), no cell
    there running over their start (政府网站标识码 over 创新发展 ☐搜索即服务: one cell)."""
    over = any(start - _NEAR <= c.start < cell.end for c in above if c.start > cell.start)
    return over and not any(c.start < start < c.end for c in above)


def _cut_before_note(cell: Spaced, above: list[Spaced]) -> list[Spaced]:
    """A list of options and, one space after, the next column's text standing under that
    column's label (创新发展  其他（注明） over ☐无障碍浏览 ☐千人千 提供政策智能匹配…), not
    an option's note written on in its cell (☑其他 提供…: nothing starts over it)."""
    found = _NOTE_AFTER_RE.match(cell.text)
    if found is None:
        return [cell]
    head, k = found.group(1), found.end()
    start, at = _place(cell, k)
    labelled = any(
        c.start > cell.start
        and (abs(c.start - start) <= _NEAR or abs(c.at - at) <= _NEAR)
        and not _TICKS_RE.search(c.text)
        for c in above
    )
    if not labelled or any(c.start < start < c.end for c in above):
        return [cell]
    return _split(cell, head, k)


def _place(cell: Spaced, k: int) -> tuple[int, int]:
    """Where the text from `cell.text[k]` on starts: (display column, character column)."""
    return cell.start + k + wide_chars(cell.text[:k]), cell.at + k


def _split(cell: Spaced, head: str, k: int) -> list[Spaced]:
    """`cell` as two cells: `head`, and its text from `k` on."""
    start, at = _place(cell, k)
    end = cell.start + len(head) + wide_chars(head)
    return [
        Spaced(head, cell.start, end, cell.at, cell.at + len(head)),
        Spaced(cell.text[k:], start, cell.end, at, cell.to),
    ]
