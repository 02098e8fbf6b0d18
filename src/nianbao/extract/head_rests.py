"""A label's rest that is a label of its own: in a block of labels abreast whose long
labels wrap (pdfplumber), a head cut at its line's end may be finished by a rest that reads
alone as another field's generic label (信息公开目录信息 | 发布量(单位:条), where 发布量 alone is
微博's). The block names the head's field, not the rest's."""

from __future__ import annotations

from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.forms.model import Field


def without_head_rests(walk: Placement, lines: list[int], fields: list[Field]) -> list[Field]:
    """`fields`, named by the block's `lines`, less those of labels the walk read on their
    own that finish a label's head on a line above them in the block."""
    index = walk.index
    heads: list[tuple[int, str, Field]] = []
    for r in lines:
        for token in walk.rows[r]:
            if token.piece.kind != "value":
                continue
            for word in token.piece.text.split():
                head = index.field_heads.get(normalize_label(word))
                if head is not None:
                    heads.append((r, word, head))
    if not heads:
        return fields
    out = list(fields)
    for r in lines:
        for token in walk.rows[r]:
            own = token.field
            if token.piece.kind != "label" or own is None or own not in out:
                continue
            for above, word, head in heads:
                hit = index.lookup(normalize_label(word + token.piece.text))
                if above < r and head is not own and hit is not None and head in hit.fields:
                    out.remove(own)
                    break
    return out
