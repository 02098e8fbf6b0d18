"""Text laid out in columns: a code centred in its tall cell beside its label, its head on
the line above the label's and its rest on the line below, from one left edge; the
label's own line holds nothing there, so the walk read the next cell's value as the
label's (琼ICP备      公安机关备案 | ICP备案号      46900140524551号 | 20240414号-1 号).

A value read for a field of a shape (`rules.value_shapes`) that has not that shape gives
way to the head and rest standing so, between the label and that value, when joined
they have the field's shape. The value read goes to the one field without a value whose
shape it alone has (the next cell's, its label wrapped around the line unread: 公安机关备案
| 号), or is free again.
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract import columns
from nianbao.extract.kinds import COUNT_TYPES, DIGIT_RE, written_unit
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.shaped import has_shape, only_shape
from nianbao.extract.tokens import Token
from nianbao.rules import value_shapes

_PIECE_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{1,2} ([0-9０-９][0-9０-９,，]*(?: [0-9０-９]{3})*)")
_NEIGHBOURS = 2
"""Places in the form a row's other fields stand from a field, at most."""


def take_code_around(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    for key in value_shapes(form):
        found = match.candidates.get(key, [])
        for k, c in enumerate(found):
            if has_shape(c.field, c.raw, form) or not 0 < c.row < walked - 1:
                continue
            around = _around(walk, c)
            if around is None:
                continue
            head, rest, text, value = around
            _take_first(head)
            _take_first(rest)
            place = (head.row, head.cell)
            found[k] = Candidate.at(walk.doc, c.field, text, place, c.confidence * 0.9)
            if value is not None:
                _give(walk, match, value, c)


def _take_first(token: Token) -> None:
    """Marks a placed token used; of a line of one cell, takes its first word off, which
    leaves the other cells' words to their readers (苏公网安备… 问总: 问总 a label's piece)."""
    words = token.piece.text.split(None, 1)
    if token.cell.bbox is not None or len(words) < 2:
        token.used = True
    else:
        token.piece = dataclasses.replace(token.piece, text=words[1])


def _give(walk: Placement, match: Match, value: Token, c: Candidate) -> None:
    """The value read first to the one field without a value that its shape says it is
    (the next cell's, whose label wraps around it unread), or the one count seen without a
    value of the unit it is written with, next to c's field; else free again."""
    form = walk.index.form
    own = [
        form.by_key[key]
        for key in value_shapes(form)
        if not match.candidates.get(key) and only_shape(form.by_key[key], value.piece.text, form)
    ]
    unit = written_unit(value.piece.text, form)
    if not own and unit is not None:
        # Or the one count of its written unit without a value next to the code's field in
        # the form, a neighbour in its row (1160441个: 独立用户访问总量, its label in pieces).
        own = [
            f
            for f in form.fields
            if f.unit == unit
            and abs(f.order - c.field.order) <= _NEIGHBOURS
            and not match.candidates.get(f.key)
        ]
    text = value.piece.text
    piece = _PIECE_COUNT_RE.fullmatch(text) if not own and unit is None else None
    if piece is not None:
        # A piece of another cell's wrapped label before a count (总 167 003: 独立用户访问 |
        # … | 总 | … | 量): the count is the one count without a value next to c's field.
        text = piece[1]
        own = [
            f
            for f in form.fields
            if f.type in COUNT_TYPES
            and abs(f.order - c.field.order) <= _NEIGHBOURS
            and not match.candidates.get(f.key)
            and readable(f, text)
        ]
    if len(own) != 1:
        value.used = False
        return
    place = (value.row, value.cell)
    found = Candidate.at(walk.doc, own[0], text, place, c.confidence * 0.8, explicit=False)
    match.add(found)


def _around(walk: Placement, c: Candidate) -> tuple[Token, Token, str, Token | None] | None:
    """The head and rest of c's field's code standing around c's line, left of the value
    read (and right of the field's label), their joined text, and the value read (none
    when it is the code's middle)."""
    line = walk.rows[c.row]
    if line and all(t.cell.bbox is None for t in line):
        return _opening_around(walk, c, line)
    label = next((t for t in line if t.field is c.field), None)
    value = next((t for t in line if t.piece.text == c.raw and t.cell.bbox is not None), None)
    if value is None or label is None or value.cell.bbox is None or label.cell.bbox is None:
        return None
    if not columns.laid_out(walk.doc, c.row, value.cell):
        return None
    left, right = label.cell.bbox[2], value.cell.bbox[0]
    for head in walk.rows[c.row - 1]:
        box = head.cell.bbox
        if box is None or not left <= box[0] < right or not head.free:
            continue
        if DIGIT_RE.search(head.piece.text):
            continue  # a code's head is its prefix: no digit (琼ICP备, https://)
        rest = next(
            (t for t in walk.rows[c.row + 1] if t.free and columns.starts_with(head.cell, t.cell)),
            None,
        )
        if rest is None:
            continue
        text = head.piece.text + rest.piece.text.split()[0]
        if has_shape(c.field, text, walk.index.form):
            return head, rest, text, value
    return None


def _opening_around(
    walk: Placement, c: Candidate, line: list[Token]
) -> tuple[Token, Token, str, Token | None] | None:
    """Text of one line a row (pdfplumber): the code's head opening the line above and its
    rest the line below (苏公网安备32108410736654 问总 | 公安机关备案号 1160441个 | 号 量…);
    or the value read is the code's middle, its head and tail opening lines up to one line
    of labels away (蒙ICP备 | 公安机关备 | ICP备案号 74128873 1502…号 | 案号 | 号-1)."""
    value = next((t for t in line if t.piece.text == c.raw), None)
    tail = ""
    if value is None and line and c.raw.startswith(line[-1].piece.text):
        # The walk joined the value with the line below's first word, as a code's rest
        # (总 167 003 | 号): that word is free for the code around.
        value, tail = line[-1], c.raw[len(line[-1].piece.text) :]
    form = walk.index.form
    for above, below in ((c.row - 1, c.row + 1), (c.row - 2, c.row + 2)):
        head = _opening(walk, above, c.row)
        rest = _opening(walk, below, c.row, tail if below == c.row + 1 else "")
        if head is None or rest is None:
            continue
        ends = head.piece.text.split()[0], rest.piece.text.split()[0]
        if value is not None and above == c.row - 1 and has_shape(c.field, "".join(ends), form):
            return head, rest, "".join(ends), value
        if not DIGIT_RE.search(ends[0]) and has_shape(c.field, c.raw.join(ends), form):
            return head, rest, c.raw.join(ends), None
    return None


def _opening(walk: Placement, r: int, row: int, taken: str = "") -> Token | None:
    """Line r's first token when free (or when its text is `taken`, which the value read
    took), each line between it and `row` of words without a digit (another cell's label,
    in pieces the walk may not know: 公安机关备 | … | 案号)."""
    if not 0 <= r < len(walk.rows) or not walk.rows[r]:
        return None
    first = walk.rows[r][0]
    if not first.free and not (taken and first.piece.text == taken):
        return None
    between = range(r + 1, row) if r < row else range(row + 1, r)
    if any(DIGIT_RE.search(t.piece.text) for q in between for t in walk.rows[q]):
        return None
    return walk.rows[r][0]
