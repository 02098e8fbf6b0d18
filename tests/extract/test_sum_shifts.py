"""Counts of an exact sum reading order moved by one place (extract/sum_shifts.py)."""

from __future__ import annotations

from text_reports import values

SHIFTED = """\
办事服务
是否发布服务事项目录
☑是 ☐否
注册用户数量(单位: 个)
21419
政务服务事项数量(单位: 项)
248
可全程在线办理政务服务事项数量(单位: 项)
83
办件量
总数(单位: 件)
自然人办件量
3,630
(单位: 件)
法人办件量(单位: 件)
2,878
752
互动交流
是否使用统一平台
☑是 ☐否
"""


def _cases(text: str) -> tuple[object, object, object]:
    got = values(text)
    return got.get("cases_total"), got.get("cases_natural"), got.get("cases_legal")


def test_counts_moved_by_one_place_go_to_the_fields_in_the_forms_order() -> None:
    assert _cases(SHIFTED) == (3630, 2878, 752)


def test_the_lacking_field_takes_the_free_count_the_sum_holds_with() -> None:
    # 总数's 3,630 after the parts, read right: the sum holds as read.
    text = SHIFTED.replace("3,630", "2,878", 1).replace("2,878\n752", "752\n3,630")
    assert _cases(text) == (3630, 2878, 752)


def test_not_when_no_order_keeps_the_sum() -> None:
    assert _cases(SHIFTED.replace("752", "751")) == (None, 3630, 2878)


def test_not_past_another_fields_label() -> None:
    text = SHIFTED.replace(
        "752\n互动交流\n是否使用统一平台\n☑是 ☐否\n", "互动交流\n是否使用统一平台\n☑是 ☐否\n752\n"
    )
    assert _cases(text) == (None, 3630, 2878)


def test_not_when_two_free_counts_would_do() -> None:
    assert _cases(SHIFTED.replace("752\n", "752\n752\n")) == (None, 3630, 2878)
