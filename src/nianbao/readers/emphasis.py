"""Options marked by emphasis instead of boxes: a few words, some bold, coloured, highlighted
or underlined and the others not (政府门户网站 in bold red, 部门网站 专项网站 plain), as a
unit marks its answer where the form prints no boxes (Word runs, a sheet's rich text)."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}")
"""A word that may be an option's name: letters or Chinese only, a few of them."""
_WIDE_GAP_RE = re.compile(r"\s{2,}|\s*[\u3000\t]\s*")
"""Options set apart: two blanks or more, a full-width blank, a tab."""


def ticked_by_emphasis(texts: list[str], stressed: list[bool]) -> str | None:
    """The runs' words as options, the emphasised ticked (☑政府门户网站 ☐部门网站 ☐专项网站),
    when there are two words or more set apart by wide gaps, each of one emphasis, some
    emphasised and some not; None otherwise (a word half emphasised, a figure, a sentence,
    a label's words one blank apart with its group's name in bold)."""
    words: list[tuple[str, bool]] = []
    gap = ""
    for text, emphasis in zip(texts, stressed, strict=True):
        for ch in text:
            if ch.isspace():
                gap += ch
            elif gap or not words:
                if words and not _WIDE_GAP_RE.fullmatch(gap):
                    return None  # one blank: a label's words (解读信息发布 总数), no options
                words.append((ch, emphasis))
                gap = ""
            elif words[-1][1] != emphasis:
                return None  # a word half emphasised: no option marked so
            else:
                words[-1] = (words[-1][0] + ch, emphasis)
    if len(words) < 2 or {s for _, s in words} != {True, False}:
        return None
    if not all(_WORD_RE.fullmatch(w) for w, _ in words):
        return None
    return " ".join(("☑" if emphasis else "☐") + word for word, emphasis in words)
