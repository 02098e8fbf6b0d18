"""A page's running head and foot between two parts of one table: the page number closing
a page (第 1 页，共 4 页, - 2 -, 3/4) and the head line every page opens with (某局 政务公开)
before the table goes on. Left there, they stand between a row cut by the page end and its
rest, which `page_break` then cannot join (解读产 | … | 品数量（单位：个）)."""

from __future__ import annotations

import re

from nianbao.extract.document import Row

PAGE_IN_WORDS = r"第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
"""A page's number in words (第 1 页，共 4 页), which no value of the report reads as."""
_PAGE_NUMBER_RE = re.compile(
    rf"{PAGE_IN_WORDS}|[-—–]?\s*\d{{1,3}}\s*[-—–]?|\d{{1,3}}\s*/\s*\d{{1,3}}"
    r"|page\s*\d+(?:\s*of\s*\d+)?",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")


def _text(row: Row) -> str:
    return " ".join(c.text.strip() for c in row.cells)


def _key(row: Row) -> str:
    """The row's text, numbers aside (a date or a page number in a running head)."""
    return _DIGITS_RE.sub("#", "".join(_text(row).split()))


def _page_number(row: Row) -> bool:
    return not row.block % 2 and _PAGE_NUMBER_RE.fullmatch(_text(row)) is not None


def opening_keys(rows: list[Row]) -> set[str]:
    """The keys of the free lines a page opens with, before its first table row."""
    keys = set()
    for row in rows:
        if row.block % 2:
            break
        keys.add(_key(row))
    return keys


def without_running_lines(done: list[Row], page: list[Row], heads: set[str]) -> list[Row]:
    """`page` without its opening free lines that opened an earlier page (`heads`) when the
    page then goes on with a table row; `done` loses its closing page-number lines in place
    when it ends with them after a table row."""
    k = 0
    while k < len(page) and not page[k].block % 2 and _key(page[k]) in heads:
        k += 1
    if not (0 < k < len(page) and page[k].block % 2):
        return page
    end = len(done)
    while (
        end > 0 and not done[end - 1].block % 2 and _PAGE_NUMBER_RE.fullmatch(_text(done[end - 1]))
    ):
        end -= 1
    if 0 < end < len(done) and done[end - 1].block % 2:
        del done[end:]
    return page[k:]


PAGE_WORDS_RE = re.compile(rf"\s*(?:{PAGE_IN_WORDS}|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页)\s*")
"""A line that is a page's number in words (第2页共3页), a printed page's foot."""


def without_page_words(rows: list[Row]) -> list[Row]:
    """`rows` without the free lines that are a page's number in words (第 1 页 共 2 页), a
    page's foot or head wherever it stands: read on, it would end the text above it."""
    kept = [row for row in rows if row.block % 2 or not PAGE_WORDS_RE.fullmatch(_text(row))]
    return kept if len(kept) < len(rows) else rows
