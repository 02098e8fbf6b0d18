"""A run of lone labels, then their cells' lines interleaved in an order that keeps each
cell's own lines in turn (pdftotext without -layout: 网站名称 | 首页网址 | 主办单位 | 网站类型
| 某某人力资源和社会 | 保障局 | http:// | www.a.gov.cn/ | 某某人力资源和社会保 ☐政府门户网站
☑部门网站 ☐ | 障局 | 专项网站). Reading order set a cell's lines neither by height nor one
cell after another (`levels.deal_stacked`): text blocks of neighbouring cells merged, a
line of one cell written after another's on the same line.

Every way of giving each piece of those lines to one field in turn is tried. A field's
pieces joined must fit it (`cell_lines.lines_fit`); a text's lines must fill its cell as
a wrapped text does, every line but the last as wide, give or take a character, and the
last no wider; a choice's lines must name whole options, the last box named. Of the
readings that fit, the one keeping each cell's lines closest together (the fewest other
pieces between them) is taken, unless another giving other values does as well (two
names whose lines may swap: left unread). It fills the fields the walk left without a
value, where the walk's readings of the others agree with it (or read a piece of its
value only). Text only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise, product

from nianbao.coerce import coerce_value
from nianbao.extract.cell_lines import lines_fit
from nianbao.extract.cells import take_words
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE, option_labels
from nianbao.extract.option_wraps import LIST_TAIL_RE
from nianbao.extract.piece import TICKS, has_ticks
from nianbao.extract.placement import Placement
from nianbao.extract.prose import text_lines, width
from nianbao.extract.ranking import Match, readable
from nianbao.extract.runs import lone_labels
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field, Form

_TALLEST = 3
"""Lines a value's cell may wrap over."""
_MOST_PIECES = 14
"""Pieces tried at most: a row of four cells of three lines."""
_TRIES = 20000
"""Partial readings tried before giving up: an odd block is left to the other readers."""
_SLACK = 2
"""Display columns a wrapped text's full lines may differ by (a Latin letter, a bracket)."""
_MOST_CUTS = 4
"""Tokens a list of options may cut: each doubles the readings tried."""
_CUT_RE = re.compile(rf"\s+(?=[{re.escape(TICKS)}])")
"""Where a line's text turns from one cell's line to a list of options."""


def deal_interleaved(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    r = 0
    while r < walked:
        tokens = walk.rows[r]
        if len(tokens) != 1 or tokens[0].piece.kind != "label" or tokens[0].field is None:
            r += 1  # most lines: a label and its value, a value, or a group's name
            continue
        following = walk.rows[r + 1] if r + 1 < walked else []
        if len(following) == 1 and following[0].used and match.read(tokens[0].field):
            r += 2  # a label read with its value on the next line
            continue
        labels, after = lone_labels(walk, r)
        fields = [token.field for token, _ in labels if token.field is not None]
        r = max(after, r + 1)
        if len(fields) < 2 or len(fields) != len(labels) or all(match.read(f) for f in fields):
            continue
        lines = _value_lines(walk, after, walked, _TALLEST * len(fields))
        if _bare_options(fields, lines):
            continue  # a label's options as printed, unmarked: no other cell's value
        fields, read = _first_cells(fields, lines, walk.index.form)
        if read is None or not _agrees(match, fields, [text for text, _ in read], lines):
            continue
        rows = frozenset(line[0].row for line in lines) | {t.row for t, _ in labels}
        for f, (text, first) in zip(fields, read, strict=True):
            take_words(walk, match, [f], [[first]], [[text]], labels=rows)
        for line in lines:
            for token in line:
                token.used = True
        r = lines[-1][0].row + 1


def _bare_options(fields: list[Field], lines: list[list[Token]]) -> bool:
    """Whether the lines are names of one of the labels' options, one a line, unmarked (a
    copy of the page that lost its tick images: 创新发展 | 搜索即服务 | 多语言版本 | …)."""
    texts = [normalize_label(t.piece.text) for line in lines for t in line]
    return len(texts) > 1 and any(
        f.type in CHOICE_TYPES and all(text in option_labels(f) for text in texts) for f in fields
    )


def _first_cells(
    fields: list[Field], lines: list[list[Token]], form: Form
) -> tuple[list[Field], list[tuple[str, Token]] | None]:
    """The reading of the lines by all the labels' cells, else by the first row's: reading
    order may set the labels of two rows in one run and the second row's values after the
    next run of labels (网站名称 | 首页网址 | 主办单位 | 网站类型 | 某某交通运输 | https:// | 局 |
    www.a.gov.cn/ | 政府网站标识码 …), so the lines are those of the first half's cells (two
    rows of as many cells: not a row's first label, its value elsewhere, and the rest's)."""
    two_rows = len(fields) % 2 == 0 and len(fields) >= 4 and len(set(fields)) == len(fields)
    half = len(fields) // 2 if two_rows else 0
    # A row's last cell a list of options whose text reading order set after the next run
    # of labels (… | 网站类型 | 某县人民政府门户网站 | http:// | … | 政府网站标识码 … |
    # R政府门户网 | 站 £部门网): without a box among the lines, the cells before it.
    unboxed = len(fields)
    if not any(has_ticks(t.piece.text) for line in lines for t in line):
        while unboxed > 1 and fields[unboxed - 1].type in CHOICE_TYPES:
            unboxed -= 1
    for k in dict.fromkeys(k for k in (len(fields), unboxed, half) if k):
        read = _one_reading(fields[:k], lines, form) if len(lines) > k else None
        if read is not None:  # as many lines as cells: one a cell, `runs.stacked`'s
            return fields[:k], read
    return fields, None


def _value_lines(walk: Placement, r: int, walked: int, most: int) -> list[list[Token]]:
    """The lines from `r` that hold values only, up to the next label, at most `most`."""
    found: list[list[Token]] = []
    while r < walked and r not in walk.rows.ending and len(found) <= most:
        tokens = walk.rows[r]
        if not tokens or any(t.piece.kind != "value" or t.cell.copy or t.field for t in tokens):
            break
        found.append(tokens)
        r += 1
    return found if len(found) <= most else []


_Piece = tuple[int, str, Token]
"""A piece of a line: the line's place among the value lines, its text, its token."""


def _variants(lines: list[list[Token]]) -> Iterator[list[_Piece]]:
    """The lines' pieces, each token whole, or cut where a list of options starts after
    another cell's text (某某人力资源和社会保 ☐政府门户网站 …), each way: 站 ☑部门网 is
    one list's lines, 保障局 ☐专项网站 two cells'."""
    items: list[tuple[int, Token, list[str]]] = []
    for k, line in enumerate(lines):
        for token in line:
            text = token.piece.text.strip()
            head = _CUT_RE.split(text, maxsplit=1)
            items.append((k, token, head if len(head) == 2 and not has_ticks(head[0]) else []))
    cut = [item for item in items if item[2]]
    if len(cut) > _MOST_CUTS:
        return
    for ways in product((False, True), repeat=len(cut)):
        chosen = {id(item[1]) for item, way in zip(cut, ways, strict=True) if way}
        pieces: list[_Piece] = []
        for k, token, parts in items:
            texts = parts if id(token) in chosen else [token.piece.text.strip()]
            pieces += [(k, text, token) for text in texts]
        if len(pieces) <= _MOST_PIECES:
            yield pieces


def _one_reading(
    fields: list[Field], lines: list[list[Token]], form: Form
) -> list[tuple[str, Token]] | None:
    """Each field's value (and its first token) by the reading that keeps cells' lines
    closest together: the fewest other pieces between a cell's lines (reading order merges
    some neighbouring cells' lines, not all); of readings as close, when the first line holds
    pieces of two cells or more (the row's first lines abreast, read left to right) or every
    cell has as many lines (read a band of lines at a time: …门户网站 | http:// | …办公室（台江 |
    （台江县地方志编纂中心） | …), one whose cells begin in their labels' order (某县人民政府门户
    http:// | 网站 | … | 某县人民政府办公室: the name first); none when two readings tie."""
    abreast = len(lines[0]) > 1  # the first line holds the first lines of two cells or more
    best: tuple[tuple[int, bool], list[tuple[str, Token]]] | None = None  # (rank, reading)
    tie = False  # another reading as good as the best, giving other values
    try:
        for pieces in _variants(lines):
            for reading, gaps, (in_order, even) in _readings(fields, pieces, form):
                rank = (gaps, (abreast or even) and not in_order)
                if best is None or rank < best[0]:
                    best, tie = (rank, reading), False
                elif rank == best[0] and [t for t, _ in reading] != [t for t, _ in best[1]]:
                    tie = True
    except _TooMany:
        return None
    return best[1] if best is not None and not tie else None


def _readings(
    fields: list[Field], pieces: list[_Piece], form: Form
) -> Iterator[tuple[list[tuple[str, Token]], int, tuple[bool, bool]]]:
    """Every reading that fits (each field's value and first token), with its pieces
    between cells' lines, whether its cells begin in their fields' order and whether they
    have as many lines each."""
    return _Readings(fields, pieces, form).give(0)


class _Readings:
    """_readings()'s search, its state on an object: a nested generator that recurses
    refers to itself in a cycle that keeps everything it saw alive until the collector
    runs."""

    def __init__(self, fields: list[Field], pieces: list[_Piece], form: Form) -> None:
        self.fields = fields
        self.pieces = pieces
        self.form = form
        self.given: list[list[int]] = [[] for _ in fields]
        self.tries = 0

    def give(self, at: int) -> Iterator[tuple[list[tuple[str, Token]], int, tuple[bool, bool]]]:
        self.tries += 1
        if self.tries > _TRIES:
            raise _TooMany
        fields, pieces, given, form = self.fields, self.pieces, self.given, self.form
        if at == len(pieces):
            texts = [[pieces[k][1] for k in g] for g in given]
            if all(given) and all(_fits(f, t, form) for f, t in zip(fields, texts, strict=True)):
                gaps = sum(g[-1] - g[0] + 1 - len(g) for g in given)
                yield (
                    [
                        (text_lines(f, t), pieces[g[0]][2])
                        for f, t, g in zip(fields, texts, given, strict=True)
                    ],
                    gaps,
                    (all(a[0] < b[0] for a, b in pairwise(given)), len(set(map(len, given))) == 1),
                )
            return
        line, text, _ = pieces[at]
        for f, g in zip(fields, given, strict=True):
            before = [pieces[k][1] for k in g]
            if _may_take(f, pieces[g[-1]][0] if g else None, line, text) and _may_go_on(
                f, before, form
            ):
                g.append(at)
                yield from self.give(at + 1)
                g.pop()


class _TooMany(Exception):
    """Too many partial readings tried."""


def _may_take(f: Field, last: int | None, line: int, text: str) -> bool:
    """Whether f's cell, its last line so far on line `last`, may have `text` (on `line`)
    as its next line."""
    if last is not None and last >= line:
        return False  # a cell's lines come one a line, in turn
    if f.type in CHOICE_TYPES:
        return last is not None or text.startswith(tuple(TICKS))
    if has_ticks(text):
        return False
    if f.type in COUNT_TYPES:
        return last is None
    return f.identifier or CJK_RE.search(text) is not None


def _may_go_on(f: Field, texts: list[str], form: Form) -> bool:
    """Whether a value's lines so far may all be lines but its last: a code or address
    not whole yet; a text's as wide as each other, no bracket closed before it opened."""
    if not texts:
        return True
    if f.identifier:
        return not has_shape(f, "".join(texts), form)
    if f.type != "str":
        return True
    widths = [width(text) for text in texts]
    text = "".join(texts)
    return min(widths) >= max(widths) - _SLACK and not _misnested(text)


def _misnested(text: str) -> bool:
    """Whether a bracket closes before it opened, or opens inside an open one: no name
    nests its brackets, so such lines are two cells' (…办公室（台江 | （台江县地方志编纂中心）)."""
    depth = 0
    for char in text:
        depth += char in "（("
        depth -= char in "）)"
        if not 0 <= depth <= 1:
            return True
    return False


def _fits(f: Field, texts: list[str], form: Form) -> bool:
    if not lines_fit(f, texts, form):
        return False
    if f.type in CHOICE_TYPES:
        # Whole options, the last box named (not ☐部门网站 ☐ | 专项网站 given elsewhere).
        text = "".join(texts)
        tail = LIST_TAIL_RE.search(text)
        labels = option_labels(f)
        names = OPTION_NAME_RE.findall(text)
        named = tail is not None and bool(tail.group(1))
        return named and all(normalize_label(name) in labels for name in names)
    if f.type != "str" or f.identifier or len(texts) < 2:
        return True
    # The lines but the last are as wide as each other (`_may_go_on`, as they were given):
    # the last no wider.
    return width(texts[-1]) <= max(map(width, texts[:-1])) + _SLACK and not _misnested(
        "".join(texts)
    )


def _agrees(match: Match, fields: list[Field], read: list[str], lines: list[list[Token]]) -> bool:
    """Whether each field the walk read reads the same, or only a piece of it on these
    lines (https:// | www.a.gov.cn/ read as www.a.gov.cn/)."""
    rows = {line[0].row for line in lines}
    for f, text in zip(fields, read, strict=True):
        for c in match.candidates.get(f.key, ()):
            if not readable(f, c.raw) or (c.row in rows and c.raw.strip() in text):
                continue
            if not readable(f, text) or coerce_value(f, c.raw) != coerce_value(f, text):
                return False
    return True
