"""A label after a word of a value on one cell's line: a name's last word its cell's width
cut to the line of the next label (…人民政府门户 | 网站 首页网址)."""

from __future__ import annotations

import re

from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.piece import Piece, make_piece

_WORD_BEFORE_RE = re.compile(
    r"([\u4e00-\u9fff]{2,}) ((?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,})"
)
"""A word, then a label set out a character at a time (网站 首 页 网 址) or written whole
(网站 首页网址)."""


def word_before_label(text: str, index: LabelIndex, whole: LabelHit) -> tuple[Piece, ...] | None:
    """A word, no label of its own, before a label, which together read as a longer label
    (`whole`): a text's last word its cell's width cut (…人民政府门户 | 网站), then the
    label. Set out a character at a time (网站 首 页 网 址), any field's label; written whole
    (网站 首页网址, not the variant 网站首页网址), one of the fields the two name together.
    Also a label written so spaces every character (网 站 首 页 网 址)."""
    found = _WORD_BEFORE_RE.fullmatch(text)
    if found is None or index.lookup(normalize_label(found[1])) is not None:
        return None
    hit = index.lookup(normalize_label(found[2]))
    if hit is None or (not hit.fields if " " in found[2] else hit.fields != whole.fields):
        return None
    return (make_piece("value", found[1], index), make_piece("label", found[2], index, hit))
