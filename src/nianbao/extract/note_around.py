"""A text of two lines centred on its label's one, in text of one line a row's height
(pdfplumber without layout): its first line above the label, its last below.

Such text writes a row's cells by height: 提供政策智能匹配与免申即享服 | 其他（注明） | 务.
The walk reads the line below the label as the whole text. When a text field's one
reading is the line right under its label, shorter than the text nothing took that ends
the line right above the label, that text is the reading's head.
"""

from __future__ import annotations

import dataclasses

from nianbao.extract.leftover import label_rows
from nianbao.extract.placement import Placement
from nianbao.extract.prose import LONG_LINE, PROSE_RE, SENTENCE_ENDS, full_lines, joined
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import CJK_RE, Token

_TYPES = frozenset({"str"})


def take_note_around(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    texts = {
        f.key
        for f in form.fields
        if f.type in _TYPES and not f.identifier and len(match.candidates.get(f.key, ())) == 1
    }
    if not texts:
        return
    labels = label_rows(walk, walked, texts)
    for key, row in labels.items():
        c = match.candidates[key][0]
        if row < 1 or c.row not in (row, row + 1) or walk.rows[c.row][0].cell.bbox is not None:
            continue  # laid out, `wraps.centred`'s
        above = walk.rows[row - 1]
        head = above[-1] if above else None
        if (
            head is None
            or head.used
            or head.cell.copy
            or head.piece.kind != "value"
            or head.piece.ticks
            or CJK_RE.search(head.piece.text) is None
        ):
            continue
        if c.row == row + 1 and len(head.piece.text) <= len(c.raw):
            continue
        if c.row == row and not _cut_prose(head.piece.text, walk.rows[row], c.raw):
            continue  # most texts: beside their label, whole
        head.used = True
        match.candidates[key] = [dataclasses.replace(c, raw=joined(head.piece.text, c.raw))]


def _cut_prose(text: str, line: list[Token], raw: str) -> bool:
    """Whether `text`, the line above a label with its text `raw` beginning beside it, is
    that text's head: prose its cell's width cut as it cut the text's line beside the
    label, no sentence's end (…“湛江市”政务服务小程 | 其他 序，累计访问 133 万次；…)."""
    beside = " ".join(t.piece.text for t in line if t.piece.kind != "label").strip()
    text = text.strip()
    if len(text) < LONG_LINE or text.endswith(SENTENCE_ENDS) or not PROSE_RE.search(text):
        return False
    if not beside or not raw.startswith(beside):
        return False
    rest = raw[len(beside) :].strip()
    # The line beside the label full too: a short text there is whole (负责人：陈艳).
    return full_lines([text, beside, rest] if rest else [text, beside], last=bool(rest))
