"""A few lines of text read as a report, for tests of how one passage of converted text is
read: enough labels for the text to count as a report, none of them under test."""

from __future__ import annotations

from typing import Any

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text

BASIC_PAIRS = [
    ("网站名称", "某局网站"),
    ("首页网址", "http://a.gov.cn"),
    ("征集调查期数", "3"),
    ("收到意见数量", "0"),
    ("公布调查结果期数", "0"),
    ("访谈期数", "0"),
    ("网民留言数量", "0"),
    ("答复网民提问数量", "0"),
]
BASIC = "".join(f"{label}\t{value}\n" for label, value in BASIC_PAIRS)


TABLE_PAIRS = [
    ("网站名称", "某局网站"),
    ("政府网站标识码", "4300000001"),
    ("独立用户访问总量（单位：个）", "500"),
    ("网站总访问量（单位：次）", "1500"),
    ("注册用户数（单位：个）", "10"),
    ("政务服务事项数量（单位：项）", "3"),
    ("收到意见数量（单位：条）", "2"),
    ("安全检测评估次数（单位：次）", "1"),
]
"""Enough labels, with their units, for a table in any format to count as a report; none
of them under test."""


# Labels that stand in for those of BASIC a test reads itself.
SPARE_PAIRS = [
    ("安全检测评估次数", "1"),
    ("发现问题数量", "0"),
    ("问题整改数量", "0"),
    ("注册用户数", "5"),
    ("政务服务事项数量", "4"),
    ("办件量总数", "3"),
]


def values(text: str, *, without: tuple[str, ...] = ()) -> dict[str, Any]:
    """The values read from BASIC followed by `text`; BASIC `without` the labels the text
    holds itself, spare labels in their place."""
    pairs = [p for p in BASIC_PAIRS if p[0] not in without]
    pairs += SPARE_PAIRS[: len(BASIC_PAIRS) - len(pairs)]
    basic = "".join(f"{label}\t{value}\n" for label, value in pairs)
    return extract_document(document_from_text(basic + text), "t").report.to_json()


def read(text: str) -> dict[str, Any]:
    """The values read from `text` alone, as `nianbao extract` reads a converted text (for
    passages cut down from whole reports, which BASIC's lines before them would change)."""
    return extract_document(document_from_text(text), "t").report.to_json()


def text_cells(text: str) -> list[list[str]]:
    """Each row's cell texts as the text reader makes them (no report read)."""
    return [[c.text for c in row.cells] for row in document_from_text(text).rows]
