"""A note written after a ticked option that its line's end cut, going on where a
converter put the rest: alone on the next line, from the options' left edge, centred under
them, or after the field's own label on the options' tall cell's middle line."""

from __future__ import annotations

from nianbao.extract.label_rests import past_heads_rests, without_label_rest
from nianbao.extract.labels import normalize_label
from nianbao.extract.notes import option_notes
from nianbao.extract.placement import Placement
from nianbao.extract.prose import width
from nianbao.extract.tokens import CJK_RE, Token, label_of
from nianbao.extract.wraps import column_start
from nianbao.forms.model import Field

_NOTE_LINES = 3
"""Lines a note's rest may go on over after its options' line."""
_PIECE = 3
"""Characters of a label's piece its tall cell sets down a line of its own (创新, 发展)."""
_FILLED = 0.8
"""Share of the options' line's width a line of a note fills when the note goes on."""


def note_rests(
    walk: Placement, f: Field, raw: str, first: Token, last: Token, *, label_read: bool = False
) -> list[Token]:
    """The rest of a note written after a ticked option, cut by its line's end (see
    `_note_rest`), and the lines after it while each fills its line as the options' line
    does (☑其他：提供政策智 | 能匹配与免申即享服务；建设适老化专区，提供大字版 | 页面).
    `label_read`: the walk read the field's label without a value, so it may stand between
    the options and the rest."""
    rest = _note_rest(walk, f, raw, first, last, label_read=label_read)
    if rest is None:
        return []
    rests = [without_label_rest(walk, last.row, rest)]
    full = sum(width(t.piece.text) + 1 for t in walk.rows[last.row])
    while len(rests) < _NOTE_LINES and width(rests[-1].piece.text) >= _FILLED * full:
        below = rests[-1].row + 1
        if rests[-1].row in walk.rows.ending or below >= len(walk.rows):
            break
        line = walk.rows[below]
        if (
            (_own_label_piece(line, f) or _own_piece(line, f))
            and below + 1 < len(walk.rows)
            and below not in walk.rows.ending
        ):
            # The field's label's last piece, down its tall cell between the note's lines
            # (创新发展 配与…问答一站 | 发展 | 式查询).
            line = walk.rows[below + 1]
        if (
            len(line) != 1
            or not _note_text(line[0])
            or normalize_label(line[0].piece.text) in walk.index.heads
        ):
            break
        rests.append(line[0])
    return rests


def _own_label_piece(line: list[Token], f: Field) -> bool:
    return len(line) == 1 and line[0].used and line[0].field is f


def _own_piece(line: list[Token], f: Field) -> bool:
    """Whether a line is a short piece, nothing took, that begins or ends the field's label
    or its section's name (创新 | 发展 of 创新发展: its tall cell's name down its lines)."""
    if len(line) != 1 or line[0].used or line[0].piece.ticks:
        return False
    piece = normalize_label(line[0].piece.text)
    if not piece or len(piece) > _PIECE:
        return False
    names = (normalize_label(name) for name in (f.label, *f.variants, *f.path))
    return any(name != piece and (name.startswith(piece) or name.endswith(piece)) for name in names)


def _note_text(token: Token) -> bool:
    piece = token.piece
    return (
        not token.used
        and not token.cell.copy
        and piece.kind == "value"
        and not piece.ticks
        and CJK_RE.search(piece.text) is not None
    )


def _note_rest(
    walk: Placement, f: Field, raw: str, first: Token, last: Token, *, label_read: bool
) -> Token | None:
    """The rest of a note written after a ticked option, cut by its line's end: alone on
    the next line (☑其他：提供政策 | 智能匹配与免申即享服务) or, laid out in columns,
    from the options' left edge on one of the next two lines."""
    notes = option_notes(f, raw, walk.index.form)
    below = last.row + 1
    if not notes or not raw.rstrip().endswith(notes[-1][1]) or below >= len(walk.rows):
        return None
    if last.row in walk.rows.ending:
        return None
    line = walk.rows[below]
    if _own_piece(line, f) and below + 1 < len(walk.rows) and below not in walk.rows.ending:
        below += 1  # the field's label's head down its tall cell (…提供政策智能 | 创新 | 匹配与…)
        line = walk.rows[below]
    own = label_of(f, line[:1]) if len(line) <= 2 else None
    own = None if own is None or (own.used and not label_read) else own
    if own is not None and len(line) == 2:
        # The field's own label on the options' tall cell's middle line, the note's rest
        # after it (☑其他：提供政策智能匹配与 | 创新发展 免申即享服务；… | 询).
        if _note_text(line[1]):
            own.used = True
            return line[1]
        own = None
    # The field's own label centred on the options' tall cell, between their lines
    # (☑其他：提供政策智能匹配与免申 | 创新发展 | 即享服务…).
    on = own is not None and below + 1 < len(walk.rows) and below not in walk.rows.ending
    at = below + 1 if on else below
    following = walk.rows[past_heads_rests(walk, at, first.row, below + 2)]
    found: list[Token | None] = [following[0]] if len(following) == 1 else []
    if first.cell.bbox is not None:
        found += [column_start(walk, first, 2), _centred_rest(first, last, following)]
    for rest in found:
        if rest is not None and _note_text(rest) and not _labelled(walk, rest, f):
            if own is not None and rest.row > below:
                own.used = True  # read: the walk finds no value of its own for it
            return rest
    return None


def _labelled(walk: Placement, token: Token, f: Field) -> bool:
    """Whether another field's label stands right before the token on its line: it is that
    label's value (单位负责人 段光明 under the options), no note's rest. The field's own
    label, centred in its tall cell, may stand there (创新发展 配与免申…)."""
    before = walk.rows.beside(token, -1)
    if before is None or before.piece.kind != "label":
        return False
    names = {normalize_label(n) for n in (*f.labels, *f.path)}
    return normalize_label(before.piece.text) not in names


def _centred_rest(first: Token, last: Token, line: list[Token]) -> Token | None:
    """Laid out, a note's rest centred under the options' cell, the other columns' names
    left of it on its line (☑其他：提供政策智能匹配与免 | 展   申即享服务)."""
    box, end = first.cell.bbox, last.cell.bbox
    if box is None or end is None or not line or line[0].row != last.row + 1:
        return None
    inside = []
    for t in line:
        at = t.cell.bbox
        if at is None:
            return None
        if at[0] >= box[0] and at[0] < end[2]:
            inside.append(t)
        elif at[2] > box[0]:
            return None  # something under the options that is no rest of theirs
    return inside[0] if len(inside) == 1 else None
