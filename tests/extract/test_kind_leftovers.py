"""A value far from its label, known by its kind: a count by its unit, a yes/no by its
options (extract/kind_leftovers.py)."""

from __future__ import annotations

from text_reports import values

FAR = """\
网站访问量(单位:次)
124726次
解读回应
媒体评论文章数量(单位:篇)
18篇
回应公众关注热点或重大舆情数量(单位:次)
办事服务
是否发布服务事项目录
☑是 ☐否
注册用户数(单位:个)
17673个
办件量(单位:件)
互动交流
1次
总数
11589件
自然人办件量(单位:件)
11000件
法人办件量(单位:件)
589件
是否使用统一平台
☑是 ☐否
收到留言数量(单位:条)
27条
办结留言数量(单位:条)
20条
安全防护
安全检测评估次数(单位:次)
3次
"""


def test_the_one_free_count_of_the_one_unit_left_goes_to_its_label() -> None:
    assert values(FAR)["hotspot_responses"] == 1


def test_not_while_another_count_of_the_unit_lacks_its_value() -> None:
    # 安全检测评估次数 without its 3次: the 1次 may be either's.
    assert "hotspot_responses" not in values(FAR.replace("3次\n", ""))


def test_not_nearer_to_another_label_of_its_unit() -> None:
    # A second count under 安全检测评估次数: more likely its own, misread, than one moved
    # from far away.
    text = FAR.replace("互动交流\n1次\n", "互动交流\n").replace("3次\n", "3次\n1次\n")
    text = text.replace("是否使用统一平台\n☑是 ☐否\n收到留言数量(单位:条)\n27条\n", "")
    assert "hotspot_responses" not in values(text)


YES_NO = """\
是否发布服务事项目录
☑是 ☐否
是否使用统一平台
☑是 ☐否
是否提供智能问答
安全防护
安全检测评估次数(单位:次)
3次
☐是 ☑否
发现问题数量(单位:个)
2个
问题整改数量(单位:个)
1个
是否建立安全监测预警机制
☑是 ☐否
是否开展应急演练
☑是 ☐否
是否明确网站安全责任人
☑是 ☐否
是否有移动新媒体
☑是
"""


def test_the_one_free_yes_no_left_goes_to_the_one_yes_no_without_an_answer() -> None:
    assert values(YES_NO)["smart_qa"] is False


def test_not_while_another_yes_no_lacks_its_answer() -> None:
    got = values(YES_NO.replace("是否开展应急演练\n☑是 ☐否\n", "是否开展应急演练\n"))
    assert "smart_qa" not in got


_ANSWERED = (
    "是否发布服务事项目录\t☑是 ☐否\n是否使用统一平台\t☑是 ☐否\n是否建立安全监测预警机制\t☑是 ☐否\n"
    "是否开展应急演练\t☑是 ☐否\n是否明确网站安全责任人\t☑是 ☐否\n"
)


def test_an_answer_nearer_another_label_than_that_labels_own_answer_is_free() -> None:
    # 是否有移动新媒体 has its answer right under it; the lone ☑否 after that is 是否提供
    # 智能问答's, though nearer to the other label.
    got = values(
        _ANSWERED + "互动交流\n是否提供智能问答\n安全防护\n问题整改数量（单位：个）\n2\n"
        "是否有移动新媒体\n☑是 ☐否\n☑否\n微博\n"
    )
    assert (got["smart_qa"], got["has_new_media"]) == (False, True)


def test_answers_set_far_from_two_labels_go_to_them_in_order() -> None:
    got = values(
        _ANSWERED + "互动交流\n是否提供智能问答\n☐否\n安全防护\n问题整改数量（单位：个）\n2\n"
        "八、移动新媒体\n是否有移动新媒体\n微博\n名称\n信息发布量(单位: 条)\n关注量(单位: 个)\n"
        "微信\n名称\n☑是 ☐否\n☑否\n信息发布量(单位: 条)\n"
    )
    assert (got["smart_qa"], got["has_new_media"]) == (True, False)


def test_a_whole_list_right_under_another_label_is_not_dealt_away() -> None:
    # 是否使用统一平台's own ☑是 ☐否 stands under it, after a stray ☑否 the walk read for
    # it; that list goes to no other field's label far above.
    got = values(
        "办事服务\n是否发布服务事项目录\n☐是\n注册用户数（单位：个）\n75,905\n互动交流\n"
        "是否使用统一平台\n留言办理\n☑否\n☑是 ☐否\n收到留言数量（单位：条）\n439\n"
        "是否提供智能问答\n☑是 ☐否\n安全防护\n是否建立安全监测预警机制\n☑是 ☐否\n"
        "是否开展应急演练\n☑是 ☐否\n是否明确网站安全责任人\n☑是 ☐否\n移动新媒体\n"
        "是否有移动新媒体\n微博\n名称\n无\n微信\n名称\n无\n☐是 ☑否\n"
    )
    assert got.get("service_catalog_published") is not True


def test_counts_set_after_other_cells_values_go_to_their_labels_in_order() -> None:
    # pdftotext: two labels of counts, then other cells' values, then their two counts.
    got = values(
        "公安机关备案号\n41018127547911号\n独立用户访问总量\n（个）\n网站总访问量\nhttps://\n"
        "sthj369.410181.gov.cn/\n☐政府门户网站 ☑部门网站 ☐专项网站\n豫ICP备56005374号\n"
        "59,974\n772,560\n（次）\n信息发布\n"
    )
    assert (got["unique_visitors"], got["page_views"]) == (59974, 772560)


def test_counts_that_break_the_forms_relations_stay_unread() -> None:
    # More visitors than visits: not these labels' counts in this order.
    got = values(
        "公安机关备案号\n41018127547911号\n独立用户访问总量\n（个）\n网站总访问量\nhttps://\n"
        "sthj369.410181.gov.cn/\n☐政府门户网站 ☑部门网站 ☐专项网站\n豫ICP备56005374号\n"
        "772,560\n59,974\n（次）\n信息发布\n"
    )
    assert got.get("unique_visitors") != 772560


def test_the_one_count_without_a_value_takes_the_one_free_count_after_it() -> None:
    got = values(
        "解读回应\n媒体评论文章数量(单位: 篇)\n9\n回应公众关注热点或重大\n"
        "舆情数量(单位: 次)\n办事服务\n注册用户数(单位: 个)\n34,535\n政务服务事项数量(单位: 项)\n"
        "271\n办件量(单位: 件)\n互动交流\n1\n总数\n5,260\n自然人办件量\n912\n法人办件量\n4,348\n"
    )
    assert got["hotspot_responses"] == 1


def test_a_free_count_that_breaks_a_sum_is_not_the_lone_fields() -> None:
    got = values(
        "解读信息发布\n总数(单位: 条)\n75\n解读材料数量(单位: 条)\n37\n解读产品数量(单位: 个)\n"
        "10\n媒体评论文章数\n量(单位: 篇)\n办事服务\n注册用户数(单位: 个)\n34,535\n互动交流\n6\n"
        "征集调查\n"
    )
    assert got.get("interp_media") != 6


def test_a_whole_list_under_the_next_label_is_not_the_lone_answers() -> None:
    # 是否开展应急演练's ☑否 strays under the next label, whose own ☑是 ☐否 follows it.
    got = values(
        "是否发布服务事项目录\t☑是 ☐否\n是否使用统一平台\t☑是 ☐否\n是否提供智能问答\t☑是 ☐否\n"
        "是否建立安全监测预警机制\t☑是 ☐否\n安全防护\n是否开展应急演练\n☐是\n"
        "是否明确网站安全责任人\n☑否\n☑是 ☐否\n八、移动新媒体\n是否有移动新媒体\n☐是\n☑否\n"
    )
    assert got.get("emergency_drill") is not True
