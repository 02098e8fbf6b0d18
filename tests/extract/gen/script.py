"""A sheet written in traditional characters, as a site's 繁體 version or a converting
proxy (/big5/…) serves it: every text through OpenCC's simplified → traditional tables."""

from __future__ import annotations

from functools import cache

import opencc

from .sheet import Sheet


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_to_traditional().convert(text))


def traditional(sheet: Sheet) -> Sheet:
    """`sheet`, changed in place: its title, rows, notes, instructions and companion."""
    convert = to_traditional
    sheet.title = convert(sheet.title)
    sheet.before = [convert(t) for t in sheet.before]
    sheet.after = [convert(t) for t in sheet.after]
    sheet.instructions = [convert(t) for t in sheet.instructions]
    for row in sheet.rows:
        for cell in row:
            cell.text = convert(cell.text)
            cell.ticks = tuple((convert(option), ticked) for option, ticked in cell.ticks)
    if sheet.companion is not None:
        traditional(sheet.companion)
    return sheet
