"""How wide text shows in a terminal's columns: a layout-keeping converter (pdftotext
-layout) places cells by such columns, and the text reader and the matcher both count them."""

from __future__ import annotations

import re

# Characters two columns wide on a terminal (East Asian Wide and Fullwidth); of the others,
# those past Latin-1 are listed instead, being few in a Chinese text: counting them is
# cheaper than counting the wide ones.
_NARROW_RE = re.compile(
    "[\u0100-\u10ff\u1160-\u2e7f\ua4d0-\uabff\ud7a4-\uf8ff\ufb00-\ufe2f\ufe50-\ufeff"
    "\uff61-\uffdf\uffe7-\U0010ffff]"
)


def wide_chars(text: str) -> int:
    """How many characters of `text` are two columns wide."""
    beyond = len(text) - len(text.encode("latin-1", "ignore"))
    return beyond - len(_NARROW_RE.findall(text)) if beyond else 0
