"""A section's values alone on their lines, in the form's order, go to its fields in that
order when reading order set its labels' lines among them (pdftotext without -layout)."""

from __future__ import annotations

from text_reports import values

# BASIC's labels of 互动交流 (征集调查, 在线访谈), which the tests read themselves.
INTERACTION = (
    "征集调查期数",
    "收到意见数量",
    "公布调查结果期数",
    "访谈期数",
    "网民留言数量",
    "答复网民提问数量",
)


# Two label-value pairs a row; the tall labels' lines land among the values.
INFO = (
    "信息发布\n总数（单位：条）\n政务动态信息更新量\n（单位：条）\n概况类信息更新\n1516\n"
    "量（单位：条）\n3\n信息公开目录信息\n63\n更新量（单位：\n1246\n条）\n专栏专题\n"
)


def test_values_in_the_forms_order_go_to_the_sections_fields() -> None:
    got = values(INFO)
    assert [got.get(k) for k in ("info_total", "info_overview", "info_news")] == [1516, 3, 63]
    assert got.get("info_disclosure") == 1246


def test_a_value_right_under_its_whole_label_stands() -> None:
    # 网民留言数量's value follows its label: the values' order here is not the form's.
    # (答复网民题问数, misspelt, is read by no one: the section is dealt unless this holds.)
    got = values(
        "互动交流\n是否使用统一平台\n☑是 ☐否\n留言办理\n收到留言数量（单\n位：条）\n１１５\n"
        "办结留言数量（单\n位：条）\n６４\n平均办理时间（单\n位：天）\n３\n公开答复数量（单\n"
        "位：条）\n８６\n征集调查期数（单\n位：期）\n１\n收到意见数量（单\n位：条）\n２４\n"
        "公布调查结果期\n数（单位：期）\n１\n网民留言数量（单\n位：条）\n２２\n征集调查\n"
        "在线访谈\n访谈期数（单位：\n期）\n２\n答复网民题问数\n量（单位：条）\n７\n"
        "是否提供智能问答\n☑是 ☐否\n安全防护\n",
        without=INTERACTION,
    )
    assert (got.get("interviews"), got.get("interview_messages")) == (2, 22)


def test_an_order_that_breaks_a_sum_the_walks_reading_keeps_is_not_taken() -> None:
    # 注册用户数's value comes last: by order, 办件量总数 would not be the sum of its parts.
    got = values(
        "办事服务\n是否发布服务事\n项目录\n政务服务事项数\n量（单位：项）\n☑是 ☐否\n"
        "注册用户数（单位：\n个）\n221\n可全程在线办理政务服\n务事项数量（单位：\n147\n项）\n"
        "21860\n自然人办件量（单位：\n21423\n件）\n30008\n办件量\n总数（单位：\n件）\n"
        "法人办件量（单\n位：件）\n437\n互动交流\n"
    )
    assert (got.get("cases_natural"), got.get("cases_legal")) == (21423, 437)
    assert got.get("cases_total") == 21860


def test_fewer_values_than_fields_deal_nothing() -> None:
    got = values(INFO.replace("63\n", ""))
    assert got.get("info_total") != 1516


def test_a_section_whose_heading_came_after_its_values_runs_from_its_first_label() -> None:
    # pdftotext: the heading, a tall cell's name, set after the section's rows, and a
    # label of the section before between the values and it (网站总访问量 | … | 964,152).
    got = values(
        "总数(单位: 条)\n概况类信息更新\n量(单位: 条)\n"
        "政务动态信息更新量(单位: 信息公开目录信息更\n条)\n新量(单位: 条)\n375\n4\n93\n235\n"
        "网站总访问量\n(单位: 次)\n964,152\n二、信息发布\n三、专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (375, 4)
    assert (got["info_news"], got["info_disclosure"]) == (93, 235)


def test_counts_written_with_their_units_go_to_the_fields_of_those_units() -> None:
    # The products' count set before the materials': each unit's counts in order.
    got = values(
        "解读回应\n解读信息发布\n总数（单位：条）\n解读材料数量（单\n53条\n解读产品数量（单\n位：条）\n"
        "媒体评论文章数\n6个\n位：个）\n量（单位：篇）\n47条\n0篇\n回应公众关注热点\n或重大舆情数量\n"
        "12次\n（单位：次）\n办事服务\n"
    )
    keys = ("interp_total", "interp_materials", "interp_products", "interp_media")
    assert [got.get(k) for k in keys] == [53, 47, 6, 0]
    assert got["hotspot_responses"] == 12


def test_a_count_of_another_fields_unit_keeps_the_order_from_dealing() -> None:
    # A count without its unit: the units cannot deal them, and the order would give the
    # materials the products' 6个.
    got = values(
        "解读回应\n解读信息发布\n总数（单位：条）\n解读材料数量（单\n53条\n解读产品数量（单\n位：条）\n"
        "媒体评论文章数\n6个\n位：个）\n量（单位：篇）\n47\n0篇\n回应公众关注热点\n或重大舆情数量\n"
        "12次\n（单位：次）\n办事服务\n"
    )
    assert got.get("interp_materials") != 6
