"""Cells a converter ran together with one blank where a column starts.

Laid out by characters (pdftotext -layout), a cell whose text fills its column leaves a
single blank before the next column's text (£无障碍浏 提供政策智能匹配…: the options, then
the note beside them; 宜兴市生态环境局（宜兴市 ¨政府门户网站: a name, then the site type's
options). One blank never parts cells elsewhere, but the line above or below, where the
columns' texts are shorter, shows the next column starting right after that blank (览
£千人千网 R其他         区，提供…). Cut there, each text is a cell of its own."""

from __future__ import annotations

from nianbao.display import wide_chars
from nianbao.readers.marks import TICKED, UNTICKED
from nianbao.readers.spaced import Spaced

Line = tuple[int, list[str] | None, list[Spaced]]

_TICKS = TICKED + UNTICKED


def columns_apart(lines: list[Line]) -> list[Line]:
    """`lines` with each cell cut at a blank right before where a cell of the line above or
    below (on the next or the previous line of the text) starts past a gap."""
    out = list(lines)
    for k, (number, delimited, cells) in enumerate(lines):
        if delimited is not None or not any(" " in c.text for c in cells):
            continue
        starts = _starts(lines, k - 1, number - 1) | _starts(lines, k + 1, number + 1)
        if not starts:
            continue
        cut = [piece for cell in cells for piece in _cut(cell, starts)]
        if len(cut) > len(cells):
            out[k] = (number, None, cut)
    return out


def _starts(lines: list[Line], k: int, number: int) -> set[int]:
    """Where the cells past the first of lines[k] start, when it is text line `number`."""
    if not 0 <= k < len(lines) or lines[k][0] != number or lines[k][1] is not None:
        return set()
    return {c.at for c in lines[k][2][1:]}


def _cut(cell: Spaced, starts: set[int]) -> list[Spaced]:
    """`cell` in pieces at each lone blank right before one of `starts`; options go on
    past a blank before a box (☐是 ☑否 stay one cell)."""
    pieces = []
    text, at, start = cell.text, cell.at, cell.start
    k = 0
    for j, char in enumerate(text):
        if char != " " or j == 0 or at + j + 1 not in starts or j + 1 >= len(text):
            continue
        head, rest = text[k:j], text[j + 1 :]
        if not _words_apart(head, rest):
            continue
        end = start + len(head) + wide_chars(head)
        pieces.append(Spaced(head, start, end, at + k, at + j))
        start = end + 1
        k = j + 1
    if not pieces:
        return [cell]
    pieces.append(Spaced(text[k:], start, cell.end, at + k, cell.to))
    return pieces


_WORD = 3
"""Characters of the words either side of such a blank at the least: shorter, the blank
is a word's set out with spaces (主 办 单 位), a unit's (信息发布量 条) or a number's (34 959)."""


def _words_apart(head: str, rest: str) -> bool:
    """Whether the blank between `head` and `rest` can part two cells: words of some
    length either side, no options going on (☐是 ☑否), no digits either side, and each
    side one text or a list of options: words one blank apart that are no options are
    a line set out without columns (网站名称 首页网址 主办单位 网站类型), where one blank
    parts everything."""
    last, first = head.rsplit(" ", 1)[-1], rest.split(" ", 1)[0]
    if len(last) < _WORD or len(first) < _WORD or last[-1].isdigit() or first[0].isdigit():
        return False
    if first[0] in _TICKS and any(t in head for t in _TICKS):
        return False
    return _one_text(head) and _one_text(rest)


def _one_text(text: str) -> bool:
    """Whether each blank in `text` comes before a box (☐搜索即服务 ☐多语言版本)."""
    return all(word[0] in _TICKS for word in text.split(" ")[1:] if word)
