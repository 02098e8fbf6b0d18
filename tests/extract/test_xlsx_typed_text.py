"""A figure typed after an apostrophe to keep it text, the apostrophe saved as a character
(an older format's sheet opened again), reads as the figure (readers.xlsx)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from nianbao.readers.xlsx import read_xlsx


def _texts(values: list[object]) -> list[str]:
    book = Workbook()
    book.active.append(values)
    out = io.BytesIO()
    book.save(out)
    return [c.text for c in read_xlsx(out.getvalue()).rows[0].cells]


def test_an_apostrophe_before_a_figure_is_dropped() -> None:
    assert _texts(["办件量总数", "'58460", "＇1,234"]) == ["办件量总数", "58460", "1,234"]


def test_an_apostrophe_before_words_stays() -> None:
    assert _texts(["'网站名称'", "'12 号"]) == ["'网站名称'", "'12 号"]
