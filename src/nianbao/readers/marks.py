"""Tick boxes as written in text (HTML inputs, □ ■ √ (√) …) → the Document's ☑ and ☐."""

from __future__ import annotations

import re

TICKED, UNTICKED = "☑", "☐"

_INPUT_RE = re.compile(r"<input\b[^<>]*>", re.IGNORECASE)
_CHECKED_RE = re.compile(r"\bchecked\b", re.IGNORECASE)
_BRACKET_RE = re.compile(r"[(（\[【]\s*([√✓✔☑■]?)\s*[)）\]】](?=\s*[\u4e00-\u9fff])")
_MARKS = {"□": UNTICKED, "❏": UNTICKED, "❑": UNTICKED, "▢": UNTICKED, "■": TICKED, "☒": TICKED} | (
    dict.fromkeys("√✓✔✅", TICKED)
)
_CHARS = str.maketrans(_MARKS)
# Most texts hold no mark: finding none is much cheaper than translating every character.
_MARK_RE = re.compile(f"[{''.join(_MARKS)}]")


def canonical_ticks(text: str) -> str:
    """Every tick-box notation as ☑/☐; other text unchanged.

    A bracket pair counts as a box only right before an option label ((√)是 ( )否),
    so bracketed notes elsewhere are left alone.
    """
    if "<" in text:
        text = _INPUT_RE.sub(lambda m: TICKED if _CHECKED_RE.search(m[0]) else UNTICKED, text)
    if "(" in text or "（" in text or "[" in text or "【" in text:
        text = _BRACKET_RE.sub(lambda m: TICKED if m[1] else UNTICKED, text)
    return text.translate(_CHARS) if _MARK_RE.search(text) else text
