"""A text's line breaks inside its cell (湖州市人民政府\n门户网站: a name broken by hand, or a
cell's lines read one by one) are the cell's width, not the value's: the lines join, with
nothing beside a Chinese character and a blank between words of other scripts (none at
all in a code or an address). Other kinds' values keep theirs (options one a line)."""

from __future__ import annotations

import re

from nianbao.forms.model import Field

_BREAK_RE = re.compile(r"[ \t\u3000]*\r?\n\s*")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def unbroken(f: Field, text: str) -> str:
    """`text`, f's value, with its lines joined when f is a text."""
    if "\n" not in text or f.type != "str":
        return text
    if f.identifier:
        return _BREAK_RE.sub("", text.strip())
    return _BREAK_RE.sub(lambda m: _joint(m.string, m.start(), m.end()), text.strip())


def _joint(text: str, start: int, end: int) -> str:
    before = text[start - 1] if start else ""
    if before in _ENDS or _ITEM_RE.match(text, end):
        return "\n"  # a list's items, a line each (…粉丝2.3万； | 2.快手号…)
    after = text[end] if end < len(text) else ""
    return "" if _CJK.match(before) or _CJK.match(after) else " "


_ENDS = frozenset("；;。，,、：:")
"""What a line ends with that its writer ended (not a wrap inside a word)."""
_ITEM_RE = re.compile(r"\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]、)")
