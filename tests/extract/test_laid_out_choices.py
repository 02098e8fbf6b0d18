"""Text laid out in columns (pdfplumber's layout, pdftotext -layout): a label's options
stop where the next cell's choice names them again; a label wrapped around its value's
line, its first line parted by a wide gap, owns the options right of it; values a
converter ran together one blank apart stand each where its characters do; a wrapped
label's pieces make the longest label they can."""

from __future__ import annotations

from text_reports import values

SECURITY = """\
       安全防护
       安全检测评估次数                          发现问题数量
                       6次                             3个
       （次）                               （个）
                                         是否建立  安
       问题整改数量（个）       2个                             þ是 ¨否
                                         全监测预警机制
                                         是否明  确网站安
       是否开展应急演练        ¨是 þ否                          þ是 ¨否
                                         全责任人
       移动新媒体
"""


def test_a_choice_ends_where_the_next_cells_options_start() -> None:
    # ☑是 ☐否 names 是 and 否 again: another cell's choice, whose label is read apart.
    got = values("安全防护\n是否开展应急演练        ☐是 ☑否                 ☑是 ☐否\n移动新媒体\n")
    assert got["emergency_drill"] is False
    assert values(SECURITY)["emergency_drill"] is False


def test_a_label_wrapped_around_its_values_line_owns_the_options_right_of_it() -> None:
    got = values(SECURITY)
    assert got["security_monitoring"] is True
    assert got["security_officer"] is True


CODES = """\
       政府网站标识码        1525220445
                      蒙ICP备17031447 公安机关备
       ICP备案号                                蒙公网安备15252230515414号
                      号-1           案号
       独立用户访问总
                                             2523976
       量（单位：个）
"""


def test_a_code_and_the_next_columns_label_run_together() -> None:
    # 蒙ICP备17031447 公安机关备: the ICP code's first line and the police label's head one
    # blank apart in one cell; the police code stands under the head, not beside ICP备案号.
    got = values(CODES)
    assert got["icp_number"] == "蒙ICP备17031447号-1"
    assert got["police_number"] == "蒙公网安备15252230515414号"


SERVICES = """\
办事服务
                                注册用户数
是否发布服务事项目录    þ是 ¨否                           249122
                                （个）
                                可全程在线办理
                                政务
政务服务事项总数（项）   104                             38
                                服务事项数量
                                （项）
办件量
"""


def test_the_longest_label_a_wrapped_cells_pieces_make() -> None:
    # 政务 | … 38 | 服务事项数量 is 政务服务事项数量 too, but 可全程在线办理 stands above it.
    got = values(SERVICES)
    assert (got["service_items"], got["service_items_online"]) == (104, 38)


def test_a_blank_cells_label_takes_no_text_of_the_next_row() -> None:
    # pdftotext -layout: 其他新媒体 left blank; the next row's label (创新 | 发展) and its
    # options, the note going on under them, which stands under 其他新媒体 by position.
    got = values(
        "                    微信      信息发布量(单位: 条)      306条\n"
        "                            订阅数(单位: 个)        10个\n"
        "                    其他新媒体\n\n"
        "创新    ☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☑千人千网 ☑其他："
        "提供政策智能匹配与免申即享服务；\n"
        "发展    开通“迭部县”政策问答专区，提供政策原文、解读、问答一站式查询\n\n"
        "单位负责人：刘超\n"
    )
    assert "other_media" not in got
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“迭部县”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_labels_in_one_cell_over_options_wrapped_after_a_box() -> None:
    # pypdfium2: 创新发展 and 其他（注明） in one cell, the options in cells of their own, the
    # last box's name opening the next line.
    got = values(
        "九、创新发展\n创新发展 其他（注明）\n☐搜索即服务  ☑多语言版本  ☑\n"
        "无障碍浏览  ☐千人千网  ☐其他\n单位负责人：黄艳\n"
    )
    assert got["innovation"] == ["multilingual", "accessibility"]


def test_a_choices_labels_two_lines_before_the_texts_end() -> None:
    # The options above the labels, one line after them (the signature) and no more: the
    # look two lines down for the options' rest finds the text's end (it raised IndexError).
    got = values("☐搜索即服务 ☑无障碍浏览 ☐其他\n创新发展\t其他（注明）\n单位负责人：张三\n")
    assert got["innovation"] == ["accessibility"]


def test_the_first_labels_options_centred_under_it_beside_the_notes_text() -> None:
    # pdfplumber with its layout: 创新发展's options centred in its cell start left of it
    # and end where 其他（注明）'s text begins; their second line, centred too, starts
    # inside the options' extent, not at their left edge.
    got = values(
        "                                     九、创新发展\n\n"
        "                 创新发展                             其他（注明）\n\n"
        "       ☑搜索即服务   ☐多语言版本   ☐无障碍浏   提供政策智能匹配与免申即享服务；"
        "开通“永仁县”政策问答专区，\n"
        "             览 ☐千人千网  ☑其他                 提供政策原文、解读、问答一站式查询\n\n"
        "       单位负责人：陈霞\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“永仁县”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_yes_no_centred_around_their_label_one_a_line() -> None:
    # pdftotext without -layout: þ是 above 是否使用统一平台, ¨否 below it.
    got = values("六、互动交流\nþ是\n是否使用统一平台\n¨否\n留言办理\n收到留言数量(单位: 条)\n48\n")
    assert got["unified_platform"] is True
    assert got["messages_received"] == 48


def test_a_box_above_a_label_that_would_answer_it_twice_is_not_its() -> None:
    # pdftotext without -layout: þ是 above 是否开展应急演练 is 是否建立安全监测预警机制's
    # (its label cut before it); with the þ否 below it would tick both.
    got = values(
        "七、安全防护\n安全检测评估次数（次）\n发现问题数量（个）\n问题整改数量（个）\n1\n0\n0\n"
        "是否建立安全监测预\nþ是\n是否开展应急演练\n是否明确网站安全责任人\nþ否\nþ是 ¨否\n"
        "八、移动新媒体\n"
    )
    assert (got["emergency_drill"], got["security_officer"]) == (False, True)


def test_a_last_boxs_name_alone_at_the_next_lines_start() -> None:
    # pypdfium2: cells two spaces apart read as laid out; the list's last box ends the line,
    # its name opens the next, at its start rather than under the list.
    got = values(
        "主办单位  余杭区人民政府办公室（余杭\n"
        "区地方志编纂中心）   网站类型 □政府门户网站  □部门网站  √\n专项网站\n"
        "政府网站标识码  3301103148   ICP备案号  浙ICP备54833027号-2  \n"
    )
    assert got["site_type"] == "special"
