"""Free text of several lines in text of one line a row (a converter's reading order):
a paragraph its cell's width wrapped goes on over lines of its own, each as wide as the
first but the last, from the same left edge where the text keeps positions, up to a
label or the table's end."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from nianbao.digit_spacing import joins_tight
from nianbao.extract import columns
from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.group_ends import ends_group_name
from nianbao.extract.label_rests import without_label_rest
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import CJK_RE, Rows, Token
from nianbao.forms.model import Field, Form

_FULL = 10
"""Characters a line needs to have been wrapped (a name has fewer: 潘超 | 29日)."""
_CLOSING = ")）]】"
SENTENCE_ENDS = ("。", "！", "？")
"""What a sentence ends with."""
GOES_ON = ("，", "；", "、")
"""What a line of prose ends with when the sentence goes on past it."""
PROSE_RE = re.compile("[，；、。]")
"""Punctuation of prose, which no name holds."""
LONG_LINE = 16
"""Characters of a line of prose its cell's width cut, the text going on past it."""
_WORD_RE = re.compile(r"[0-9A-Za-z.,:/@%_-]+")
_LINES = 6
"""Lines a paragraph may go on over (200 characters in a narrow cell)."""
_SLACK = 2
"""Display columns by which the full lines of one paragraph may differ: digits and Latin
letters are narrower than Chinese, and a word that did not fit went to the next line."""
_SHORT = 0.06
"""The same in a full line's widths: a line of many digits and spaces counts short."""


def width(text: str) -> int:
    """Display columns: a Chinese character two, as a line of the cell holds them."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def lone_texts(match: Match) -> Iterator[tuple[str, Candidate]]:
    """The free texts read (not codes), one candidate each: (field key, candidate)."""
    for key, found in match.candidates.items():
        if len(found) == 1 and found[0].field.type == "str" and not found[0].field.identifier:
            yield key, found[0]


def joined(head: str, rest: str) -> str:
    """Two lines of one wrapped paragraph: Chinese joins without a space, the rest with
    one (the line end took the place of the space: 累计访问 973 | 万次), but where the
    writer sets no numbers apart (发布信息 | 1179条，粉丝5520人: `joins_tight`)."""
    if (_wide(head[-1:]) and _wide(rest[:1])) or joins_tight(head, rest):
        return head + rest
    return f"{head} {rest}"


def paragraph_text(lines: list[str]) -> str:
    """The lines of one wrapped paragraph as one text, each joined to the one before it."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text = joined(text, line)
    return text


def text_lines(f: Field, lines: list[str]) -> str:
    """A value's lines, one a line of its cell, as one: a free text's as a paragraph
    (`joined`: 发布短视频 3420 | 条 is 3420 条), the others' without blanks (https:// |
    www.a.gov.cn/)."""
    if f.type != "str" or f.identifier:
        return "".join(lines)
    return paragraph_text(lines)


def line_texts(tokens: list[Token]) -> list[str]:
    """Each line's text of a paragraph's tokens, whole: a line of two tokens (a label's
    word and the text after it, `label_in_prose`) is its cell's text."""
    texts: list[str] = []
    for k, token in enumerate(tokens):
        if k and token.row == tokens[k - 1].row:
            texts[-1] = token.cell.text.strip()
        else:
            texts.append(token.piece.text)
    return texts


def _word(line: str) -> int:
    """Display columns of what opens `line` and could not be broken: a word not Chinese
    and the space before it, or one character."""
    word = _WORD_RE.match(line)
    return width(word.group()) + 1 if word else width(line[:1])


def _wide(char: str) -> bool:
    # The middle dot joins Chinese words as their own punctuation does (蒙速办·一网办).
    return bool(char) and (unicodedata.east_asian_width(char) in "WF" or char in "·・")


def full_lines(lines: list[str], *, last: bool = True) -> bool:
    """Whether lines read as one paragraph its cell's width wrapped: every line but the
    `last` (when it is the paragraph's) full, that is, as wide as the widest once the
    next line's first word is added, which did not fit on it (…关注量 | 9743 个)."""
    widths = [width(line) for line in lines]
    widest = max(widths)
    slack = max(_SLACK, _SHORT * widest)
    for k in range(len(lines) - 1 if last else len(lines)):
        following = _word(lines[k + 1]) if k + 1 < len(lines) else 0
        if widths[k] + following < widest - slack:
            return False
    return True


NUMBER_END_RE = re.compile(r"\d\s*[万亿]?$")
"""A text's end that a count's unit its line's end cut goes on (粉丝 48281 | 人, 下载量 55
万 | 次)."""


def _line_start(walk: Placement, value: Token, rest: Token) -> bool:
    """Whether a text's rest opens its line where the line of the text's label does: text
    that keeps a cell's spacing but no columns (pypdfium2) wraps a cell's lines to the
    line's start (其他  移动客户端…，累计访问 | 6912 万次；…)."""
    opening = walk.rows[value.row][0]
    if opening is value or rest.cell.bbox is None or opening.cell.bbox is None:
        return False
    return opening.piece.kind == "label" and columns.starts_with(opening.cell, rest.cell)


def _label_next(rows: Rows, r: int) -> bool:
    """Whether row r holds something, or is a row a label's head moved on from, the label
    whole on the next (创新 | 发展 创新发展 …)."""
    if rows[r]:
        return True
    return r + 1 < len(rows) and bool(rows[r + 1]) and rows[r + 1][0].piece.kind == "label"


def _given_away(walk: Placement, rest: Token) -> bool:
    """Whether a run of lone labels gives `rest` to another label, which reads it (名称 |
    信息发布量 | 海口市人民政府办公室 | 55条: the count is no rest of the name)."""
    for (row, k), value in walk.stacks.items():
        if value is rest:
            label = walk.rows[row][k]
            hit = label.piece.hit
            fields = hit.fields if hit else (label.field,) if label.field else ()
            return any(readable(f, rest.piece.text) for f in fields)
    return False


NUMBERED_RE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(]\d{1,2}[）)])")
"""An item's number opening a line (一、 8. （1）)."""


def paragraph_rest(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, list[Token]]:
    """The lines a free text goes on over after the line of `value`, its last token: each
    one text alone with a Chinese character, the full ones as wide as the first, the last
    no wider, the line after them opening with a label, or the table ending there
    (其他 移动客户端…累计访问 3718 万 | 次；抖音号…54342 人 | 创新发展). None found: ("", [])."""
    rows = walk.rows
    if f.type != "str" or f.identifier:
        return "", []
    if walk.doc.format != "text" or rows[value.row][-1] is not value or len(raw) < _FULL:
        return "", []
    if raw[-1] in _CLOSING:
        return "", []  # a name whose bracket its line's end closes is whole (…（…中心）)
    found: list[Token] = []
    r = value.row
    while r + 1 < len(rows) and r not in rows.ending and r - value.row < _LINES:
        following = rows[r + 1]
        if walk.doc.rows[r + 1].blank_before or (
            following and NUMBERED_RE.match(following[0].piece.text)
        ):
            break  # a blank line or an item's number: a paragraph of its own
        last = line_texts(found)[-1] if found else raw
        if following and not any(t.used for t in following) and label_in_prose(last, following):
            found += following
            r += 1
            continue
        if not following or following[0].piece.kind == "label":
            break
        rest = following[0]
        if len(following) == 1 and not rest.used and walk.cut_head(rest) == "label":
            break  # a label cut in two (创新 | 发展)
        if len(following) == 1 and not rest.used:
            rest = without_label_rest(walk, r, rest)  # 其他（注 提供… | 明） 读、…
        before = found[-1].piece.text if found else raw
        counted = rest.piece.kind == "unit" and NUMBER_END_RE.search(before) is not None
        if len(following) != 1 or rest.used or rest.cell.copy:
            return "", []
        if rest.piece.kind != "value" and not counted:
            return "", []
        if value.cell.bbox is not None and not (
            columns.starts_with(value.cell, rest.cell) or _line_start(walk, value, rest)
        ):
            return "", []  # laid out, a paragraph's lines share their left edge
        text = rest.piece.text
        if (
            found
            and value.cell.bbox is None
            and (rest.piece.ticks or normalize_label(text) in walk.index.heads)
        ):
            break  # the next row's options or label's head (…访问 | 4864 万次 | ☐搜索即服务)
        if rest.piece.ticks or not CJK_RE.search(text) or normalize_label(text) in walk.index.heads:
            return "", []  # a label's first characters (信 息 发) are no text's rest
        if column_heads(text, walk.index.form):
            return "", []  # the table's head (填报单位：某局 | 项目 | 单位, or 指标 单位 填报内容)
        if _given_away(walk, rest):
            break
        if ends_group_name(walk, rest):
            return "", []  # 移动 | 新媒 | … | 体: a group's name, no text's rest
        found.append(rest)
        r += 1
        if counted:
            break  # a count's unit its line's end cut (粉丝 48281 | 人): the text's end
    if not found or (r + 1 < len(rows) and r not in rows.ending and not _label_next(rows, r + 1)):
        return "", []
    lines = [raw, *line_texts(found)]
    if not full_lines(lines):
        return "", []
    text = paragraph_text(lines)
    if PROSE_RE.search(text) is None and _centred_name(walk, r):
        # A name's first line over the label it wraps around (…门户 | 网站名称 | 网站).
        return "", []
    if unclosed_bracket(text):
        # The head of the next row's text, cut by its label (…编 | 网站名称 | 纂中心）).
        return "", []
    return text, found


@cache
def _column_heads(form: Form) -> frozenset[str]:
    return frozenset(normalize_label(head) for head in form.column_heads)


def column_heads(text: str, form: Form) -> bool:
    """Whether `text` is the table's column heads, a line of one or more (项目 | 指标 单位
    填报内容), which no value goes on with."""
    heads = _column_heads(form)
    if normalize_label(text) in heads:
        return True  # one head, maybe spaced out (数 值)
    words = text.split()
    return bool(words) and all(normalize_label(word) in heads for word in words)


def label_in_prose(before: str, line: list[Token]) -> bool:
    """Whether `line`, a label and a text after it in one cell, goes on with the sentence
    `before` left open: a line of prose its cell's width wrapped before a word that names a
    field, or inside one (…信息发布量 4699 条， | 关注量 41036 个；…; …“蒲县发布”，信息 |
    发布量 5787 条，…), the text after it no value of that field."""
    if len(line) != 2 or before.endswith(SENTENCE_ENDS) or not PROSE_RE.search(before):
        return False
    label, text = line
    hit = label.piece.hit
    if label.piece.kind != "label" or hit is None or text.piece.kind != "value":
        return False
    if label.cell is not text.cell or label.cell.copy:
        return False
    rest = text.piece.text
    return PROSE_RE.search(rest) is not None and not any(readable(f, rest) for f in hit.fields)


def _centred_name(walk: Placement, r: int) -> bool:
    """Whether line r is a name's first line centred over its label, the label alone on
    the next line and the name's rest alone on the line after."""
    rows = walk.rows
    if r + 2 >= len(rows) or len(rows[r + 1]) != 1 or len(rows[r + 2]) != 1:
        return False
    label, rest = rows[r + 1][0], rows[r + 2][0]
    hit = label.piece.hit
    if label.piece.kind != "label" or hit is None or not hit.fields:
        return False
    if any(f.type != "str" or f.identifier for f in hit.fields):
        return False
    return (
        rest.piece.kind == "value" and not rest.used and CJK_RE.search(rest.piece.text) is not None
    )
