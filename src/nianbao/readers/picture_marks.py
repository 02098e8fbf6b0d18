"""What a tick box drawn as a picture says of itself: its alternative text (☑, √, 已勾选,
未选中) or, failing that, its file's name (ico_checked.gif, checkbox_off.png). A web page's
<img> and a Markdown image converted from one (html2text: ![](/images/checkbox_on.png))
alike."""

from __future__ import annotations

import re

from nianbao.readers.marks import TICKED, UNTICKED, canonical_ticks

# The unticked words are tried first: 未勾选 holds 勾选 and unchecked holds checked.
_UNTICKED_WORDS = (
    "未勾选",
    "未选",
    "未打勾",
    "不选",
    "uncheck",
    "unselect",
    "check_off",
    "checkoff",
)
_TICKED_WORDS = (
    "已勾选",
    "勾选",
    "已选",
    "选中",
    "已打勾",
    "checked",
    "selected",
    "check_on",
    "checkon",
)
_STATE_RE = re.compile(r"(?:check|tick|radio)(?:box)?[-_.]?(on|off|yes|no|true|false)(?![a-z])")
"""A box's name with its state after it (checkbox_on, tick-off, radio_yes)."""


def picture_said_mark(said: str, src: str) -> str:
    """☑ or ☐ for a picture whose alternative text `said` or file address `src` tells
    which it is; "" when neither does."""
    mark = canonical_ticks(said.strip())
    if mark in (TICKED, UNTICKED):
        return mark
    name = src.rsplit("/", 1)[-1].lower()
    for words in (said.strip().lower(), name):
        if any(word in words for word in _UNTICKED_WORDS):
            return UNTICKED
        if any(word in words for word in _TICKED_WORDS):
            return TICKED
        state = _STATE_RE.search(words)
        if state is not None:
            return TICKED if state[1] in ("on", "yes", "true") else UNTICKED
    return ""
