"""A count's label waiting for its value while a later label of its group reads the count
right after it (extract/waiting_labels.py)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: 名称 and 订阅数 a run, the name their one value; 信息发布量's
# label, then both counts.
WECHAT = """\
八、移动新媒体
是否有移动新媒体
☑是 ☐否
微信
名称
订阅数(单位:个)
舟山市生态环境局
信息发布量(单位:条)
41,775
181
其他
"""


def test_the_counts_go_to_the_labels_in_the_order_they_came() -> None:
    got = values(WECHAT)
    assert got.get("wechat_name") == "舟山市生态环境局"
    assert (got.get("wechat_subscribers"), got.get("wechat_posts")) == (41775, 181)


def test_not_a_label_after_a_choices_answer() -> None:
    # 政务服务事项数量 stands between the choice's options, no run of labels: the count
    # after 注册用户数 is its own.
    got = values(
        "办事服务\n是否发布服务事项目录\n☑是\n政务服务事项数量（单位：项）\n☐否\n"
        "注 册 用 户 数（单位：个）\n7371\n285\n可全程网上办理政务服\n务事项数量（单位：项）\n183\n"
        "总数（单位：件）\n41136\n",
        without=("注册用户数", "政务服务事项数量"),
    )
    assert got.get("registered_users") == 7371
