"""extract.cell_lines: what a cell's lines must be to be one field's value, as the
dealings of a row's lines try cuts by it."""

from __future__ import annotations

from text_reports import values

_WECHAT = (
    "八、移动新媒体\n是否有移动新媒体\n☑是 ☐否\n微信\n"
    "名称 信息发布量（单位：条） 订阅数（单位：个）\n"
    "大化瑶族自治县市场监督\n{line}\n其他\n九、创新发展\n"
)


def test_a_names_last_word_a_number_on_the_counts_line_is_a_count() -> None:
    # pypdfium2: the name wrapped, its rest on the line of the counts, a thousands group
    # set apart by a blank (27 459): 管理局 55 is no name, nor 27 and 459 two counts.
    got = values(_WECHAT.format(line="管理局 55 27 459"))
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "大化瑶族自治县市场监督管理局",
        55,
        27459,
    )


def test_counts_written_whole_still_split_from_the_name() -> None:
    got = values(_WECHAT.format(line="管理局 55 27459"))
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (55, 27459)


def test_stacked_labels_one_of_them_a_group_names_word_and_its_rest() -> None:
    # pdftotext without -layout: 信息发布 | 量(单位: 条), then the name's two lines and the
    # counts; the group's own label (微信) after its rows.
    got = values(
        "微博\n名称\n信 息 发 布 量(单位: 条)\n关 注 量(单位: 个)\n无\n0条\n0个\n名称\n信息发布\n"
        "量(单位: 条)\n订阅数(单位: 个)\n某县人民政府办公\n室\n124条\n11288个\n微信\n其他\n"
    )
    assert got["wechat_name"] == "某县人民政府办公室"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (124, 11288)


def test_stacked_labels_do_not_take_a_label_after_a_list_as_its_line() -> None:
    got = values(
        "七、安全防护\n是否建立安全监测\n预警机制\n是否开展应急演练\n□是 √否\n是否明确网站 安\n"
        "全责任人\n√是 □否\n八、移动新媒体\n"
    )
    assert (got["emergency_drill"], got["security_officer"]) == (False, True)


def test_stacked_labels_that_read_one_field_twice_are_not_dealt() -> None:
    # The second 政务服务事项数量 is 可全程在线办理政务服务事项数量 cut around the first:
    # dealt as a second service_items, 84 would overwrite 133.
    got = values(
        "五、办事服务\n可全程在线办理\n是否发布服务事项目录\n注册用户数量(单位:个)\n"
        "政务服务事项数量(单位:项)\n政务服\n务事项数量(单位:\n项)\n☑是\n☐否\n23621个\n133项\n84项\n"
        "办件量\n办件总量(单位:件)\n自然人办件数量(单位:件)\n法人办件量(单位:件)\n15542件\n13263件\n"
    )
    assert got.get("service_items") != 84
