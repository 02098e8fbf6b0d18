"""A unit its narrow cell set down one piece a line: `(单位 | : | 条 | )` (pypdfium2,
pdfplumber write a tall cell's lines one after another). Each piece alone reads as
nothing (a colon, a bracket), standing between a label and its value; joined on the
first piece's line, they are the unit again."""

from __future__ import annotations

import re

_UNIT_RE = re.compile(r"[(（]单位[:：]?[\u4e00-\u9fff]{1,2}[)）]")
"""A bracketed unit, blanks dropped: (单位:条), （个）."""
_PIECE = 3
"""Characters of a unit's piece on its own line at the most."""

Line = tuple[int, str, str, list[str] | None]


def units_joined(lines: list[Line]) -> list[Line]:
    """`lines` (number, raw, cleaned, cells when delimited) with each run of two lines or
    more of short pieces that together make one unit as one line."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = _unit_end(lines, k)
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        number, raw, _, _ = lines[k]
        text = "".join(line[2].strip() for line in lines[k:end])
        out.append((number, raw, text, None))
        k = end
    return out


def _unit_end(lines: list[Line], k: int) -> int | None:
    """The end of a run from lines[k] of short pieces that make one unit, if any."""
    text = ""
    for end in range(k, min(len(lines), k + 6)):
        _, raw, line, delimited = lines[end]
        piece = line.strip()
        if delimited is not None or raw[:1].isspace() or not piece or len(piece) > _PIECE:
            return None
        text += "".join(piece.split())
        if end > k and _UNIT_RE.fullmatch(text):
            return end + 1
        if not text.startswith(("(", "（")):
            return None
    return None
