"""Signs that a value was cut by a line end and goes on at the start of the next line."""

from __future__ import annotations

import re

_OPEN, _CLOSE = "(（[【", ")）]】"
_OPENING_RE = re.compile(f"[{re.escape(_OPEN)}]")
_DASHED_RE = re.compile(r"\d[-‐–/]$")
_DIGITS_ON_RE = re.compile(r"[-‐–/\d]\d[\d-]*")
_NAME_ON_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


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
