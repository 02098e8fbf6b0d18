"""The files and pictures a web page links to or shows: where its report is when the page
holds none (an attachment, an embedded PDF viewer, a picture of the table).

Read only when a page turns out to hold no report, so a page that does pays nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin

import lxml.etree

from nianbao.readers.html import parse_page
from nianbao.readers.mhtml import page_part
from nianbao.readers.sniff import sniff

LinkKind = Literal["file", "picture"]

# Files a report is published as; a CMS download link may carry the name in its query
# (download.jsp?file=…2022年报.pdf), so the extension may stand before ?, # or &.
_FILE_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd)(?:$|[?#&])", re.I)
_PICTURE_RE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp)(?:$|[?#&])", re.I)
# Where pages keep the address of what an element shows: a lazy loader keeps a picture's
# in data-*, its src showing a placeholder until then.
_SOURCES = {
    "a": ("href",),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "img": ("data-src", "data-original", "src"),
}
_SPACES_RE = re.compile(r"\s+")
_PIXELS_RE = re.compile(r"\s*(\d+)\s*(?:px)?\s*$")


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    """The link's text, else the element's title or alt text ('' when none)."""
    target: str
    """The address as the page writes it, joined to the page's <base href> if it has one."""
    kind: LinkKind
    small: bool = False
    """A picture the page sets under 200 pixels wide or high (an icon, a badge)."""


def page_links(data: bytes, source: str | None = None) -> list[Link]:
    """Each file and picture the page links to or shows, once, in page order (the page
    part of a page saved as one file)."""
    if sniff(data, source) == "mhtml":
        data = page_part(data) or b""
    root = parse_page(data, source)
    if root is None:
        return []
    base_el = root.find(".//base")
    base = (base_el.get("href") or "") if base_el is not None else ""
    links: list[Link] = []
    seen: set[str] = set()
    for el in root.iter(*_SOURCES):
        tag = str(el.tag)
        for attribute in _SOURCES[tag]:
            address = (el.get(attribute) or "").strip()
            if not address or address.startswith(("javascript:", "data:", "#")):
                continue
            kind: LinkKind | None = (
                "file"
                if _FILE_RE.search(address)
                else "picture"
                if _PICTURE_RE.search(address)
                else None
            )
            target = urljoin(base, address) if base else address
            if kind is None or target in seen:
                continue
            seen.add(target)
            text = _SPACES_RE.sub(" ", "".join(el.itertext())).strip() if tag == "a" else ""
            text = text or (el.get("title") or el.get("alt") or "").strip()
            links.append(Link(text, target, kind, tag == "img" and _small(el)))
            break
    return links


def _small(img: lxml.etree._Element) -> bool:
    for attribute in ("width", "height"):
        size = _PIXELS_RE.match(img.get(attribute) or "")
        if size and int(size[1]) < 200:
            return True
    return False
