"""A label cut by a line end: its head closes a line (a run of Chinese set off from the
value before it), its rest opens the next line up to the colon."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.piece import TICKS, Piece
from nianbao.extract.pieces import segment

_HEAD_RE = re.compile(r"(?:[\u4e00-\u9fff] )*[\u4e00-\u9fff]+$")
"""The Chinese word closing a line, or the characters of one set out with spaces."""
_SPREAD_REST_RE = re.compile(r"((?:[\u4e00-\u9fff] ){1,8}[\u4e00-\u9fff])\s*[:：]")
_REST_RE = re.compile(rf"[^\s:：(（\[【{TICKS}]+")
_CJK_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
_REST_WORDS = 3
"""Words a label's rest may be cut into by stray spaces."""
_SPACED = 2
"""Spaces between single characters that make a label's head set out to fill its cell."""
_SPACED_RUN_RE = re.compile(r"(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff](?![\u4e00-\u9fff])")
"""Three characters or more set out with single spaces opening a line (信 息 发 布 量)."""
_SPACED_REST_RE = re.compile(r"(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff](?![\u4e00-\u9fff])")
"""Two characters or more set out with single spaces opening a line (数 量)."""
_STRAY_RE = re.compile(r"[\u4e00-\u9fff]+(?:[ \xa0][\u4e00-\u9fff]+){1,2}")
"""A head of words a converter's stray spaces split (是否发 布服务 | 事项目录)."""


def _after_spaced_name(pieces: Sequence[Piece], head: str) -> bool:
    """Whether a head of characters set out with spaces follows a group's name set out so
    (pypdfium2: 微 信 订 阅 | 数(单位: 个): the group's, then 订阅数 cut)."""
    if len(pieces) < 2 or " " not in head:
        return False
    before = pieces[-2]
    named = before.hit is not None and before.hit.names_group
    return named and _SPACED_RUN_RE.fullmatch(f"{before.text.strip()} {head}") is not None


def label_cut(text: str, following: str, index: LabelIndex, fuzzy: bool = False) -> int | None:
    """Where the head of a label cut by a line end starts in `text` (the last cell of a line),
    when `following` (the next line's first cell) starts with its rest: in
    `填报人：李兰 联系` + `电话：0571-…` the head 联系 is no part of 李兰 but of 联系电话."""
    last = text.rstrip()[-1:]
    if not ("\u4e00" <= last <= "\u9fff") or not following.strip():
        return None  # most lines: no Chinese word closes them, so no label head either
    pieces = segment(text, index, fuzzy)
    # A group's name may be a field label's head (信 息 发 布 | 量(单位: 条): 信息发布量).
    named = bool(pieces) and pieces[-1].hit is not None and not pieces[-1].hit.fields
    if not pieces or (pieces[-1].kind != "value" and not named) or pieces[-1].ticks:
        return None
    value = pieces[-1].text
    head = _HEAD_RE.search(value)
    following = following.lstrip()
    rest = _REST_RE.match(following)
    if head is None or rest is None or _spread_label(following, index):
        return None
    end = len(text.rstrip())
    # Alone in its cell, or a field label's head segment() split off the count before it
    # (位：个） 25个 是否建立安全监测预 | 警机制 R是 £否).
    alone = not text[: end - len(head[0])].strip() or (
        len(pieces) > 1 and head[0] == value and normalize_label(value) in index.field_heads
    )
    # Alone in its cell too when stray spaces split it (pypdfium2: 是否发 布服务 | 事项目录).
    # Or after the pieces before it when together they begin a field's label (pypdfium2: 个)
    # 0 是否建立安全监测 预 | 警机制 √是).
    whole = text.strip() == value or (
        len(pieces) > 1 and normalize_label(value) in index.field_heads
    )
    stray = value if whole and _STRAY_RE.fullmatch(value) else None
    alone = alone or stray is not None
    if alone and normalize_label(following) == normalize_label(rest[0]):
        return None  # a label broken over two cells, nothing else: the walk joins those
    spread = _SPREAD_REST_RE.match(following)
    colon = following[rest.end() :].lstrip().startswith((":", "："))
    # Characters set out with spaces announce a label too (…委员会 信 息 发 布 | 量 551).
    spaced = head[0].count(" ") >= _SPACED or _after_spaced_name(pieces, head[0])
    if not (alone or colon or spread or spaced):
        # After a value a label announces itself with a colon; without one the line goes
        # on with text (…，信息发布 | 量 2522 条 is prose cut by a page end).
        return None
    rests = [rest[0]]
    if spread is not None and spread[1] != rest[0]:
        rests.append(spread[1])  # a label set out with spaces: 联 | 系 电 话：
    elif spaced:
        # Its rest set out so too, maybe short of a colon (新 开 设 | 数 量（个） 0个).
        run = _SPACED_REST_RE.match(following)
        if run is not None:
            rests.append(run[0])
    if alone:
        # A converter's stray space inside the rest (回应公众关注热点 | 或 重大舆情数量 次 62).
        # Its last word may go on with the label's unit (大 舆情数量（单位： 0次).
        words = following.split()[:_REST_WORDS]
        for n in range(2, len(words) + 1):
            word = _CJK_WORD_RE.match(words[n - 1])
            if word is None or not all(_CJK_WORD_RE.fullmatch(w) for w in words[: n - 1]):
                break
            rests.append("".join(words[: n - 1]) + word[0])
            if word.end() < len(words[n - 1]):
                break
    # The longest head first: 联 系 电 | 话 is 联系电话, not 电话 after a name's 联 系.
    words = head[0].split(" ")
    tails = [" ".join(words[start:]) for start in range(len(words))]
    if spaced and len(pieces) > 1:
        named_head = f"{pieces[-2].text.strip()} {head[0]}"
        if text.rstrip().endswith(named_head):
            tails.insert(0, named_head)  # 微 信 订 阅 | 数: 微信订阅数, whole
    for tail in [stray, *tails] if stray is not None and stray not in tails else tails:
        for part in rests:
            norm = normalize_label(tail + part)
            if norm and index.lookup(norm) is not None:
                return end - len(tail)
    return None


def _spread_label(following: str, index: LabelIndex) -> bool:
    """Whether the next line opens with a field's label set out a character at a time: its
    first character is no rest of the head above (微 | 信 息 发 布 量（条） ０ is 微博's
    name down its tall cell beside 信息发布量, not 微信)."""
    run = _SPACED_RUN_RE.match(following)
    hit = index.lookup(normalize_label(run[0])) if run is not None else None
    return hit is not None and bool(hit.fields)
