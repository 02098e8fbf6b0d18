"""Reports a web page sets out as a CSS grid (rows of label and value <div>s or <span>s)
instead of a table: which elements are its cells."""

from __future__ import annotations

import re

import lxml.etree

from nianbao.readers.text import split_line

CELL_BREAK = "\x1f"
"""Where a grid cell set out with CSS starts in the running text (a character no page's
text holds, which whitespace collapsing leaves alone)."""
# Class names by which CSS frameworks and site templates set a grid's cells: Bootstrap's
# col-md-3, layui-col-md3, el-col, form-label, item-value, a template's td and th.
_CELL_CLASSES = frozenset({"td", "th", "cell", "col", "label", "value", "val", "key", "lbl"})
_CLASS_PART_RE = re.compile(r"[-_\s]+")
FLEX_ITEM = "data-nianbao-flex-item"
"""Set on the children of a flex or grid container the page's style sheet sets out
(readers.html_css): each a cell."""
_CELL_STYLE_RE = re.compile(r"display\s*:\s*(?:inline-block|table-cell)|float\s*:", re.I)


def grid_cell(el: lxml.etree._Element) -> bool:
    """Whether the element is a cell of a grid set out with CSS: its class names a cell
    (td1, layui-col-md3) or its style sets it beside the next. One that holds blocks keeps
    them as paragraphs of their own all the same."""
    if el.get(FLEX_ITEM) is not None:
        return True
    classes = el.get("class")
    if classes and any(
        part.rstrip("0123456789") in _CELL_CLASSES for part in _CLASS_PART_RE.split(classes.lower())
    ):
        return True
    style = el.get("style")
    return bool(style and _CELL_STYLE_RE.search(style))


def grid_texts(text: str) -> list[str]:
    return [cell for part in text.split(CELL_BREAK) for cell in split_line(part)]
