"""What a page shows of a choice without writing a mark, put into its text as the mark a
reader sees: a widget's checked state in its ARIA attributes (<label role="radio"
aria-checked="true">是</label>, the state a script framework keeps while its <input>s stay
as first written), and a box drawn as a named icon (an SVG sprite's #icon-checkbox-checked,
an icon font's fa-check-square-o or icon-fuxuankuang-xuanzhong)."""

from __future__ import annotations

import re

import lxml.etree

from nianbao.readers.marks import TICKED, UNTICKED

_ROLES = frozenset({"checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"})
_ICON_TAGS = frozenset({"i", "span", "em", "b"})
_XLINK = "{http://www.w3.org/1999/xlink}href"

_WORD_RE = re.compile(r"[a-z]+")
_BOX_WORDS = frozenset({"checkbox", "radio", "fuxuankuang", "danxuankuang", "square", "circle"})
"""Words naming a box or a radio's circle, ticked or not."""
_TICKED_WORDS = frozenset({"checked", "selected", "xuanzhong", "gouxuan", "yixuan", "check"})
"""Words naming the tick (check alone is a tick's glyph: fa-check, fa-check-square-o)."""
_UNTICKED_WORDS = frozenset(
    {"unchecked", "uncheck", "unselected", "weixuanzhong", "weixuan", "weigouxuan", "blank"}
)
"""Words naming a box left empty, tried first: weixuanzhong (未选中) holds xuanzhong."""


def draw_state_marks(root: lxml.etree._Element) -> None:
    """Put into `root`'s text the marks its widgets' states and icons show (see the
    module)."""
    widgets = set()
    for el in root.xpath("//*[@aria-checked][@role]"):
        state = str(el.get("aria-checked", "")).lower()
        if str(el.get("role", "")).lower() not in _ROLES or state not in ("true", "false"):
            continue
        widgets.add(el)
        for box in el.iter("input"):
            box.set("type", "hidden")  # the widget's state is its own, not its inputs'
        el.text = (TICKED if state == "true" else UNTICKED) + (el.text or "")
    for el in root.iter("svg"):
        names = " ".join(
            str(use.get("href") or use.get(_XLINK) or use.get("xlink:href") or "")
            for use in el.iter("use")
        )
        mark = icon_mark(names or str(el.get("class", "")))
        if mark and not _within(el, widgets):
            el.tail = mark + (el.tail or "")
    for el in root.xpath("//*[@class][not(node())]"):
        if el.tag in _ICON_TAGS:
            mark = icon_mark(str(el.get("class", "")))
            if mark and not _within(el, widgets):
                el.text = mark


def _within(el: lxml.etree._Element, widgets: set[lxml.etree._Element]) -> bool:
    """Whether `el` is part of a widget whose state is already read (the circle an
    el-radio draws is no second box)."""
    return bool(widgets) and any(a in widgets for a in el.iterancestors())


def icon_mark(names: str) -> str:
    """The mark an icon's names show: ☐ for an empty box's, ☑ for a ticked one's or a
    tick's, "" for any other icon."""
    words = set(_WORD_RE.findall(names.lower()))
    if not words & (_BOX_WORDS | _TICKED_WORDS | _UNTICKED_WORDS):
        return ""
    if words & _UNTICKED_WORDS:
        return UNTICKED
    if words & _TICKED_WORDS:
        return TICKED
    if words & {"square", "circle"}:
        # A square's or circle's outline is an empty box (fa-square-o, far fa-circle); filled,
        # it is another icon (a bullet).
        return UNTICKED if words & {"o", "outline", "regular", "thin", "empty"} else ""
    return UNTICKED
