"""A label written again at the start of its value's cell (extract.repeated_labels)."""

from __future__ import annotations

from text_reports import values


def test_a_label_repeated_in_its_values_cell_is_read_once() -> None:
    got = values(
        "微博\t名称\t名称：武侯发布 信息发布量：944条 关注量：793307个\n"
        "微信\t名称\t名称：成都武侯发布 信息发布量：2124条 订阅数：243361个\n"
    )
    assert (got.get("weibo_name"), got.get("weibo_posts"), got.get("weibo_followers")) == (
        "武侯发布",
        944,
        793307,
    )
    assert (got.get("wechat_name"), got.get("wechat_subscribers")) == ("成都武侯发布", 243361)
