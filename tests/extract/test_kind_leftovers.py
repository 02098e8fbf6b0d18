"""A value far from its label, known by its kind: a count by its unit, a yes/no by its
options (extract/kind_leftovers.py)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"

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


def test_the_one_free_yes_no_left_goes_to_it_from_anywhere_in_the_table() -> None:
    # pdftotext: 是否使用统一平台's answer set past the names of two tall cells, written down
    # them a character a line, farther than any answer is looked for near its label.
    down = "".join(f"{c}\n" for c in "留言办理征集调查在线访谈互动交流")
    text = YES_NO.replace("是否使用统一平台\n☑是 ☐否\n", "是否使用统一平台\n")
    text = text.replace("3次\n☐是 ☑否\n", "3次\n").replace("智能问答\n", "智能问答\n☐是 ☑否\n")
    text = text.replace("是否有移动新媒体\n☑是\n", f"是否有移动新媒体\n☑是\n{down}{down}☑是 ☐否\n")
    assert values(text)["unified_platform"] is True


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


def test_counts_after_labels_another_fields_label_stands_between() -> None:
    # 公安机关备案号 and its number between the two labels (no count's): one run still.
    got = values(
        "独立用户访问总\n13010060298438号\n量（单位：个）\n公安机关备案号\n网站总访问量（单位：次）\n"
        "http://jyj442.130100.gov.cn/\n☑政府门户网站 ☐部门网站 ☐\n专项网站\n冀ICP备14470507号-1\n"
        "78635\n222945\n信息发布\n总数（单位：条）\n政务动态信息更\n新量（单位：条）\n3774\n"
        "概况类信息更新量\n（单位：条）\n11\n信息公开目录信息\n259\n更新量（单位：\n3373\n条）\n专栏专题\n"
    )
    # Up to 总数, a label without a value: the counts after it are no run's.
    assert (got["unique_visitors"], got["page_views"]) == (78635, 222945)


def test_counts_after_labels_whose_heads_came_in_another_order_go_in_the_forms() -> None:
    # 网站总访问量's head first, its unit's rest last: the labels' order breaks UV <= PV,
    # the form's keeps it.
    got = values(
        "网站总访问量（单\n独立用户访问总\n量（单位：个）\nhttps://\nzwfw372.451423.gov.cn/\n"
        "☐政府门户网站 ☑部门网\n站 ☐专项网站\n桂ICP备67574818号-2\n326908\n3023787\n位：次）\n"
        "信息发布\n"
    )
    assert (got["unique_visitors"], got["page_views"]) == (326908, 3023787)


def test_counts_after_labels_written_with_their_own_units() -> None:
    got = values(
        "独立用户访问总量（单位：\n个）\n公安机关备案号\n网站总访问量（单\n"
        "http://jyj98.230403.gov.cn/\n☐政府门户网站 ☑部门网站 ☐\n专项网站\n黑ICP备70374437号-2\n"
        "328369个\n2709263次\n位：次）\n信息发布\n"
    )
    assert (got["unique_visitors"], got["page_views"]) == (328369, 2709263)


def test_counts_after_labels_not_past_another_counts_label_between() -> None:
    # 政务动态信息更新量 (read) stands between 总数 and 概况类: no run of the two.
    got = values(
        "信息发布\n总数（条）\n政务动态信息更新\n量（条）\n5084条\n概况类信息更新量\n（条）\n"
        "信息公开目录信\n531条\n息更新量（条）\n19条\n4402条\n专栏专题\n"
    )
    assert got.get("info_total") != 19


def test_the_one_count_without_a_value_takes_the_one_free_count_after_it() -> None:
    got = values(
        "解读回应\n媒体评论文章数量(单位: 篇)\n9\n回应公众关注热点或重大\n"
        "舆情数量(单位: 次)\n办事服务\n注册用户数(单位: 个)\n34,535\n政务服务事项数量(单位: 项)\n"
        "271\n办件量(单位: 件)\n互动交流\n1\n总数\n5,260\n自然人办件量\n912\n法人办件量\n4,348\n"
    )
    assert got["hotspot_responses"] == 1


INTERVIEW = ("访谈期数", "网民留言数量", "答复网民提问数量")


def test_a_lone_count_past_a_label_of_its_section_read_with_its_value_below() -> None:
    # pdftotext: 网民留言数量's count set after the next row (是否提供智能问答's).
    got = values(
        "在线访谈\n访谈期数（单位：期）\n2\n网民留言数量（单位：条）\n答复网民提问数量（单位：条）\n"
        "42\n是否提供智能问答\n☑是 ☐否\n59\n安全防护\n",
        without=INTERVIEW,
    )
    assert (got["interview_messages"], got["interview_answers"]) == (59, 42)


def test_a_lone_count_right_after_the_value_of_the_label_passed_is_no_ones() -> None:
    # 信息发布量 and 订阅数 with their two counts after them: in turn, not the second alone.
    got = values(
        "微信\n名称\n信息发布量（单\n某县教育局\n位：条）\n订阅数（单位：个）\n194\n27204\n其他\n"
    )
    assert got.get("wechat_posts") != 27204


def test_lone_counts_of_several_fields_each_after_its_label() -> None:
    got = values(
        "解读回应\n媒体评论文章数量(单位: 篇)\n9\n回应公众关注热点或重大\n舆情数量(单位: 次)\n"
        "办事服务\n注册用户数(单位: 个)\n34,535\n政务服务事项数量(单位: 项)\n271\n"
        "办件量(单位: 件)\n互动交流\n1\n总数\n5,260\n自然人办件量\n912\n法人办件量\n4,348\n"
        "在线访谈\n访谈期数（单位：期）\n2\n网民留言数量（单位：条）\n答复网民提问数量（单位：条）\n"
        "42\n是否提供智能问答\n☑是 ☐否\n59\n安全防护\n",
        without=INTERVIEW,
    )
    assert got["hotspot_responses"] == 1
    assert got["interview_messages"] == 59


def test_a_lone_count_not_right_above_the_label_of_a_count_without_one() -> None:
    # The 8 may be 回应…'s, set before its label.
    got = values(
        "信息公开目录信息更新量(单位:条)\n专栏专题\n维护数量(单位:个)\n3\n新开设数量(单位:个)\n2\n"
        "8\n回应公众关注热点或重\n大舆情数量\n办事服务\n"
    )
    assert got.get("info_disclosure") != 8


def test_a_lone_count_beside_another_fields_unit_is_not_its() -> None:
    got = values(
        "信息公开目录信息更新量(单位:条)\n解读回应\n媒体评论文章数量(单位:篇)\n4\n次\n5\n解读回\n应\n"
        "专栏专题\n维护数量(单位:个)\n3\n新开设数量(单位:个)\n2\n回应公众关注热点或重\n大舆情数量\n办事服务\n"
    )
    assert got.get("info_disclosure") != 5


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


def test_two_counts_of_a_unit_without_values_each_take_the_one_in_its_own_reach() -> None:
    # pdftotext of a generated report: 发现问题数量's 4个 set among the interaction counts,
    # rows above its label; 维护数量 (个 too) lacks its value, its label far from there.
    text = (CONVERTED / "pdftotext-units-far.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["security_issues_found"] == 4
    assert got["columns_maintained"] == 17


CROSSED = """\
办事服务
是否发布服务事项目录
☑是 ☐否
248项
注册用户数量（单位：个）
21419个
83项
政务服务事项数
可全程在线办理政务服务事
量（单位：项）
项数量（单位：项）
办件量
总数（单位：件）
1136件
"""


def test_the_counts_of_a_unit_no_field_read_go_to_its_fields_in_the_forms_order() -> None:
    got = values(CROSSED)
    assert (got["service_items"], got["service_items_online"]) == (248, 83)


def test_not_when_that_order_breaks_a_relation_of_the_fields() -> None:
    # 83 of 248 in the other order: online more than all, no telling which is which.
    got = values(CROSSED.replace("248项", "XX").replace("83项", "248项").replace("XX", "83项"))
    assert "service_items" not in got
    assert "service_items_online" not in got


def test_not_for_a_unit_another_field_read_its_value_of() -> None:
    # 件: 总数 read its 1136件, so the two 件 counts left may be anyone's of the unit.
    text = CROSSED.replace("248项", "248件").replace("83项", "83件")
    text = text.replace("（单位：项）", "（单位：件）")
    got = values(
        text.replace(
            "政务服务事项数\n可全程在线办理政务服务事\n量（单位：件）\n项数量（单位：件）\n",
            "自然人办件量\n法人办件量\n",
        )
    )
    assert "cases_natural" not in got
    assert "cases_legal" not in got


def test_a_count_in_spaced_thousands_alone_between_blank_lines_is_one_lone_count() -> None:
    # The label's unit cut after a code wrapped beside it: 417 362, a block of its own, is
    # the one count after the label.
    got = values(
        "公安机关备案号\n\n号-2\n\n独立用户访问总量(单位:\n\n浙公网安备33050265762032\n号\n\n"
        "417 362\n\n个)\n网站访问总量(单位:次)\n\n590 118\n二、信息发布\n"
    )
    assert got["unique_visitors"] == 417362
