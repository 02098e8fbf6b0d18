"""Markdown as PDF-to-Markdown converters (MinerU, Marker) write it: headings and
paragraphs as lines, each table as bare HTML keeping only rowspan and colspan, tick
boxes as the characters the converter saw (a symbol font's box as its plain letter)."""

from __future__ import annotations

import random

import lxml.etree
import lxml.html

from gen.html_out import html_writer
from gen.sheet import Sheet
from nianbao.readers.encoding import decode_text

_KEPT = {"rowspan", "colspan"}
_TABLE_TAGS = {"table", "tr", "td", "th", "br"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li"}


def _bare_table(table: lxml.html.HtmlElement) -> str:
    for el in list(table.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "input":  # a form box as the converter reads it
            el.tail = ("☑" if el.get("checked") is not None else "☐") + (el.tail or "")
            el.drop_tree()
            continue
        if el.tag == "img":
            el.tail = (el.get("alt") or "") + (el.tail or "")
            el.drop_tree()
            continue
        for name in list(el.attrib):
            if name not in _KEPT:
                del el.attrib[name]
        if el.tag in _BLOCKS:  # a paragraph inside a cell: its own line there
            el.append(lxml.html.Element("br"))
        if el.tag not in _TABLE_TAGS:
            el.drop_tag()
    return str(lxml.etree.tostring(table, encoding="unicode", method="html"))


def to_markdown_html(page: str) -> str:
    root = lxml.html.fromstring(page)
    for el in root.xpath("//script|//style|//head"):
        el.drop_tree()
    lines: list[str] = []
    # lxml hands out the same proxy for a node while one is referenced: `in` finds it.
    tables = root.xpath("//table[not(ancestor::table)]")

    def walk(el: lxml.html.HtmlElement) -> None:
        if el in tables:
            lines.append(_bare_table(el))
            return
        if not el.xpath(".//table"):
            text = " ".join(el.text_content().split())
            if text:
                lines.append(text)
            return
        if el.text and el.text.strip():
            lines.append(el.text.strip())
        for child in el:
            walk(child)
            if child.tail and child.tail.strip():
                lines.append(child.tail.strip())

    walk(root)
    return "\n\n".join(lines)


def markdown_html_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    page, _ = html_writer(sheet, rng)
    sheet.made = f"Markdown with HTML tables of a web page ({sheet.made})"
    return to_markdown_html(decode_text(page, None)).encode("utf-8"), ".md"
