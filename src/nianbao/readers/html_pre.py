"""Preformatted text in a page (<pre>): a table typed or drawn as text (columns set out with
spaces, a box-drawn or grid table) keeps its lines and columns there. It is read as the
text reader reads a text file, not as one paragraph."""

from __future__ import annotations

import dataclasses

import lxml.etree

from nianbao.extract.document import Row
from nianbao.readers.text import document_from_text


def pre_rows(pre: lxml.etree._Element, block: int) -> list[Row] | None:
    """The rows of a <pre> element's text of several lines, in `block`; None for one line
    (a paragraph as any other)."""
    text = "".join(pre.itertext())
    if text.strip().count("\n") < 1:
        return None
    rows = document_from_text(text).rows
    return [dataclasses.replace(row, where=f"预排版文本{row.where}", block=block) for row in rows]
