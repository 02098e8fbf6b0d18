"""A report told in prose: counts after words of their labels, facts for yes and no,
options by name, names in quotes (extract/narrative.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import weasyprint  # type: ignore[import-untyped]

from nianbao.errors import NotAReportError
from nianbao.extract.pipeline import extract_bytes

HEAD = (
    "某市交通运输局2024年度政府网站工作年度报表\n\n"
    "填报单位：某市交通运输局\n网站名称：某市交通运输局网站\n"
    "首页网址：https://jtj.a.gov.cn/\n网站类型：部门网站\n"
)
BODY = (
    "全年网站独立用户访问总量68,412个，网站总访问量412,675次。\n"
    "全年共发布信息2316条，其中概况类信息10条、政务动态信息836条、信息公开目录信息1470条。"
    "维护专栏专题9个，其中新开设2个。\n"
    "解读回应方面，发布解读信息27条，其中解读材料19条、解读产品6个、媒体评论文章2篇；"
    "回应公众关注热点或重大舆情3次。\n"
    "办事服务方面，已在网站发布服务事项目录，网站注册用户1204个，提供政务服务事项86项，"
    "其中可全程在线办理79项；全年办件量2153件，其中自然人办件641件、法人办件1512件。\n"
    "互动交流方面，网站使用全市统一的互动交流平台。全年收到留言138条，办结131条，平均办理时间"
    "3.2天，公开答复126条；开展征集调查4期，收到意见17条，公布调查结果3期；举办在线访谈1期，"
    "收到网民留言8条，答复网民提问7条。网站暂未提供智能问答功能。\n"
    "安全防护方面，全年开展安全检测评估4次，发现问题5个，整改问题5个。已建立安全监测预警机制，"
    "开展了网络安全应急演练，明确了网站安全责任人。\n"
    "移动新媒体方面，开设政务微博“某市交通”，全年发布信息528条，关注量3.6万个；"
    "政务微信“某市交通发布”，全年发布信息426条，订阅数15230个。\n"
    "创新发展方面，网站已上线搜索即服务和无障碍浏览功能，以及其他（公交实时查询）。\n"
)


def _values(text: str) -> dict[str, Any]:
    return extract_bytes(text.encode(), "a.txt").report.to_json()


def test_counts_go_to_the_labels_whose_words_come_before_them() -> None:
    got = _values(HEAD + BODY)
    expected = {
        "unique_visitors": 68412, "page_views": 412675,
        "info_total": 2316, "info_overview": 10, "info_news": 836, "info_disclosure": 1470,
        "columns_maintained": 9, "columns_new": 2,
        "interp_total": 27, "interp_materials": 19, "interp_products": 6, "interp_media": 2,
        "hotspot_responses": 3,
        "registered_users": 1204, "service_items": 86, "service_items_online": 79,
        "cases_total": 2153, "cases_natural": 641, "cases_legal": 1512,
        "messages_received": 138, "messages_closed": 131, "messages_avg_days": 3.2,
        "messages_public": 126, "surveys": 4, "survey_opinions": 17,
        "survey_results_published": 3, "interviews": 1, "interview_messages": 8,
        "interview_answers": 7, "security_assessments": 4, "security_issues_found": 5,
        "security_issues_fixed": 5,
    }  # fmt: skip
    assert {key: got.get(key) for key in expected} == expected


def test_facts_options_and_quoted_names() -> None:
    got = _values(HEAD + BODY)
    assert got["year"] == 2024
    assert (got["service_catalog_published"], got["unified_platform"]) == (True, True)
    assert got["smart_qa"] is False  # 暂未提供
    assert (got["security_monitoring"], got["emergency_drill"], got["security_officer"]) == (
        True, True, True,
    )  # fmt: skip
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "某市交通", 528, 36000,
    )  # fmt: skip
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某市交通发布", 426, 15230,
    )  # fmt: skip
    assert got["has_new_media"] is True  # the accounts told of
    assert got["innovation"] == ["search_as_service", "accessibility", "other"]
    assert got["innovation_other"] == "公交实时查询"


def test_codes_right_after_their_labels_and_names_after_a_colon() -> None:
    got = _values(
        "某县人民政府门户网站2023年度工作报表\n\n一、基本情况\n"
        "某县人民政府门户网站（网站名称：某县人民政府，首页网址：http://www.a.gov.cn/）由某县"
        "人民政府办公室主办，网站类型为政府门户网站。政府网站标识码4106000001，ICP备案号"
        "豫ICP备05015402号，公安机关备案号豫公网安备41060202000001号。\n" + BODY
    )
    assert got["year"] == 2023
    assert (got["site_name"], got["homepage_url"], got["site_type"]) == (
        "某县人民政府", "http://www.a.gov.cn/", "portal",
    )  # fmt: skip
    assert (got["site_code"], got["icp_number"], got["police_number"]) == (
        "4106000001", "豫ICP备05015402号", "豫公网安备41060202000001号",
    )  # fmt: skip


def test_approximate_counts_and_other_units_are_no_values() -> None:
    text = BODY.replace("关注量3.6万个", "粉丝约3.6万").replace("订阅数15230个", "订阅用户1.5万人")
    got = _values(HEAD + text)
    assert "weibo_followers" not in got
    assert "wechat_subscribers" not in got


def test_a_text_of_few_counts_in_sentences_is_no_report() -> None:
    with pytest.raises(NotAReportError):
        _values("本站讯 近日，某局召开网站工作会议，全年发布信息1,036条，维护专栏6个。\n")


def test_a_questions_answer_and_a_denied_option() -> None:
    text = (
        BODY.replace("网站暂未提供智能问答功能。", "智能问答：否。是否开展应急演练 ☐是 ☑否。")
        .replace("开展了网络安全应急演练，", "")
        .replace(
            "网站已上线搜索即服务和无障碍浏览功能",
            "网站已上线无障碍浏览和千人千网，暂未提供多语言版本",
        )
    )
    got = _values(HEAD + text)
    assert (got["smart_qa"], got["emergency_drill"]) == (False, False)
    assert got["innovation"] == ["accessibility", "personalized", "other"]


def test_words_of_another_thing_before_a_count_are_no_label() -> None:
    # 网站 is said of everything; 培训 is no field's word; a short video is no post.
    text = BODY.replace("网站总访问量412,675次", "组织网站编辑业务培训3次").replace(
        "全年发布信息426条", "抖音号“某市交通”发布短视频640条"
    )
    got = _values(HEAD + text)
    assert "page_views" not in got
    assert "wechat_posts" not in got


def test_a_whole_label_with_a_count_after_wei() -> None:
    # 注册用户数为0: no unit, but the label whole before 为.
    text = BODY.replace("网站注册用户1204个", "注册用户数为0")
    assert _values(HEAD + text)["registered_users"] == 0


def test_a_label_said_by_what_sets_it_apart_from_its_groups_others() -> None:
    # 其中概况类10条: prose keeps of 概况类信息更新量 what its siblings' labels lack.
    text = BODY.replace(
        "其中概况类信息10条、政务动态信息836条、信息公开目录信息1470条",
        "其中概况类10条、动态类836条、公开目录类1470条",
    ).replace("其中解读材料19条、解读产品6个", "其中材料19条、产品6个")
    got = _values(HEAD + text)
    expected = {
        "info_overview": 10, "info_news": 836, "info_disclosure": 1470,
        "interp_materials": 19, "interp_products": 6, "interp_media": 2,
    }  # fmt: skip
    assert {key: got.get(key) for key in expected} == expected


def test_working_days_are_the_forms_days() -> None:
    # 平均办理时间3.2个工作日: the form's unit is 天, and a 工作日 is a day of it.
    for said in ("3.2个工作日", "3.2工作日"):
        text = BODY.replace("3.2天", said)
        assert _values(HEAD + text)["messages_avg_days"] == 3.2


def test_counts_set_apart_from_their_words_and_units() -> None:
    # 全年发布信息 2,316 条 (a typesetter's blanks around figures) throughout.
    text = re.sub(r"(\d[\d,.]*)(万?)([条个次项件篇期天])", r" \1\2 \3", BODY)
    got = _values(HEAD + text)
    assert (got["info_total"], got["cases_total"], got["weibo_followers"]) == (2316, 2153, 36000)


def test_a_sponsor_in_the_passive_a_type_by_its_name_and_counts_sharing_a_figure() -> None:
    head = (
        "某区教育局2024年度网站工作年报\n"
        "某区教育局网站由某区教育局办公室主办，属部门网站，政府网站标识码4106000001。\n"
    )
    text = BODY.replace(
        "全年办件量2153件，其中自然人办件641件、法人办件1512件",
        "办件量总数、自然人办件量、法人办件量均为0",
    )
    got = _values(head + text)
    assert (got["sponsor"], got["site_type"], got["site_code"]) == (
        "某区教育局办公室", "department", "4106000001",
    )  # fmt: skip
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (0, 0, 0)


def test_an_options_other_names_elsewhere_tell_no_type() -> None:
    # 门户网站 names a site of any kind; only an option's own name tells the type.
    got = _values(
        HEAD.replace("网站类型：部门网站\n", "") + "现将我局门户网站工作情况报告如下。\n" + BODY
    )
    assert "site_type" not in got


def test_a_texts_sentence_end_is_no_part_of_it() -> None:
    got = _values(HEAD + BODY + "其他新媒体：“某市交通”今日头条号。\n")
    assert got["other_media"] == "“某市交通”今日头条号"


def test_codes_known_by_their_shape_without_labels() -> None:
    head = (
        "某区人民政府门户网站2024年度工作报表\n"
        "某区人民政府门户网站（http://www.a.gov.cn，政府网站标识码4401130003）是某区人民政府"
        "办公室主办的政府门户网站，备案信息为粤ICP备05081234号、粤公网安备 44011302000456号。\n"
    )
    got = _values(head + BODY)
    assert (got["homepage_url"], got["icp_number"], got["police_number"]) == (
        "http://www.a.gov.cn", "粤ICP备05081234号", "粤公网安备44011302000456号",
    )  # fmt: skip
    # A label, a blank, and the code with a blank of its own, inside a sentence.
    said = "备案信息为粤ICP备05081234号、"
    text = head.replace(said, "网站ICP备案号 粤ICP备 05081234号，") + BODY
    got = _values(text)
    assert got["icp_number"] == "粤ICP备05081234号"


def test_numerals_in_words_a_denied_list_and_answers_of_have_or_not() -> None:
    text = (
        BODY.replace("维护专栏专题9个，其中新开设2个", "维护专栏专题九个，其中新开设两个")
        .replace(
            "已上线搜索即服务和无障碍浏览功能",
            "已上线无障碍浏览；未开展搜索即服务、多语言版本和千人千网",
        )
        .replace("网站暂未提供智能问答功能。", "是否提供智能问答——否。")
        .replace("移动新媒体方面，", "移动新媒体：有。")
    )
    got = _values(HEAD + text)
    assert (got["columns_maintained"], got["columns_new"]) == (9, 2)
    assert got["innovation"] == ["accessibility", "other"]
    assert (got["smart_qa"], got["has_new_media"]) == (False, True)


def test_the_year_of_a_title_under_a_pages_chrome() -> None:
    chrome = "".join(f"栏目导航 {i}\n" for i in range(8))
    text = (
        chrome
        + HEAD.replace("2024年度政府网站工作年度报表", "关于2023年度网站工作年报的公告")
        + BODY
    )
    assert _values(text)["year"] == 2023


def test_a_remark_before_a_count_names_before_kinds_and_an_account_of_none() -> None:
    text = (
        BODY.replace("网站注册用户1204个", "注册用户数（截至12月底）为1,204个")
        .replace("开设政务微博“某市交通”，全年发布信息528条，关注量3.6万个；", "微博：无；")
        .replace("政务微信“某市交通发布”", "“某市交通发布”微信公众号")
        .replace("以及其他（公交实时查询）", "以及其他创新：公交实时查询")
    )
    got = _values(HEAD + text)
    assert got["registered_users"] == 1204
    assert (got["weibo_name"], got["wechat_name"]) == ("无", "某市交通发布")
    assert got["innovation_other"] == "公交实时查询"


def test_a_pages_wrapped_lines_read_as_their_paragraphs() -> None:
    # A PDF of the report in prose: lines end wherever the page's width does, inside
    # labels and codes (首页网 | 址, 总访问 | 量412,675次).
    paragraphs = "".join(f"<p>{line}</p>" for line in (HEAD + BODY).splitlines())
    page = (
        "<html><head><meta charset=utf-8><style>@page{size:A5;margin:20mm}"
        "body{font-size:13px;width:250px}p{margin:0 0 8px}</style></head>"
        f"<body>{paragraphs}</body></html>"
    )
    got = extract_bytes(bytes(weasyprint.HTML(string=page).write_pdf()), "a.pdf").report
    read = _values(HEAD + BODY)
    # All but the year, whose title the page wraps too.
    assert {k: v for k, v in got.to_json().items() if k != "year"} == {
        k: v for k, v in read.items() if k != "year"
    }


def test_none_said_of_a_count_and_of_new_media() -> None:
    text = BODY.replace("收到意见17条", "收到意见：无").replace(
        "移动新媒体方面，开设政务微博“某市交通”，全年发布信息528条，关注量3.6万个；"
        "政务微信“某市交通发布”，全年发布信息426条，订阅数15230个。",
        "八、移动新媒体\n本单位无移动新媒体。",
    )
    got = _values(HEAD + text)
    assert (got["survey_opinions"], got["has_new_media"]) == (0, False)


def test_an_articles_editorial_credits_name_no_reviewer() -> None:
    # 编辑：王小川　审核：刘涛 under a WeChat post: the editor's 审核, not the report's.
    got = _values(HEAD + BODY + "来源：某市交通运输局\n编辑：王小川　审核：刘涛　终审：赵明\n")
    assert "reviewer" not in got
    signed = _values(HEAD + BODY + "单位负责人：张三　审核人：刘涛　填报人：李四\n")
    assert signed["reviewer"] == "刘涛"


def test_a_type_stated_with_its_label_over_an_option_named_in_the_chrome() -> None:
    # The portal's top bar names 门户网站 before the report says 网站类型为部门网站.
    head = "您好，欢迎访问某市人民政府门户网站！\n" + HEAD.replace("网站类型：部门网站\n", "")
    got = _values(head + "本网站网站类型为部门网站。\n" + BODY)
    assert got["site_type"] == "department"


def test_a_report_in_chinese_numerals_its_names_and_counts_in_wan() -> None:
    # A formal 报告: the year in the title, counts in Chinese numerals, the site's name
    # introduced with its short name, its sponsor said with 主办, counts in 万 unit-less.
    text = (
        "关于二〇二一年度区政府网站工作情况的报告\n"
        "二〇二一年，某县人民政府网站（以下简称区政府网站）运行平稳。"
        "区政府网站是由某县人民政府办公室主办的政府门户网站。\n"
        "全年发布信息一千二百六十三条，其中概况类信息十二条，政务动态信息四百八十六条，"
        "信息公开目录信息七百零二条。维护专栏专题三十五个，新开设二个。\n"
        "发布解读信息二十七条，其中解读材料二十条、解读产品五个、媒体评论文章二篇。\n"
        "“县长信箱”全年受理群众留言二百一十四条，办结二百一十条。\n"
        "政务微博“某县发布”全年发布信息一千二百零八条，关注量1.56万；"
        "政务微信“某县发布”发布信息九百四十六条，订阅数3.2万。\n"
    )
    got = _values(text)
    assert (got["year"], got["site_name"], got["sponsor"]) == (
        2021,
        "某县人民政府网站",
        "某县人民政府办公室",
    )
    assert (got["info_total"], got["info_news"], got["columns_new"]) == (1263, 486, 2)
    assert (got["messages_received"], got["messages_closed"]) == (214, 210)
    assert (got["weibo_followers"], got["wechat_subscribers"]) == (15600, 32000)


def test_a_sites_name_from_its_address_in_brackets_or_a_title_that_opens_with_it() -> None:
    bracketed = "2022年，某县人民政府门户网站（网址：http://www.a.gov.cn/）运行平稳。\n"
    titled = "某县人民政府门户网站2022年度工作报告\n"
    for opening in (bracketed, titled):
        got = _values(opening + BODY)
        assert got["site_name"] == "某县人民政府门户网站"
    # A preposition and a pronoun before a site's kind name no site.
    got = _values("近日，某厅在其部门网站（https://a.gov.cn/）发布年报。\n" + BODY)
    assert "site_name" not in got


def test_last_years_figure_and_a_rounded_threshold_are_no_values() -> None:
    text = BODY.replace("平均办理时间3.2天", "平均办理时间由上年的5.5天缩短至3.2天").replace(
        "网站总访问量412,675次", "网站总访问量突破40万次"
    )
    got = _values(HEAD + text)
    assert got["messages_avg_days"] == 3.2
    assert "page_views" not in got


def test_individuals_and_units_cases_are_natural_and_legal_persons() -> None:
    text = BODY.replace("其中自然人办件641件、法人办件1512件", "其中个人办件641件、单位办件1512件")
    got = _values(HEAD + text)
    assert (got["cases_natural"], got["cases_legal"]) == (641, 1512)


def test_chinese_numerals_in_wan_and_an_earlier_years_figure_first() -> None:
    text = BODY.replace(
        "网站总访问量412,675次", "网站总访问量由2020年的301,220次增至四十一万二千六百七十五次"
    ).replace("独立用户访问总量68,412个", "独立用户访问总量六万八千四百一十二个")
    got = _values(HEAD + text)
    assert (got["page_views"], got["unique_visitors"]) == (412675, 68412)


def test_a_value_ends_where_a_bracket_opened_before_it_closes() -> None:
    opening = (
        "2024年，某局网站（首页网址：http://a.gov.cn/，主办单位：某市某局）作为部门网站运行。\n"
    )
    assert _values(opening + BODY)["sponsor"] == "某市某局"


def test_a_sentence_among_labelled_items_gives_what_they_left() -> None:
    # A CMS list: most items label：value (or label count), one a sentence of two counts.
    items = [
        "网站名称：某市人民政府门户网站；首页网址：http://www.a.gov.cn/；主办单位：某市人民政府办公室。",
        "政府网站标识码：4505000001；ICP备案号：桂ICP备05004581号。",
        "全年独立用户访问总量1279010个，网站总访问量4220727次。",
        "信息发布总数4664条，其中概况类信息更新量25条、政务动态信息更新量671条、"
        "信息公开目录信息更新量3073条。",
        "专栏专题维护数量51个，新开设数量8个。",
        "解读信息发布总数84条，其中解读材料数量36条、解读产品数量21个、媒体评论文章数量27篇。",
        "是否发布服务事项目录：否；注册用户数0个；政务服务事项数量829项。",
        "办件量总数23226件，其中自然人办件量18228件、法人办件量4998件。",
        "是否使用统一平台：否。收到留言数量297条，办结留言数量294条，平均办理时间2.5天。",
        "征集调查期数11期，收到意见数量345条，公布调查结果期数0期。",
        "在线访谈期数7期，网民留言数量246条，答复网民提问数量154条；是否提供智能问答：是。",
        "安全检测评估次数38次，发现问题数量7个，问题整改数量5个；是否开展应急演练：是。",
    ]
    page = (
        "<html><body><ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol></body></html>"
    )
    got = extract_bytes(page.encode(), "page.html").report.to_json()
    assert (got.get("unique_visitors"), got.get("page_views")) == (1279010, 4220727)
    assert (got.get("interp_media"), got.get("service_items")) == (27, 829)
