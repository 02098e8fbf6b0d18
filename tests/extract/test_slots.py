"""Values whose labels reading order moved away (pdftotext without -layout reads a column
of label cells after the values beside them) go to those labels by the form's order."""

from __future__ import annotations

from text_reports import values

# The values of 总数 … 新开设数量 and of 是否发布服务事项目录 … 政务服务事项数量 in the
# form's order; the labels of 维护数量, 是否发布服务事项目录 and 政务服务事项数量 come after.
MOVED = (
    "信息公开目录信息更新量\n858\n162\n新开设数量（单位：个）\n141\n"
    "回应公众关注热点或重大舆情数量\n14\n√是 □否\n注册用户数（单位：个）\n161081\n1\n"
    "可全程在线办理政务服务事项数量\n0\n"
    "专栏专题\n维护数量（单位：个）\n解读回应\n办事服务\n是否发布服务事项目\n录\n"
    "政务服务事项数量\n（单位：项）\n办件量\n互动交流\n是否使用统一平台 ☑是 ☐否\n"
)


def test_values_in_the_forms_order_go_to_labels_read_elsewhere() -> None:
    got = values(MOVED)
    assert (got["info_disclosure"], got["columns_new"]) == (858, 141)
    assert got["columns_maintained"] == 162
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"]) == (161081, 1)
    assert got["service_items_online"] == 0


def test_as_many_values_as_fields_or_none() -> None:
    # A stray count among the values leaves the gap empty: no telling whose is whose.
    got = values(MOVED.replace("162\n", "162\n7\n"))
    assert "columns_maintained" not in got


def test_a_value_must_fit_its_fields_kind() -> None:
    got = values(MOVED.replace("√是 □否\n", "2024年1月\n"))
    assert "service_catalog_published" not in got


def test_a_lone_character_is_no_texts_value() -> None:
    # 他 between the values of 关注量 and of 信息发布量 is a word's cut end, not 名称's.
    got = values(
        "微博\n名称 某发布\n信息发布量 3\n关注量 5\n他\n微信\n信息发布量 6\n订阅数 7\n名称\n"
    )
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (6, 7)
    assert "wechat_name" not in got
    got = values(
        "微博\n名称 某发布\n信息发布量 3\n关注量 5\n某局\n微信\n信息发布量 6\n订阅数 7\n名称\n"
    )
    assert got["wechat_name"] == "某局"


def test_a_count_is_no_texts_value() -> None:
    got = values(
        "微博\n名称 某发布\n信息发布量 3\n关注量 5\n27,226\n微信\n信息发布量 6\n订阅数 7\n名称\n"
    )
    assert "wechat_name" not in got


def test_a_labels_rest_below_it_is_no_slots_value() -> None:
    # pdfplumber: 其他新媒体 set out with spaces over two lines (其 他 | 新 媒 体): 其 他
    # reads whole as 其他, 新 媒 体 is its rest, not its value.
    got = values(
        "微信\n名称 某局\n信息发布量（单位：条） 354条\n订阅数（单位：个） 32667个\n"
        "其 他\n新 媒 体\n"
        "□搜索即服务 □多语言版本 □无障碍浏览 √千人千网 □其他\n创新发展\n其他说明\n"
    )
    assert "other_media" not in got
    assert got["wechat_subscribers"] == 32667


def test_a_dates_cut_part_is_no_texts_value() -> None:
    # pdftotext: the fill date's day between the signature and the options that close the gap.
    got = values(
        "微信\n名称\n某市市场监督管理局\n订阅数(单位:个)\n44620\n其他\n创新发展\n"
        "单位负责人：赵艳\n年1月22日\n"
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☐其他\n审核人：许娟霞\n"
    )
    assert got["innovation"] == ["search_as_service", "personalized"]
    assert "other_media" not in got


def test_a_texts_last_count_takes_its_unit_its_line_end_cut() -> None:
    # pdftotext without -layout: 其他's text, put back by order, ends with a count whose
    # unit opens the next line.
    got = values(
        "是否有移动新媒体\n√是\n微博\n移动新媒体\n微信\n名称\n蒸湘区卫生健康委发布\n"
        "信息发布量(单位: 条)\n617\n关注量(单位: 个)\n35,686\n名称\n蒸湘区卫生健康委员会\n"
        "信 息 发 布 量(单位: 条) 163\n订阅数(单位: 个)\n单位负责人：于敏娜\n2022-01-21\n"
        "33,061\n移动客户端“蒸湘区卫通”，下载量 68\n万次\n其他\n创新发展\n□否\n"
        "√搜索即服务 √多语言版本 □无障碍浏览 □千人千网 □其他\n其他（注明）\n"
        "审 核 人：陈燕桂\n填报人：蒋刚\n联系电话：029-34183786\n"
    )
    assert got["other_media"] == "移动客户端“蒸湘区卫通”，下载量 68 万次"
