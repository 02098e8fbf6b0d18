"""Lines a text's writer cut at a fixed width, whatever stood there (an e-mail's, a
terminal's or an editor's hard wrap: 8.独立用户访问总量（单位：个） | ：45678; 6.ICP备案号：
滇ICP备09005123号 | -1), joined back: a label and its value, a name, an address cut
anywhere read as the cell they were."""

from __future__ import annotations

import re
from collections import Counter

from nianbao.display import wide_chars

MIN_LINES = 12
"""Non-blank lines a text needs before its widths tell a wrap."""
FULL_SHARE = 0.3
"""Share of the non-blank lines ending at the wrap's width (or a column short of it, where
a wide character did not fit) that makes a text hard-wrapped."""
FULL_LINES, FULL_SHARE_OF_MANY = 6, 0.12
"""Or this many lines at the width, and this share at least: a text of short lines, most
under the width, where no more than a line or two would end at it unwrapped."""
NARROWEST, WIDEST = 16, 100
"""Wrap widths told: a narrower text is a column of cells, a wider one no wrap."""

_TABLE_EDGES = frozenset("|+│┃├┝┠┣┌┏└┗╔╠╚║═─━")
"""What a line of a text table opens with: a Markdown or grid table's pipe, a rule's
corner, a box-drawn table's edge."""
_COMMON_START = 3
"""Lines after an uncut line opening with the same two characters (a section's name each
line repeats: 基本信息 网站名称…): a line so opening starts a line, it is no cut line's rest."""
_ITEM_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])")
"""A line opening a new item (一、 1. （1）): no line's rest, whatever its width above."""


def hard_wraps_joined(lines: list[str]) -> list[str]:
    """The lines with each cut at the text's wrap width joined to the next, which is left
    blank (lines keep their places); the lines as they are when the text is not wrapped so,
    or is laid out in columns (tabs, runs of blanks)."""
    widths = _widths(lines)
    if widths is None:
        return lines
    width = max(widths)
    out = list(lines)
    # Starts counted after lines short of the width only: a cut line's rest may open as
    # other rests do (单位：次） | 单位：条）), a line's start as other lines do.
    starts = Counter(
        line.strip()[:2]
        for line, before in zip(lines, [0, *widths], strict=False)
        if line.strip() and before < width - 1
    )
    i = 0
    while i < len(out) - 1:
        j = i + 1
        while (
            j < len(out)
            and widths[i] >= width - 1
            and out[j].strip()
            and not _ITEM_RE.match(out[j])
            and starts[out[j].strip()[:2]] < _COMMON_START
        ):
            out[i] = out[i].rstrip() + out[j].strip()
            widths[i] = widths[j]  # the joined line goes on if its last part was cut too
            out[j] = ""
            j += 1
        i = j
    return out


def _widths(lines: list[str]) -> list[int] | None:
    """Each line's width, counted the way the wrap counted (a Chinese character one column
    or two), when the text is hard-wrapped; None when not."""
    kept = [line.rstrip() for line in lines]
    texts = [line for line in kept if line.strip()]
    if len(texts) < MIN_LINES or any("\t" in t or t.lstrip()[:1] in _TABLE_EDGES for t in texts):
        return None  # a tab's cells, a table's rules and rows (equally wide by design)
    if sum(1 for t in texts if "  " in t.strip() or t[:1].isspace()) * 8 > len(texts):
        return None  # laid out in columns (a line's pairs set apart, as a signature's, are not)
    best: list[int] | None = None
    best_full = 0
    for wide in (False, True):
        widths = [len(t) + wide_chars(t) if wide else len(t) for t in kept]
        width = max(widths)
        full = sum(1 for t, w in zip(kept, widths, strict=True) if t.strip() and w >= width - 1)
        many = full >= FULL_LINES and full >= FULL_SHARE_OF_MANY * len(texts)
        wrapped = full >= FULL_SHARE * len(texts) or many
        if NARROWEST <= width <= WIDEST and wrapped and full > best_full:
            best, best_full = widths, full
    return best
