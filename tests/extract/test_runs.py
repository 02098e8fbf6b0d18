"""Runs of lone labels, then of lone values, paired by order (extract/runs.py), and the labels
cut around others among them (broken.around_label_line)."""

from __future__ import annotations

from text_reports import values

RUN = """\
五、办事服务
是否发布服务事项目录

注册用户数(单位: 个)

政务服务事项数量(单位: 项)

媒体评论文章数
量(单位: 篇)
36

可全程在线办理政务
服务事项数量(单位:
项)
☑是

☐否

98834

70

18

办件量
"""


def test_another_sections_label_and_value_among_the_runs_labels_are_passed_over() -> None:
    got = values(RUN)
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == (
        98834,
        70,
        18,
    )
    assert got["interp_media"] == 36


def test_not_when_the_value_after_that_label_is_not_of_its_kind() -> None:
    got = values(RUN.replace("36\n", "☑是\n", 1))
    assert "registered_users" not in got


WRAPPED_ABREAST = """\
五、办事服务
是否发布服务事项目录
注册用户数(单位:个)
可全程在线办理政
政务服务事项数量(单位:
务服务事项数量(单
项)
位:项)
☑是 ☐否
26547个
828项
总数(单位:件)
自然人办件量(单位:件)
法人办件量(单位:件)
16321件
15643件
678件
办件量
六、互动交流
是否使用统一平台
☑是 ☐否
320项
留言办理
"""


def test_a_labels_halves_around_an_earlier_label_both_units_cut_are_one_label() -> None:
    # pdftotext: 可全程在线办理政务服务事项数量 and 政务服务事项数量 wrapped abreast, the later
    # label's first line read first; both units cut, so the halves around are one label,
    # whose 项 count reading order set in the next section.
    got = values(WRAPPED_ABREAST)
    assert (got["service_items"], got["service_items_online"]) == (828, 320)


MESSAGES_SHORT = """\
六、互动交流
是否使用统一平台
☑是

☐否

留言办理
收到留言数量(单位:
条)

办结留言数量(单位:条)

留言平均办理时间(单位: 公开答复留言数量(单
天)
位:条)

202条

102条

2.4天

征集调查期数(单位:
期)
"""


def test_too_few_values_go_to_the_only_labels_their_units_fit_in_order() -> None:
    # 条 条 天 fits no three of the four labels (条 条 天 条) but the first three: the last
    # count, set far after the run, is another's.
    got = values(MESSAGES_SHORT)
    assert got["messages_received"] == 202
    assert got["messages_closed"] == 102
    assert got["messages_avg_days"] == 2.4
    assert got.get("messages_public") is None


INTERPRETATION_SHORT = """\
解读回应
解读信息发布
总数（条）
解读产品数量
（个）
解读材料数量
31条

9个

（条）
媒体评论文章数量
（篇）

14条

8篇

回应公众关注热点
或重大舆情数量
20次
"""


def test_a_generic_label_takes_the_count_of_any_of_its_fields_units() -> None:
    # 总数 is 条's (信息发布, 解读信息发布) or 件's (办件量): 31条 and 9个 go to 总数 and
    # 解读产品数量, whose units fit them in order; 解读材料数量's value comes later.
    got = values(INTERPRETATION_SHORT)
    assert (got["interp_total"], got["interp_products"]) == (31, 9)
    assert (got["interp_materials"], got["interp_media"]) == (14, 8)


DEFERRED = """\
收到留言数量（单位：
条）
办结留言数量（单位：
条）
平均办理时间（单位：
天）
公开答复数量（单位：
条）
互动交流
征集调查
收到意见数量（单位：
条）
公布调查结果期数（单
位：期）
安全防护
8
总数
是否使用统一平台
留言办理
☑是 ☐否
35
13
12
19
69
27
是否提供智能问答
☑是 ☐否
"""


def test_a_run_of_labels_takes_the_later_run_of_as_many_counts() -> None:
    # pdftotext: other rows' cells between the labels and their counts; the 8 a label took
    # past 安全防护 is not the run's.
    got = values(DEFERRED, without=("征集调查期数", "收到意见数量", "公布调查结果期数"))
    assert [got.get(k) for k in ("messages_received", "messages_closed")] == [35, 13]
    assert [got.get(k) for k in ("messages_avg_days", "messages_public")] == [12, 19]
    assert [got.get(k) for k in ("survey_opinions", "survey_results_published")] == [69, 27]


def test_a_later_run_of_another_length_is_left() -> None:
    got = values(DEFERRED.replace("27\n", ""), without=("收到意见数量", "公布调查结果期数"))
    assert got.get("messages_received") != 35


def test_one_value_fewer_than_labels_leaves_the_one_the_form_lets_be_blank() -> None:
    # No message closed: the average time is blank, the two counts are the others'; the
    # count after the next label is that label's, not the average's.
    got = values(
        "留言办理\n收到留言数量（单位：\n条）\n办结留言数量（单位：条）\n平均办理时间（单位：天）\n"
        "0\n0\n回应公众关注热点或重\n大舆情数量（单位：次）\n7\n五、办事服务\n公开答复数量（单位：\n"
        "条）\n0\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (0, 0)
    assert got.get("messages_avg_days") is None
    assert (got["hotspot_responses"], got["messages_public"]) == (7, 0)


def test_a_web_address_is_no_names_value_in_a_run() -> None:
    # Dropping the first value would give the name http://: the runs do not match, and the
    # cells' lines go to their labels in turn.
    got = values(
        "一、基本信息\n网站名称\n首页网址\n主办单位\n网站类型\n丽水市教育局\nhttp://\n"
        "jyj42.331100.gov.cn/\n丽水市教育局\n□政府门户网站 √部门网站 □专\n项网站\n"
        "政府网站标识\n码\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "丽水市教育局"
    assert got["homepage_url"] == "http://jyj42.331100.gov.cn/"
