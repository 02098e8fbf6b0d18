"""Forms typed by hand in a text: a dash pair for a colon, blanks before a colon, a yes/no
answer in brackets after its question (readers.line_clean), each value in 【】 after its
label (readers.bracket_values)."""

from __future__ import annotations

from nianbao.readers.bracket_values import bracket_cells, bracket_form
from text_reports import read, values


def test_a_dash_pair_stands_for_a_colon() -> None:
    got = values(
        "主办单位　——　某县教育体育局\n"
        "政务动态信息更新量（单位：条）——1056\n"
        "单位负责人——沈建明　　审核人——钱雅芳\n"
    )
    assert got["sponsor"] == "某县教育体育局"
    assert got["info_news"] == 1056
    assert (got["head"], got["reviewer"]) == ("沈建明", "钱雅芳")


def test_dashes_alone_are_still_a_blank() -> None:
    got = values("微博名称\t——\n微信名称\t某县发布\n")
    assert "weibo_name" not in got
    assert got["wechat_name"] == "某县发布"


def test_blanks_before_a_colon_keep_it_with_its_label() -> None:
    got = values(
        "　　网站名称　：某县人民政府网\n　　网站总访问量（单位：次）　：14532\n",
        without=("网站名称", "网站总访问量"),
    )
    assert got["site_name"] == "某县人民政府网"
    assert got["page_views"] == 14532


def test_a_questions_answer_in_brackets_after_it() -> None:
    got = values("1.是否发布服务事项目录（是）\n2.是否使用统一平台（否）\n")
    assert got["service_catalog_published"] is True
    assert got["unified_platform"] is False


_BRACKETED = """政府网站工作年度报表
（【2019】年度）
填报单位：【某州人民政府办公室】
网站名称：【某州人民政府网】
网站类型：【政府门户网站】
政府网站标识码：【5226000001】
独立用户访问总量：【1355】个　网站总访问量：【12513】次
总数【2932】，概况类信息更新量【8】，政务动态信息更新量【950】，信息公开目录信息更新量【1974】
维护数量【45】，新开设数量【1】
是否发布服务事项目录【是】
微博：名称【某州发布】，信息发布量【2187】条，关注量【228624】个
其他【】
"""


def test_values_in_brackets_after_their_labels() -> None:
    got = read(_BRACKETED)
    assert got["year"] == 2019
    assert got["filing_unit"] == "某州人民政府办公室"
    assert got["site_type"] == "portal"
    assert (got["unique_visitors"], got["page_views"]) == (1355, 12513)
    assert [got[k] for k in ("info_total", "info_overview", "info_news")] == [2932, 8, 950]
    assert got["service_catalog_published"] is True
    assert (got["weibo_name"], got["weibo_followers"]) == ("某州发布", 228624)
    assert "other_media" not in got  # 【】 left blank


def test_a_few_brackets_are_no_bracketed_form() -> None:
    lines = ["【打印本页】【关闭窗口】", "网站名称：某局网站", "【√】是 【】否"]
    assert not bracket_form(lines)
    # A tick in brackets before its option's name stays a box.
    assert bracket_cells("【√】是 【】否") == "【√】是 【】否"
    assert bracket_cells("总数【12】，概况类【3】") == "总数\t12\t概况类\t3"
