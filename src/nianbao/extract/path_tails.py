"""A web address's last path characters a narrow cell's line end cut, alone on the next
line (text only): http://www.a.gov.cn/ny | ncj/ | 主办单位, http:// | a.gov.cn | / | 主办单位.
The address reads whole without them, so only their look tells them from another cell's
value: address characters only, closing as a folder (/) or a page (.html) does."""

from __future__ import annotations

import re

from nianbao.extract.placement import Placement
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field
from nianbao.rules import value_shapes

_TAIL_RE = re.compile(r"[A-Za-z0-9._~%\-/]{0,30}(?:/|\.(?:s?html?|jsp|php|aspx?))")
"""A path's end: a folder's (nyncj/, /) or a page's (index.html)."""

_FOLDERS_RE = re.compile(r"[A-Za-z0-9_~%\-]+(?:/[A-Za-z0-9_~%\-]+)*/")
"""Folders' names only (fsnhscjgj/): after an address closing with a slash, a line's end
cut it there (http://www.a.gov.cn/ | fsnhscjgj/); a host or a page would have a dot."""

_HOST_ONLY_RE = re.compile(r"(?:https?://)?[^/]+")


def path_tail(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, Token] | None:
    """The address `raw` (of `value`, its line's last token) and its path's end alone on the
    next line; None when there is none."""
    form = walk.index.form
    if walk.doc.format != "text" or f.key not in value_shapes(form):
        return None
    tokens, below = walk.rows[value.row], value.row + 1
    if tokens[-1] is not value or below >= len(walk.rows) or value.row in walk.rows.ending:
        return None
    following = walk.rows[below]
    if len(following) != 1 or not following[0].free or below in walk.rows.ending:
        return None
    rest, text = following[0], following[0].piece.text.strip()
    if not _TAIL_RE.fullmatch(text) or (raw.endswith("/") and not _FOLDERS_RE.fullmatch(text)):
        return None
    joined = raw + text
    if not (has_shape(f, raw, form) and has_shape(f, joined, form)):
        return None
    if text == "/" and not _slash_ends(walk, raw, below):
        return None
    return joined, rest


def _slash_ends(walk: Placement, raw: str, below: int) -> bool:
    """Whether the slash alone on line `below` ends the address `raw`, not a blank's mark
    (a remarks column's, one cell a line): after a host alone, where no path goes on,
    before a label's line, and the only slash alone in the document."""
    after = walk.rows[below + 1] if below + 1 < len(walk.rows) else []
    if not _HOST_ONLY_RE.fullmatch(raw) or (after and after[0].piece.kind != "label"):
        return False
    lone = (row.cells for row in walk.doc.rows if len(row.cells) == 1)
    return sum(cells[0].text.strip() == "/" for cells in lone) == 1
