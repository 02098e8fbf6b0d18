"""Cells run together: text laid out in columns sets two cells one blank apart when the
first fills its column (pdfplumber's layout: 21130000730492号 1 990 988), and so reads
them as one. A value the form's rules give a shape (a registration number, a code) that
has that shape up to a blank, and not with what follows, ends there: the rest becomes a
cell of its own, where it stands on the line, for the label of its column."""

from __future__ import annotations

import re

from nianbao.extract import columns
from nianbao.extract.document import Cell
from nianbao.extract.piece import Piece
from nianbao.extract.placement import Placement
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field
from nianbao.rules import value_shapes

_RECORD_END_RE = re.compile(r"号\s*(?:-\s*\d+)?")
"""How a record number ends (…19632850号-2), a converter's blank before it or not."""


def split_off(walk: Placement, f: Field, value: Token, raw: str) -> str | None:
    """The part of `raw` (a value read for f, ending with the text of `value`, a laid-out
    cell) that has f's shape, when the whole has not, cut at a blank in `value`'s text;
    the rest is put on the line after `value` as a token of its own."""
    box, text = value.cell.bbox, value.piece.text
    if box is None or " " not in text:
        return None  # most values: one word
    form = walk.index.form
    if not columns.laid_out(walk.doc, value.row, value.cell):
        return None  # a page's cells keep their own bounds
    if f.key not in value_shapes(form) or not raw.endswith(text):
        return None
    # A whole that has the shape may still end in another cell's Chinese (…gov.cn/ 局,
    # …gov.cn/ （某档案馆）): no code or address goes on after a blank with such a character.
    whole = has_shape(f, raw, form)
    before = len(raw) - len(text)
    at = text.find(" ")
    while at > 0:
        rest = text[at + 1 :].strip()
        if whole and _RECORD_END_RE.fullmatch(rest):
            break  # the record number's own end (滇 ICP 备 19632850 号)
        if rest and (not whole or not rest[0].isascii()) and has_shape(f, raw[: before + at], form):
            _put_rest(walk, value, rest, (at + 1) / len(text))
            return raw[: before + at]
        at = text.find(" ", at + 1)
    return None


def _put_rest(walk: Placement, value: Token, rest: str, share: float) -> None:
    """A token for the rest of a cell, standing where the share of its width puts it."""
    box = value.cell.bbox
    assert box is not None
    left = box[0] + (box[2] - box[0]) * share
    cell = Cell(
        rest, value.cell.col, (left, box[1], box[2], box[3]), confidence=value.cell.confidence
    )
    line = walk.rows[value.row]
    line.insert(line.index(value) + 1, Token(value.row, cell, Piece("value", rest)))
