"""What a web page's form controls and pictures show as text: a tick box's state, a text
field's value, a drop-down list's choice, a box drawn as a picture."""

from __future__ import annotations

import lxml.etree

from nianbao.readers.marks import TICKED, UNTICKED, canonical_ticks

# Inputs whose value the page does not show as text: hidden fields and buttons (提交, 重置).
_UNSHOWN_INPUTS = frozenset({"hidden", "submit", "button", "reset", "image", "file"})


def input_mark(el: lxml.etree._Element) -> str:
    """What an input shows: a tick box's state, a text field's value (a filling system's
    page saved with its figures in it)."""
    kind = (el.get("type") or "").lower()
    if kind in ("checkbox", "radio"):
        return TICKED if el.get("checked") is not None else UNTICKED
    return "" if kind in _UNSHOWN_INPUTS else el.get("value") or ""


def shown_option(select: lxml.etree._Element) -> str:
    """What a drop-down list shows: its selected option, else its first (as a browser
    does), not every option one after the other."""
    options = list(select.iter("option"))
    chosen = next((o for o in options if o.get("selected") is not None), None)
    if chosen is None and options:
        chosen = options[0]
    return " ".join("".join(chosen.itertext()).split()) if chosen is not None else ""


# What a tick box's picture says of itself in words: its alternative text (已勾选, 未选中)
# or its file's name (ico_checked.gif, checkbox_off.png). The unticked words are tried
# first: 未勾选 holds 勾选 and unchecked holds checked.
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


def picture_mark(el: lxml.etree._Element) -> str:
    """A tick box drawn as a picture, when its alternative text is one (alt="☑", "√") or
    says which it is in words, or else its file's name does."""
    said = (el.get("alt") or el.get("title") or "").strip()
    mark = canonical_ticks(said)
    if mark in (TICKED, UNTICKED):
        return mark
    name = (el.get("src") or "").rsplit("/", 1)[-1].lower()
    for words in (said.lower(), name):
        if any(word in words for word in _UNTICKED_WORDS):
            return UNTICKED
        if any(word in words for word in _TICKED_WORDS):
            return TICKED
    return ""
