"""What a page's style does to what a reader sees. Tick boxes it draws rather than writes,
put into its text: a mark a `::before` rule sets before an element's text (.opt.on::before {
content: "\\2611" }), and an empty element of a class the style sheet draws as a box (<span
class="cb on"></span>: a box, filled when it is also "on" or "checked"). And the elements it
hides, by their style, their class or the classes the style sheet hides.

Only rules whose selector is classes (and maybe a tag) are read: the ones such pages use."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import tinycss2  # type: ignore[import-untyped]
from cssselect import SelectorError
from lxml.cssselect import CSSSelector, ExpressionError

from nianbao.readers.html_grid import FLEX_ITEM
from nianbao.readers.marks import canonical_ticks

_BEFORE_RE = re.compile(r"([a-z][a-z0-9]*)?((?:\.[\w-]+)+)::?before", re.IGNORECASE)
_BOX_CLASSES = frozenset({"checkbox", "check", "chk", "cb", "box", "radio", "tick"})
_ON_CLASSES = frozenset({"checked", "on", "selected", "active", "ticked", "is-checked"})


_HIDING_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASSES = frozenset(
    {"sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden", "hidden", "d-none"}
)


@dataclass(frozen=True, slots=True)
class _Rule:
    tag: str | None
    classes: frozenset[str]
    mark: str
    order: int


def draw_css_marks(root: lxml.etree._Element) -> None:
    """Put into `root`'s text the tick boxes its style draws (see the module), and mark as
    hidden the elements of the classes it hides."""
    css = "\n".join(style.text or "" for style in root.iter("style"))
    if not css:
        return
    if "none" in css or "hidden" in css:
        hidden = _hidden_classes(css)
        if hidden:
            for el in root.iterfind(".//*[@class]"):
                if not hidden.isdisjoint(str(el.get("class", "")).lower().split()):
                    el.set("hidden", "hidden")
    if "flex" in css or "grid" in css:
        _mark_flex_items(root, css)
    rules = _before_rules(css) if "before" in css else []
    if rules:
        for el in root.iterfind(".//*[@class]"):
            mark = _mark(el, rules)
            if mark:
                el.text = mark + (el.text or "")
    lowered = css.lower()
    styled = {word for word in _BOX_CLASSES if f".{word}" in lowered}
    if "url(" in lowered:
        styled |= _pictured_boxes(css)
    if not styled:
        return  # no box class the style draws
    for el in root.xpath("//*[@class][not(node())]"):
        classes = set(str(el.get("class", "")).lower().split())
        if classes & styled:
            el.text = "☑" if classes & _ON_CLASSES else "☐"


_CLASS_RE = re.compile(r"(?:[a-z][a-z0-9]*)?\.([\w-]+)", re.IGNORECASE)
_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)px")
_BOX_SIZE = 24
"""Pixels a box drawn as a picture is wide and high at most (a line of text's height)."""


def _pictured_boxes(css: str) -> set[str]:
    """Classes the style draws as a small picture (a box's image as its background, of a
    line's height at most: .ck { width: 14px; height: 14px; background: url(…) }), whatever
    their names."""
    found: set[str] = set()
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        selector = _CLASS_RE.fullmatch(tinycss2.serialize(rule.prelude).strip())
        if selector is None:
            continue
        values: dict[str, str] = {}
        for declaration in tinycss2.parse_declaration_list(
            rule.content, skip_comments=True, skip_whitespace=True
        ):
            if declaration.type == "declaration":
                values[declaration.lower_name] = tinycss2.serialize(declaration.value)
        picture = values.get("background-image", values.get("background", ""))
        sizes = [_SIZE_RE.fullmatch(values.get(k, "").strip()) for k in ("width", "height")]
        if "url(" in picture and all(m and float(m[1]) <= _BOX_SIZE for m in sizes):
            found.add(selector[1].lower())
    return found


def _hidden_classes(css: str) -> set[str]:
    """Classes the style hides (.tpl-hide { display: none }): those a rule of the class
    alone hides, and no other rule naming the class shows (.tab { display: none } with
    .tab.active { display: block } is a tab a script switches). Rules inside @media (a
    print style's .noprint) are not read."""
    hides: set[str] = set()
    toggled: set[str] = set()
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        body = tinycss2.serialize(rule.content)
        hiding = _HIDING_RE.search(body) is not None
        shows = "display" in body.lower() and not hiding
        for written in tinycss2.serialize(rule.prelude).split(","):
            selector = written.strip()
            single = _CLASS_RE.fullmatch(selector)
            if hiding and single is not None and not selector[:1].isalpha():
                hides.add(single[1].lower())
            elif shows or hiding:
                toggled.update(name.lower() for name in re.findall(r"\.([\w-]+)", selector))
    return hides - toggled


_FLEX_RE = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)\b", re.IGNORECASE)
MAX_FLEX_RULES = 200
"""Rules setting flex or grid containers looked at (a framework's style sheet has many)."""


def _mark_flex_items(root: lxml.etree._Element, css: str) -> None:
    """Mark as cells the children of the elements the style sets out as a flex or grid
    container (.row { display: flex } over <span class="l">网站名称</span><span class="r">…):
    each child is a box beside the next, however the page's markup runs them together."""
    selectors: list[str] = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule" and _FLEX_RE.search(tinycss2.serialize(rule.content)):
            selectors += tinycss2.serialize(rule.prelude).split(",")
            if len(selectors) >= MAX_FLEX_RULES:
                break
    for selector in selectors:
        try:
            containers = CSSSelector(selector.strip(), translator="html")(root)
        except (SelectorError, ExpressionError, ValueError):
            continue  # pseudo-classes and the like: no element of a saved page
        for container in containers:
            for child in container:
                if isinstance(child.tag, str):
                    child.set(FLEX_ITEM, "")
                    _caption_first(child)


_FIGURE_RE = re.compile(r"\s*[\d,，.]+\s*[个条次件项期篇天万]?\s*")


def _caption_first(item: lxml.etree._Element) -> None:
    """A dashboard's tile (a figure over its caption: <div>4,222</div><div>总数（条）</div>)
    read as the caption and the figure beside it, as a label and its value."""
    parts = [el for el in item if isinstance(el.tag, str)]
    if len(parts) != 2 or (item.text or "").strip() or any((el.tail or "").strip() for el in parts):
        return
    figure, caption = parts
    if not _FIGURE_RE.fullmatch("".join(figure.itertext())):
        return
    words = "".join(caption.itertext()).strip()
    if not words or _FIGURE_RE.fullmatch(words):
        return
    item.remove(figure)
    caption.addnext(figure)
    for el in parts:
        el.set(FLEX_ITEM, "")


def _before_rules(css: str) -> list[_Rule]:
    rules: list[_Rule] = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        mark = _content_mark(rule.content)
        if mark is None:
            continue
        for selector in tinycss2.serialize(rule.prelude).split(","):
            found = _BEFORE_RE.fullmatch(selector.strip())
            if found:
                classes = frozenset(found[2].lower().split(".")[1:])
                tag = found[1].lower() if found[1] else None
                rules.append(_Rule(tag, classes, mark, len(rules)))
    return rules


def _content_mark(content: list[tinycss2.ast.Node]) -> str | None:
    """The tick box a rule's `content` sets, if it sets one."""
    for declaration in tinycss2.parse_declaration_list(
        content, skip_comments=True, skip_whitespace=True
    ):
        if declaration.type != "declaration" or declaration.lower_name != "content":
            continue
        text = "".join(t.value for t in declaration.value if t.type == "string").strip()
        mark = canonical_ticks(text) if text else ""
        return mark if mark in ("☑", "☐") else None
    return None


def _mark(el: lxml.etree._Element, rules: list[_Rule]) -> str | None:
    """The mark of the most specific (then the last) rule that matches `el`."""
    classes = set(str(el.get("class", "")).lower().split())
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    best: _Rule | None = None
    for rule in rules:
        if rule.classes <= classes and rule.tag in (None, tag):
            rank = (len(rule.classes) + (rule.tag is not None), rule.order)
            if best is None or rank >= (len(best.classes) + (best.tag is not None), best.order):
                best = rule
    return best.mark if best else None


def hidden(el: lxml.etree._Element) -> bool:
    """Whether a reader of the page does not see `el`: hidden by its style, its class (a
    screen-reader-only label, a class the page's style hides) or its hidden attribute."""
    # One items() list rather than a get() per attribute looked for; the regex only for a
    # style that could hide.
    for name, value in el.items():
        if name == "style":
            lowered = value.lower()
            if ("none" in lowered or "hidden" in lowered) and _HIDING_RE.search(value):
                return True
        elif name == "class":
            if not _HIDDEN_CLASSES.isdisjoint(value.split()):
                return True
        elif name == "hidden":
            return True
    return False
