"""Lines of one wrapped paragraph joined (extract/prose.joined)."""

from __future__ import annotations

import pytest

from nianbao.extract.prose import joined


@pytest.mark.parametrize(
    ("head", "rest", "text"),
    [
        ("提供政策智", "能匹配服务", "提供政策智能匹配服务"),
        ("累计访问", "973 万次", "累计访问 973 万次"),
        ("政务服务“蒙速办", "·一网办”入口", "政务服务“蒙速办·一网办”入口"),
        ("蒙速办·", "一网办", "蒙速办·一网办"),
    ],
)
def test_lines_join_as_the_text_was_written(head: str, rest: str, text: str) -> None:
    assert joined(head, rest) == text
