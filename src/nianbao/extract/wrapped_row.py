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

import re

from nianbao.extract.cells import take_words
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field

_SPAN = 5
"""Lines after the head its label's pieces and the two counts may take."""
_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*\s*[\u4e00-\u9fff]?")
"""A count alone, maybe with its unit."""


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
        found = _around(walk, r, head, walked)
        if found is None:
            continue
        right, values, pieces = found
        q = r - 1
        while q > 0 and units(rows[q]):
            q -= 1  # the left label's unit on a line of its own: 收到意见数量 | （条）
        left = _label_field(rows[q])
        if left is None or right.order != left.order + 1:
            continue
        pair = [left, right]
        texts = [v.piece.text for v in values]
        spanned = frozenset({r, *(p.row for p in pieces)})
        within = spanned | {v.row for v in values}
        if any(f.type not in COUNT_TYPES or match.read(f, within) for f in pair) or not all(
            readable(f, text) for f, text in zip(pair, texts, strict=True)
        ):
            continue
        lines = [rows[v.row] for v in values]
        take_words(walk, match, pair, lines, [[t] for t in texts], labels=spanned)
        for piece in (head, *pieces):
            piece.used = True


def _around(
    walk: Placement, r: int, head: Token, walked: int
) -> tuple[Field, list[Token], list[Token]] | None:
    """The field whose label `head` begins and the lines after it finish, two counts alone
    on lines among its pieces (head | 0 | 0 | 数（期）, or head | 147 | 政务服务事项数 | 0 |
    量（项）): (field, the counts, the label's other pieces)."""
    values: list[Token] = []
    pieces: list[Token] = []
    text = head.piece.text
    for q in range(r + 1, min(walked, r + 1 + _SPAN)):
        token = _alone(walk.rows[q]) or (walk.rows[q][0] if walk.rows[q] else None)
        if token is None or token.cell.copy:
            return None
        # A count the walk gave a piece of the label it misread as a label of its own
        # (政务服务事项数 | 0) is taken back.
        if token.piece.kind == "value" and _COUNT_RE.fullmatch(token.piece.text.strip()):
            if len(walk.rows[q]) != 1 or len(values) == 2:
                return None
            values.append(token)
            continue
        pieces.append(token)
        text += "".join(t.piece.text for t in walk.rows[q])
        hit = walk.index.lookup(normalize_label(text))
        if hit is not None and len(hit.fields) == 1:
            return (hit.fields[0], values, pieces) if len(values) == 2 else None
        if normalize_label(text) not in walk.index.heads:
            return None
    return None


def _alone(line: list[Token]) -> Token | None:
    return line[0] if len(line) == 1 else None


def _label_field(line: list[Token]) -> Field | None:
    """The field of the one label a line holds (and its unit)."""
    labels = [t for t in line if t.piece.kind == "label" or t.field is not None]
    if len(labels) != 1 or any(t.piece.kind == "value" and t.field is None for t in line):
        return None  # the walk gives a label's pieces it joined their field (量 | （项）)
    return labels[0].field
