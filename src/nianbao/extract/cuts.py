"""Signs that a value was cut by a line end and goes on at the start of the next line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nianbao.extract.document import Document
from nianbao.extract.tokens import Token

_OPEN, _CLOSE = "(（[【", ")）]】"
_OPENING_RE = re.compile(f"[{re.escape(_OPEN)}]")
_DASHED_RE = re.compile(r"\d[-‐–/]$")
_DIGITS_ON_RE = re.compile(r"[-‐–/\d]\d[\d-]*")
_NAME_ON_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PART = 5
"""Characters a name and its bracketed part wrapped whole to the next line each have."""


def unclosed_bracket(text: str) -> bool:
    """Whether a bracket opened in `text` is left open."""
    if _OPENING_RE.search(text) is None:  # most values
        return False
    depth = 0
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    return depth > 0


def closed_after(head: str, middle: str, rest: str) -> bool:
    """Whether a bracket opened in `head` stays open through `middle` (which opens none of
    its own left open) and `rest` closes it: one text cut over lines (某局（挂 | 某中心牌 |
    子）)."""
    if unclosed_bracket(middle) or not unclosed_bracket(head + middle):
        return False
    return not unclosed_bracket(head + middle + rest)


def dashed(value: str) -> bool:
    """Whether a number ends in a dash: cut wherever its line ended (0771- | 72347699)."""
    return _DASHED_RE.search(value) is not None


def runs_on(value: str, fragment: str) -> bool:
    """Whether a fragment starting the next line goes on with the value's last character:
    digits after a dash or a digit, or a name's last one to three characters."""
    joint = value[-1:] + fragment
    return bool(_DIGITS_ON_RE.fullmatch(joint) or _NAME_ON_RE.fullmatch(joint))


def closes_name(value: str, line: Sequence[Token]) -> bool:
    """Whether the next line's first fragment ends a name: closes the bracket the name
    left open (某局（府谷县 | 地方志编纂中心）), or is a bracketed part whole after a name
    whole but for it, the next cell's label after it (清原…门户网站 | （清原满族自治县档案馆）
    首页网址 …; not a lone 填报单位：某局 | （盖章））."""
    if not line:
        return False
    fragment = line[0].piece.text
    if unclosed_bracket(value):
        return not unclosed_bracket(value + fragment)
    if len(line) < 2 or line[1].piece.kind != "label":
        return False
    whole = fragment[:1] in "（(" and fragment[-1:] in "）)" and not unclosed_bracket(fragment)
    # An organisation's long name and part, not a note after a person's (刘娜 | （签字盖章）).
    long = min(len(value), len(fragment) - 2) >= _PART
    return whole and long and _NAME_ON_RE.search(value[-2:]) is not None


_TEXT_LINES = 3
"""Lines outside tables a page needs for their right edge to be its text's."""


def text_right(doc: Document, page: int) -> float:
    """The right edge of a page's text: of its lines outside tables when it has a few (a
    table may run past the text's width on a small page), else of all it holds."""
    rights = [
        [c.bbox[2] for c in row.cells if c.bbox]
        for row in doc.rows
        if row.page == page and not row.block % 2
    ]
    text = [max(found) for found in rights if found]
    if len(text) >= _TEXT_LINES:
        return max(text)
    boxes = (c.bbox[2] for r in doc.rows if r.page == page for c in r.cells if c.bbox)
    return max(boxes, default=0.0)
