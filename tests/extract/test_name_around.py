"""A name of two lines centred on the counts' line beside it (pdfplumber without layout):
extract/name_around.py."""

from __future__ import annotations

from text_reports import values


def test_the_names_lines_around_the_counts() -> None:
    got = values(
        "移动新媒体\n是否有移动新媒体 ☑是 ☐否\n微博\n"
        "名称 信息发布量（单位：条） 关注量（单位：个）\n某某县应急管理局\n"
        "1 295 24 169\n发布\n微信\n"
    )
    assert got["weibo_name"] == "某某县应急管理局发布"
    assert (got["weibo_posts"], got["weibo_followers"]) == (1295, 24169)
