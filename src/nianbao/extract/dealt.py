"""A line of values under a block of labels, in text a converter made of a table: dealt
out to the labels' fields in the form's order.

pdfplumber and pypdfium2 write a table row of labels abreast as lines of one space
between words. Labels too long for their cells wrap: their first lines come before the
short labels' line, their ends after it, and some are cut in two (信息公开目录信息更 |
新量). The values follow on one line (395条 39条 16条 228条, ☑是 ☐否 4572个 401项). The
order of the labels across the page is lost, but a table sets its fields out left to
right in the form's order: when the block names fields that follow each other in the
form, the line holds as many items, and each item is of its field's kind, the line's
items go to the fields in that order. Text laid out in columns (pdftotext -layout) is
dealt too where two wrapped labels ran into one cell. The walk's own readings stand
unless they took the whole line as one value or cannot be read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from nianbao.extract.abreast import blank_place
from nianbao.extract.block_names import block_fields, label_tail, named_fields, spread_over
from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.document import TICKED
from nianbao.extract.kept_relations import breaks_kept
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES, DIGIT_RE, counted
from nianbao.extract.labels import LabelIndex
from nianbao.extract.misread import YES_NO
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.shaped import has_shape, read_whole
from nianbao.extract.thousands import fewest_counts, regrouped_counts, spaced_digits
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.extract.wrapped_codes import code_around, put_back, tail_line, values_on
from nianbao.forms.model import Field
from nianbao.normalize import NormalizeError, parse_number
from nianbao.rules import value_shapes

_BLOCK_ROWS = 12
"""Lines a block of labels may take above its values: a row's four labels, each wrapped
over up to three lines with its unit's rest, one line after another in reading order
(是否发布服务事项目 | 录 | 注册用户数(单位: | 个) | …, pypdfium2)."""
_BELOW_ROWS = 4
"""Lines a block of labels may take below its values (all of a tall label's lines after
its value's): two labels of two lines."""
_DEALT_BELOW = COUNT_TYPES | CHOICE_TYPES
"""Kinds of the fields whose values a line of another label's may hold: a name or a text
(其他) under a count's line is read on its own."""
_BOXES = tuple(TICKS)


def deal(walk: Placement, match: Match, walked: int) -> None:
    """Candidates from each line of values (after its own labels, if any: 总数(单位:条)
    ６３３ ３) the walk read as one value or not at all. Only in text: the cells of
    tables (web pages, Word, Excel) and of pages (PDFs, scans) stand where the document
    has them, which says whose each value is."""
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(1, walked):
        # Most rows are a label and its value in cells of their own, or one word: nothing
        # to deal, told before anything is built.
        tokens = rows[r]
        if not tokens:
            continue
        last = tokens[-1]
        if last.piece.kind != "value" or last.field is not None:
            continue
        if len(tokens) == 1:
            if " " not in last.piece.text or not counted(last.piece.text):
                continue
            if walk.doc.alone(r) and spaced_digits(last.piece.text.split()):
                continue  # a cell's block of its own (pdftotext): one count (2 898)
        elif tokens[-2].piece.kind == "label" and tokens[-2].cell is not last.cell:
            continue
        parts = _line(walk, r)
        if parts is None:
            continue
        own, values = parts
        if _read_whole_beside(match, tokens, own, values):
            continue
        text = " ".join(t.piece.text for t in values)
        if not counted(text):
            continue  # a name or a wrapped text: no line of values
        # Text laid out in columns keeps each value a cell of its own (1 234 is one count);
        # text of one space between words keeps words only.
        placed = values[0].cell.bbox is not None
        items = _items([t.piece.text for t in values] if placed else text.split())
        if len(items) < 2:
            continue
        fields = _fields(walk, match, r, own, fewest_counts(items))
        # A code its narrow cell wrapped around the line (豫公网安备 | 4115272967 … 117 723 |
        # 41152705200420号): dealt apart, put back in its field's place after.
        around = code_around(walk, r, fields) if not placed else None
        if around is not None:
            fields = [f for f in fields if f is not around[0]]
        if len(items) < len(fields):
            # A code's tail its cell wrapped opens the next line (…83450238 | 号 ４１２５８７),
            # laid out or not.
            more = tail_line(walk, r, walked, items, len(fields))
            if more is None and not placed:
                more = values_on(walk, r, walked, items, len(fields))
            if more is not None:
                items, values = more[0], [*values, *more[1]]
        split: frozenset[str] = frozenset()
        if placed and len(items) < len(fields):
            # A name and the count beside it one blank apart, as a cell its text fills
            # leaves them (某区人民政府办公室 587    10).
            cut = _counts_off(items, len(fields))
            split, items = frozenset(items) - frozenset(cut), cut
        if len(items) > len(fields) and not placed:
            # A label's last line set among the values (４５５ 务服务事项数量 ２５９).
            kept = [item for item in items if not label_tail(walk.index, item)]
            items = kept if len(kept) >= len(fields) else items
        if len(items) > len(fields) and not placed:
            regrouped = regrouped_counts(items, fields, walk.index.form)
            if regrouped is None:
                # Counts that join more than one way (2 260 702 23): the choices or the
                # name before them are still the first fields' (☑是 ☐否; 某某发布 75 179 364).
                fields, items = _leading_first(fields, items)
                if not fields:
                    continue
            else:
                items = regrouped
        if around is not None and len(items) == len(fields):
            fields, items = put_back(around, fields, items)
            values = [*values, *around[2]]
        row = fields  # one count fewer: the one field that may be left blank was
        fields = _without_choices(fields, items)
        gap = blank_place(fields, items) if len(items) == len(fields) - 1 else None
        fields = [f for k, f in enumerate(fields) if k != gap]
        # A row of a table sets out fields that follow each other in the form; labels of
        # far apart fields are no one row's (a wrapped label of a row before).
        if len(fields) != len(items) or row[-1].order - row[0].order != len(row) - 1:
            continue
        if not all(map(_fits, fields, items)):
            continue
        if (
            around is None
            and any(t.used for t in values)
            and not any(c.row == r for cs in match.candidates.values() for c in cs)
        ):
            continue  # the walk read the line as the end of a value above (a list of options),
            # not as a value on it (the rest of a label's, which dealing replaces)
        dealt = {f.key: item for f, item in zip(fields, items, strict=True)}
        if breaks_kept(walk.index.form, match, dealt):
            continue  # the walk's reading keeps a sum this one breaks (7 271, not 7 | 271)
        if len(tokens) == 1 and _kept_elsewhere(walk, match, r, fields):
            continue  # one count the walk read whole (2 898), its fields' others read apart
        for half in around[2] if around is not None else ():
            match.drop(read_whole(half))  # the walk's readings of the code's two halves
        _take(walk, match, values, fields, items, keep=placed, split=split)
        if gap is not None:
            # The blank's label read an item of the line another field now has (平均办理时间
            # over 92条, the public answers' count beside it): the blank stays blank.
            match.drop(_reading_of(row[gap], r, items))


def _read_whole_beside(
    match: Match, line: list[Token], own: list[Field], values: list[Token]
) -> bool:
    """Whether the line is one whole label and one count in spaced thousands the walk read
    for it (订阅数(单位: 个) 12 437): the label's, not a line of values for the labels above.
    A label whose unit the line's end leaves open (更新量(单位: 187 253) is a wrapped label
    of a row abreast, its line the row's values."""
    if len(own) != 1 or len(values) != 1:
        return False
    if any(unclosed_bracket(t.piece.text) for t in line if t.piece.kind != "value"):
        return False
    text = values[0].piece.text
    if not spaced_digits(text.split()) or len(text.split()) != 2:
        return False
    r = values[0].row
    return any(c.row == r and c.raw == text for c in match.candidates.get(own[0].key, ()))


def _reading_of(f: Field, r: int, items: list[str]) -> Callable[[Candidate], bool]:
    """What picks f's readings of an item of row r."""
    return lambda c: c.field is f and c.row == r and c.raw in items


def _kept_elsewhere(walk: Placement, match: Match, r: int, fields: list[Field]) -> bool:
    """Whether a field has a reading off row r that dealing keeps (`_take`), so that its
    item of the line would go nowhere."""
    form = walk.index.form
    return any(
        c.row != r and has_shape(f, c.raw, form)
        for f in fields
        for c in match.candidates.get(f.key, ())
    )


def _line(walk: Placement, r: int) -> tuple[list[Field], list[Token]] | None:
    """Row r as a line of values: the fields of the labels opening it, and its values (in
    one cell with those labels, or in cells a converter's double spaces made)."""
    tokens = walk.rows[r]
    at = 0
    while at < len(tokens) and tokens[at].piece.kind == "label":
        at += 1
    values = _without_tails(walk.index, tokens[at:])
    if any(t.piece.kind != "value" or t.cell.copy or t.field for t in values):
        return None  # a unit, a repeat, or half of a label the walk joined (创新发展情 | 况)
    if at and tokens[at - 1].cell is not values[0].cell:
        return None  # labels in cells of their own: a table that kept its cells
    own = named_fields(walk, tokens[:at]) if at else []
    return None if own is None or len(own) != at else (own, values)


def _without_tails(index: LabelIndex, tokens: list[Token]) -> list[Token]:
    """A line's tokens but a label's last line set among its values with its unit (560
    息更新量(单位: 1 639): pdfplumber centres a tall label's lines on the values' line."""
    kept: list[Token] = []
    unit_of_tail = False
    for k, t in enumerate(tokens):
        if t.piece.kind == "unit" and unit_of_tail:
            continue
        unit_of_tail = (
            0 < k < len(tokens) - 1
            and t.piece.kind == "value"
            and tokens[k + 1].piece.kind == "unit"
            and label_tail(index, t.piece.text)
        )
        if not unit_of_tail:
            kept.append(t)
    return kept


def _fields(walk: Placement, match: Match, r: int, own: list[Field], items: int) -> list[Field]:
    """The fields of row r's values, in the form's order: its own labels', and those named
    on the lines above it, back to a line holding a value or a group's name; with none
    there, those named on the lines below it (a tall label's lines may all come after
    its value's). With labels above or its own, the line may hold the values of labels
    wrapped under it too, still without values, when its items make more counts than
    there are labels, even with every thousands group joined (`items`: that fewest)."""
    found = {f.key: f for f in own}
    # A code's head wrapped above the line may stand between (34150492629136 | … | 号).
    form = walk.index.form
    coded = [form.by_key[key] for key in value_shapes(form)]
    start = r - 2 if code_around(walk, r, coded) is not None else r - 1
    above = block_fields(walk, match, range(start, max(-1, start - _BLOCK_ROWS), -1))
    for f in above:
        found.setdefault(f.key, f)
    if found and 0 < r < len(walk.rows) - 1:
        # A label's head ending the line above, its rest opening the line below (政务服务事项
        # 数量 政务服 | 1 0 | (单位:项) 务事项数量(单).
        for f in spread_over(walk, match, r - 1, r + 1, list(found.values())):
            found.setdefault(f.key, f)
    if found and len(found) >= items:
        return sorted(found.values(), key=lambda f: f.order)
    below = block_fields(walk, match, range(r + 1, min(len(walk.rows), r + 1 + _BELOW_ROWS)))
    if found:
        # 总数(单位: 件) 4832 1612 | 自然人办件量 | (单位: 件): a row of two pairs whose
        # right label's lines all come after the values' line.
        below = list(
            itertools.takewhile(lambda f: f.type in _DEALT_BELOW and not match.read(f), below)
        )[: items - len(found)]
    for f in below:
        found.setdefault(f.key, f)
    return sorted(found.values(), key=lambda f: f.order)


_NAME_COUNT_RE = re.compile(r"(.*[\u4e00-\u9fff）)]) ([0-9][0-9,]*)")


def _without_choices(fields: list[Field], items: list[str]) -> list[Field]:
    """`fields` less its choices when the line holds fewer items and no box, and the others
    are counts: the choices' options stand on a line of their own (☑是 ☐否 below 8280
    1039 198, pdfplumber setting the boxes' taller glyphs apart)."""
    if len(items) >= len(fields) or any(item.startswith(_BOXES) for item in items):
        return fields
    kept = [f for f in fields if f.type not in CHOICE_TYPES]
    return kept if all(f.type in COUNT_TYPES for f in kept) else fields


def _counts_off(items: list[str], wanted: int) -> list[str]:
    """`items` with each name's count one blank after it an item of its own, when that
    makes `wanted` items."""
    cut: list[str] = []
    for item in items:
        found = _NAME_COUNT_RE.fullmatch(item)
        cut += [found[1], found[2]] if found is not None else [item]
    return cut if len(cut) == wanted else items


def _items(words: list[str]) -> list[str]:
    """The line's words (or cells), a box and its option's name, and the boxes of one
    choice, kept together (☑是 ☐否 is one item); an option named again starts the next
    choice (☐是 ☑否 ☑是 ☐否 are two)."""
    items: list[str] = []
    names: set[str] | None = None  # the option names of the last item, if boxes
    answered = False  # the last item ticks 是 or 否: a yes/no takes one tick
    for word in words:
        name = word[1:].strip() if word.startswith(_BOXES) else None
        yes_no = name in YES_NO and word.startswith(TICKED)
        if (
            name is not None
            and names is not None
            and not (name and name in names)
            and not (yes_no and answered)
        ):
            items[-1] += " " + word
            names.add(name)
            answered = answered or yes_no
        else:
            items.append(word)
            names = None if name is None else {name}
            answered = yes_no
    return items


def _leading_first(fields: list[Field], items: list[str]) -> tuple[list[Field], list[str]]:
    """The leading fields that are choices or texts with the leading items that are options
    or words, when the rest are digits (counts in spaced thousands); else nothing."""
    k = 0
    named = False  # a text's words taken: the fields after it must be counts
    while k < min(len(fields), len(items)):
        f, item = fields[k], items[k]
        if f.type in CHOICE_TYPES and item.startswith(_BOXES):
            k += 1
        elif f.type == "str" and _words_of(f, item):
            k, named = k + 1, True
        else:
            break
    if named and any(f.type not in COUNT_TYPES for f in fields[k:]):
        return [], []
    if k == len(fields) or not all(item.isdigit() for item in items[k:]):
        return [], []  # not choices, then counts that join more than one way
    return fields[:k], items[:k]


def _words_of(f: Field, item: str) -> bool:
    """Whether item reads as text f's (a name): words, no box, not digits alone."""
    return not f.identifier and not item.startswith(_BOXES) and CJK_RE.search(item) is not None


def _fits(f: Field, item: str) -> bool:
    boxed = item.startswith(_BOXES)
    if f.type in CHOICE_TYPES:
        return boxed
    if boxed:
        return False
    if f.type in COUNT_TYPES:
        try:
            return parse_number(item) is not None
        except NormalizeError:
            return False
    return bool(CJK_RE.search(item) or DIGIT_RE.search(item))


def _take(
    walk: Placement,
    match: Match,
    values: list[Token],
    fields: list[Field],
    items: list[str],
    *,
    keep: bool,
    split: frozenset[str] = frozenset(),
) -> None:
    """`keep`: the walk's readings of this very line stand too (text laid out in columns,
    where the walk read values by their place: a wrapped name joined to its next line),
    but for those of `split`, cells dealing cut into two items."""
    first, form = values[0], walk.index.form
    # Each item's own cell when the line kept its cells one an item, else the line's.
    cells = [t.cell for t in values] if keep and len(values) == len(items) else None
    for token in values:
        token.used = True
    for at, (f, item) in enumerate(zip(fields, items, strict=True)):
        # The walk's readings stand, but for its reading of this line (the whole line, or a
        # part of it) and texts the field cannot hold (a label's cut end: 新量).
        found = match.candidates.get(f.key, [])
        # Not a reading of this line that is another field's item: its place misled the walk
        # (labels one a line over a line of values, 总数 | … | 信息公开目录更新 | 1040 … 524).
        if any(
            (keep or c.row != first.row)
            and c.raw not in split
            and has_shape(f, c.raw, form)
            and not (c.row == first.row and c.raw != item and c.raw in items)
            for c in found
        ):
            continue
        place = (first.row, cells[at] if cells else first.cell)
        match.candidates[f.key] = [Candidate.at(walk.doc, f, item, place, 0.7)]
        match.seen.add(f.key)
