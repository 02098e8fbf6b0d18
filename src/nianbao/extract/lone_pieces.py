"""One cell a line: a long label a narrow cell wrapped in several pieces, each alone on
its line, its value alone on a line between two of them, its unit perhaps before it
(pypdfium2: 可全程在 | 线办理政 | 务服 | 务事项数 | 23 | 量(单位: | 项); pdfplumber: 回应公众关注 |
热 | 次 52 | 点或重大舆情 | 数量)."""

from __future__ import annotations

from nianbao.extract.label_down import grown
from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field

_PIECES = 6
"""Lines a label's pieces and its value may take after its head."""


def pieces_around_value(
    walk: Placement, token: Token, r: int
) -> tuple[LabelHit, Token, Token] | None:
    """The label that `token`, alone on line r, and the pieces alone on the next lines
    make, its value's line between two of them: (hit, the first piece after the head, the
    last), the pieces between marked read; `value_between_pieces` finds the value."""
    rows = walk.rows
    if token.cell.bbox is not None or len(rows[r]) != 1 or walk.doc.format != "text":
        return None
    if normalize_label(token.piece.text) not in walk.index.heads:
        return None
    text, value = token.piece.text, None
    pieces: list[Token] = []
    for q in range(r + 1, min(len(rows), r + 1 + _PIECES)):
        line = rows[q]
        if q - 1 in rows.ending or not line:
            return None
        first = line[0]
        if value is None and pieces and _value_line(line):
            value = line[-1]
            continue
        if not first.free or not units(line[1:]):
            return None
        pieces.append(first)
        text += first.piece.text
        # Without a value between, it is a label other rules read (`three_lines`).
        hit, more = grown(walk, text, pieces, ready=value is not None)
        if hit is not None:
            return hit, pieces[0], pieces[-1]
        if not more:
            return None
    return None


def value_between_pieces(walk: Placement, f: Field, head: Token, last: Token) -> list[Token]:
    """The value alone on a line between a label's head and its last piece, one cell a
    line, when of the field's shape."""
    for q in range(head.row + 1, last.row):
        line = walk.rows[q]
        if _value_line(line):
            found = walk.right_of(line, len(line) - 1, f)
            if found and has_shape(f, found[0].piece.text, walk.index.form):
                return found
    return []


def _value_line(line: list[Token]) -> bool:
    """Whether a line holds a value with a figure, its unit perhaps before it (次 52): no
    piece of a label."""
    piece = line[-1].piece
    return (
        piece.kind == "value"
        and not piece.ticks
        and any(c.isdigit() for c in piece.text)
        and units(line[:-1])
    )
