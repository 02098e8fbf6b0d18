"""Reports written in traditional characters, read as the simplified ones the form names.

Many government sites offer their pages in traditional characters too (a 繁體 switch, or
a /big5/ mirror made by a converting proxy), so a crawler may fetch a report as
政府網站工作年度報表 | 網站名稱 | 獨立用戶訪問總量. Its cells are converted to simplified
characters with OpenCC's traditional → simplified tables (phrases first, so 乾燥 and 乾隆
each come out right) before the matcher reads them; the values (site and unit names)
come out simplified too, as the published dataset writes them.

A document is converted only when many of its characters change: OpenCC would also turn
the odd traditional character of a simplified report's name (乾县) into another, so a
simplified report is left exactly as read.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Protocol

from nianbao.extract.document import Document

MIN_CHANGED = 12
"""Fewer changed characters than this in the opening and the document is not converted: a
simplified report holds at most a few traditional characters (in names), never a dozen."""
CHANGED_SHARE = 0.08
"""And at least this share of the sample's Chinese characters must change: in traditional
text a quarter or more of the characters do (網 報 數 發 務…)."""
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


class Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def simplifier() -> Converter:
    # Loaded on first use: a batch of simplified reports pays only this (a few ms), and a
    # run that reads no document pays nothing.
    converter: Converter = importlib.import_module("opencc").OpenCC("t2s")
    return converter


def is_traditional(doc: Document, opening: str | None = None) -> bool:
    """Whether the document is written in traditional characters (`opening`: its opening,
    Document.opening, when the caller has it)."""
    sample = doc.opening() if opening is None else opening
    converted = simplifier().convert(sample)
    if converted == sample:
        return False
    # OpenCC's phrases map to phrases of the same length; a length change counts too.
    changed = abs(len(sample) - len(converted))
    changed += sum(1 for a, b in zip(sample, converted, strict=False) if a != b)
    return changed >= MIN_CHANGED and changed >= CHANGED_SHARE * len(_HAN_RE.findall(sample))


def simplified(doc: Document, opening: str | None = None) -> Document:
    """`doc` in simplified characters when it is written in traditional ones, else `doc`."""
    if not doc.rows or not is_traditional(doc, opening):
        return doc
    return doc.with_texts(simplifier().convert, "报表以繁体字书写，已转换为简体字后读取。")
