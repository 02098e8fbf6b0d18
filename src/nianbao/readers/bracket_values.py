"""A form typed with each value in 【】 after its label (网站名称：【某局网站】, 总数【2932】，
概况类信息更新量【8】…, a template's blanks filled in): the values as cells of their own,
the words between them (labels, units, a clause's comma) as cells too, so that labels run
into each other's values on one line read apart."""

from __future__ import annotations

import re

MIN_VALUES, MIN_FIGURES = 8, 5
"""Bracketed values a text needs, and figures among them, to be such a form: fewer are a
page's own links (【打印本页】【关闭窗口】) or a heading's brackets."""

_VALUE_RE = re.compile(r"【([^【】]*)】")
_MARK_RE = re.compile(r"\s*[√✓✔☑■xX]?\s*")
"""A bracket holding a tick or nothing: a box (marks.py reads it), no value."""
_FIGURE_RE = re.compile(r"\s*\d[\d,，.]*\s*")
_APART_RE = re.compile(r"[，,；;、。\s\u3000]+")
"""What parts the words between two values: a clause's punctuation, blanks."""


def bracket_form(lines: list[str]) -> bool:
    values = [m[1] for line in lines for m in _VALUE_RE.finditer(line) if _is_value(m[1])]
    figures = sum(_FIGURE_RE.fullmatch(v) is not None for v in values)
    return len(values) >= MIN_VALUES and figures >= MIN_FIGURES


def bracket_cells(line: str) -> str:
    """The line with each bracketed value a tab-separated cell, the words around it parted
    at their punctuation; a value inside a word (（【2023】年度）) only unbracketed."""
    if "【" not in line:
        return line
    cells: list[str] = []
    words = ""
    end = 0
    for found in _VALUE_RE.finditer(line):
        before, after = line[found.start() - 1 : found.start()], line[found.end() : found.end() + 1]
        blank = not found[1].strip() and not after.isalpha()  # 其他【】: left blank, no box
        if not blank and not _is_value(found[1]):
            continue
        words += line[end : found.start()]
        end = found.end()
        if (not before or before in "（(") and after.isalpha():
            words += found[1]  # part of the word it stands in: the title's year
            continue
        cells += _APART_RE.split(words.strip())
        cells.append("/" if blank else found[1].strip())
        words = ""
    if not cells:
        return words + line[end:]  # no value's cell: boxes (【√】是 【】否), a title's year
    cells += _APART_RE.split((words + line[end:]).strip())
    return "\t".join(cell for cell in cells if cell)


def _is_value(text: str) -> bool:
    return _MARK_RE.fullmatch(text) is None
