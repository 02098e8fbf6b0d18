"""What a page shows of a choice without writing a mark, put into its text as the mark a
reader sees: a widget's checked state in its ARIA attributes (<label role="radio"
aria-checked="true">是</label>, the state a script framework keeps while its <input>s stay
as first written) or in its classes (layui's layui-form-checkbox layui-form-checked, Element
UI's el-checkbox is-checked), and a box drawn as a named icon (an SVG sprite's
#icon-checkbox-checked, an icon font's fa-check-square-o or icon-fuxuankuang-xuanzhong)."""

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
    stated, classed, icons = _candidates(root)
    widgets = set()
    for el in stated:
        state = str(el.get("aria-checked", "")).lower()
        if str(el.get("role", "")).lower() not in _ROLES or state not in ("true", "false"):
            continue
        widgets.add(el)
        _marked(el, state == "true")
    boxes = {el: checked for el in classed if (checked := _class_state(el)) is not None}
    for el, checked in boxes.items():
        # A group of boxes (el-radio-group) is none: it holds two boxes or more.
        if (
            el in widgets
            or _within(el, widgets)
            or sum(d in boxes for d in el.iterdescendants()) > 1
        ):
            continue
        widgets.add(el)
        _marked(el, checked)
    for el in root.iter("svg"):
        names = " ".join(
            str(use.get("href") or use.get(_XLINK) or use.get("xlink:href") or "")
            for use in el.iter("use")
        )
        mark = icon_mark(names or str(el.get("class", "")))
        if mark and not _within(el, widgets):
            el.tail = mark + (el.tail or "")
    for el in icons:
        # Still empty: marking a widget above empties the texts of its parts.
        if el.text is None and not len(el):
            mark = icon_mark(str(el.get("class", "")))
            if mark and not _within(el, widgets):
                el.text = mark
    _modified_boxes([el for el in icons if el.text is None and not _within(el, widgets)])


_OFF_WORDS = frozenset({"off", "no", "not", "un", "empty", "disabled", "none"})
"""Words of a modifier class that would name a box left empty (ck-off), not a ticked one."""


def _modified_boxes(empty: list[lxml.etree._Element]) -> None:
    """Boxes that CSS alone draws, ticked by a modifier class (<span class="ck ck-on">
    beside <span class="ck">, the tick an ::after with borders): among an element's empty
    children of one class, each before its option's words, those with one more class
    are ticked, the rest empty, when both are there."""
    groups: dict[lxml.etree._Element, list[lxml.etree._Element]] = {}
    for el in empty:
        parent = el.getparent()
        if parent is not None and (el.tail or "").strip():
            groups.setdefault(parent, []).append(el)
    for boxes in groups.values():
        classes = [frozenset(str(el.get("class", "")).split()) for el in boxes]
        if len(boxes) < 2 or len({el.tag for el in boxes}) > 1:
            continue
        base = frozenset.intersection(*classes)
        extras: set[frozenset[str]] = {names - base for names in classes}
        if not base or len(extras) != 2 or frozenset() not in extras:
            continue  # not one class, or no box with the modifier and one without
        modifier = " ".join(next(names for names in extras if names))
        if set(_WORD_RE.findall(modifier.lower())) & _OFF_WORDS:
            continue
        for el, names in zip(boxes, classes, strict=True):
            el.text = TICKED if names - base else UNTICKED


def _candidates(
    root: lxml.etree._Element,
) -> tuple[list[lxml.etree._Element], list[lxml.etree._Element], list[lxml.etree._Element]]:
    """The elements that may show a state, in the page's order: those with an ARIA state
    and a role, those whose classes name a check box or a radio, and empty icon elements
    with classes. One walk of the tree: three XPath searches (//*[…]) took three times as
    long, a tenth of reading a page."""
    stated, classed, icons = [], [], []
    for el in root.iter(lxml.etree.Element):
        if el.get("aria-checked") is not None and el.get("role") is not None:
            stated.append(el)
        names = el.get("class")
        if names is None:
            continue
        if "checkbox" in names or "radio" in names:
            classed.append(el)
        if el.tag in _ICON_TAGS and el.text is None and not len(el):
            icons.append(el)
    return stated, classed, icons


_PART_RE = re.compile(r"[-_\s]+")


def _class_state(el: lxml.etree._Element) -> bool | None:
    """The state a framework's box keeps in its classes (layui-form-checkbox with
    layui-form-checked, el-checkbox with is-checked), when `el` is such a box and holds its
    option's words; None otherwise."""
    parts = set(_PART_RE.split(str(el.get("class", "")).lower()))
    if not parts & {"checkbox", "radio"} or not "".join(el.itertext()).strip(" ☑☐"):
        return None
    checked = bool(parts & {"checked", "selected"})
    if not checked and any(
        box.get("checked") is not None and box.get("type") in ("checkbox", "radio")
        for box in el.iter("input")
    ):
        return None  # a ticked input in a box's styling only (Bootstrap's radio-inline)
    return checked


def _marked(widget: lxml.etree._Element, checked: bool) -> None:
    """The widget's mark before its words; the inputs a script keeps beside it (as first
    written, or hidden) and the marks its style draws inside are not its state."""
    for box in widget.iter("input"):
        box.set("type", "hidden")
    before = widget.getprevious()
    if before is not None and before.tag == "input" and before.get("type") in ("checkbox", "radio"):
        before.set("type", "hidden")
    for part in widget.iterdescendants():
        if part.text and not part.text.strip(" ☑☐"):
            part.text = ""
    widget.text = (TICKED if checked else UNTICKED) + (widget.text or "")


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
