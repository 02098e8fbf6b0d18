"""One cell's text → labels, values and units, in order.

A cell may hold a label (`总数 (单位：条)`), a value, a unit on its own, or
several of these when a converter ran columns together: `填报单位：某某`,
`单位负责人: 张三 审核人: 李四`, `是否有移动新媒体 ☑是 ☐否`,
`政府网站工作年度报表（2022年度）`, `信息发布 总数`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.extract.label_tails import ended_by_label, label_tail, year_gaps_closed
from nianbao.extract.labels import (
    LONG_TAIL,
    UNIT_ALT,
    UNIT_RE,
    UNIT_REST_RE,
    UNIT_WORDS,
    UNITS_LEGEND_RE,
    LabelHit,
    LabelIndex,
    is_unit,
    normalize_label,
)
from nianbao.extract.piece import TICKS, Piece
from nianbao.extract.piece import make_piece as _piece
from nianbao.extract.sibling_labels import sibling_head, sibling_label
from nianbao.extract.word_labels import word_before_label

# Chunk boundaries: whitespace, a colon (which ends a label), a unit in brackets (atomic),
# a tick box, and the start of a bracket (so 报表（2022年度） splits before the bracket).
_SEPARATOR_RE = re.compile(rf"[\s:：(（\[【{TICKS}]")
_CHUNK_RE = re.compile(
    rf"(?P<unit>{UNIT_RE.pattern})|(?P<tick>[{TICKS}])|(?P<colon>[:：])|(?P<space>\s+)"
    r"|(?P<word>[(（\[【][^\s:：(（\[【☑☐]*|[^\s:：(（\[【☑☐]+)"
)
_BARE_UNITS = frozenset(UNIT_WORDS)
_BOX_STARTS = frozenset(TICKS)
_DIGIT_RE = re.compile("[0-9０-９]")
_COUNT_UNIT_RE = re.compile(f"[0-9][0-9,.]*(?:{UNIT_ALT})")
_WORD_COUNT_RE = re.compile(f"([\u4e00-\u9fff]{{1,4}}) ({UNIT_ALT}) ([0-9０-９][0-9０-９,，.]*)")
_PLAIN_COUNT_RE = re.compile("[0-9][0-9 ,.]*")
_HEAD_COUNT_RE = re.compile(r"([\u4e00-\u9fff]{2,}) ([0-9][0-9,]*)")
# A unit's head left open at a line's end with a count one blank after it, the unit going
# on at the next line's start (息更新量(单位: 3 926 | 条)). One word before the unit at most:
# more are other cells run together (936 息更新量(单位: 2 359), read as they are.
_OPEN_UNIT_COUNT_RE = re.compile(
    r"(\S*?)\s*([(（]单位[:：])\s*([0-9０-９][0-9０-９,，.]*(?: [0-9０-９]{3})*)"
)


@dataclass(slots=True)  # not frozen: made by the dozen per text, and never changed
class _Chunk:
    kind: str
    start: int
    end: int
    space_before: bool


def _chunks(text: str) -> list[_Chunk]:
    out: list[_Chunk] = []
    space = False
    for match in _CHUNK_RE.finditer(text):
        kind = match.lastgroup or "word"
        if kind in ("u1", "u2"):
            kind = "unit"
        if kind == "space":
            space = True
            continue
        out.append(_Chunk(kind, match.start(), match.end(), space))
        space = False
    return out


def segment(text: str, index: LabelIndex, fuzzy: bool = False) -> tuple[Piece, ...]:
    """The pieces of one cell's text (cached per index)."""
    cache = index_cache(index, fuzzy)
    cached = cache.get(text)
    if cached is None:
        cached = _segment(text, index, fuzzy)
        if len(cache) > 20_000:
            cache.clear()
        cache[text] = cached
    return cached


# Cell texts repeat across reports (every label of the form): segment each once per form,
# in one store for exact text and one for OCR's (`fuzzy`), each keyed by the text alone.
_CACHES: dict[LabelIndex, tuple[dict[str, tuple[Piece, ...]], dict[str, tuple[Piece, ...]]]] = {}


def index_cache(index: LabelIndex, fuzzy: bool) -> dict[str, tuple[Piece, ...]]:
    """The texts segmented so far for `index`, exact (`fuzzy` False) or OCR's."""
    caches = _CACHES.get(index)
    if caches is None:
        caches = _CACHES[index] = ({}, {})
    return caches[1] if fuzzy else caches[0]


def _segment(text: str, index: LabelIndex, fuzzy: bool) -> tuple[Piece, ...]:
    stripped = text.strip()
    if not stripped:
        return ()
    # Most values: a count, its thousands perhaps set apart (1 138, 4,554,111). No label or
    # unit is made of digits, so the whole-text lookup is all there is to decide.
    if not fuzzy and _PLAIN_COUNT_RE.fullmatch(stripped) and index.lookup(stripped) is None:
        ends = bool(index.stop) and stripped.startswith(index.stop)
        return (Piece("value", stripped, None, False, False, ends),)
    if not fuzzy and _COUNT_UNIT_RE.fullmatch(stripped):
        return (Piece("value", stripped),)  # a count with its unit (2768条): no label has digits
    if is_unit(stripped) or UNITS_LEGEND_RE.fullmatch(stripped):
        return (_piece("unit", stripped, index),)  # a unit, or the table's units said once
    norm = normalize_label(stripped)
    # An option with its box (☑其他) names no field, though its name may be a label.
    whole = index.lookup(norm) if norm and stripped[:1] not in _BOX_STARTS else None
    if whole is not None:
        apart = word_before_label(stripped, index, whole)
        if apart is not None:
            return apart
        return (_piece("label", stripped, index, whole, UNIT_RE.search(stripped) is not None),)
    if not fuzzy and norm in index.heads and _SPACED_RE.fullmatch(stripped):
        # A label's head set out a character at a time (微 信 名 | … | 称): whole, as other
        # heads, though its last character reads as a unit alone (名, 人).
        return (_piece("value", stripped, index),)
    if len(stripped) > 400 or not _SEPARATOR_RE.search(stripped):
        # One word (a number, a name, a code): the whole-text lookup above decided it,
        # unless a long label ends it (_ended_by_label). Other heads are kept whole: most
        # are a label's first part (可全程在线办理政 | 务服务…).
        ended = ended_by_label(stripped, norm, index) if not fuzzy else None
        if ended is not None:
            return ended
        if fuzzy and len(stripped) <= 400:
            near = index.fuzzy(norm)
            if near is not None:
                return (_piece("label", stripped, index, near),)
        return (_piece("value", stripped, index),)
    closed = year_gaps_closed(stripped) if not fuzzy else stripped
    if closed != stripped and not _SEPARATOR_RE.search(closed):
        ended = ended_by_label(closed, normalize_label(closed), index)
        if ended is not None:
            return ended
    bracket = _OPEN_RE.search(stripped) if not fuzzy else None
    at = bracket.start() if bracket is not None else -1
    if at > LONG_TAIL and not _SEPARATOR_RE.search(stripped, 0, at):
        # The same before the year in brackets (某某局政府网站工作年度报表（2022年度）).
        before = stripped[:at]
        ended = ended_by_label(before, normalize_label(before), index)
        if ended is not None:
            return (*ended, *_segment(stripped[at:], index, fuzzy))
    pieces = _split(stripped, index, fuzzy)
    if (
        len(pieces) == 1
        and pieces[0].kind == "value"
        and (word := _WORD_COUNT_RE.fullmatch(stripped))
    ):
        # A tall cell's name (a character of it) before a unit and count, one blank apart
        # (题 个 ３: 专栏专题's 题 beside 新开设数量's value).
        return (
            _piece("value", word[1], index),
            _piece("unit", word[2], index),
            Piece("value", word[3]),
        )
    cut = _HEAD_COUNT_RE.fullmatch(stripped) if len(pieces) == 1 else None
    if cut is not None and pieces[0].kind == "value" and normalize_label(cut[1]) in index.heads:
        # A label's head its cell's width cut, its count one blank after it (独立用户访问
        # 1258344 | 总量（单位：个）: no rulings to set them apart).
        return (_piece("value", cut[1], index), Piece("value", cut[2]))
    if (
        len(pieces) == 1
        and pieces[0].kind == "value"
        and (opened := _OPEN_UNIT_COUNT_RE.fullmatch(stripped))
    ):
        head = _segment(opened[1], index, fuzzy) if opened[1] else ()
        return (*head, _piece("unit", opened[2], index), Piece("value", opened[3]))
    # OCR's misread label, its unit after it or not (…重大奥情数量（单位：次）).
    united = all(p.kind == "unit" for p in pieces[1:])
    if fuzzy and pieces and united and pieces[0].kind == "value" and not pieces[0].ticks:
        near = index.fuzzy(norm)
        if near is not None:
            return (_piece("label", stripped, index, near, len(pieces) > 1),)
    return tuple(pieces)


_SPACED_RE = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")
_OPEN_RE = re.compile(r"[(（]")
_LONE_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def _split(text: str, index: LabelIndex, fuzzy: bool = False) -> list[Piece]:
    # OCR loses the spaces between a value and the next label, so there a label of two
    # characters before a colon is enough; elsewhere three, so words like 名称 stay text.
    shortest = 2 if fuzzy else 3
    chunks = _chunks(text)
    pieces: list[Piece] = []
    # A line opening with the rest of the last line's unit (位：条）), or the rests of the
    # units of labels abreast, one after another (条） 条） 天）).
    at = 0
    while (rest := UNIT_REST_RE.match(text, at)) is not None:
        pieces.append(_piece("unit", rest[0].strip(), index))
        at = rest.end()
    if at:
        chunks = [c for c in chunks if c.start >= at]
    start: int | None = None  # the value being collected: its first character
    end = 0
    ticks = False

    def flush() -> None:
        nonlocal start, ticks
        if start is not None:
            raw = text[start:end].strip()
            if raw:
                pieces.append(_piece("value", raw, index))
        start, ticks = None, False

    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        if chunk.kind == "unit":
            flush()
            if pieces and pieces[-1].kind == "label" and not pieces[-1].unit:
                last = pieces[-1]
                pieces[-1] = _piece("label", last.text, index, last.hit, True)
            else:
                pieces.append(_piece("unit", text[chunk.start : chunk.end], index))
            i += 1
            if i < len(chunks) and chunks[i].kind == "colon":
                i += 1  # the label's colon after its unit: 总数（单位：条）：732
            continue
        if start is None and _bare_unit(text, chunks, i, pieces):
            pieces.append(_piece("unit", text[chunk.start : chunk.end], index))
            i += 1
            continue
        # A label starts a cell or follows a label; inside running text (a value without
        # tick boxes) it must announce itself with a colon, and be set off by a space
        # unless it is long enough not to be part of a word (潘文利审核人：冯天国).
        if chunk.kind == "word" and start is None and pieces and not chunk.space_before:
            # A label cut in a bracket by the cell's width (其他（注 | 明）): the longer one.
            last = pieces[-1]
            word = text[chunk.start : chunk.end]
            longer = _cut_in_bracket(last.text, word, index) if last.kind == "label" else None
            if longer is not None:
                pieces[-1] = _piece(
                    "label", pieces[-1].text + text[chunk.start : chunk.end], index, longer
                )
                i += 1
                continue
        if chunk.kind == "word":
            group = _group_head(text, chunks, i, index) if not pieces and start is None else None
            if group is not None:
                pieces.append(_piece("label", text[chunk.start : chunk.end], index, group))
                i += 1
                continue
            found = None
            if start is None or not ticks:
                found = _label_at(text, chunks, i, index, need_colon=start is not None)
            if (
                found is None
                and start is not None
                and chunk.space_before
                and chunks[i - 1].kind != "tick"
            ):
                # One space between cells: even a list of options ends at such a label
                # (是否发布服务事项目录 R是 £否 注册用户数（个） 11030); an option's own
                # name follows its box.
                found = _long_label_at(text, chunks, i, index, pieces)
                head = None
                if found is None and fuzzy:
                    head = sibling_head(text[chunk.start : chunk.end], index, pieces)
                if head is not None:
                    flush()
                    pieces.append(
                        _piece("label", text[chunk.start : chunk.start + head[0]], index, head[1])
                    )
                    start, end, i = chunk.start + head[0], chunk.end, i + 1
                    continue
                if (
                    found is None
                    and chunk.end - chunk.start > 1
                    and (_LONE_CHAR_RE.fullmatch(text, start, end) or text[end - 1] in ")）")
                ):
                    # A character of a tall cell's name set down it, then a row's label
                    # (办 | 服 件 | 务 量 beside 总数 5103件), or a name's bracket closed
                    # (…（鼓楼 | 区档案馆） 网址 http://): any label, short ones too, but
                    # for a label spaced out as the character before (公 众 | … | 号 名 称).
                    found = _label_at(text, chunks, i, index, need_colon=False)
                if (
                    found is None
                    and (ticks or _DIGIT_RE.search(text, start, end) is not None)
                    and _head_ends(text, chunk, index)
                ):
                    # A label's first line ending the line of a value before it: its rest
                    # opens the next line (３１３８ 概况类信息更新 | 量（单位：条） １８).
                    flush()
                    pieces.append(_piece("value", text[chunk.start :], index))
                    return pieces
            if (
                found is not None
                and start is not None
                and not chunk.space_before
                and len(normalize_label(text[chunk.start : chunks[found[0] - 1].end])) < shortest
            ):
                found = None
            colon = _spread_colon(text, chunks, i) if found is None and not ticks else None
            if colon is not None:
                # A label run into the word before it: 潘文利审核人：…, or one set out with
                # spaces whose first character does (0971-95682440填 报 日 期：…).
                label_end = chunks[colon - 1].end
                tail = label_tail(text[chunk.start : label_end], index, shortest)
                if tail is not None and tail[0] < chunk.end - chunk.start:
                    cut, hit = tail
                    if start is None:
                        start = chunk.start
                    end = chunk.start + len(text[chunk.start : chunk.start + cut].rstrip("，、；"))
                    flush()
                    pieces.append(_piece("label", text[chunk.start + cut : label_end], index, hit))
                    i = colon + 1
                    continue
            if found is not None:
                stop, hit = found
                flush()
                pieces.append(_piece("label", text[chunk.start : chunks[stop - 1].end], index, hit))
                i = stop + (stop < len(chunks) and chunks[stop].kind == "colon")
                continue
        if start is None:
            start = chunk.start
        end = chunk.end
        ticks = ticks or chunk.kind == "tick"
        i += 1
    flush()
    return pieces


def _cut_in_bracket(label: str, word: str, index: LabelIndex) -> LabelHit | None:
    """The field label that `label` followed by `word`, a bracket it opens and leaves
    unfinished (其他 + （注), is the head of, when that is one field's only."""
    if word[:1] not in "(（" or len(word) < 2:
        return None
    head = normalize_label(label + word)
    if index.lookup(head) is not None:
        return None  # a whole label: _label_at's
    found = {index.fields[k] for k in index.fields if k.startswith(head)}
    return LabelHit(found.pop()) if len(found) == 1 else None


def _head_ends(text: str, chunk: _Chunk, index: LabelIndex) -> bool:
    """Whether the text from `chunk` on is one field's label cut short, by a line end: after
    a count or a list of options (text before it may be a label's first words: 是否发布
    政务服务事项 | … | 目录)."""
    rest = text[chunk.start :]
    return len(rest) >= _HEAD_AFTER_VALUE and normalize_label(rest) in index.field_heads


_HEAD_AFTER_VALUE = 5
"""Characters a label's cut head needs to end a value's line (a name may end in 政务服务)."""


def _group_head(text: str, chunks: list[_Chunk], i: int, index: LabelIndex) -> LabelHit | None:
    """A group's name cut by its tall cell's width (移动新媒 | 体), opening a line that a
    converter ran into the cells beside it: counts when a label follows it after a blank
    (移动新媒 关注量 个 110 125)."""
    chunk = chunks[i]
    hit = index.group_heads.get(normalize_label(text[chunk.start : chunk.end]))
    if hit is None or i + 1 >= len(chunks) or not chunks[i + 1].space_before:
        return None
    return hit if _label_at(text, chunks, i + 1, index, need_colon=False) else None


def _bare_unit(text: str, chunks: list[_Chunk], i: int, pieces: list[Piece]) -> bool:
    """Whether chunk i is a measure word without brackets before a number: the unit column
    run into the value by a PDF-to-text tool that keeps one space between them (条 537);
    or after a label, ending the cell (独立用户访问总量 个 | 223523个)."""
    chunk = chunks[i]
    if chunk.kind != "word" or text[chunk.start : chunk.end] not in _BARE_UNITS:
        return False
    following = chunks[i + 1] if i + 1 < len(chunks) else None
    if following is None:
        return bool(pieces) and pieces[-1].kind == "label" and chunk.space_before
    return (
        following.kind == "word"
        and following.space_before
        and _DIGIT_RE.match(text, following.start) is not None
    )


def _label_at(
    text: str, chunks: list[_Chunk], i: int, index: LabelIndex, need_colon: bool
) -> tuple[int, LabelHit] | None:
    """The longest run of word chunks from i that is a label: (end, hit)."""
    if not index.may_start(text, chunks[i].start):
        return None
    best: tuple[int, LabelHit] | None = None
    j = i
    while j < len(chunks) and j - i < index.max_chunks and chunks[j].kind == "word":
        j += 1
        if need_colon and not (j < len(chunks) and chunks[j].kind == "colon"):
            continue
        norm = normalize_label(text[chunks[i].start : chunks[j - 1].end])
        hit = index.lookup(norm) if norm else None
        if hit is not None:
            best = (j, hit)
    return best


_LONG_LABEL = 4
"""A label this long (characters) after a blank needs no colon to end the value before
it: one space between cells, as pdfplumber and pypdfium2 write a row (ICP备案号 甘ICP备…
公安机关备案号 …). Shorter ones (名称, 总数, 审核人) may be words of a value, unless their
unit follows them (订阅数（个）)."""


def _long_label_at(
    text: str, chunks: list[_Chunk], i: int, index: LabelIndex, pieces: list[Piece]
) -> tuple[int, LabelHit] | None:
    found = _label_at(text, chunks, i, index, need_colon=False)
    if found is None:
        return None
    end = found[0]
    if end < len(chunks) and (chunks[end].kind == "unit" or _bare_unit(text, chunks, end, [])):
        return found  # a group's name too, with its fields' unit (办件量（单位：件）, 总数 条 12)
    if found[1].groups or not found[1].fields:
        return None
    label = text[chunks[i].start : chunks[end - 1].end]
    if end < len(chunks) and not chunks[end].space_before:
        # Cut in the bracket it opens, by its cell's width (其他（注 | 明）): the longer one.
        longer = _cut_in_bracket(label, text[chunks[end].start : chunks[end].end], index)
        if longer is not None:
            return end + 1, longer
    long = len(normalize_label(label)) >= _LONG_LABEL
    return found if long or sibling_label(found[1], pieces) else None


def _spread_colon(text: str, chunks: list[_Chunk], i: int) -> int | None:
    """The colon after chunk i, when only single Chinese characters set out with spaces
    stand between (a label spread to fill its cell); None when there is no such colon."""
    k = i + 1
    while k < len(chunks) and k - i <= 8:
        chunk = chunks[k]
        if chunk.kind == "colon":
            return k
        if chunk.kind != "word" or chunk.end - chunk.start != 1 or not chunk.space_before:
            return None
        if not "\u4e00" <= text[chunk.start] <= "\u9fff":
            return None
        k += 1
    return None
