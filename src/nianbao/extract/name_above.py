"""A text set before its label in reading order: its cell, taller than the label's and
centred with it, starts higher (pdftotext without -layout: 金山区人民政府门户网站（挂…发展管
| 理局牌子） | 网站名称 | 首页网址 | https://…).

A text field the walk read without a value, its label alone on its line, takes the lines
right above it when each holds one free value of words (Chinese, no digit, no box), the
line before them none such (a label, a value read), each but the last leaving a bracket
open or a line of prose its cell's width cut (not lines of names, each whole; prose may
hold digits, and its last word read as a unit: 粉丝 85577 | 人), and they join into one
text with its brackets closed that names no label; with its last characters when they
stand alone after the label and the lone labels following it, or with the line after
the label when its prose goes on there. Text only.
"""

from __future__ import annotations

from itertools import pairwise

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.kinds import DIGIT_RE
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.prose import GOES_ON, LONG_LINE, PROSE_RE, joined
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import CJK_RE, Token

_LINES = 3
"""Lines a text's cell may wrap over above its label."""
_TAIL = 3
"""Characters of a text's end its cell's last line may hold alone (局)."""


def take_name_above(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for r in range(1, walked):
        tokens = walk.rows[r]
        if len(tokens) != 1 or tokens[0].piece.kind != "label" or tokens[0].field is None:
            continue
        f = tokens[0].field
        if f.type != "str" or f.identifier or match.candidates.get(f.key):
            continue
        lines = _above(walk, r)
        if not lines:
            continue
        text = lines[0].piece.text.strip()
        for before, token in pairwise(lines):
            # Lines of one text: a bracket open, or a line of prose its cell's width cut.
            long = len(before.piece.text.strip()) >= LONG_LINE
            if not unclosed_bracket(text) and not long:
                break  # lines of names, each whole (某县人民政府办公室 | 某县融媒体中心)
            text = joined(text, token.piece.text.strip())
        else:
            tail = _tail(walk, match, r, walked)
            if tail is not None:
                lines.append(tail)
                text = joined(text, tail.piece.text.strip())
            rest = _prose_below(walk, r, walked, lines[0]) if text.endswith(GOES_ON) else None
            if rest is not None:
                lines += walk.rows[rest]
                text = joined(text, walk.doc.rows[rest].cells[0].text.strip())
            if unclosed_bracket(text) or walk.index.lookup(normalize_label(text)) is not None:
                continue
            for token in lines:
                token.used = True
            if rest is not None:
                _drop_row(match, rest)  # what the walk read there (关注量 71198…)
            match.add(Candidate.at(walk.doc, f, text, (lines[0].row, lines[0].cell), 0.6))


def _above(walk: Placement, r: int) -> list[Token]:
    """The lines right above line r each of one free value of words, up to a line of
    anything else (none when more than `_LINES`, or none there)."""
    found: list[Token] = []
    q = r - 1
    while q >= 0 and len(found) <= _LINES:
        line = walk.rows[q]
        if len(line) != 1:
            break
        token = line[0]
        # Prose's last word may read as a unit alone on its line (粉丝 85577 | 人).
        unit = not found and token.piece.kind == "unit" and not token.used
        if not unit and (not token.free or not _words(token.piece.text)):
            break
        found.insert(0, token)
        q -= 1
    if found and found[-1].piece.kind == "unit" and not _prose(found[:-1]):
        return []
    return found if 0 < len(found) <= _LINES and q >= 0 else []


def _prose(lines: list[Token]) -> bool:
    return bool(lines) and len(lines[-1].piece.text.strip()) >= LONG_LINE


def _words(text: str) -> bool:
    """Chinese, with no digit unless prose (移动客户端“某通”，下载量 1 万次；…)."""
    prose = len(text) >= LONG_LINE and PROSE_RE.search(text) is not None
    return CJK_RE.search(text) is not None and (prose or DIGIT_RE.search(text) is None)


def _tail(walk: Placement, match: Match, r: int, walked: int) -> Token | None:
    """The text's last characters, alone after its label and the lone labels after it,
    where reading order set the cell's last line (白塔区住房和城乡建设 | 网站名称 | 首页网址
    | 局), nothing else's value (the walk may have read it as the next label's, then
    given that field another)."""
    q = r + 1
    while q < walked and len(walk.rows[q]) == 1 and walk.rows[q][0].piece.kind == "label":
        q += 1
    line = walk.rows[q] if q < walked else []
    if len(line) != 1 or line[0].piece.kind != "value" or line[0].piece.ticks:
        return None
    token, text = line[0], line[0].piece.text.strip()
    if len(text) > _TAIL or not _words(text) or token.cell.copy:
        return None
    return None if match.holds(q, text) else token


def _drop_row(match: Match, q: int) -> None:
    match.drop(lambda c: c.row == q)


def _prose_below(walk: Placement, r: int, walked: int, top: Token) -> int | None:
    """The line right after the label's, when its one cell is prose set where the text's
    lines above start (laid out: centred in its tall cell, the label parts a text's lines:
    …信息发布量 4566 条， | 其他 | 关注量 71198 个；…): read as labels and values, it opens
    with a label's word."""
    q = r + 1
    cells = walk.doc.rows[q].cells if q < walked else ()
    if len(cells) != 1 or not walk.rows[q] or any(t.cell.copy for t in walk.rows[q]):
        return None
    text = cells[0].text.strip()
    if len(text) < LONG_LINE or PROSE_RE.search(text) is None or CJK_RE.search(text) is None:
        return None
    first, above = cells[0].bbox, top.cell.bbox
    if first is None or above is None or abs(first[0] - above[0]) > 1:
        return None
    return q
