"""A label read whole that its column's next pieces make a longer label, laid out with
lines of other columns between (pdfplumber with its layout: 其他 | 创新  √搜索即服务 … | （注 |
发展 … | 明）: 其他（注明）, not 其他)."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token

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
        longer = walk.index.lookup(normalize_label(text))
        if longer is not None and longer.fields and longer.fields != hit.fields:
            for inner in pieces[1:-1]:
                inner.used = True
            return longer, pieces[0], pieces[-1]
        if normalize_label(text) not in walk.index.heads:
            return None
    return None
