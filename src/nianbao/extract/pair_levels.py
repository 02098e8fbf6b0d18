"""Rows of label–value pairs abreast whose labels wrap in their cells, in text that writes a
table row's lines by height (pdfplumber without layout): every cell is centred in its row,
so a label of three lines gives the row's first, middle and last lines, a label of two the
second and fourth, and the values, of one line, the middle one, where they stand between
the middle pieces of the labels (新开设数量 | 维护数量（单 | 17个 （单位： 16个 | 位：个） | 个）:
维护数量（单位：个） 17个, 新开设数量（单位：个） 16个). The walk pairs the pieces by line
and misses the label that starts above its neighbour.

Every way of giving two or three pairs' labels a height of one to three lines is tried:
each line of the row then holds one word of each label standing at its height and, on the
middle line, the values. A way reads the row when every label's pieces joined name a field,
the fields follow each other in the form and every value fits its field; exactly one
reading may. The walk's readings from other lines stand.

A text's value may wrap too, over the lines around the middle one (a name: 伊春市人力资源和
社会 信息发布量（单位： | 名称 177 | 保障局 条）; a code: 公安机关备 湘公网安备 … | 208 584 |
案号 43040818643495号 …): tried where the lines around open with words, no number, or hold
a code's digits. Generic labels (名称, 信息发布量) name the fields the walk read them as.
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise, product
from typing import NamedTuple

from nianbao.extract.cell_lines import lines_fit
from nianbao.extract.cells import take_words
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import is_unit, normalize_label, said_unit
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.thousands import spaced_count
from nianbao.extract.tokens import Rows, Token
from nianbao.forms.model import Field

_TALLEST = 3
"""Lines a label's cell may wrap over."""
_SPACED = 4
"""Blanks a converter may set inside the label pieces of one line, at most: a gap in a
piece (可全程 在线办理政务), a label set out a character at a time (注 册 用 户)."""
_PAIRS = (2, 3)
"""Pairs a row may hold; a lone pair wrapped around its value is the walk's."""
_TICKS = "☑☐□■√✔✓"
_VALUED_RE = re.compile(f"[0-9０-９{_TICKS}]")
"""What a value's word may start with, and no label's piece does."""
_VALUE_WORD_RE = re.compile(f"(?:^|\\s)[0-9０-９{_TICKS}]")
_COUNT_WORD_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*")
_CODE_TAIL_RE = re.compile(r"[0-9０-９]{4}号")
"""A registration number's digits and closing 号: a code's line, no count's."""
_UNIT_TAIL_RE = re.compile(r"[^0-9０-９\s]{1,2}$")
"""A count's unit written after its last digits (954个)."""

Reading = tuple[tuple[Field, str], ...]


class _Shape(NamedTuple):
    """One way of giving two or three pairs' labels and values heights."""

    ats: list[frozenset[int]]
    """Where each label's lines stand (0: the middle line)."""
    tall: list[bool]
    """Which values wrap over two lines, around the middle one (a name: 伊春市人力资源和社会
    | 名称 177 | 保障局)."""
    levels: list[int]
    span: int
    """Lines above the middle one."""
    counts: list[int]
    """Pieces each line holds but the middle: labels' and tall values'."""


def _shapes() -> list[_Shape]:
    """Per way of giving two or three labels heights (one at least wrapped, or a value):
    where each label's lines stand, the row's levels, the lines above its middle, and how
    many pieces each line holds (values: one line each, in the middle, but for a text's
    that wraps around it)."""
    out = []
    for pairs in _PAIRS:
        for heights in product(range(1, _TALLEST + 1), repeat=pairs):
            for tall in product((False, True), repeat=pairs):
                if (max(heights) == 1 and not any(tall)) or all(tall):
                    continue
                ats = [frozenset(2 * i - (m - 1) for i in range(m)) for m in heights]
                around = frozenset({-1, 1}) if any(tall) else frozenset()
                levels = sorted(frozenset({0}).union(*ats, around))
                counts = [
                    sum(1 for at in ats if level in at) + sum(tall) * (level in around)
                    for level in levels
                ]
                span = sum(1 for level in levels if level < 0)
                out.append(_Shape(ats, list(tall), levels, span, counts))
    return out


_SHAPES = _shapes()
_SHORT = [shape for shape in _SHAPES if not any(shape.tall)]


def deal_pairs(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    doc_rows = walk.doc.rows
    lines = _Lines(rows, walked)
    for c in range(1, walked - 1):
        if len(doc_rows[c].cells) != 1:
            continue  # cells set apart by tabs or wide gaps: the walk pairs them
        tokens = rows[c]
        words = sum(t.piece.text.count(" ") + 1 for t in tokens if t.piece.kind == "value")
        around = words == 1 and _name_around(rows, c)
        if words < 2 and not around:
            continue  # most lines: a label and its value, told before the line is built
        if len(_VALUE_WORD_RE.findall(lines.text(c))) < 2 - around or tokens[0].cell.bbox:
            continue  # laid out, the columns say what stands where
        if _values(lines[c]) < 2 - around:
            continue  # two values at least (one a name wrapped around the line)
        above, below = len(lines[c - 1]), len(lines[c + 1])
        if above < 1 or below < 1 or abs(above - below) > _SPACED:
            continue  # centred cells: as many pieces at each height above as below
        # Values wrapped around the line: a name's words, or a code's digits on them.
        tall = around or bool(_CODE_TAIL_RE.search(f"{lines.text(c - 1)} {lines.text(c + 1)}"))
        found = _reading(walk, lines, c, tall)
        if found is None:
            continue
        reading, span = found
        window = frozenset(range(c - span, c + span + 1))
        fields = [f for f, _ in reading]
        take_words(walk, match, fields, [rows[c]], [[v] for _, v in reading], labels=window)
        for r in window:
            for token in rows[r]:
                token.used = True


def _name_around(rows: Rows, c: int) -> bool:
    """Whether the lines around line c open with a value of words, no number: a name
    wrapped around its label (伊春市人力资源和社会 … | 名称 177 | 保障局 …)."""
    for r in (c - 1, c + 1):
        first = rows[r][0] if rows[r] else None
        if first is None or first.piece.kind != "value" or _VALUED_RE.match(first.piece.text):
            return False
    return True


def _text(tokens: list[Token]) -> str:
    """The line as written (a label's unit is no word of its own)."""
    if not tokens or tokens[0].cell.copy:
        return ""
    first = tokens[0].cell
    if all(t.cell is first for t in tokens):
        return first.text
    return " ".join(dict.fromkeys(t.cell.text for t in tokens))


class _Lines:
    """The lines as written (a label's unit is no word of its own), each found when first
    asked for."""

    def __init__(self, rows: Rows, walked: int) -> None:
        self.rows = rows
        self.texts: list[str | None] = [None] * walked
        self.words: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def text(self, r: int) -> str:
        found = self.texts[r]
        if found is None:
            found = self.texts[r] = _text(self.rows[r])
        return found

    def __getitem__(self, r: int) -> list[str]:
        found = self.words.get(r)
        if found is None:
            found = self.words[r] = self.text(r).split()
        return found

    def count(self, r: int) -> int:
        """How many words line r holds."""
        return len(self[r])

    def pieces(self, r: int) -> int:
        """How many words line r holds when they are label pieces only, else -1."""
        text = self.text(r)
        return -1 if not text or _VALUE_WORD_RE.search(text) else len(self[r])


def _values(words: list[str]) -> int:
    """How many values a line's words may be at most: counts, and lists of options (☑是 ☐否
    and ☑ 是 ☐ 否 are one each)."""
    found, options, lone = 0, False, False
    names: set[str] = set()
    for word in words:
        if word[0] in _TICKS:
            # A name the list has ticked already starts another (☑否 ☑是 ☐否: two).
            name = word[1:]
            again = bool(name) and name in names
            found += not options or again
            names = {name} if not options or again else names | {name}
            options, lone = True, len(word) == 1
        elif _VALUED_RE.match(word):
            found += 1
            options = False
        else:  # an option's name after its lone box, or the end of the list
            options, lone = options and lone, False
    return found


def _reading(walk: Placement, lines: _Lines, c: int, tall: bool) -> tuple[Reading, int] | None:
    """The one reading of the row whose values stand on line c, and how many lines it
    spans above and below that line; values wrapped around the line tried when `tall`."""
    found: tuple[Reading, int] | None = None
    values = _values(lines[c])
    spans: dict[int, set[Field]] = {}
    for shape in _SHAPES if tall else _SHORT:
        span, counts = shape.span, shape.counts
        if c - span < 0 or c + span >= len(lines):
            continue
        short = shape.tall.count(False)
        if values < short or len(lines[c]) < counts[span] + short:
            continue  # the middle line: a piece of each label there, the short values
        # Each line around the middle: one piece of each label there (and of each tall
        # value, which may hold digits: 湘公网安备 | 43040818643495号).
        pieces = lines.count if any(shape.tall) else lines.pieces
        if any(
            not n <= pieces(c - span + k) <= n + _SPACED for k, n in enumerate(counts) if k != span
        ):
            continue
        if values < 2 and not any(shape.tall):
            continue  # one pair is the walk's
        window = [lines[r] for r in range(c - span, c + span + 1)]
        # A generic label (名称, 信息发布量) names the field the walk read it as, by the
        # group above: of two runs of fields, the one of those fields.
        named = spans.get(span)
        if named is None:
            window_rows = range(c - span, c + span + 1)
            named = spans[span] = {t.field for r in window_rows for t in walk.rows[r] if t.field}
        for reading in _readings(walk, shape, window, named):
            if found is not None and found[0] != reading:
                return None
            found = reading, span
    return found


def _standing(shape: _Shape, level: int) -> list[tuple[int, bool]]:
    """What stands on a line but the middle, left to right: (pair, whether its value)."""
    out = []
    for j, at in enumerate(shape.ats):
        if level in at:
            out.append((j, False))
        if shape.tall[j]:
            out.append((j, True))
    return out


def _readings(
    walk: Placement, shape: _Shape, window: list[list[str]], named: set[Field]
) -> list[Reading]:
    """The readings of the window's lines with labels and values of these heights."""
    ats, levels = shape.ats, shape.levels
    ways: list[list[list[str]]] = [[]]
    for level, words in zip(levels, window, strict=True):
        if level == 0:
            continue
        here = _standing(shape, level)
        ways = [[*way, cut] for way in ways for cut in _pieces(words, len(here))]
    middle = window[levels.index(0)]
    found = []
    for way in ways:
        labels: list[list[str]] = [[] for _ in ats]
        tall: list[list[str]] = [[] for _ in ats]
        lined = (level for level in levels if level != 0)
        for level, line_pieces in zip(lined, way, strict=True):
            for (j, value), word in zip(_standing(shape, level), line_pieces, strict=True):
                (tall if value else labels)[j].append(word)
        if any(
            0 not in at and not _names_field(walk, own) for own, at in zip(labels, ats, strict=True)
        ):
            continue  # a label without a piece on the middle line reads as it is
        for short, pieces in _middle_cuts(ats, middle, shape.tall):
            values = [("".join(t) if t else v) for v, t in zip(short, tall, strict=True)]
            texts = []
            for own, piece, at in zip(labels, pieces, ats, strict=True):
                above = sum(1 for level in at if level < 0)
                parts = [*own[:above], *([piece] if piece else []), *own[above:]]
                if is_unit(parts[0]):
                    break  # a unit ends a label (量（单位：| 个）), it starts none
                texts.append("".join(parts))
            else:
                reading = _fields(walk, texts, values, named)
                if reading is not None:
                    found.append(reading)
    return found


def _pieces(words: list[str], n: int) -> list[list[str]]:
    """The ways of reading a line's words as n pieces (of labels, of tall values): one word
    each, or, where a converter set a blank inside a piece (可全程 在线办理政务, 量(单位:
    项)), neighbouring words joined."""
    if len(words) == n:
        return [words]
    out = []
    for cut in combinations(range(1, len(words)), n - 1):
        bounds = [0, *cut, len(words)]
        out.append(["".join(words[a:b]) for a, b in pairwise(bounds)])
    return out


def _names_field(walk: Placement, pieces: list[str]) -> bool:
    if is_unit(pieces[0]):
        return False
    hit = walk.index.lookup(normalize_label("".join(pieces)))
    return hit is not None and bool(hit.fields)


def _middle_cuts(
    ats: list[frozenset[int]], words: list[str], tall: list[bool]
) -> list[tuple[list[str], list[str | None]]]:
    """Every way of reading the middle line left to right as, per pair, the label's middle
    piece (when the label has one: a word, or words a converter's blank split) and the
    value (one word or more; none when `tall`: its lines are around the middle)."""
    middles = [0 in at for at in ats]
    slots = sum(middles) + tall.count(False)
    if len(words) < slots:
        return []
    out = []
    for cut in combinations(range(1, len(words)), slots - 1):
        bounds = [0, *cut, len(words)]
        parts = [words[a:b] for a, b in pairwise(bounds)]
        k = 0
        values: list[str] = []
        pieces: list[str | None] = []
        for has_middle, around in zip(middles, tall, strict=True):
            piece = parts[k] if has_middle else None
            k += has_middle
            if piece is not None and len(piece) > 1 + _SPACED:
                break
            pieces.append(None if piece is None else "".join(piece))
            values.append("" if around else " ".join(parts[k]))
            k += not around
        else:
            out.append((values, pieces))
    return out


def _fields(
    walk: Placement, labels: list[str], values: list[str], named: set[Field]
) -> Reading | None:
    """The fields the labels name, following each other in the form, each value fitting its
    field; None when the labels name no such run of fields, or more than one and not one
    of those all `named` (the fields the walk read the labels as)."""
    options: list[tuple[Field, ...]] = []
    for text in labels:
        hit = walk.index.lookup(normalize_label(text))
        if hit is None or not hit.fields:
            return None
        said = said_unit(text)
        fields = tuple(f for f in hit.fields if said is None or f.unit == said) or hit.fields
        options.append(fields)
    chains = [
        chain
        for chain in product(*options)
        if all(b.order == a.order + 1 for a, b in pairwise(chain))
    ]
    if len(chains) > 1:
        chains = [chain for chain in chains if named.issuperset(chain)]
    if len(chains) != 1:
        return None
    read = []
    for f, value in zip(chains[0], values, strict=True):
        joined = _value_text(f, value)
        if joined is None or not lines_fit(f, [joined], walk.index.form):
            return None
        read.append((f, joined))
    return tuple(read)


def _value_text(f: Field, value: str) -> str | None:
    """A value's words as its field reads them: a count's spaced thousands joined back."""
    words = value.split()
    if f.type in CHOICE_TYPES:
        # Options only, each named once: a count after them, or an option named again,
        # is the next pair's (☑是 4 306, ☐否 ☑是 ☐否).
        names = [w.lstrip(_TICKS) for w in words if w[0] in _TICKS and len(w) > 1]
        if any(_COUNT_WORD_RE.fullmatch(w) for w in words) or len(set(names)) < len(names):
            return None
        return value
    if len(words) == 1:
        return value
    last = _UNIT_TAIL_RE.sub("", words[-1])
    return "".join(words) if spaced_count(f, [*words[:-1], last]) else None
