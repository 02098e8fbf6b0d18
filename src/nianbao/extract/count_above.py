"""A count set on the line above its label's, laid out in columns (pdftotext -layout).

A row's cells are centred in it: when its label wraps over two lines and the cell beside
holds a longer label, the count may stand on the row's first line while the label starts
on the second (`319   办结留言数量（条） 255 | 收到留言数量 | （条）`). When a count's label,
read, has nothing after it on its line up to the next label (or the next column's label
cut, or words no count), and the line above holds in the label's columns (right of its
start, left of that next label) first a count nothing took, nothing in the label's own
column and no label before it (but another column's pair, its value taken), the count is
the label's. So is a choice's ticked answer (☑是 | 是否发布服务事项 | 目录), and a label's head
the walk joined to its rest below (是否明确网站安全责任 | 人: 人 reads as a unit) counts as
the label.
"""

from __future__ import annotations

from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import NUMERIC_RE, Token
from nianbao.forms.model import Field

_TYPES = COUNT_TYPES | CHOICE_TYPES


def take_counts_above(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(1, walked):
        line = rows[r]
        for at, label in enumerate(line):
            f = label.field
            if f is None or f.type not in _TYPES or match.candidates.get(f.key):
                continue
            if label.cell.bbox is None:
                continue  # a label's head the walk joined to its rest below counts too
            after = next((t for t in line[at + 1 :] if t.piece.kind != "unit"), None)
            if after is not None and after.piece.kind != "label" and _beside(f, after):
                continue  # something beside the label: not this case
            count = _count_above(rows[r - 1], label, after, f)
            if count is None or not readable(f, count.piece.text):
                continue
            count.used = True
            place = (count.row, count.cell)
            match.candidates[f.key] = [Candidate.at(walk.doc, f, count.piece.text, place, 0.6)]


def _beside(f: Field, after: Token) -> bool:
    """Whether the text after a count's label on its line may be its value: not when the
    walk read it as another field's label, cut (问题整改数量(单   是否建立安全监测预 | 位:个)
    警机制), or it is words no count."""
    if after.field is not None and after.field is not f:
        return False
    return after.used or after.cell.copy or readable(f, after.piece.text)


def _count_above(above: list[Token], label: Token, limit: Token | None, f: Field) -> Token | None:
    """The first count on the line above right of the label's start and left of `limit`,
    no label between: nothing taken, a count alone in its cell."""
    own = label.cell.bbox
    assert own is not None
    end = limit.cell.bbox[0] if limit is not None and limit.cell.bbox is not None else None
    for k, token in enumerate(above):
        box = token.cell.bbox
        if box is None or box[0] <= own[0]:
            if token.piece.kind == "label" and _paired(above[k + 1 :], own[0]):
                continue  # another column's pair (总数(单位: 条)  4413), its value taken
            if token.piece.kind == "label" or (box is not None and token.free):
                return None  # the line above has its own label or value in this column
            continue
        if end is not None and box[2] >= end:
            return None
        if token.piece.kind == "label":
            return None  # a count after it is that label's
        if f.type in CHOICE_TYPES:
            return token if _ticked(token) else None
        if token.free and NUMERIC_RE.fullmatch(token.piece.text):
            return token
        return None
    return None


def _ticked(token: Token) -> bool:
    """Whether a token is a choice's options, one ticked, nothing took."""
    return token.piece.kind == "value" and token.piece.ticks and not token.used


def _paired(after: list[Token], start: float) -> bool:
    """Whether a label's value, taken, follows it on its line, ending before `start`."""
    value = next((t for t in after if t.piece.kind != "unit"), None)
    box = value.cell.bbox if value is not None else None
    return value is not None and value.used and box is not None and box[2] <= start
