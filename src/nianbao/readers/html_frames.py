"""Pages shown inside a page: an <iframe srcdoc="…"> holds a whole page as an attribute (a
CMS that renders the report apart from its own template). The reader walks no frame, so
each such page's body takes its frame's place, its style sheets with it (for the boxes
they draw)."""

from __future__ import annotations

from collections.abc import Callable

import lxml.etree

Parse = Callable[[bytes], "lxml.etree._Element | None"]

MAX_FRAMES = 20
"""Frames taken in at most; their pages' frames are not (no page nests a report deeper)."""


def inline_frames(root: lxml.etree._Element, parse: Parse) -> None:
    """Each <iframe srcdoc> of `root` replaced by a <div> holding its page's body (and its
    <style> elements), parsed by `parse` (which checks the size)."""
    frames = [f for f in root.iter("iframe") if f.get("srcdoc")][:MAX_FRAMES]
    for frame in frames:
        # The attribute is text already: a byte-order mark keeps a charset it declares
        # from decoding it again.
        page = parse(b"\xef\xbb\xbf" + str(frame.get("srcdoc")).encode("utf-8"))
        parent = frame.getparent()
        if page is None or parent is None:
            continue
        holder = lxml.etree.Element("div")
        holder.extend(list(page.iter("style")))  # moved out of the tree it walks
        body = page.find("body")
        holder.extend((body if body is not None else page)[:])
        holder.tail = frame.tail
        parent.replace(frame, holder)
