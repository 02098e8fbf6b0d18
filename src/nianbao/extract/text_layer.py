"""Whether a PDF's or an Office file's text is worth reading, or its pages are better
read as scans: too little of it, or mojibake."""

from __future__ import annotations

import re

from nianbao.extract.document import Document


def needs_ocr(doc: Document) -> bool:
    """Whether a document's text is too little to be its report (20 characters a page):
    its pages are pictures."""
    chars = sum(len(c.text.strip()) for row in doc.rows for c in row.cells)
    return chars < 20 * max(1, doc.pages or 1)


_READABLE_RE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x21-\x7e]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")
CONTROL_SHARE = 0.1
"""A text layer this much control characters is glyph numbers, not text (a font without a
ToUnicode map: \x01\x03\x04…): a report's text has none."""
GARBLED_SHARE = 0.5
"""A text layer with less than this share of Chinese, ASCII and their punctuation is
mojibake (a font without a usable ToUnicode map: 「ÍøÕ¾Ãû³Æ」, private-use codes), or
boxes (☐: the glyphs of a page whose text is drawn as outlines, each read as a box)."""


def garbled(doc: Document) -> bool:
    """Whether a PDF's text layer is unreadable, so its pages are better read as scans."""
    text = "".join(c.text for row in doc.rows for c in row.cells)
    text = "".join(text.split())
    if len(text) < 50:
        return False
    if len(_CONTROL_RE.findall(text)) >= CONTROL_SHARE * len(text):
        return True
    return len(_READABLE_RE.findall(text)) < GARBLED_SHARE * len(text)
