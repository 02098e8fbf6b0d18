"""A short label after a blank in the value of a field beside it (单位负责人 沈建国 审核人
朱晓燕 填报人 钱佳怡; 联系电话 0535-6789012 填报日期 2021年1月22日): a line of one group's
labels and values set apart by single blanks, as OCR and copied text write a row of
cells. Short labels inside running text otherwise need a colon (名称, 总数 are words too)."""

from __future__ import annotations

import re

from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.piece import Piece


def sibling_label(hit: LabelHit, pieces: list[Piece]) -> bool:
    """Whether `hit` names a field of the group of the last label in `pieces` (another
    field than that label's), whose value is a short one (a name, a code, a date: not a
    free text, in which any word may stand)."""
    before = next((p.hit for p in reversed(pieces) if p.kind == "label"), None)
    if before is None or not before.fields or not hit.fields:
        return False
    if any(f.max_length is not None for f in before.fields):
        return False
    groups = {f.group_ids for f in before.fields}
    return any(f.group_ids in groups and f not in before.fields for f in hit.fields)


_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
"""A person's name after its label."""


def sibling_head(word: str, index: LabelIndex, pieces: list[Piece]) -> tuple[int, LabelHit] | None:
    """Where a sibling label (`sibling_label`) ends at the head of `word`, a name after it
    with no colon between (OCR loses the colon: 沈建国 审核人朱晓燕); None when none does."""
    for k in range(len(word) - 2, 1, -1):
        hit = index.lookup(normalize_label(word[:k]))
        if hit is not None and _NAME_RE.fullmatch(word, k) and sibling_label(hit, pieces):
            return k, hit
    return None
