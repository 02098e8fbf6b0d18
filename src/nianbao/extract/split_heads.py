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

from nianbao.extract import columns
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex

_PAIR_RE = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
"""Two Chinese characters one blank apart: the only lines worth a look."""
_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
_AMONG = 3
"""Words a line holds at least for its split labels to be joined: among other cells'."""


def join_split_heads(doc: Document, index: LabelIndex) -> Document:
    """`doc` with the words of labels a blank split joined; laid out, two cells abreast
    that are one line of a label wrapped in its column (`_laid_out`)."""
    if doc.format != "text":
        return doc
    starts = _starts(index)
    rows = list(doc.rows)
    changed = False
    for r, row in enumerate(rows):
        if len(row.cells) > 1 and row.page is None and row.cells[0].bbox is not None:
            cells = _laid_out(rows, r, starts)
            if cells is not None:
                rows[r] = Row(cells, row.where, row.page, row.block)
                changed = True
            continue
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


_GAP = 3
"""Columns at most between two cells of one label's line a converter set apart."""


def _laid_out(rows: list[Row], r: int, starts: frozenset[str]) -> tuple[Cell, ...] | None:
    """Row r's cells, laid out, with two cells abreast joined when they are one line of a
    label wrapped in its column: with the line above from their left edge they begin a
    field's label, the second alone begins none (可全程在线办理政务 | 服务  事项数量(单位:
    8 | 项)), or so without a line above (信息公  开目录信息更新量); None when there are none."""
    cells = list(rows[r].cells)
    changed = False
    k = 0
    while k + 1 < len(cells):
        first, second = cells[k], cells[k + 1]
        a, b = first.bbox, second.bbox
        if a is None or b is None or b[0] - a[2] > _GAP or first.copy or second.copy:
            k += 1
            continue
        # Words, the label's Chinese running on from the first into the second, two
        # characters at least (not a count's unit: 理政务服务事   项 190 | 项数量).
        second_word = _WORD_RE.match(second.text.strip())
        words = _WORD_RE.fullmatch(first.text.strip()) and second_word and len(second_word[0]) > 1
        above = _head_above(rows, r, first) if words else ""
        # Or the label begins on its line, a stray gap in it (信息公  开目录信息更新量(单位:).
        if (
            words
            and not _begins(second.text, starts)
            and any(
                _runs_on(head, first.text.strip(), second.text.strip(), starts)
                for head in ((above, "") if above else ("",))
            )
        ):
            box = (a[0], min(a[1], b[1]), b[2], max(a[3], b[3]))
            cells[k : k + 2] = [dataclasses.replace(first, text=first.text + second.text, bbox=box)]
            changed = True
        else:
            k += 1
    return tuple(cells) if changed else None


def _runs_on(head: str, first: str, second: str, starts: frozenset[str]) -> bool:
    """Whether the label `head` and `first` begin runs on into `second`."""
    opening = _WORD_RE.match(head + first + second)
    return opening is not None and opening.end() > len(head + first) and _begins(opening[0], starts)


def _head_above(rows: list[Row], r: int, below: Cell) -> str:
    """The text from `below`'s left edge on one of the two lines above row r, if any."""
    for q in (r - 1, r - 2):
        if q < 0:
            break
        for cell in rows[q].cells:
            if not cell.copy and columns.starts_with(cell, below):
                return cell.text.strip()
    return ""


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
