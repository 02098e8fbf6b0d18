"""A paragraph's first line set above its label's line, laid out in columns (pdftotext
-layout centres a tall cell's lines on its row).

A text of three lines beside a label of one is written a line above the label, a line
beside it and a line below (移动客户端“赫章县住通”，…信息发 | 其他   布量 6887 条，… | 87802
人): the walk reads the label's line and the line below. When a text field's value
starts on its label's line and the nearest line above holds, from the same left edge, a
line of prose nothing took that runs on (long, its sentence unfinished), that line begins
the value.
"""

from __future__ import annotations

from nianbao.extract.placement import Placement
from nianbao.extract.prose import LONG_LINE, PROSE_RE, SENTENCE_ENDS, joined, lone_texts
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import Token

_ENDS = (*SENTENCE_ENDS, "；")
"""What ends a line whose text does not run on: a sentence, or a clause of a list."""


def take_prose_above(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for key, c in list(lone_texts(match)):
        if not 0 < c.row < walked or not _label_on(walk, c.row, c.field.key):
            continue
        first = next((t for t in walk.rows[c.row] if _begins(t, c.raw)), None)
        box = first.cell.bbox if first is not None else None
        if first is None or box is None:
            continue
        head = _head(walk, c.row, box[0])
        if head is None or PROSE_RE.search(head.piece.text + c.raw) is None:
            continue
        head.used = True
        raw = joined(head.piece.text.strip(), c.raw)
        place = (head.row, head.cell)
        match.candidates[key] = [
            Candidate.at(walk.doc, c.field, raw, place, c.confidence, explicit=c.explicit)
        ]


def _begins(token: Token, raw: str) -> bool:
    text = token.piece.text.strip()
    return token.used and token.piece.kind == "value" and bool(text) and raw.startswith(text)


def _label_on(walk: Placement, r: int, key: str) -> bool:
    return any(t.field is not None and t.field.key == key for t in walk.rows[r])


def _head(walk: Placement, r: int, x: float) -> Token | None:
    """The free line of prose running on that starts at `x` on the line above line r."""
    above = walk.rows[r - 1]
    if r - 1 in walk.rows.ending:
        return None
    found = walk.free_at(above, x)
    if len(found) != 1 or found[0].piece.ticks:
        return None
    text = found[0].piece.text.strip()
    if len(text) < LONG_LINE or text.endswith(_ENDS):
        return None
    return found[0]
