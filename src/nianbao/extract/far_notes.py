"""A ticked option's note that a converter's reading order set apart from its options.

pdftotext without -layout may write the note's cell (其他（注明）'s text) as a block of its
own after the signature lines below the options (☑其他 | 其他（注明） | 单位负责人：… |
审核人：… | 提供政策智能匹配与免申即享服务 | 填报人：…). When the list of options was read
with a ticked option and no note, the note field's label was read without a value, and
exactly one paragraph of free text that nothing took stands in the lines after the options
before the instructions, that paragraph is the note. A paragraph is a line of words alone
on its line, and the lines after it while the one before fills a note's line, or the next
is a short last line of the same block of text (提供政策智能匹配与免申即享 | 服务).
"""

from __future__ import annotations

from nianbao.extract.labels import normalize_label
from nianbao.extract.leftover import blank_choices, put_note
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import FOOTNOTE_RE, Match
from nianbao.extract.tokens import CJK_RE, Token

_FAR = 16
"""Lines after the options searched for the note."""
_NOTE = 6
"""Characters a paragraph's first line needs: fewer is a name or a cut word (日)."""
_FULL = 15
"""Characters a line needs for the paragraph to go on over the next: a wrapped note's
lines but its last fill the cell's width."""
_TAIL = 4
"""Characters of a note's last line that a narrower cell wrapped (服务), in the block of
the line before (no blank line between: pdftotext without -layout)."""


def take_far_notes(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for _, found, notes in blank_choices(walk, match):
        if len(notes) != 1 or notes[0].key not in match.seen:
            continue
        paragraphs = _paragraphs(walk, found.row + 1, min(walked, found.row + _FAR))
        if len(paragraphs) == 1:
            put_note(walk, match, notes[0], paragraphs[0], 0.5)


def _paragraphs(walk: Placement, start: int, stop: int) -> list[list[Token]]:
    """The paragraphs of free text in rows start..stop-1, up to the instructions."""
    rows = walk.doc.rows
    blocks = any(row.blank_before for row in rows)  # text that parts its blocks by blanks
    out: list[list[Token]] = []
    going_on = tail = False
    for r in range(start, stop):
        line = walk.rows[r]
        if tail and len(line) == 1 and line[0].free and CJK_RE.search(line[0].piece.text):
            out[-1].append(line[0])  # the block's short last line, whatever its words
            going_on = tail = False
            if r in walk.rows.ending:
                break
            continue
        token = line[0] if len(line) == 1 and _words(walk, line[0]) else None
        if token is None:
            going_on = False
        elif going_on:
            out[-1].append(token)
        elif len(normalize_label(token.piece.text)) >= _NOTE:
            out.append([token])
        going_on = token is not None and len(normalize_label(token.piece.text)) >= _FULL
        tail = bool(out) and out[-1][-1] is token and not going_on
        tail = tail and _block_goes_on(walk, r, blocks)
        if r in walk.rows.ending:
            break
    return out


def _block_goes_on(walk: Placement, r: int, blocks: bool) -> bool:
    """Whether text parting its blocks by blank lines goes on in line r's block with a
    short last line (提供政策智能匹配与免申即享 | 服务: a narrow cell's note)."""
    rows = walk.doc.rows
    if not blocks or r + 1 >= len(rows) or rows[r + 1].blank_before:
        return False
    return len(normalize_label(rows[r + 1].cells[0].text if rows[r + 1].cells else "")) <= _TAIL


def _words(walk: Placement, token: Token) -> bool:
    text = token.piece.text
    return (
        token.free
        and CJK_RE.search(text) is not None
        and FOOTNOTE_RE.match(text) is None
        and normalize_label(text) not in walk.index.heads
    )
