"""A line of values under a block of wrapped labels (pdfplumber, pypdfium2: one space
between words, no columns) is dealt out to the labels' fields in the form's order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.extract.pipeline import extract_document
from nianbao.extract.thousands import fewest_counts
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

FORM = default_form()


def test_counts_under_labels_wrapped_and_cut_go_in_the_forms_order() -> None:
    # The long labels' first lines come first, their ends after the short labels' line;
    # 信息公开目录信息更新量 is cut in two.
    got = values(
        "二、信息发布\n"
        "政务动态信息更新量 信息公开目录信息更\n"
        "总数（条） 概况类信息更新量（条）\n"
        "（条） 新量（条）\n"
        "395条 39条 16条 228条\n"
    )
    keys = ("info_total", "info_overview", "info_news", "info_disclosure")
    assert [got.get(k) for k in keys] == [395, 39, 16, 228]


def test_choices_and_counts_on_one_line() -> None:
    got = values(
        "五、办事服务\n"
        "政务服务事项数量 可全程在线办理政务\n"
        "是否发布服务事项目录 注册用户数（个）\n"
        "（项） 服务事项数量（项）\n"
        "☑是 ☐否 4572个 401项 298项\n"
    )
    assert got["service_catalog_published"] is True
    keys = ("registered_users", "service_items", "service_items_online")
    assert [got.get(k) for k in keys] == [4572, 401, 298]


def test_a_name_and_counts_replace_the_whole_line_read_as_the_name() -> None:
    got = values("八、移动新媒体\n微博\n名称 信息发布量 关注量\n某某发布 149条 61557个\n")
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "某某发布",
        149,
        61557,
    )


def test_a_line_with_more_items_than_fields_is_not_dealt() -> None:
    # A name written with a space: no telling which word is whose.
    got = values("微博\n名称 信息发布量 关注量\n某某 发布 149条 61557个\n")
    assert "weibo_posts" not in got
    assert "weibo_followers" not in got


def test_labels_of_fields_far_apart_are_no_rows() -> None:
    # pdftotext's reading order: a cut label of the row before (公安机关备|案号) over 总数,
    # whose count has a space in it.
    got = values("信息发布(单位: 条)\n公安机关备\n案号\n总数\n2 695\n")
    assert got["info_total"] == 2695
    assert "police_number" not in got


def test_an_item_not_of_its_fields_kind_stops_the_deal() -> None:
    got = values("办件量\n总数 自然人办件量 法人办件量\n974件 ☑是 204件\n")
    assert not {"cases_total", "cases_natural", "cases_legal"} & got.keys()


def test_pairs_a_row_labels_wrapped_around_their_values() -> None:
    # Two label-value pairs a row: the first label on the values' line, the second's
    # first line above it; then both labels cut in two around their values.
    got = values(
        "信息发布\n"
        "概况类信息更新量\n"
        "总数(单位:条) ６３３ ３\n"
        "(单位:条)\n"
        "政务动态信息更 信息公开目录信息\n"
        "０ ６１７\n"
        "新量(单位:条) 更新量(单位:条)\n"
    )
    keys = ("info_total", "info_overview", "info_news", "info_disclosure")
    assert [got.get(k) for k in keys] == [633, 3, 0, 617]


def test_labels_all_below_their_values() -> None:
    # Tall labels whose lines all come after the values' line.
    got = values(
        "办事服务\n"
        "是否发布服务事项 注册用户数(单位:\n"
        "☑是 ☐否 15117\n"
        "目录 个)\n"
        "388 276\n"
        "可全程在线办理政\n"
        "政务服务事项数量\n"
    )
    assert got["service_catalog_published"] is True
    keys = ("registered_users", "service_items", "service_items_online")
    assert [got.get(k) for k in keys] == [15117, 388, 276]


def test_a_line_of_values_cut_into_cells_by_double_spaces() -> None:
    # pypdfium2 keeps the gap after a lost-font box: the line reads as two cells.
    got = values(
        "五、办事服务\n"
        "是否发布服务事项目录 注册用户数(单位: 个) 政务服务事项数量(单位: 项)\n"
        "可全程在线办理政务\n"
        "服务\n"
        "事项数量(单位: 项)\n"
        "þ是  ¨否 ４７２５０ １６９ ７３\n"
    )
    assert got["service_catalog_published"] is True
    keys = ("registered_users", "service_items", "service_items_online")
    assert [got.get(k) for k in keys] == [47250, 169, 73]


LAID_OUT = """\
网站名称            首页网址                     主办单位              网站类型
武邑县教育局          https://www.a.gov.cn/    武邑县教育局            □政府门户网站 √部门网站
政府网站标识码         ICP备案号                   公安机关备案号           独立用户访问总量
1311225273      冀ICP备92348003号            冀公网安备13112282276715号   792 596
网站总访问量(单位:次)
1531140次
二、信息发布
                                         政务动态信息更新量(单位: 信息公开目录信息
总数(单位:条)        概况类信息更新量(单位:条)
                                         条)            更新量(单位:条)
605条            64条                      173条              325条
三、专栏专题
"""


def test_columns_of_values_under_labels_run_together() -> None:
    # pdftotext -layout: two wrapped labels' heads in one cell (one space between them).
    report = extract_document(document_from_text(LAID_OUT), "t").report
    got = report.to_json()
    keys = ("info_total", "info_overview", "info_news", "info_disclosure")
    assert [got.get(k) for k in keys] == [605, 64, 173, 325]
    assert report.provenance["info_disclosure"].where.endswith("第 4 格")  # its own cell
    assert got["unique_visitors"] == 792596  # a cell of its own, though it holds a space


def test_a_table_keeping_its_cells_is_not_dealt() -> None:
    # Markdown: a label left empty above a count with a space in it is no block.
    got = values(
        "|  | 留言办理 | 平均办理时间(单位: 天) |  |\n|  |  | 公开答复数量(单位: 条) | 1 054 |\n"
    )
    assert got["messages_public"] == 1054
    assert "messages_avg_days" not in got


def test_the_end_of_a_list_of_options_is_not_dealt() -> None:
    # The walk joined the line to the options above it: 其他 (a text) is not its first word.
    got = values("其他\n创新发展\n☐搜索即服务 ☑多语言版本 ☐无\n障碍浏览 ☐千人千网 ☐其他\n")
    assert got["innovation"] == ["multilingual"]
    assert "other_media" not in got


_SECURITY = [f for f in FORM.fields if f.group_ids[-1] == "security"][:4]


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(st.integers(0, 2), min_size=len(_SECURITY), max_size=len(_SECURITY)),
    counts=st.lists(st.integers(0, 99999), min_size=len(_SECURITY), max_size=len(_SECURITY)),
)
def test_labels_on_any_of_three_lines_get_their_counts(lines: list[int], counts: list[int]) -> None:
    # However the labels wrap over the block's lines, the counts follow the form's order.
    block = ["", "", ""]
    for f, line in zip(_SECURITY, lines, strict=True):
        block[line] += f" {f.label}"
    fields = [f for f in _SECURITY if f.type == "int"]
    items = " ".join(
        "☑是 ☐否" if f.type == "bool" else str(n) for f, n in zip(_SECURITY, counts, strict=True)
    )
    text = "七、安全防护\n" + "".join(f"{b.strip()}\n" for b in block if b.strip()) + items + "\n"
    got = values(text)
    for f, n in zip(_SECURITY, counts, strict=True):
        if f in fields:
            assert got.get(f.key) == n, text


def test_labels_written_cell_after_cell_over_six_lines() -> None:
    # pypdfium2 writes a wrapped label's lines after the line of labels: a unit's rest and
    # a label of three lines stand between the labels' line and the values.
    got = values(
        "五、办事服务\n"
        "是否发布服务事项目录 注册用户数(单位:个) 政务服务事项数量(单\n"
        "位:项)\n"
        "可全程在线办理政务\n"
        "服\n"
        "务事项数量(单位:项)\n"
        "☑是 ☐否 40 105 1 855 1 441\n"
        "办件量\n"
    )
    assert got["service_catalog_published"] is True
    keys = ("registered_users", "service_items", "service_items_online")
    assert [got.get(k) for k in keys] == [40105, 1855, 1441]


def test_counts_that_join_two_ways_leave_the_choice_before_them_dealt() -> None:
    # 75 179 364 12 is 75179 | 364 | 12 or 75 | 179 364 | 12, counts alike either way: the
    # counts stay unread, not the answer before them.
    got = values(
        "五、办事服务\n"
        "是否发布服务事项目录 注册用户数(单位:个) 政务服务事项数量(单位:项)\n"
        "可全程在线办理政务服务事项数量(单位:项)\n"
        "R是 £否 75 179 364 12\n"
        "办件量\n"
    )
    assert got["service_catalog_published"] is True
    assert "registered_users" not in got


def test_counts_that_join_two_ways_are_read_the_one_way_the_forms_sums_keep() -> None:
    # 5 406 5 302 104 is 5406 | 5302 | 104 (5406 = 5302 + 104), not 5 | 406 5 | 302 104.
    got = values(
        "办件量\n"
        "总数(单位:件) 自然人办件量(单位:件) 法人办件量(单位:件)\n"
        "5 406 5 302 104\n"
        "六、互动交流\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (5406, 5302, 104)


def test_counts_that_join_ways_the_strict_rules_allow_read_the_way_warnings_keep_too() -> None:
    # 2 700 27 2 147 214: of the ways with four counts only 2700 | 27 | 2147 | 214 keeps
    # the three updates within the total (a warning's rule, no error's).
    got = values(
        "二、信息发布\n"
        "概况类信息更新量（单 政务动态信息更新量 信息公开目录信息\n总数（单位：条）\n"
        "位：条） （单位：条） 更新量（单位：条）\n2 700 27 2 147 214\n三、专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (2700, 27)
    assert (got["info_news"], got["info_disclosure"]) == (2147, 214)


def test_a_spaced_labels_halves_among_a_blocks_labels_and_counts_after_choices() -> None:
    # pdfplumber: 注 册 用 | … | 户 数 among the row's other labels; 56 016 2 100 891 is
    # 56016 | 2100 | 891 (not 2 | 100891: more online than in all).
    got = values(
        "五、办事服务\n可全程在线办理政务服\n注 册 用 政务服务事项数量（单\n"
        "是否发布服务 事项目录 务事项数量（单位：\n户 数（单位：个） 位：项）\n项）\n"
        "þ是 ¨否 56 016 2 100 891\n办件量\n"
    )
    assert (got["registered_users"], got["service_items"]) == (56016, 2100)
    assert got["service_items_online"] == 891


def test_counts_no_way_of_joining_keeps_the_sums_of_stay_unread() -> None:
    got = values(
        "办件量\n"
        "总数(单位:件) 自然人办件量(单位:件) 法人办件量(单位:件)\n"
        "5 406 5 302 105\n"
        "六、互动交流\n"
    )
    assert "cases_natural" not in got


def test_a_short_head_of_a_label_the_walk_joined_names_its_field() -> None:
    # pdfplumber: 注册用户数 set out with spaces and cut (注 册 用 | 户 数（个）).
    got = values(
        "五、办事服务\n"
        "是否发布服务事项目 注 册 用 政务服务事项数量 可全程在线办理政务服务事项数量\n"
        "录 户 数（个） （项） （项）\n"
        "þ是 ¨否 39,856 340 183\n"
        "办件量\n"
    )
    assert (got["registered_users"], got["service_items"]) == (39856, 340)
    assert got["service_items_online"] == 183


def test_a_long_labels_cut_end_among_the_block_names_nothing_and_ends_nothing() -> None:
    # pdfplumber: 可全程在线办理政 | … | 务服务事项数量, its end on the short labels' line.
    got = values(
        "五、办事服务\n"
        "可全程在线办理政\n"
        "政务服务事项数量（单\n"
        "是否发布服务事项目录 注册用户数（单位：个） 务服务事项数量\n"
        "位：项）\n"
        "（单位：项）\n"
        "√是 6,080 416 185\n"
        "办件量\n"
    )
    assert (got["registered_users"], got["service_items"]) == (6080, 416)
    assert got["service_items_online"] == 185


BASIC_ROW = "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量(单位:个)\n"


def test_a_codes_tail_its_cell_wrapped_opens_the_next_line() -> None:
    # pypdfium2: 公安机关备案号's 号 cut off, the next count after it on its line.
    text = BASIC_ROW + "1407257152 晋ICP备39769547号-1 14072570867817\n号 ４１２５８７\n"
    got = values(text + "网站总访问量(单位:次)\n2897689\n")
    assert (got["site_code"], got["icp_number"]) == ("1407257152", "晋ICP备39769547号-1")
    assert (got["police_number"], got["unique_visitors"]) == ("14072570867817号", 412587)


def test_a_codes_tail_alone_and_the_last_count_on_a_line_of_its_own() -> None:
    text = BASIC_ROW + "5301140336 云ICP备16391177号 53011483450238\n号\n３９７１０９\n"
    got = values(text + "网站总访问量(单位:次)\n3702623\n")
    assert got["police_number"] == "53011483450238号"
    assert got["unique_visitors"] == 397109


def test_a_label_set_out_with_spaces_cut_by_its_lines_end_is_in_the_block() -> None:
    # pypdfium2: 信 息 发 | 布 量（条）, not a name 布 量.
    got = values(
        "微博\n名称 信 息 发\n布 量（条） 关注量（个）\n 鼓楼区人民政府办发布 ５２５ ４９１４１ \n"
        "微信\n"
    )
    assert got["weibo_name"] == "鼓楼区人民政府办发布"
    assert (got["weibo_posts"], got["weibo_followers"]) == (525, 49141)


def test_a_labels_head_above_the_line_of_labels_and_its_rest_below() -> None:
    # pdfplumber: 信 息 发 布 (a group's name too) | 名称 关注量(单位: 个) | 量(单位: 条).
    got = values(
        "微博\n信 息 发 布\n名称 关注量(单位: 个)\n量(单位: 条)\n"
        "荔浦市卫生健康委发布 1 305 41 702\n微信\n"
    )
    assert got["weibo_name"] == "荔浦市卫生健康委发布"
    assert (got["weibo_posts"], got["weibo_followers"]) == (1305, 41702)


def test_a_code_wrapped_around_the_line_of_values_is_put_back_in_its_place() -> None:
    # pdfplumber: 公安机关备案号's value in a narrow cell, its head above the row's line of
    # values and its rest below it.
    got = values(
        "独立用户访问总量\n政府网站标识码 ICP备案号 公安机关备案号\n(单位:个)\n豫公网安备\n"
        "4115272967 豫ICP备72919249号-1 117 723\n41152705200420号\n网站总访问量(单位:次)\n"
        "244 068\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("4115272967", "豫ICP备72919249号-1")
    assert got["police_number"] == "豫公网安备41152705200420号"
    assert got["unique_visitors"] == 117723


def test_a_labels_last_line_among_the_values_is_no_value() -> None:
    # pdfplumber: the second label's three lines centred on the values' line.
    got = values(
        "五、办事服务\n"
        "可全程在线办理政\n"
        "政务服务事项数量\n"
        "４５５ 务服务事项数量 ２５９\n"
        "（项）\n"
        "（项）\n"
        "办件量\n"
    )
    assert (got.get("service_items"), got.get("service_items_online")) == (455, 259)


def test_a_labels_last_line_and_its_unit_among_the_values() -> None:
    got = values(
        "二、信息发布\n"
        "信息公开目录信\n"
        "政务动态信息更\n"
        "560 息更新量(单位: 1 639\n"
        "新量(单位:条)\n"
        "条)\n"
        "专栏专题\n"
    )
    assert (got.get("info_news"), got.get("info_disclosure")) == (560, 1639)


def test_one_count_fewer_than_labels_leaves_blank_the_one_field_that_may_be() -> None:
    # pdfplumber: 平均办理时间 left blank, as no message was closed.
    got = values(
        "留言办理\n收到留言数量 公开答复数量(单\n办结留言数量(单位: 条) 平均办理时间(单位: 天)\n"
        "(单位: 条) 位: 条)\n0 0 0\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"], got["messages_public"]) == (0, 0, 0)
    assert "messages_avg_days" not in got


def test_a_labels_rest_that_reads_alone_as_another_fields_label() -> None:
    # 信息公开目录信息 | 发布量(单位:条): 发布量 alone is 微博's, here the rest of the head above.
    got = values(
        "二、信息发布\n概况类信息更新量(单位: 信息公开目录信息\n"
        "总数(单位:条) 政务动态更新量(单位:条)\n条) 发布量(单位:条)\n793 2 192 451\n三、专栏专题\n"
    )
    assert [got[k] for k in ("info_total", "info_overview", "info_news", "info_disclosure")] == [
        793,
        2,
        192,
        451,
    ]


def test_a_line_the_walk_read_as_a_labels_value_is_dealt() -> None:
    # The walk read 0 0 0 as 公开答复数量's; the line is the block's, one count fewer than
    # its labels (平均办理时间 left blank: no message closed).
    got = values(
        "留言办理\n收到留言数量\n(单位: 条)\n办结留言数量\n"
        "(单位: 条) 平均办理时间(单位: 天) 公开答复数量(单位: 条)\n0 0 0\n征集调查\n"
    )
    assert [got.get(k) for k in ("messages_received", "messages_closed", "messages_public")] == [
        0,
        0,
        0,
    ]
    assert "messages_avg_days" not in got


def test_generic_labels_of_a_block_are_of_the_group_of_its_other_labels() -> None:
    # 发布量 above, read alone, took 微博's 信息发布量; under 微博 the walk then gave
    # 信 息 发 布 量 and 关 注 量 to 微信, whose labels are the same.
    got = values(
        "二、信息发布\n概况类信息更新量(单位: 信息公开目录信息\n"
        "总数(单位:条) 政务动态更新量(单位:条)\n条) 发布量(单位:条)\n793 2 192 451\n"
        "微博\n名称 信 息 发 布 量(单位:条) 关 注 量(单位:个)\n无 0 0\n"
        "微信\n名称 信 息 发 布 量(单位:条) 订阅量(单位:个)\n某某局 606 2770\n其他\n"
    )
    assert [got.get(k) for k in ("weibo_name", "weibo_posts", "weibo_followers")] == ["无", 0, 0]
    assert [got.get(k) for k in ("wechat_name", "wechat_posts")] == ["某某局", 606]


def test_spaced_thousands_joined_the_way_that_keeps_the_counts_alike() -> None:
    # 4, 760544 and 258 keep every relation too, but make one count a hundred times the
    # largest of 4760, 544 and 258.
    got = values(
        "五、办事服务\n是否发布服务事项目录 注册用户数(单位:个) 政务服务事项数量(单位:项)\n"
        "可全程在线办理政务服务事项数量(单位:项)\n☑是 ☐否 4 760 544 258\n办件量\n"
    )
    assert [got.get(k) for k in ("registered_users", "service_items", "service_items_online")] == [
        4760,
        544,
        258,
    ]


def test_spaced_thousands_that_join_two_ways_alike_stay_unread() -> None:
    # 75 and 179364, or 75179 and 364.
    got = values("微博\n名称 信息发布量(单位:条) 关注量(单位:个)\n某某发布 75 179 364\n微信\n")
    assert got.get("weibo_posts") not in (75179,)
    assert got.get("weibo_followers") not in (364,)
    # The name before them is still the first field's, without the counts.
    assert got["weibo_name"] == "某某发布"


def test_a_names_wrapped_end_before_counts_is_no_later_labels_text() -> None:
    # 公室 378 15086 after the labels 其他 and 创新发展 (which the walk read after it) is
    # the rest of the name above, no 其他's text.
    got = values(
        "微信\n名称 信息发布量(单位:条) 订阅数(单位:个)\n某某县人民政府办\n公室 378 15086\n"
        "其他\n九、创新发展\n创新发展\n☑搜索即服务 ☐其他\n单位负责人：某某\n"
    )
    assert "other_media" not in got


def test_one_count_fewer_written_with_units_leaves_the_one_blank_that_may_be() -> None:
    # 0条: no message closed, so 平均办理时间 may be left blank.
    got = values(
        "留言办理\n收到留言数量(单位: 条) 办结留言数量\n(单位: 条)\n平均办理时间\n"
        "(单位: 天) 公开答复数量(单位: 条)\n0条 0条 0条\n征集调查\n"
    )
    assert [got.get(k) for k in ("messages_received", "messages_closed", "messages_public")] == [
        0,
        0,
        0,
    ]


def test_a_labels_line_holds_the_values_of_the_labels_wrapped_under_it() -> None:
    # A row of two pairs: the right label of two lines comes out under the left pair's line,
    # which holds both values; the next label has a value of its own.
    got = values(
        "办件量\n总数(单位: 件) 5120 3700\n自然人办件量\n(单位: 件)\n法人办件量(单\n1420\n位: 件)\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (5120, 3700, 1420)


def test_a_text_under_a_counts_line_is_no_value_of_it() -> None:
    got = values(
        "微信\n名称 某某发布\n信息发布量（单位：\n条） 176\n订阅数（单位：个） 37 070\n其他\n"
        "创新发展 √搜索即服务 □其他\n"
    )
    assert got["wechat_subscribers"] == 37070
    assert "other_media" not in got


def test_a_values_line_under_a_label_holds_the_value_of_the_label_wrapped_after_it() -> None:
    got = values(
        "办事服务\n政务服务事项总数\n310项 146项\n(单位: 项)\n可全程在线办理政\n"
        "务服务事项数量(单\n位: 项)\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (310, 146)


def test_the_fewest_counts_a_line_makes_joins_every_thousands_group() -> None:
    # A line takes the values of labels below it only for counts more than its labels even
    # so: 1 171 428 may be one count.
    assert fewest_counts(["1", "171", "428"]) == 1
    assert fewest_counts(["2", "860", "2", "631"]) == 2
    assert fewest_counts(["298项", "157项"]) == 2
    assert fewest_counts(["0", "171"]) == 2


def test_two_yes_no_answers_showing_their_ticked_options_only() -> None:
    # ☑否 ☑是: a yes/no takes one tick, so the second tick answers the next label.
    got = values("安全防护\n是否开展应急演练 是否明确网站安全责任人\n√否 √是\n八、移动新媒体\n")
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_a_line_is_not_dealt_against_a_sum_the_walks_reading_keeps() -> None:
    # 7 271 is 总数's (= 4 054 + 3 217), not 7 for the label before and 271.
    got = values(
        "办事服务\n注册用户数(单位: 个) 58 007\n政务服务事项数\n329\n量(单位: 项)\n211\n"
        "可全程在线办理政务服务事项\n数量(单位: 项)\n办件量\n总数(单位: 件) 7 271\n"
        "自然人办件量(单位: 件) 4 054\n法人办件量(单位: 件) 3 217\n互动交流\n"
    )
    assert got["cases_total"] == 7271


def test_a_name_and_its_count_one_blank_apart_in_one_laid_out_cell() -> None:
    # pdftotext -layout: the name fills its cell, one blank before the count beside it.
    text = (
        "3                   3              3                R是 £否\n"
        "是否开展应急演练            是否明确网站安全责任人\n"
        " £是      R否         R是 £否\n"
        "八、移动新媒体\n"
        "是否有移动新媒体\n"
        "R是\n"
        "微博\n"
        "名称                  信息发布量(单位:条)    关注量(单位:个)\n"
        "某区人民政府发布          357            38,374\n"
        "微信\n"
        "名称                  信息发布量(单位:条)    订阅数(单位:个)\n"
        "某区人民政府办公室 587                    10\n"
        "其他\n"
        "\n"
        "九、创新发展\n"
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某区人民政府办公室",
        587,
        10,
    )


def test_a_label_with_its_value_beside_it_names_no_field_of_the_line_below() -> None:
    # pdfplumber: 微信名称's line holds its name, so the line below is 微信信息发布量's
    # alone, one count in spaced thousands (1 057), not 微信名称's 1 and 057.
    got = values(
        "是否有政务新媒体 ☑是\n\n微博名称 某区教育局发布\n信 息 发 布 量 417\n关 注 量 12 176\n\n"
        "微信名称 某区教育局\n微信信息发布量(单位:条) 1 057\n订阅数(单位:个) 33 755\n其他\n"
    )
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某区教育局",
        1057,
        33755,
    )


def test_a_count_in_spaced_thousands_alone_between_blank_lines_is_one_count() -> None:
    # pdftotext without -layout writes each cell a block of its own, a blank line around it:
    # 3 517 is one count, not the total's 3 and the overview's 517.
    got = values(
        "二、信息发布\n总数(单位: 条)\n\n概况类信息更新量(单位: 条)\n\n3 517\n\n26\n\n"
        "政务动态信息更新量(单\n\n信息公开目录信息更\n\n位: 条)\n\n新量(单位: 条)\n\n"
        "1 204\n\n2 287\n\n三、专栏专题\n"
    )
    keys = ("info_total", "info_overview", "info_news", "info_disclosure")
    assert [got.get(k) for k in keys] == [3517, 26, 1204, 2287]


def test_a_line_read_whole_is_not_dealt_when_its_other_fields_are_read_elsewhere() -> None:
    # The total visits are read below their label: dealing 150 149 would leave 149 to
    # nobody, so the line is the unique visitors' one count.
    got = values(
        "公安机关备案号\n\n号-2\n独立用户访问总量(单位: 个)\n\n62302170919866号\n150 149\n\n"
        "网站总访问量(单位:\n\n1 094 919\n\n次)\n二、信息发布\n"
    )
    assert got["unique_visitors"] == 150149


def test_a_labels_first_line_ending_another_labels_line_names_its_field() -> None:
    # 政务服 ends the line of the online items' label, its rest 务事项数量 two lines down:
    # together the items' label, so the block names four fields for the four items.
    got = values(
        "五、办事服务\n可全程在线办理\n政务服务事项数量（单 政务服\n"
        "是否发布服务事项目录 注册用户数（单位：个）\n位：项） 务事项数量（单\n位：项）\n"
        "☑是 ☐否 8315 264 198\n办件量\n"
    )
    keys = ("service_catalog_published", "registered_users", "service_items")
    assert [got.get(k) for k in keys] == [True, 8315, 264]
    assert got["service_items_online"] == 198


def test_the_blanks_label_keeps_no_count_of_the_line_dealt_to_another() -> None:
    # No message closed: the average time is blank, though the walk read a count of the
    # line under its label.
    got = values(
        "留言办理\n收到留言数量\n(单位: 条) 办结留言数量(单位: 条) 平均办理时间(单位: 天) "
        "公开答复数量(单位:\n条)\n0 0 0\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"], got["messages_public"]) == (0, 0, 0)
    assert "messages_avg_days" not in got


def test_a_labels_head_and_rest_around_the_values_line_name_its_field() -> None:
    # 政务服 ends the line above the counts, 务事项数量 opens the line below: the items'
    # label, the online items' beside it; the counts go in the form's order.
    got = values(
        "可全程在线办理\n政务服务事项数量(单位: 政务服\n58项 21项\n项) 务事项数量(单位:\n项)\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (58, 21)


def test_a_label_and_its_count_in_spaced_thousands_are_no_line_of_values() -> None:
    # pypdfium2: 订阅数 and its count on one line under 信息发布量's wrapped label; 12 437
    # is one count, not 12 and 437 for the two labels.
    got = values(
        "微信\n名称 青川县人民政府办公室\n83\n信息发布量(单位:\n条)\n"
        "订阅数(单位: 个) 12 437\n其他\n"
    )
    assert got.get("wechat_subscribers") == 12437


def test_a_label_its_unit_left_open_over_two_counts_deals_them() -> None:
    # pdfplumber: two labels abreast wrapped, the second's pieces around the counts' line.
    got = values(
        "信息发布\n总数(单位: 概况类信息更新量\n496 31\n条) (单位: 条)\n政务动态信息\n"
        "信息公开目录信息\n更新量(单位: 187 253\n更新量(单位: 条)\n条)\n专栏专题\n"
    )
    assert (got.get("info_news"), got.get("info_disclosure")) == (187, 253)
