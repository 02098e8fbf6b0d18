"""A report told in prose, its text as paragraphs: a page's lines of one paragraph joined
(a PDF wraps its lines wherever the width ends, inside labels, codes and counts)."""

from __future__ import annotations

import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.prose import joined, width


def _line(row: Row) -> str:
    return " ".join(c.text for c in row.cells if not c.copy)


_FULL = 0.85
"""Share of the widest line's width a line of a paragraph a page wrapped fills."""
_WRAPPED_WIDTH = 40
"""Display columns the widest line needs for lines to be a page's wrapped paragraphs."""


def paragraphs(doc: Document) -> list[tuple[int, str]]:
    """Each paragraph's first row and text: a page's lines of one paragraph joined, each
    line that fills the width without ending its sentence going on with the next (…首页网 |
    址http://…, …为陕ICP | 备06009877号-5). On a page, a line fills it when the next line's
    first word would not have fitted after its end; elsewhere, when it is nearly as wide
    as the widest line."""
    cells = [row.cells[0] if len(row.cells) == 1 else None for row in doc.rows]
    texts = [_line(row) for row in doc.rows]
    rightmost = max((c.bbox[2] for c in cells if c is not None and c.bbox is not None), default=0.0)
    widest = max(map(width, texts), default=0)
    out: list[tuple[int, str]] = []
    for r, text in enumerate(texts):
        if (
            r
            and text.strip()
            and _wrapped(cells[r - 1], texts[r - 1], cells[r], (rightmost, widest))
        ):
            first, head = out[-1]
            out[-1] = (first, joined(head, text.strip()))
        else:
            out.append((r, text))
    return out


def _wrapped(
    cell: Cell | None, text: str, following: Cell | None, edges: tuple[float, int]
) -> bool:
    """Whether a line goes on with the next (see `_paragraphs`); `edges`: the rightmost end
    of a line on the page, the widest line's display width."""
    end = text.rstrip()
    rightmost, widest = edges
    if cell is None or following is None or end[-1:] in _SENTENCE_ENDS or widest < _WRAPPED_WIDTH:
        return False
    if cell.bbox is None:
        return width(end) >= _FULL * widest
    _, y0, x1, y1 = cell.bbox
    size = y1 - y0
    word = _FIRST_WORD_RE.match(following.text.strip())
    need = (len(word[0]) * 0.55 * size) if word and word[0].isascii() else size
    return rightmost - x1 < need + 1.5 * size  # line breaking rules push a character or two on


_FIRST_WORD_RE = re.compile(r"[\x21-\x7e]+|.")
"""A line's first word: a run of Latin letters, digits and signs, or one character."""


_SENTENCE_ENDS = frozenset("。！？；：:;!?")
