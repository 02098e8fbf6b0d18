"""A unit's head left open at a line's end, a count one blank after it (extract/pieces.py)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.pieces import segment
from nianbao.forms.registry import default_form
from text_reports import values


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in segment(text, label_index(default_form()))]


def test_the_word_the_unit_and_the_count_are_apart() -> None:
    assert _pieces("息更新量(单位: 3 926") == [
        ("value", "息更新量"),
        ("unit", "(单位:"),
        ("value", "3 926"),
    ]
    assert _pieces("（单位： 122") == [("unit", "（单位："), ("value", "122")]


def test_not_when_more_words_come_before_the_unit() -> None:
    # Other cells run together, one blank apart: read as they are.
    assert len(_pieces("936 息更新量(单位: 2 359")) == 1


# pdftotext -layout: 信息公开目录信息更新量(单位: 条) wrapped over three lines, its count
# one blank after the unit's head on the middle one.
LAID_OUT = """\
信息发布
                             概况类信息更新
总数(单位:条)   4 229                     5
                             量(单位:条)
政务动态信息                       信息公开目录信
更新量(单位:    260               息更新量(单位: 3 926
条)                           条)
专栏专题
"""


def test_the_wrapped_label_reads_the_count() -> None:
    got = values(LAID_OUT)
    assert (got.get("info_total"), got.get("info_overview")) == (4229, 5)
    assert (got.get("info_news"), got.get("info_disclosure")) == (260, 3926)
