"""Leader dots between a label and its value (网站名称………………赤峰市交通运输局): a Word
tab leader, typed out or drawn by a converter as characters, runs label and value into one
word. It becomes a blank, which parts them as a typed space does."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import texts_edited
from nianbao.extract.document import Document
from nianbao.extract.labels import LabelIndex

_LEADER_RE = re.compile(r"\s*(?:\.{3,}|…+|·{3,}|．{3,}|⋯+)\s*")


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds leader dots."""
    return "..." in text or "…" in text or "···" in text or "．．．" in text or "⋯" in text


def leaders_apart(doc: Document, index: LabelIndex) -> Document:
    return texts_edited(doc, _parted)


def _parted(text: str) -> str:
    return _LEADER_RE.sub(" ", text).strip() if _LEADER_RE.search(text) else text
