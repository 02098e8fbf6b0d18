"""A label cut by a narrow column at the start of a line, its rest opening the next line.

Reading order writes each line of a page whole, left to right: a label wrapped in the
narrow first column of a table starts two lines, each followed by the text of the
columns to its right (创新发 ☑搜索即服务 … ☑其他：提供…即享服 | 展 务). The label's head
alone reads as no label, so its line's options would lose it; joined with its rest it is
the label it was.
"""

from __future__ import annotations

import re

from nianbao.extract.labels import LabelIndex, normalize_label

_HEAD_RE = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff(（]{1,8})(?:\s+\S|$)")
"""A line's first word: Chinese (a bracket may open in it: 其他（注), a column's gap after
it, more text after that (or in the line's next cells)."""
_HEAD_MOST = 9
"""Characters of _HEAD_RE's word at most."""
_REST_RE = re.compile(r"([\u4e00-\u9fff]{1,4}[)）]?)(?:\s|$)")


def lead_cut(
    text: str, following: str, index: LabelIndex, before: str = "", *, alone: bool = True
) -> int | None:
    """How many characters of `following` (the next line's first cell) finish the label
    `text` (a line's first cell) starts with; None when its first word is whole, or the
    middle of a label in three pieces, whose head opens the line `before` (信息 | 发布
    条 374 | 量). A first cell holding nothing but the head counts when it is not `alone`
    on its line (其他（注   提供… | 明）     面)."""
    lead = text.lstrip()
    if not 2 <= len(lead.split(None, 1)[0] if lead else "") <= _HEAD_MOST:
        return None  # the first word is the head _HEAD_RE looks for: too long, no regex
    head = _HEAD_RE.match(lead)
    rest = _REST_RE.match(following.lstrip())
    if head is None or rest is None or (alone and head.end() == len(lead)):
        return None
    word, tail = head[1], rest[1]
    if index.lookup(normalize_label(word)) is not None:
        return None  # a label already
    if index.lookup(normalize_label(tail)) is not None:
        return None  # the next line opens with a label of its own
    hit = index.lookup(normalize_label(word + tail))
    if hit is None or len(hit.fields) > 1:
        return None  # a generic label (发布量) may be the rest of a longer one (信息 | 发布量)
    first = before.split(None, 1)[0] if before.strip() else ""
    if first and index.lookup(normalize_label(first + word + tail)) is not None:
        return None
    words = following.split(None, 2)[:2]
    above = index.lookup(normalize_label(first + "".join(words))) if first else None
    if above is not None and above.fields:
        return None  # the rest of the label above, one blank in it (办理政务服 | 务 事项数量)
    taken = len(following) - len(following.lstrip()) + len(tail)
    # The same cut again: a group's name and its field's label, each in a narrow column
    # (创新发 创新发 ☑… | 展 展 与免申即享服务).
    again = _HEAD_RE.match(text.lstrip()[head.end(1) :].lstrip())
    more = _REST_RE.match(following[taken:].lstrip())
    if again is not None and more is not None and (again[1], more[1]) == (word, tail):
        taken = len(following) - len(following[taken:].lstrip()) + len(tail)
    return taken
