"""Text whose tables are HTML: the Markdown that PDF converters such as MinerU and Marker
write keeps a table with merged cells as `<table>…</table>` among its lines. Such a text
becomes one web page (each other line a paragraph) for the HTML reader, which knows
rowspan and colspan, so the tables keep their grid."""

from __future__ import annotations

import html
import re

from nianbao.readers.line_clean import markdown_plain

_TABLE_TAG_RE = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)


def has_html_tables(text: str) -> bool:
    lowered = text[:200_000].lower()
    return "<table" in lowered and "</table" in lowered and ("<td" in lowered or "<th" in lowered)


def as_page(text: str) -> str:
    """The text as a web page: its HTML tables as they are, every other line a paragraph."""
    parts = ["<html><body>"]
    depth = 0
    start = outside = 0  # where the current table began; where text outside tables resumes
    for tag in _TABLE_TAG_RE.finditer(text):
        if not tag.group(1):
            if depth == 0:
                parts.append(_paragraphs(text[outside : tag.start()]))
                start = tag.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                parts.append(text[start : tag.end()])
                outside = tag.end()
    # A table left open runs to the end, as a browser would have it.
    parts.append(text[start:] if depth else _paragraphs(text[outside:]))
    parts.append("</body></html>")
    return "".join(parts)


def _paragraphs(text: str) -> str:
    lines = (markdown_plain(line).strip() for line in text.splitlines())
    # Escaped so that a stray < in a line is text; <br> and <input> tick boxes stay tags.
    return "".join(f"<p>{_keep_tags(html.escape(line, quote=False))}</p>" for line in lines if line)


_KEPT_RE = re.compile(r"&lt;((?:br|input)\b[^<>]*?)&gt;", re.IGNORECASE)


def _keep_tags(escaped: str) -> str:
    return _KEPT_RE.sub(lambda m: f"<{html.unescape(m.group(1))}>", escaped)
