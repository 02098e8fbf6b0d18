"""Pages shown inside a page: an <iframe srcdoc="…"> holds a whole page as an attribute (a
CMS that renders the report apart from its own template), a <script type="text/template">
the markup a script puts on the page when it loads. The reader walks neither frames nor
scripts, so each such page's body takes its frame's place, its style sheets with it (for
the boxes they draw), and a filled-in template's markup its script's."""

from __future__ import annotations

from collections.abc import Callable

import lxml.etree

Parse = Callable[[bytes], "lxml.etree._Element | None"]

MAX_FRAMES = 20
"""Frames taken in at most; their pages' frames are not (no page nests a report deeper)."""


def inline_frames(root: lxml.etree._Element, parse: Parse) -> None:
    """Each <iframe srcdoc> of `root` replaced by a <div> holding its page's body (and its
    <style> elements), parsed by `parse` (which checks the size)."""
    frames = [f for f in root.iter("iframe", "script") if _shown_markup(f)][:MAX_FRAMES]
    for frame in frames:
        markup = str(frame.get("srcdoc") if frame.tag == "iframe" else frame.text)
        # The attribute is text already: a byte-order mark keeps a charset it declares
        # from decoding it again.
        page = parse(b"\xef\xbb\xbf" + markup.encode("utf-8"))
        parent = frame.getparent()
        if page is None or parent is None:
            continue
        holder = lxml.etree.Element("div")
        holder.extend(list(page.iter("style")))  # moved out of the tree it walks
        body = page.find("body")
        holder.extend((body if body is not None else page)[:])
        holder.tail = frame.tail
        parent.replace(frame, holder)


_TEMPLATE_TYPES = frozenset({"text/template", "text/html", "text/x-template"})
_PLACEHOLDERS = ("{{", "<%", "${", "{#")
"""A template's slots not filled in yet (Mustache, EJS, a literal's): no values to show."""


def _shown_markup(el: lxml.etree._Element) -> bool:
    """Whether `el` holds markup the page shows: a frame's page, a filled-in template."""
    if el.tag == "iframe":
        return bool(el.get("srcdoc"))
    text = el.text or ""
    kind = str(el.get("type", "")).strip().lower()
    return kind in _TEMPLATE_TYPES and "<" in text and not any(p in text for p in _PLACEHOLDERS)
