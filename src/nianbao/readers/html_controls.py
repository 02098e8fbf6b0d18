"""What a web page's form controls and pictures show as text: a tick box's state, a text
field's value, a drop-down list's choice, a box drawn as a picture."""

from __future__ import annotations

import lxml.etree

from nianbao.readers.marks import TICKED, UNTICKED
from nianbao.readers.picture_marks import picture_said_mark

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


def picture_mark(el: lxml.etree._Element) -> str:
    """A tick box drawn as a picture, when its alternative text is one (alt="☑", "√") or
    says which it is in words, or else its file's name does."""
    return picture_said_mark(el.get("alt") or el.get("title") or "", el.get("src") or "")
