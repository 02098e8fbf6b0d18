"""Values the form's rules give a shape (`value_shapes`: registration numbers, web
addresses), cut apart by a converter's reading order and put back together by it.

pdftotext without -layout writes a tall cell's lines as lines of their own among the
lines of the cells beside it: the head of a value may come right after its label and its
rest a line or two on, past the next label (ICP备案号 | 冀ICP备 | 公安机关备案号 |
24928215号-1), which may even take the rest as its own value. A value read for a field,
which has not the field's shape, goes on with the first fragment alone on a line in the
few lines after it that makes it have that shape: a fragment nothing took, or one another
field took although it cannot be that field's value (https:// | www.a.gov.cn/). A number
with the shape but for its closing 号 goes on with that 号 (陕ICP备53116314 | 公安机关备案号
| 号). Text only, as the other reading-order repairs (`leftover`).
"""

from __future__ import annotations

from collections.abc import Callable

from nianbao.coerce import coerce_value
from nianbao.extract.kinds import DIGIT_RE
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import Token, label_of, units
from nianbao.forms.model import Field, Form
from nianbao.rules import value_shapes

_ROWS = 4
"""Lines after a value searched for its rest."""
_HEAD_ROWS = 3
"""Lines before a value searched for its head: its own and units' rest lines between."""


def has_shape(f: Field, text: str, form: Form) -> bool:
    """Whether `text` reads as f's value of the shape the form's rules ask of it (true for
    a field without a shape)."""
    own = value_shapes(form).get(f.key)
    if own is None:
        return readable(f, text)
    value = _value(f, text)
    return value is not None and any(shape.fullmatch(value) for shape in own)


def only_shape(f: Field, text: str, form: Form) -> bool:
    """Whether `text`, more than digits (which any count may be), has f's shape and no
    other field's."""
    shapes = value_shapes(form)
    if f.key not in shapes or all(c.isdigit() or c.isspace() for c in text):
        return False
    value = _value(f, text)
    if value is None or not any(shape.fullmatch(value) for shape in shapes[f.key]):
        return False
    return not any(
        shape.fullmatch(value) for key, own in shapes.items() if key != f.key for shape in own
    )


def _value(f: Field, text: str) -> str | None:
    """`text` read as f's value, as text; None when it cannot be read or is no value."""
    if not readable(f, text):
        return None
    return str(coerce_value(f, text))


def complete_shapes(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for key in value_shapes(walk.index.form):
        _extend(walk, match, walked, key, lambda c: _rest(walk, match, c, walked))


def complete_heads(walk: Placement, match: Match, walked: int) -> None:
    """After every other reading: a value of its shape goes on with the head of it set
    alone just before it (`_head`); a value read late (by the order of values, or by its
    shape away from its label) with its rest alone after it (湘ICP备81567543 | 号)."""
    if walk.doc.format != "text":
        return
    for key in value_shapes(walk.index.form):
        _extend(walk, match, walked, key, lambda c: _head(walk, match, c))
        _extend(walk, match, walked, key, lambda c: _rest(walk, match, c, walked))


def _extend(
    walk: Placement,
    match: Match,
    walked: int,
    key: str,
    find: Callable[[Candidate], tuple[Token, str] | None],
) -> None:
    """Each candidate of field `key` read before `walked`, whole with the piece `find`
    finds for it (its head or its rest)."""
    for c in list(match.candidates.get(key, ())):
        found = find(c) if c.row < walked else None
        if found is not None:
            _complete(match, c, *found, walk.index.form)


def _complete(match: Match, c: Candidate, token: Token, raw: str, form: Form) -> None:
    """Candidate c, read whole as `raw` with `token`, which others lose."""
    release(match, token, form)
    token.used = True
    found = match.candidates.get(c.field.key, [])
    if c in found:
        found[found.index(c)] = Candidate(
            c.field, raw, c.where, c.page, c.block, c.row, c.confidence * 0.9, c.explicit
        )


def _rest(walk: Placement, match: Match, c: Candidate, walked: int) -> tuple[Token, str] | None:
    form = walk.index.form
    f, raw = c.field, c.raw
    shaped = has_shape(f, raw, form)
    if shaped and not raw[-1:].isdigit():
        return None
    value = next((t for t in walk.rows[c.row] if t.piece.text == raw), None)
    for r in range(c.row + 1, min(c.row + 1 + _ROWS, walked)):
        if r in walk.rows.ending:
            break
        tokens = [t for t in walk.rows[r] if t.piece.kind != "unit"]
        if len(tokens) > 1 and value is not None:
            # A table's row the reader set a cell's lines apart in, each line a row (a
            # Markdown cell's <br>): the rest in the value's own column.
            tokens = [t for t in tokens if t.cell.col == value.cell.col]
        if len(tokens) != 1 or tokens[0].piece.kind != "value" or tokens[0].cell.copy:
            continue
        token = tokens[0]
        text = token.piece.text
        if shaped and not text.startswith("号"):
            continue  # a number whole but for its closing 号
        if (not token.used or taken_wrongly(match, token, form)) and has_shape(f, raw + text, form):
            return token, raw + text
    return None


def _head(walk: Placement, match: Match, c: Candidate) -> tuple[Token, str] | None:
    """A value of its shape whose optional head reading order set alone on a line just
    before it (冀公网安备 | 13060076928799号; https:// | www.a.gov.cn/): the head, no digit
    in it, and the whole."""
    f, raw = c.field, c.raw
    if not has_shape(f, raw, walk.index.form):
        return _head_above(walk, c, centred=True)
    r = c.row - 1
    while r >= 0 and r > c.row - _HEAD_ROWS and (units(walk.rows[r]) or _own_label(walk, f, r)):
        r -= 1  # units' rest lines, and f's own label between (https:// | 首页网址 | a.gov.cn/)
    tokens = [t for t in walk.rows[r] if t.piece.kind != "unit"] if r >= 0 else []
    if len(tokens) != 1 or tokens[0].piece.kind != "value" or tokens[0].cell.copy:
        return _head_above(walk, c) or _head_apart(walk, match, c)
    token = tokens[0]
    text = token.piece.text
    if DIGIT_RE.search(text) or (token.used and not taken_wrongly(match, token, walk.index.form)):
        return _head_above(walk, c) or _head_apart(walk, match, c)
    if has_shape(f, text + raw, walk.index.form):
        return token, text + raw
    return _head_apart(walk, match, c)


def _head_apart(walk: Placement, match: Match, c: Candidate) -> tuple[Token, str] | None:
    """A value whose head (no digit in it) reading order set alone on a line shortly
    before it, another cell's text or label between (https:// | 东平县人民政府办公室 |
    wjw22.370923.gov.cn/; 豫公网安备 | 399004个 | 41130000877800号)."""
    form = walk.index.form
    for r in range(c.row - 1, max(-1, c.row - _HEAD_ROWS - 1), -1):
        line = walk.rows[r]
        if len(line) != 1 or line[0].piece.kind != "value" or line[0].cell.copy:
            continue
        token = line[0]
        text = token.piece.text
        if DIGIT_RE.search(text) or (token.used and _held(match, token, form)):
            continue
        whole = text + c.raw
        if only_shape(c.field, whole, form) and not has_shape(c.field, text, form):
            return token, whole
    return None


def _held(match: Match, token: Token, form: Form) -> bool:
    """Whether a used token is (part of) a value read on its line that may be its field's:
    a token a dropped reading used is free again."""
    text = token.piece.text
    return any(
        c.row == token.row and text in c.raw and not _wrong(c, token, form)
        for found in match.candidates.values()
        for c in found
    )


def _head_above(
    walk: Placement, c: Candidate, *, centred: bool = False
) -> tuple[Token, str] | None:
    """Laid out, a value's head in its column one or two lines up, another column's text
    between (https:// | 滨海新区应急管理局 | scjg165.120116.gov.cn/); `centred`, a head over
    any of the value's width, the lines of a tall cell centred one by one (豫ICP备 | 公安机关 |
    ICP备案号 81065672), for a value that has not its shape without it."""
    value = next((t for t in walk.rows[c.row] if t.piece.text == c.raw), None)
    box = value.cell.bbox if value is not None else None
    if box is None:
        return None
    form = walk.index.form
    for r in range(c.row - 1, max(-1, c.row - _HEAD_ROWS - 1), -1):
        for token in walk.rows[r]:
            at = token.cell.bbox
            over = centred and at is not None and at[0] < box[2] and box[0] < at[2]
            if at is None or (abs(at[0] - box[0]) > 1 and not over):
                continue
            text = token.piece.text
            if token.used or token.piece.kind != "value" or DIGIT_RE.search(text):
                return None
            return (token, text + c.raw) if has_shape(c.field, text + c.raw, form) else None
    return None


def _own_label(walk: Placement, f: Field, r: int) -> bool:
    """Whether line r holds only a label of f."""
    return label_of(f, [t for t in walk.rows[r] if t.piece.kind != "unit"]) is not None


def taken_wrongly(match: Match, token: Token, form: Form) -> bool:
    """Whether a used token is the whole value of a field it cannot be (unreadable, or not
    of the field's shape)."""
    return any(_wrong(c, token, form) for found in match.candidates.values() for c in found)


def read_whole(token: Token) -> Callable[[Candidate], bool]:
    """Picks the candidates read from `token` whole."""
    return lambda c: c.row == token.row and c.raw == token.piece.text


def _wrong(c: Candidate, token: Token, form: Form) -> bool:
    """Whether a candidate took `token` whole although it cannot be its field's value."""
    return read_whole(token)(c) and not has_shape(c.field, c.raw, form)


def release(match: Match, token: Token, form: Form) -> None:
    """Drops the candidates that took `token` although it cannot be their field's value."""
    match.drop(lambda c: _wrong(c, token, form))
