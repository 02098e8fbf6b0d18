"""A table comparing the year with the one before (extract.last_year)."""

from __future__ import annotations

import pytest

from text_reports import values

ROWS = [
    ("独立用户访问总量", "个", "325853", "403537", ""),
    ("网站总访问量", "次", "1507723", "1737728", ""),
    ("注册用户数", "个", "0", "12", "依托省统一身份认证平台"),
    ("是否发布服务事项目录", "", "是", "否", ""),
    ("是否使用统一平台", "", "否", "是", ""),
    ("收到留言数量", "条", "20", "31", ""),
]


@pytest.mark.parametrize(
    "heads", [("2023年", "2022年"), ("本年", "上年"), ("上年度", "本年度"), ("2022年", "2023年")]
)
def test_last_years_column_is_no_value(heads: tuple[str, str]) -> None:
    first_is_last = heads[0] in ("上年度", "2022年")
    rows = [(a, b, d, c, e) if first_is_last else (a, b, c, d, e) for a, b, c, d, e in ROWS]
    lines = [("指标名称", "计量单位", *heads, "备注"), *rows]
    got = values("\n".join("\t".join(line) for line in lines) + "\n")
    assert got["unique_visitors"] == 325853
    assert got["registered_users"] == 0
    assert got["service_catalog_published"] is True
    assert got["unified_platform"] is False
    assert got["messages_received"] == 20


def test_two_years_not_one_apart_are_no_comparison() -> None:
    text = "指标名称\t2020年\t2023年\n独立用户访问总量\t325853\t403537\n"
    assert values(text)["unique_visitors"] == 325853
