"""A long label that ends a word run into it: the form's title after the unit's name and
the year (某某局2023年度政府网站工作年度报表, 某网站2023年度工作年报), a label after a number
(2023年政府网站工作年度报表)."""

from __future__ import annotations

import re

from nianbao.extract.labels import LONG_TAIL, LabelHit, LabelIndex, normalize_label
from nianbao.extract.piece import Piece, make_piece
from nianbao.extract.title_year import year_apart

_DIGIT_RE = re.compile("[0-9０-９]")
_YEAR_WORD_RE = re.compile(r"\s*年度?")
_YEAR_GAP_RE = re.compile(r"(^|(?<=[\u4e00-\u9fff]) )((?:19|20)\d\d) (?=年)")


def year_gaps_closed(text: str) -> str:
    """`text` without the blanks converters set around a year between Chinese characters
    (LibreOffice's PDFs: 某局网站 2019 年度工作年报), so that a title reads as written."""
    return _YEAR_GAP_RE.sub(r"\2", text) if "年" in text else text


def ended_by_label(word: str, norm: str, index: LabelIndex) -> tuple[Piece, ...] | None:
    """A word that a long label ends after a number (2023年政府网站工作年度报表), or that
    the form's title ends after the unit's name (某某局政府网站工作年度报表): the value
    before and the label."""
    if len(norm) <= LONG_TAIL or not norm.endswith(index.long_tails) or index.lookup(norm):
        return None  # a label whole (8.独立用户访问总量) ends with itself
    tail = label_tail(word, index, LONG_TAIL)
    if tail is None:
        return None
    cut, hit = tail
    if not _DIGIT_RE.search(word, 0, cut) and hit != index.lookup(
        normalize_label(index.form.title)
    ):
        return None
    # A label that opens with the year's own 年度 (2023年度工作年报) leaves it to the year.
    own = _YEAR_WORD_RE.match(word, cut) if word[:cut].rstrip()[-1:].isdigit() else None
    if own is not None and own.end() < len(word):
        cut = own.end()
    values = (make_piece("value", v, index) for v in year_apart(word[:cut].strip()))
    return *values, make_piece("label", word[cut:], index, hit)


_CLAUSE_END_RE = re.compile(r"[；;。，,]")


def label_tail(word: str, index: LabelIndex, shortest: int) -> tuple[int, LabelHit] | None:
    """A label (of at least `shortest` characters) that ends a word run into it."""
    for cut in range(1, len(word) - shortest + 1):
        if _CLAUSE_END_RE.search(word, cut + 1):
            continue  # no label holds a clause's end: 某网站；首页网址 ends with 首页网址
        norm = normalize_label(word[cut:])
        if len(norm) >= shortest:
            hit = index.lookup(norm)
            if hit is not None:
                # What normalising drops before the label is the word's (an address's last
                # slash, a name's last character taken for numbering: …/col123/，主办单位,
                # 张三、审核人), or a clause's comma, which the caller leaves out.
                at = cut
                while at + 1 < len(word) and normalize_label(word[at + 1 :]) == norm:
                    at += 1
                return at, hit
    return None
