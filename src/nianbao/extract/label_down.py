"""A label read whole that its column's next pieces make a longer label, laid out with
lines of other columns between (pdfplumber with its layout: 其他 | 创新  √搜索即服务 … | （注 |
发展 … | 明）: 其他（注明）, not 其他)."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_PIECES = 5
"""Lines a label's pieces may take down its column."""
_CUT_REST = 4
"""Characters of a piece a narrow column wraps (（注, 明）)."""


def label_down(
    walk: Placement, r: int, tokens: list[Token], k: int
) -> tuple[LabelHit, Token, Token] | None:
    """Laid out, a label alone on its line whose column's next short pieces, other columns'
    lines between, make a longer field label (其他 | … | （注 | … | 明）): (hit, the first
    piece, the last), the pieces between marked read."""
    label, rows = tokens[k], walk.rows
    hit = label.piece.hit
    if label.cell.bbox is None or walk.doc.format != "text" or len(tokens) != 1 or hit is None:
        return None
    text, pieces = label.piece.text, []
    for q in range(r + 1, min(len(rows), r + 1 + _PIECES)):
        if q - 1 in rows.ending:
            return None
        piece = next((t for t in rows[q] if columns.starts_with(label.cell, t.cell)), None)
        if piece is None:
            continue
        if not piece.free or len(piece.piece.text) > _CUT_REST:
            return None
        pieces.append(piece)
        text += piece.piece.text
        longer, more = grown(walk, text, pieces, unless=hit.fields)
        if longer is not None:
            return longer, pieces[0], pieces[-1]
        if not more:
            return None
    return None


def grown(
    walk: Placement,
    text: str,
    pieces: list[Token],
    *,
    ready: bool = True,
    unless: tuple[Field, ...] = (),
) -> tuple[LabelHit | None, bool]:
    """What a label's pieces down its column make so far (`text`, the pieces after its
    head): a field label, when `ready`, not of the fields `unless` names, the pieces between
    the first and the last then marked read; else None, and whether more pieces may still
    make one."""
    hit = walk.index.lookup(normalize_label(text))
    if hit is not None and hit.fields and ready and hit.fields != unless:
        for inner in pieces[1:-1]:
            inner.used = True
        return hit, False
    return None, normalize_label(text) in walk.index.heads
