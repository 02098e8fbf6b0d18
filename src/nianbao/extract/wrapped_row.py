"""A row of two pairs whose right label wraps around both values, in text of one cell a
line (pdftotext without -layout).

Such text writes the row's cells by height: the left label, the right label's first line,
the two values, then the right label's last line: 收到意见数量（条） | 公布调查结果期 | 0 |
0 | 数（期）. The walk finds no value beside either label. When a line holds the head of a
field's label (a piece no label is, that begins one) whose rest opens the line after the
next two, those two lines hold a count each, nothing took them, and the line before the
head holds the label of the field just before in the form, neither field having a value:
the first count is the left label's, the second the right's.
"""

from __future__ import annotations

from nianbao.extract.cells import take_words
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field


def take_wrapped_row(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    index = walk.index
    for r in range(1, walked - 3):
        head = _alone(rows[r])
        if head is None or head.used or head.piece.kind != "value" or head.cell.bbox:
            continue
        norm = normalize_label(head.piece.text)
        if norm not in index.heads:
            continue  # most lines: no label's first line
        values = [_alone(rows[q]) for q in (r + 1, r + 2)]
        rest = rows[r + 3][0] if rows[r + 3] else None
        if rest is None or any(v is None or not v.free for v in values):
            continue
        hit = index.lookup(normalize_label(head.piece.text + rest.piece.text))
        right = hit.fields[0] if hit is not None and len(hit.fields) == 1 else None
        q = r - 1
        while q > 0 and units(rows[q]):
            q -= 1  # the left label's unit on a line of its own: 收到意见数量 | （条）
        left = _label_field(rows[q])
        if right is None or left is None or right.order != left.order + 1:
            continue
        pair = [left, right]
        texts = [v.piece.text for v in values if v is not None]
        if any(f.type not in COUNT_TYPES or _read(match, f) for f in pair) or not all(
            readable(f, text) for f, text in zip(pair, texts, strict=True)
        ):
            continue
        lines = [rows[r + 1], rows[r + 2]]
        take_words(walk, match, pair, lines, [[t] for t in texts], labels=frozenset({r, r + 3}))
        head.used = rest.used = True


def _alone(line: list[Token]) -> Token | None:
    return line[0] if len(line) == 1 else None


def _label_field(line: list[Token]) -> Field | None:
    """The field of the one label a line holds (and its unit)."""
    labels = [t for t in line if t.piece.kind == "label"]
    if len(labels) != 1 or any(t.piece.kind == "value" for t in line):
        return None
    return labels[0].field


def _read(match: Match, f: Field) -> bool:
    return any(readable(f, c.raw) for c in match.candidates.get(f.key, []))
