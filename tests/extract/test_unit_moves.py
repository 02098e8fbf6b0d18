"""Counts read for the wrong field of a generic label or far from their own, told by
the unit they are written with (extract/unit_moves.py, kind_leftovers, placement.below)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout of the official table: group names read away from their rows,
# 网站总访问量's count far down, 总数 read in 信息发布's group with 办件量's count.
SCRAMBLED = (
    "独立用户访问总量\n（单位：个）\n38973个\n网站总访问量（单位：次）\n信息发布（单位：\n"
    "条）\n专栏专题（单位：\n个）\n692条\n概况类信息更新量\n29条\n政务动态信息更新量\n114条\n"
    "信息公开目录信息发布量\n496条\n维护数量\n13个\n新开设数量\n1个\n总数（单位：条）\n31条\n"
    "解读材料（单位：\n条）\n21条\n解读产品数量（单\n位：个）\n7个\n媒体评论文章（单\n"
    "位：篇）\n3篇\n回应公众关注热点或重大舆情数量（单\n位：次）\n1次\n是否发布服务事项目录\n"
    "☑是 ☐否\n注册用户数量（单位：个）\n1815个\n政务服务事项数量（单位：项）\n701项\n"
    "可全程在线办理政务服务事项数量（单\n位：项）\n642项\n解读回应\n办件量（单位：\n件）\n"
    "互动交流\n415804次\n总数\n解读信息发布\n办事服务\n总数\n1762件\n自然人办件量\n1000件\n"
    "法人办件量\n762件\n安全防护\n安全检测评估次数（单位：次）\n8次\n"
)


def test_counts_go_to_the_fields_of_their_units() -> None:
    got = values(SCRAMBLED)
    assert got["page_views"] == 415804  # not 692条, past the group names under its label
    assert got["cases_total"] == 1762  # not read as 信息发布's 总数
    assert got.get("info_total") != 1762
    assert got["interp_total"] == 31


def test_counts_read_one_label_late_go_back_by_unit() -> None:
    # pdftotext: 征集调查期数's count set after the next label, each count read for the
    # label after its own; their units tell.
    got = values(
        "征集调查\n征集调查期数\n(单位: 期)\n收到意见数量\n6期\n(单位: 条)\n公布调查结果期数\n"
        "76条\n3期\n(单位: 期)\n在线访谈\n",
        without=("征集调查期数", "收到意见数量", "公布调查结果期数"),
    )
    assert (got["surveys"], got["survey_opinions"]) == (6, 76)
    assert got.get("survey_results_published") in (None, 3)


def test_a_count_read_late_goes_back_and_leaves_the_fields_own() -> None:
    # 注册用户数's count read for 政务服务事项数量 before that field's own.
    # pdftotext: the labels' pieces interleaved, one answer's options cut (☐是, its 否 lost).
    got = values(
        "五、办事服务\n是否发布服务事项目录\n注册用户数(单位:个)\n可全程在线办理政务\n"
        "政务服务事项数量(单位:\n服务事项数量(单位:\n项)\n项)\n☐是\n40425个\n48项\n"
        "总数(单位:件)\n",
        without=("注册用户数",),
    )
    assert (got["registered_users"], got["service_items"]) == (40425, 48)
