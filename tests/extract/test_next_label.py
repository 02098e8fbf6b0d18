"""A label of several fields among group names read out of their rows' order, told by the
next label (extract/next_label.py)."""

from __future__ import annotations

from typing import Any

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text

# pdftotext without -layout: the tall cells' names of four groups first, then 信息发布's
# rows; 解读信息发布's 总数 further on.
ROWS = (
    "信息发布（单位：条）\n专栏专题（单位：个）\n解读回应\n解读信息发布\n"
    "总数\n664条\n概况类信息更新量\n80条\n政务动态信息更新量\n203条\n"
    "信息公开目录信息更新量\n281条\n维护数量\n64个\n新开设专栏专题数量\n49个\n"
    "总数（单位：条）\n21条\n解读材料（单位：条）\n19条\n解读产品数量（单位：个）\n1个\n"
    "负责人：李华\n审核人：林桂艳\n填表人：潘芳\n联系方式：025-42879534\n填报日期：2025-01-23\n"
)


def _values(text: str) -> dict[str, Any]:
    return extract_document(document_from_text(text), "t").report.to_json()


def test_the_next_label_tells_a_total_among_group_names() -> None:
    got = _values(ROWS)
    assert got["info_total"] == 664
    assert got["info_overview"] == 80
    assert got["interp_total"] == 21
    assert got["interp_materials"] == 19


def test_not_where_the_groups_were_read_in_order() -> None:
    # pdftotext: a page's cells left after the signatures, 微博's 信息发布量 before 微信's
    # 订阅数; with no group names out of order, the label is read as the walk goes.
    got = _values(
        "单位负责人：袁霞\n审核人：余勇超\n填报人：叶海敏\n联系电话：0531-7595333\n"
        "填报日期：2024-01-09\n信息发布量\n９８５\n订阅数\n其他\n"
    )
    assert got["weibo_posts"] == 985
