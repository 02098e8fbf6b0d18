"""A run of lone labels before a run of lone counts one longer (extract/short_runs.py): the
extra count is the row's cell whose label reading order set apart."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: the row's first cell went after the row, with the section's
# name (注册用户数); its count stayed with the others.
SERVICES = """\
四、解读回应
解读信息发布
总数(单位: 条)
解读材料数量(单位: 条)
解读产品数量
(单位: 个)
媒体评论文章数量(单位: 篇)
80
63
10
7
政务服务事项数
量(单位: 项)
可全程在线办理政务服务事项
数量(单位: 项)
15713
482
363
总数(单位: 件)
自然人办件量(单位: 件)
法人办件量(单位: 件)
3489
3357
132
五、办事服务
是否发布服务事 项目
注册用户数(单位: 个)
录
☑是 ☐否
办件量
"""


def test_the_extra_count_is_the_row_cell_before_the_labels() -> None:
    got = values(SERVICES)
    assert got.get("registered_users") == 15713
    assert (got.get("service_items"), got.get("service_items_online")) == (482, 363)
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (3489, 3357, 132)


def test_not_when_the_labels_run_is_followed_by_as_many_counts_only() -> None:
    got = values(SERVICES.replace("15713\n", ""))
    assert got.get("registered_users") is None
    assert (got.get("service_items"), got.get("service_items_online")) == (482, 363)


def test_not_a_field_of_another_group() -> None:
    # 征集调查期数 follows 公开答复数量 in the form but is in another group than the run's
    # (留言办理): the three counts are not 平均办理时间, 公开答复数量 and 征集调查期数.
    got = values(
        "留言办理\n收到留言数量\n\n办结留言数量\n\n242\n\n（条）\n平均办理时间\n\n（条）\n"
        "公开答复数量\n\n5.7\n\n（天）\n\n（条）\n\n224\n\n55\n\n征集调查\n征集调查期数\n",
        without=("征集调查期数",),
    )
    assert got.get("surveys") != 55
