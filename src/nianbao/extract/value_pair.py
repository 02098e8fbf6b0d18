"""Two counts on one label's line, the next field's label alone below without a value, in
text of one blank between cells (pdfplumber without its layout, pypdfium2: 总数(单位: 条)
568  15 | 概况类信息更新量 | (单位: 条)).

A row of two pairs whose right label wraps over two lines is written by height: the left
label with both values on its line, then the right label's lines (总数（件） １３８６２
１３３０７ | 自然人办件量 | （件）). The walk reads the two counts as one value none of the
fields can take. When they cannot be one count in spaced thousands, the label of the line
is the field just before the next line's lone label in the form, and neither field has a
value elsewhere, the first count is the left label's, the second the right's.
"""

from __future__ import annotations

import re

from nianbao.extract.cells import take_words
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.thousands import spaced_count
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_COUNT_RE = re.compile(r"[0-9０-９]+")


def take_value_pair(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 1):
        line = rows[r]
        # The two counts in one cell or, one each, in the line's last two (pypdfium2).
        tail = 2 if len(line) > 2 and line[-2].piece.kind == "value" else 1
        if len(line) < 2 or any(t.piece.kind != "value" or t.cell.copy for t in line[-tail:]):
            continue
        words = " ".join(t.piece.text for t in line[-tail:]).split()
        if len(words) != 2 or not all(_COUNT_RE.fullmatch(w) for w in words):
            continue
        left = _label_field(line[:-tail])
        right = _label_field(rows[r + 1])
        if left is None or right is None or right.order != left.order + 1:
            continue
        if spaced_count(left, words):
            continue  # one count in spaced thousands (764 564)
        pair = [left, right]
        if any(
            f.type not in COUNT_TYPES or match.read(f, {r, r + 1}) or not readable(f, w)
            for f, w in zip(pair, words, strict=True)
        ):
            continue
        take_words(walk, match, pair, [line], [[w] for w in words], labels=frozenset({r + 1}))


def _label_field(tokens: list[Token]) -> Field | None:
    """The field of the one label of a line that holds nothing else but units."""
    named = [t for t in tokens if t.piece.kind != "unit"]
    if len(named) != 1 or named[0].piece.kind != "label" or named[0].cell.copy:
        return None
    return named[0].field
