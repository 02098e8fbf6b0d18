"""Text of one line a row, one space between cells (pdfplumber, pypdfium2 without their
layout): a choice's label and its note's label abreast on a line of their own, the options
and the note each wrapped around that line, so that the line above holds the options'
first part and the note's, the line below the rests of both (☐搜索即服务 ☑多语言版本 ☐无障
提供政策智能匹配与免申即享 | 创新发展 其他说明 | 碍浏览 ☑千人千网 ☑其他 服务), or both
lines under the labels' line. The walk reads those lines whole, as one field's; this reads
them as the two fields'."""

from __future__ import annotations

import re
from collections.abc import Callable

from nianbao.extract.notes import note_fields
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.prose import joined
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

# The options up to the last box's name, then (after a blank) a text with no box.
_SPLIT_RE = re.compile(rf"(.*[{TICKS}]\s*[^\s{TICKS}]+)(?:\s+([^{TICKS}]+))?")


def deal_options_abreast(walk: Placement, match: Match, walked: int) -> None:
    for r in range(1, walked - 1):
        pair = _labels(walk, r)
        if pair is None:
            continue
        choice, note = pair
        above, below = _line(walk, r - 1), _line(walk, r + 1)
        if above is None or below is None:
            # Or both under the labels, the next line the table's next row's (创新发展 其他
            # （注明） | ☐搜索即服务 … ☐无障碍浏 提供…提供大 | 览 ☑千人千网 ☑其他 字版…).
            above, below = below, _line(walk, r + 2)
            if not _row_after(walk, r + 3):
                continue
        if above is None or below is None:
            continue
        heads, rests = _SPLIT_RE.fullmatch(above[1]), _SPLIT_RE.fullmatch(below[1])
        if heads is None or rests is None:
            continue  # the line below must finish the options
        head, text = _lone_box(choice, heads[1], heads[2] or "")
        options = _options(head, rests[1])
        rest = rests[2] or ""
        if not readable(choice, options) or not text:
            continue
        # What the walk read there took those lines whole (the lines hold nothing else).
        match.drop(_read_on((above[0][0].row, below[0][0].row)))
        first = above[0][0]
        place = (first.row, first.cell)
        match.add(Candidate.at(walk.doc, choice, options, place, 0.85))
        note_text = joined(text, rest) if rest else text
        match.add(Candidate.at(walk.doc, note, note_text, place, 0.85))
        match.seen.update((choice.key, note.key))


def _read_on(rows: tuple[int, ...]) -> Callable[[Candidate], bool]:
    return lambda c: c.row in rows


def _labels(walk: Placement, r: int) -> tuple[Field, Field] | None:
    """A line of just a choice's label and its note's (创新发展 其他说明)."""
    tokens = walk.rows[r]
    if len(tokens) != 2 or tokens[0].cell.bbox is not None or walk.doc.format != "text":
        return None
    fields = []
    for token in tokens:
        hit = token.piece.hit
        if token.piece.kind != "label" or hit is None or len(hit.fields) != 1:
            return None
        fields.append(hit.fields[0])
    choice, note = fields
    if note not in note_fields(walk.index.form, choice):
        return None
    return choice, note


def _row_after(walk: Placement, r: int) -> bool:
    """Whether line r opens with a label (or the text ends before it)."""
    return r >= len(walk.rows) or not walk.rows[r] or walk.rows[r][0].piece.kind == "label"


def _line(walk: Placement, r: int) -> tuple[list[Token], str] | None:
    """A line of values only, with boxes: its tokens and its text."""
    if r >= len(walk.rows):
        return None  # the labels end the text, their options above
    tokens = walk.rows[r]
    if not tokens or any(t.piece.kind != "value" or t.cell.copy for t in tokens):
        return None
    return tokens, " ".join(t.piece.text for t in tokens)


_LAST_NAME_RE = re.compile(rf"([{TICKS}])\s+([^\s{TICKS}]+)$")


def _lone_box(choice: Field, options: str, text: str) -> tuple[str, str]:
    """The options and the note's text, the last box standing apart from what follows it
    when that begins no option's name: the note's text, the box's name opening the next
    line (☑无障碍浏览 ☐ 提供政策… | 千人千网 ☑其他)."""
    last = _LAST_NAME_RE.search(options)
    if last is None:
        return options, text
    word = last[2]
    names = [name for c in choice.choices for name in c.labels]
    if any(name.startswith(word) or word.startswith(name) for name in names):
        return options, text
    return options[: last.end(1)], joined(word, text) if text else word


def _options(head: str, rest: str) -> str:
    """Options wrapped over two lines: a name cut by the line end goes on (☐无障 | 碍浏览)."""
    return head + rest if rest[:1] not in TICKS else f"{head} {rest}"
