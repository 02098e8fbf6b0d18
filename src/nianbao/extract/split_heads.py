"""A label's words that a converter's stray blank split, put back together.

Text of one space between cells (pdfplumber, pypdfium2) writes a gap between two
characters of a label as a blank too (信息公 开目录信息更新, 是否明确 网站安全责任,
可全程 在线办理政务): the label, and its head cut by the cell's width, then read as words
that are no label. Two words of Chinese characters one blank apart are one when together
they begin a field's label and the second begins none: cells abreast each begin their own
label (政务动态信息更 信息公), and a value's words begin none. Labels set out a character
at a time (信 息 发 布) are left as they are: the walk reads those.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.document import Document, Row
from nianbao.extract.labels import LabelIndex

_PAIR_RE = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
"""Two Chinese characters one blank apart: the only lines worth a look."""
_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
_AMONG = 3
"""Words a line holds at least for its split labels to be joined: among other cells'."""


def join_split_heads(doc: Document, index: LabelIndex) -> Document:
    """`doc` with the words of labels a blank split joined (text without positions only:
    laid-out text keeps its cells)."""
    if doc.format != "text":
        return doc
    starts = _starts(index)
    rows = list(doc.rows)
    changed = False
    for r, row in enumerate(rows):
        if len(row.cells) != 1:
            continue  # cells set apart by tabs or wide gaps: each its own
        cell = row.cells[0]
        if cell.bbox is not None or cell.copy or _PAIR_RE.search(cell.text) is None:
            continue
        text = _joined(cell.text, starts)
        if text != cell.text:
            rows[r] = Row((dataclasses.replace(cell, text=text),), row.where, row.page, row.block)
            changed = True
    return dataclasses.replace(doc, rows=rows) if changed else doc


def _joined(text: str, starts: frozenset[str]) -> str:
    words = text.split(" ")
    if len(words) < _AMONG:
        return text  # a head alone on its line: the walk joins its lines as they are
    out = [words[0]]
    for word in words[1:]:
        last = out[-1]
        second = _WORD_RE.match(word)
        if (
            _WORD_RE.fullmatch(last)
            and len(last) > 1
            and second is not None
            and len(second[0]) > 1
            and _begins(last + word, starts)
            and not _begins(word, starts)
        ):
            out[-1] = last + word
        else:
            out.append(word)
    return " ".join(out)


def _begins(text: str, starts: frozenset[str]) -> bool:
    """Whether the text's Chinese opening begins a field's label (or is one)."""
    head = _WORD_RE.match(text)
    return head is not None and head[0] in starts


@cache
def _starts(index: LabelIndex) -> frozenset[str]:
    """Every opening of two or more characters of a field's label, the whole included."""
    return frozenset(k[:n] for k in index.fields for n in range(2, len(k) + 1))
