"""Counts one space apart under labels abreast (extract/abreast.py)."""

from __future__ import annotations

from text_reports import values

NONE_CLOSED = (
    "留言办理\n"
    "收到留言数量 办结留言数量\n"
    "０ ０\n"
    "（条） （条）\n"
    "平均办理时间 公开答复数量\n"
    "０\n"
    "（天） （条）\n"
    "征集调查\n"
)


def test_one_count_under_two_labels_skips_the_one_a_count_read_before_lets_be_blank() -> None:
    # Nothing closed: no average to give, so the one count is 公开答复数量's.
    got = values(NONE_CLOSED)
    assert got["messages_public"] == 0
    assert "messages_avg_days" not in got


def test_not_when_the_count_read_before_asks_for_both() -> None:
    got = values(NONE_CLOSED.replace("０ ０", "５ ３"))
    assert got["messages_avg_days"] == 0
    assert "messages_public" not in got


def test_counts_one_space_apart_go_to_their_labels_in_order() -> None:
    got = values("维护数量(单位:个) 新开设数量(单位:个)\n6 2\n")
    assert (got["columns_maintained"], got["columns_new"]) == (6, 2)


def test_labels_abreast_over_two_lines_the_first_ones_unit_cut() -> None:
    # pypdfium2: 收到留言数量(单位: ends the first line, its unit's rest opens the line of
    # the other three labels; no messages closed, so 平均办理时间 is the one left blank.
    got = values(
        "留言办理\n"
        "收到留言数量(单位:\n"
        "条) 办结留言数量(单位:条) 平均办理时间(单位:天) 公开答复数量(单位:条)\n"
        "0 0 0\n"
        "征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (0, 0)
    assert (got.get("messages_avg_days"), got["messages_public"]) == (None, 0)


def test_counts_under_labels_abreast_after_a_names_the_name_below_them() -> None:
    # pdfplumber without layout, written by height: the counts' line comes before the
    # name's two lines; 名称 takes no bare counts, the counts go to the labels of counts.
    got = values(
        "是否有移动新媒体\n☑是 ☐否\n微博\n账号名称 信息发布量（条） 关注量（个）\n163 14,307\n"
        "会同县住房和城乡发\n布\n微信\n名称 信息发布量（条） 订阅数（个）\n会同县住房和城乡建\n"
        "344 24,124\n设局\n其他\n九、创新发展\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "会同县住房和城乡发布",
        163,
        14307,
    )
    assert got["wechat_name"] == "会同县住房和城乡建设局"
