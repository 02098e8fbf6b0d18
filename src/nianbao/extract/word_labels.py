"""A label after a word of a value on one cell's line: a name's last word its cell's width
cut to the line of the next label (…人民政府门户 | 网站 首页网址)."""

from __future__ import annotations

import re

from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.piece import Piece, make_piece

_BEFORE_SPACED_RE = re.compile(r"([\u4e00-\u9fff]{2,}) ((?:[\u4e00-\u9fff] )+[\u4e00-\u9fff])")
"""A word, then a label set out a character at a time (网站 首 页 网 址)."""


def before_spaced(text: str, index: LabelIndex) -> tuple[Piece, ...] | None:
    """A word before a label set out a character at a time, which together read as a
    longer label (网站 首 页 网 址: 网站首页网址): a text's last word its cell's width cut
    (…人民政府门户 | 网站), then the label, when that word is no label of its own; a label
    written so spaces every character (网 站 首 页 网 址)."""
    found = _BEFORE_SPACED_RE.fullmatch(text)
    if found is None or index.lookup(normalize_label(found[1])) is not None:
        return None
    hit = index.lookup(normalize_label(found[2]))
    if hit is None or not hit.fields:
        return None
    return (make_piece("value", found[1], index), make_piece("label", found[2], index, hit))


_BEFORE_LABEL_RE = re.compile(r"([\u4e00-\u9fff]{2,}) ([\u4e00-\u9fff]{2,})")


def before_label(text: str, index: LabelIndex, whole: LabelHit) -> tuple[Piece, ...] | None:
    """A word, no label alone, then after a blank a label of the fields the two name
    together (网站 首页网址: a value's last word its cell's width cut, then 首页网址, not
    the variant 网站首页网址)."""
    found = _BEFORE_LABEL_RE.fullmatch(text)
    if found is None or index.lookup(normalize_label(found[1])) is not None:
        return None
    hit = index.lookup(normalize_label(found[2]))
    if hit is None or hit.fields != whole.fields:
        return None
    return (make_piece("value", found[1], index), make_piece("label", found[2], index, hit))
