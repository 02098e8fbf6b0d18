"""Which fields a block of label lines names, above or below a line of values (`dealt`):
each line's labels the walk read, the heads of labels cut by a line's end, and the cut
ends of wrapped labels, which name nothing; a line holding anything else ends the block."""

from __future__ import annotations

import re

from nianbao.extract.block_labels import in_one_group, without_head_rests
from nianbao.extract.kinds import DIGIT_RE
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.piece import Piece, has_ticks
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.shaped import read_whole
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field

_REST = 6
"""Characters a label's cut end may have (新量, 警机制)."""
_BRACKET_RE = re.compile(r"[(（]")


def block_fields(walk: Placement, match: Match, lines: range) -> list[Field]:
    """The fields a block of label lines names, walked over `lines` until a line is none."""
    found: list[Field] = []
    read: list[int] = []
    for r in lines:
        if r in walk.rows.ending:
            break
        if lines.step < 0 and not walk.rows[r] and walk.rows.cut(r) == 0:
            continue  # a label's head that went on the line below, with its rest
        named = named_fields(walk, walk.rows[r])
        if named is None and r + 2 in read and len(walk.rows[r]) == 1:
            # A group's name that is a label's head (信 息 发 布 | 名称 … | 量(单位: 条)).
            named = spread_over(walk, match, r, r + 2, found) or None
        if named is None:
            break
        found += named
        read.append(r)
    for r in read:
        # A label cut by its line's end, or a head above the line of labels whose rest is
        # below it (信 息 发 布 | 名称 关注量(单位: 个) | 量(单位: 条)).
        for rest in (r + 1, r + 2):
            if rest in read:
                found += spread_over(walk, match, r, rest, found)
    return in_one_group(walk, read, without_head_rests(walk, read, found))


def spread_over(
    walk: Placement, match: Match, r: int, below: int, named: list[Field]
) -> list[Field]:
    """The field of a label set out with spaces that line r's end cut, its rest opening
    line `below` (名称 信 息 发 | 布 量（条） 关注量（个）), of the group of the block's
    other fields."""
    groups = {f.group_ids for f in named}
    line = walk.rows[r]
    for head in line:
        if " " not in head.piece.text and (head is not line[-1] or head.piece.kind != "value"):
            continue  # spaced out, or the line's last words: a cell's first line (政务服)
        if head.piece.kind != "value" and (head.piece.hit is None or head.piece.hit.fields):
            continue  # a value, or a group's name that the label's head reads as
        for rest in walk.rows[below]:
            if rest.piece.kind != "value":
                continue
            # The walk may have read the rest as a value of a label (名称 | 布 量), and the
            # spaced head may have the next cell's label after it (问 题 整 是否建立安全监测).
            for text in dict.fromkeys((head.piece.text, _spaced_head(head.piece.text))):
                hit = walk.index.lookup(normalize_label(text + rest.piece.text))
                fields = [f for f in hit.fields if f.group_ids in groups] if hit else []
                if len(fields) == 1 and fields[0] not in named:
                    match.drop(read_whole(rest))
                    return fields
    return []


def _spaced_head(text: str) -> str:
    """A text's leading words of one character each, set out with spaces (问 题 整)."""
    words = text.split()
    k = 0
    while k < len(words) and len(words[k]) == 1:
        k += 1
    return " ".join(words[:k]) if k >= _SPACED else text


_SPACED = 2
"""Words of one character that make a label's spaced-out head."""


def named_fields(walk: Placement, tokens: list[Token]) -> list[Field] | None:
    """The fields a line of labels (and units, and labels' cut ends) names; None for a
    line that holds anything else: a value, a group's name, nothing."""
    if not tokens:
        return None
    named: list[Field] = []
    for k, token in enumerate(tokens):
        piece = token.piece
        if piece.kind == "unit":
            continue
        if piece.kind == "label":
            if token.field is None:  # a group's name, or a label the walk did not read
                return None
            named.append(token.field)
            continue
        # A piece of a label the walk joined (新 开 设 数 | 量, 注 册 用 … | 户 数), or a
        # label's head, not its end (次数).
        head = _joined_head(token) or _head_field(walk.index, piece.text)
        if head is not None:
            named.append(head)
            continue
        beside = k > 0 and tokens[k - 1].piece.kind == "label"
        if beside and token.used and token.field is None and not _label_piece(walk.index, piece):
            return None  # the value the walk read beside its label (微信名称 某区教育局)
        # Heads of labels abreast in one token (政务动态信息更 信息公开目录信息); cut ends,
        # short or of a long label (务服务事项数量), name nothing.
        for word in piece.text.split():
            head = _head_field(walk.index, word)
            if head is not None:
                named.append(head)
            elif not (_rest(word) or label_tail(walk.index, word)):
                return None
    return named


def _joined_head(token: Token) -> Field | None:
    """The field of a label the walk joined from this piece and a later one: its head
    names it, however short."""
    f = token.field
    if f is None:
        return None
    head = normalize_label(token.piece.text)
    return f if any(normalize_label(label).startswith(head) for label in f.labels) else None


def _label_piece(index: LabelIndex, piece: Piece) -> bool:
    """Whether each word of a piece is a piece of a field's label or a unit's (labels'
    middles the walk marked read: 答复网民 | 提问数 | 量; 政务动态信息更 信息公开目录信 息)."""
    for word in piece.text.split():
        norm = normalize_label(word)
        if DIGIT_RE.search(word) or (norm and not any(norm in label for label in index.fields)):
            return False
    return True


def _rest(text: str) -> bool:
    """The cut end of a wrapped label: a few Chinese characters, no digit or box."""
    return (
        len(text) <= _REST
        and bool(CJK_RE.search(text))
        and not DIGIT_RE.search(text)
        and not has_ticks(text)
    )


def _head_field(index: LabelIndex, text: str) -> Field | None:
    if DIGIT_RE.search(text) or has_ticks(text):
        return None
    return index.field_heads.get(normalize_label(text))


def label_tail(index: LabelIndex, item: str) -> bool:
    """Whether an item is the end of a field's label, cut from its head (务服务事项数量)."""
    if DIGIT_RE.search(item) or has_ticks(item) or not CJK_RE.search(item):
        return False
    norm = normalize_label(_BRACKET_RE.split(item, maxsplit=1)[0])  # its unit may be cut
    return len(norm) >= 2 and any(k.endswith(norm) and k != norm for k in index.fields)
