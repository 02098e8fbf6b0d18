"""A choice's label with its options listed in brackets, the answer after it (网站类型（政
府门户网站、部门网站、专项网站）：部门网站; 创新发展（搜索即服务、…、其他）：多语言版本): the
brackets say what may be answered, like the form's printed boxes, and answer nothing. They
go, so the label reads as the form's and the answer after it as its value."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import texts_edited
from nianbao.extract.document import Document
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import choice_option_names

_LISTED_RE = re.compile(r"[(（]([^()（）]+[、,，/／][^()（）]+)[)）](?=\s*(?:[:：]|$))")
"""Brackets holding a list, ending the text or before a colon."""
_SEPARATOR_RE = re.compile(r"\s*[、,，/／]\s*")


def may_list(text: str, index: LabelIndex) -> bool:
    return _ANY_LIST_RE.search(text) is not None


_ANY_LIST_RE = re.compile(r"[(（][^()（）\n]*?[、,，/／]")
"""An opening bracket with a list's separator after it, anywhere in the cells' text (one
cell a line): the look before the step, cheap."""


def listed_options_dropped(doc: Document, index: LabelIndex) -> Document:
    names = choice_option_names(index.form)

    def convert(text: str) -> str:
        if "(" not in text and "（" not in text:
            return text
        return _LISTED_RE.sub(lambda m: "" if _all_options(m[1], names) else m[0], text)

    return texts_edited(doc, convert)


def _all_options(listed: str, names: frozenset[str]) -> bool:
    items = _SEPARATOR_RE.split(listed.strip())
    return len(items) >= 2 and all(normalize_label(item) in names for item in items)
