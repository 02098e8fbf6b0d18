"""A sum's total read as another field's of its label (extract/sum_totals.py)."""

from __future__ import annotations

from text_reports import values


def test_a_count_keeping_a_sum_its_total_lacks_is_that_totals() -> None:
    # pdftotext: 信息发布's 总数 before the line of another cell, then 办件量's 总数 and its
    # value; the walk reads 2 038 as the first 总数's, 信息发布's.
    got = values(
        "总数\n公安机关备案号\n总数\n2 038\n自然人办件量\n1 740\n法人办件量\n298\n"
        "是否使用统一平台\n收到留言数量(单位:条)\n"
    )
    assert got["cases_total"] == 2038
    assert "info_total" not in got


def test_not_a_count_keeping_its_own_fields_sum() -> None:
    # 6 is 解读信息发布's 总数 (1 + 2 + 3) as much as 办件量's (4 + 2), whose 总数 is missing.
    got = values(
        "解读回应\n总数(单位:条)\n6\n解读材料数量(单位:条)\n1\n解读产品数量(单位:个)\n2\n"
        "媒体评论文章数量(单位:篇)\n3\n办件量\n自然人办件量\n4\n法人办件量\n2\n"
    )
    assert got["interp_total"] == 6
    assert "cases_total" not in got


def test_not_a_zero() -> None:
    got = values("总数\n公安机关备案号\n总数\n0\n自然人办件量\n0\n法人办件量\n0\n")
    assert "cases_total" not in got
