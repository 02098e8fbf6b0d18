"""Labels broken over more lines than the walk's joins look at: a narrow cell wraps a long
label over three lines, which text of one cell a line (pdftotext without -layout) writes
as three lines of their own (可全程在线办 | 理政务服 | 务事项数量（单位：项）)."""

from __future__ import annotations

from nianbao.extract.labels import LabelHit, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token


def three_lines(
    walk: Placement, token: Token, r: int, *, alone: bool = True
) -> tuple[LabelHit, Token, Token] | None:
    """A field's label begun by `token` on line r and finished two lines down, the line
    between opening with a piece of it, alone there unless not `alone` (laid out, its unit
    and value may follow it: 回应公众关注热 | 点或重大舆情数   次   １１ | 量): (hit, the
    middle, the last part)."""
    rows = walk.rows
    if r + 2 >= len(rows) or not rows[r + 1] or not rows[r + 2]:
        return None
    between = rows[r + 1]
    if len(between) > 1 and (alone or any(t.piece.kind == "label" for t in between)):
        return None
    middle, last = rows[r + 1][0], rows[r + 2][0]
    for part in (middle, last):
        if part.used or part.cell.copy or part.piece.kind != "value" or part.piece.ticks:
            return None
    head = token.piece.text + middle.piece.text
    if normalize_label(head) not in walk.index.heads:
        return None
    hit = walk.index.lookup(normalize_label(head + last.piece.text))
    return (hit, middle, last) if hit is not None and hit.fields else None
