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


def test_more_counts_than_labels_with_nothing_to_place_them_are_not_theirs() -> None:
    # Eight counts for seven labels: any one of them may be a line no label has.
    labels = LABELS.split("是否发布服务事项目录", maxsplit=1)[0]
    got = read(HEAD + labels + "2504445\n10018351\n7253\n54\n4847\n2310\n79\n56\n77\n")
    assert not any(key in got for key in ("unique_visitors", "interp_total", "interp_materials"))


def test_items_mostly_not_of_their_fields_kinds_pair_nothing() -> None:
    # Names where counts and a choice should stand: the runs are not each other's.
    values = VALUES.replace("☑是\n\n□否\n", "某某中心\n").replace("7253\n54\n", "某局\n某处\n")
    got = read(HEAD + LABELS + values)
    assert not any(key in got for key in ("unique_visitors", "registered_users"))


def test_a_choice_places_the_counts_around_a_field_left_blank() -> None:
    # pdftotext leaves out an empty cell: seven counts for eight labels before the choice.
    # Which one is blank the lines cannot tell, so none of the seven is taken; the choice
    # and what follows it are.
    labels = LABELS + "政务服务事项数量（单位：项）\n可全程在线办理政务服务事项数量（单位：项）\n"
    values = VALUES.replace("7253\n", "") + "766\n661\n"
    got = read(HEAD + labels + values)
    assert got.get("service_catalog_published") is True
    assert (got.get("registered_users"), got.get("service_items_online")) == (123616, 661)
    assert not any(key in got for key in ("unique_visitors", "info_total", "interp_materials"))


def test_names_and_addresses_wrapped_over_lines_in_the_values_run() -> None:
    # A merged grid through pdftotext's default mode: a narrow value column wraps the
    # address and the sponsor, and the site type's options, over lines.
    labels = (
        "网站名称\n首页网址\n主办单位\n网站类型\n政府网站标识码\n独立用户访问总量（单位：个）\n"
    )
    labels += "网站总访问量（单位：次）\n信息发布\n总数（单位：条）\n"
    values = (
        "萍乡市人民政府\nhttps://\nwww.pingxiang.gov.c\nn/\n江西省萍乡市人民政府\n办公室\n"
        "☑政府门户网站 □部门\n网站 □专项网站\n3603000001\n6070728\n42495705\n5327\n"
    )
    got = read("政府网站工作年度报表\n（2023年度）\n" + labels + "\n" + values)
    assert got.get("homepage_url") == "https://www.pingxiang.gov.cn/"
    assert got.get("sponsor") == "江西省萍乡市人民政府办公室"
    assert got.get("site_type") == "portal"
    assert got.get("site_code") == "3603000001"
    assert got.get("info_total") == 5327


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


def test_a_choice_whose_options_stand_apart_on_its_line() -> None:
    # pdfminer sets a choice's options far apart on their line (☑是    □否): one item.
    values = VALUES.replace("☑是\n\n□否\n", "☑是      □否\n").replace("7253\n", "")
    labels = LABELS + "政务服务事项数量（单位：项）\n可全程在线办理政务服务事项数量（单位：项）\n"
    got = read(HEAD + labels + values + "766\n661\n")
    assert got.get("service_catalog_published") is True
    assert (got.get("registered_users"), got.get("service_items_online")) == (123616, 661)


MEDIA = (
    "安全检测评估次数（单位：次）\n发现问题数量（单位：个）\n问题整改数量（单位：个）\n"
    "微博名称\n微博信息发布量（单位：条）\n微博关注量（单位：个）\n"
    "微信名称\n\n移动新媒体\n\n"
)


def test_a_name_is_words_never_a_count() -> None:
    # The weibo's name left blank: its count is no name, and the counts stay in place.
    got = read(HEAD + MEDIA + "15\n18\n16\n6593\n1136766\n萍乡微信\n")
    assert "weibo_name" not in got
    assert (got.get("weibo_posts"), got.get("weibo_followers")) == (6593, 1136766)
    assert (got.get("security_assessments"), got.get("wechat_name")) == (15, "萍乡微信")


def test_a_row_set_among_the_group_names_and_the_first_count_taken_by_the_last_label() -> None:
    # The layout sets 是否使用统一平台 among the group names before the run; the walk gives
    # the run's last label the first count below it. The table's rows are the form's order.
    labels = (
        "办件量\n互动交流\n是否使用统一平台\n留言办理\n总数（单位：件）\n自然人办件量（单位：件）\n"
        "法人办件量（单位：件）\n收到留言数量（单位：条）\n办结留言数量（单位：条）\n第1页共2页\n\n"
    )
    got = read(HEAD + labels + "409977\n345319\n64658\n☑是 □否\n1506\n1495\n")
    assert (got.get("cases_total"), got.get("cases_legal")) == (409977, 64658)
    assert got.get("unified_platform") is True
    assert (got.get("messages_received"), got.get("messages_closed")) == (1506, 1495)


def test_a_browsers_header_and_the_columns_heads_are_no_items() -> None:
    # Chromium's print: the page's address and the title's year over the values, and the
    # values' column's head.
    chrome = "file:///C:/report/13.html\n（2021年度）\n填报内容\n"
    values = "贵州省水利厅\nhttp://mwr.guizhou.gov.cn/\n贵州省水利厅\n5200000042\n"
    labels = "网站名称\n首页网址\n主办单位\n政府网站标识码\n"
    got = read("政府网站工作年度报表\n" + labels + LABELS + chrome + values + VALUES)
    assert (got.get("site_name"), got.get("site_code")) == ("贵州省水利厅", "5200000042")
    assert got.get("registered_users") == 123616


def test_a_choice_named_as_its_group_twice_in_the_run_is_no_misread() -> None:
    # 九、创新发展 (the group's heading) over 创新发展 (the field's label): one field twice.
    labels = MEDIA.replace("微信名称\n\n移动新媒体\n\n", "九、创新发展\n创新发展\n第2页共2页\n\n")
    got = read(HEAD + labels + "15\n18\n16\n萍乡发布\n6593\n1136766\n☑搜索即服务 □多语言版本\n")
    assert (got.get("security_assessments"), got.get("weibo_followers")) == (15, 1136766)
    assert got.get("innovation") == ["search_as_service"]
