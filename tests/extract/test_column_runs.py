"""Text a converter wrote a table column by column (pdfminer, markitdown): the labels of a
block of rows, each alone on its line, then their values in the same order, options a
line each (extract.column_runs)."""

from __future__ import annotations

from text_reports import read

HEAD = "政府网站工作年度报表\n网站名称\n某市人民政府门户网站\n首页网址\nhttp://www.a.gov.cn/\n"
LABELS = (
    "独立用户访问总量（单位：个）\n网站总访问量（单位：次）\n\n信息发布\n（单位：\n条）\n\n"
    "总数\n概况类信息更新量\n政务动态信息更新量\n信息公开目录信息更新量\n\n"
    "解读信息发\n布\n\n解读回应\n\n总数（单位：条）\n解读材料数量（单位：\n条）\n"
    "是否发布服务事项目录\n注册用户数（单位：个）\n\n办事服务\n\n"
)
VALUES = "2504445\n10018351\n7253\n54\n4847\n2310\n\n79\n56\n\n☑是\n\n□否\n123616\n"
EXPECTED = {
    "unique_visitors": 2504445,
    "page_views": 10018351,
    "info_total": 7253,
    "info_overview": 54,
    "info_news": 4847,
    "info_disclosure": 2310,
    "interp_total": 79,
    "interp_materials": 56,
    "service_catalog_published": True,
    "registered_users": 123616,
}


def test_labels_then_values_column_by_column() -> None:
    got = read(HEAD + LABELS + VALUES + "\n单位负责人：林勇\n")
    assert {key: got.get(key) for key in EXPECTED} == EXPECTED


def test_more_values_than_labels_are_not_theirs() -> None:
    got = read(HEAD + LABELS + VALUES + "77\n88\n")
    assert not any(key in got for key in ("unique_visitors", "interp_total", "registered_users"))


def test_an_item_not_of_its_fields_kind_pairs_nothing() -> None:
    # A name where the choice's options should stand: the runs are not each other's.
    got = read(HEAD + LABELS + VALUES.replace("☑是\n\n□否\n", "某某中心\n"))
    assert not any(key in got for key in ("unique_visitors", "registered_users"))


NAMED = "政府网站工作年度报表\n（2021年度）\n网站名称\n首页网址\n主办单位\n政府网站标识码\n"
NAMES = "某市水利局\nhttp://slj.a.gov.cn/\n某市水利局\n4403000015\n"


def test_names_and_addresses_stand_in_the_values_run_too() -> None:
    # A browser's print: its header line (a file's address) before the values, a page's
    # number after them.
    text = NAMED + LABELS + "file:///C:/report.html\n2022/1/20 10:31\n" + NAMES + VALUES
    got = read(text + "1/3\n")
    expected = {"site_name": "某市水利局", "site_code": "4403000015", **EXPECTED}
    assert {key: got.get(key) for key in expected} == expected


def test_values_a_page_break_away_from_their_labels() -> None:
    # The lines between the run of labels and its values: a page's footer and the next
    # page's header, a police number's rest, words that are no item.
    chrome = "第1页 共2页\n某市水利局政府网站工作年度报表\n网安备\n440302020001号\n" * 4
    got = read(NAMED + LABELS + chrome + NAMES + VALUES)
    expected = {"site_name": "某市水利局", "site_code": "4403000015", **EXPECTED}
    assert {key: got.get(key) for key in expected} == expected
