"""Converted text whose narrow cells wrapped a label's words, its unit or its value onto
the next line, with the next cell's text run in after them (pypdfium2, pdfplumber)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.labels import label_index
from nianbao.extract.pieces import segment
from nianbao.extract.pipeline import extract_document
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_a_whole_unit_wrapped_after_its_label_opens_the_values_line() -> None:
    # pypdfium2: 服务事项数量's unit opens the next line, the next pair's label head after it.
    got = values(
        "办事服务\n"
        "是否发布服务事\n"
        "项目录 R是 \xa0\xa0£否 注册用户数（个） \xa011349个\xa0\xa0\n"
        "服务事项数量\n"
        "（项） \xa0\xa0\xa0250项\xa0\xa0 可全程在线办理政务服务\n"
        "事项数量（项） \xa080项\xa0\xa0\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (250, 80)


def test_a_wrapped_unit_that_is_not_the_labels_own_is_no_sign() -> None:
    # 个 is not 服务事项数量's unit: the line below is no rest of its label.
    got = values(
        "办事服务\n服务事项数量\n"
        "（个） \xa0\xa0\xa0250个\xa0\xa0 注册用户数（个） \xa012\xa0\n"
        "办件量\n"
    )
    assert got.get("service_items") != 250


def test_a_label_cut_in_a_narrow_first_column_takes_its_bracketed_rest() -> None:
    # pdftotext -layout: 其他（注明） wrapped as 其他（注 | 明）, its text in the next column.
    got = values(
        "九、创新发展\n"
        "创新发展   □搜索即服务 □多语言版本 □无障碍浏览 √千人千网 √其他\n"
        "其他（注   提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版\n"
        "明）     、语音读屏和简洁版页面\n"
        "单位负责人：曹建   审核人：罗英涛   填报人：郭强建   填报日期：2024-01-19\n"
    )
    assert got["innovation"] == ["personalized", "other"]
    assert got["innovation_other"].startswith("提供政策智能匹配与免申即享服务；")
    assert "明）" not in got["innovation_other"]


def test_a_headings_label_owns_no_options_of_the_labels_line_below() -> None:
    # pdfplumber layout: the section's name 创新发展 centred over the row of its one field,
    # whose label the narrow first column wrapped (创新 | 发展).
    got = values(
        "                                      创新发展\n"
        "\n"
        "        创新   ☐搜索即服务   ☐多语言版本   ☑无障碍浏览   ☑千人千网  ☑其他：提供政策\n"
        "\n"
        "        发展             智能匹配与免申即享服务\n"
        "       单位负责人：周磊     审核人：袁艳文     填报人：冯艳杰\n"
    )
    assert got["innovation"] == ["accessibility", "personalized", "other"]


def test_a_texts_last_line_a_counts_unit_below_its_label_laid_out() -> None:
    # pdfplumber layout: 其他's text wrapped around its label, its last line a unit alone.
    got = values(
        "                       订阅数（个）         66068个\n"
        "                                      移动客户端“长乐区人通”，下载量       51 万\n"
        "        其他\n"
        "                                      次\n"
        "        £搜索即服务  £多语言版本   £无障碍浏览  £千人千网  £其他\n"
    )
    assert got["other_media"] == "移动客户端“长乐区人通”，下载量 51 万次"


def test_a_texts_last_line_a_counts_unit_below_its_label() -> None:
    # pdfplumber: one line a row, one space between cells.
    got = values(
        "订阅数（单位：个） ３７４７５\n"
        "移动客户端“天镇县市通”，下载量 38\n"
        "其他\n"
        "万次\n"
        "£搜索即服务 £多语言版本 £无障碍浏览 R千人千网 £其他\n"
        "创新发展\n"
    )
    assert got["other_media"] == "移动客户端“天镇县市通”，下载量 38 万次"


def test_a_labels_rest_under_a_line_of_labels_is_no_value() -> None:
    # pdfplumber: 订阅数 wrapped around the row's other labels (订 阅 | 名称 … | 数(单位:个)).
    got = values(
        "微信\n订 阅\n名称 信息发布量(单位:条)\n数(单位:个)\n柴桑区人力资源和社会保障\n"
        "１５０ １２７６２\n局\n其他\n"
    )
    assert got["wechat_name"].startswith("柴桑区人力资源和社会保障")


# pdftotext: one cell a line, the row's tall first label wrapped around the next label.
SERVICE_ROW = (
    "五、办事服务\n是否发 布服务事项目\n注册用户数（个）\n录\n政务服务事项数量\n（项）\n"
    "可全程 在线办理政务服务事项数量\n（项）\n24 573\n186\n163\n总数（件）\n自然人办件量\n"
)


def test_a_labels_halves_around_the_next_label_and_counts_without_the_choices_answer() -> None:
    got = values(SERVICE_ROW)
    assert (got["registered_users"], got["service_items"]) == (24573, 186)
    assert got["service_items_online"] == 163


def test_halves_around_a_label_before_them_in_the_form_are_not_joined_first() -> None:
    # 新开设数量 wraps around 维护数量, the table's first column: 376 is 维护数量's.
    got = values(
        "三、专栏专题\n新开设数\n维护数量(单位: 个)\n量(单位: 个)\n376个\n13个\n四、解读回应\n"
    )
    assert (got["columns_maintained"], got["columns_new"]) == (376, 13)


def test_options_cut_inside_a_name_go_on_over_the_next_lines_cells() -> None:
    # pypdfium2: one line a row, double spaces between options; 无障 | 碍浏览 a cell alone.
    got = values(
        "其他\n创新发展\n创新发展 þ搜索即服务  þ多语言版本  þ无障\n"
        "碍浏览  þ千人千网  ¨其他 其他（注明）\n单位负责人：宋国英     审核人：杨玉军\n"
    )
    assert got["innovation"] == [
        "search_as_service",
        "multilingual",
        "accessibility",
        "personalized",
    ]


def test_options_cut_twice_go_on_over_two_lines() -> None:
    # pdftotext -layout: a narrow cell cuts the list at two line ends, the note's cell
    # beside it (þ搜索即服务 ¨多语言版 | 本 ¨无障碍浏览 þ千人千   提供… | 网 þ其他).
    text = (FIXTURES / "converted" / "pdftotext-layout-options-cut-twice.txt").read_text("utf-8")
    got = values(text)
    assert got["innovation"] == ["search_as_service", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_names_next_line_pushed_right_by_an_address_running_into_its_column() -> None:
    # pdfplumber's layout: the address's second line runs past the sponsor's left edge, the
    # sponsor's rest one blank after it.
    got = values(
        "       网站名称               首页网址              主办单位                政府网站类型\n"
        "\n"
        "       市中区卫生健康委员会（挂                                             "
        "¨政府门户网站   þ\n"
        "                          http://           市中区卫生健康委员会（挂市\n"
        "       市中区大数据发展管理局牌                                             "
        "部门网站  ¨专项\n"
        "                          zwfw540.511002.gov.cn/ 中区大数据发展管理局牌子）\n"
        "       子）                                                       网站\n",
        without=("网站名称", "首页网址"),
    )
    assert got["sponsor"] == "市中区卫生健康委员会（挂市中区大数据发展管理局牌子）"
    assert got["homepage_url"] == "http://zwfw540.511002.gov.cn/"


def test_a_note_beside_options_cut_is_neither_the_options_rest_nor_an_empty_labels() -> None:
    # pdftotext -layout: no new media (其他 empty), the note under 其他（注明） beside the
    # options' second line, the options' 他 alone below, left of the note's column.
    path = FIXTURES / "converted" / "pdftotext-layout-note-beside-options.txt"
    got = values(path.read_text("utf-8"))
    assert "other_media" not in got
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert got["innovation"] == ["multilingual", "personalized", "other"]


def test_a_short_value_set_wholly_left_of_its_label_in_a_line_of_as_many_cells() -> None:
    # pdftotext -layout: 无 ends two columns short of 名称, the counts under their labels.
    got = values(
        "                                          微博\n\n"
        "               名称                          信息发布量(单位: 条)"
        "              关注量(单位: 个)\n"
        "            无                          0                     0\n\n"
        "                                微信\n\n"
        "            名称                  信息发布量(单位: 条)            订阅数(单位: 个)\n\n"
        "      邵武市人力资源和社会保障局                   339                   24751\n\n"
        "                                其他\n"
    )
    assert (got["weibo_name"], got["wechat_name"]) == ("无", "邵武市人力资源和社会保障局")


def test_options_wrapped_around_their_label_under_a_heading_of_its_name() -> None:
    # pdftotext -layout: the section's name 创新发展 centred above; the options' lines
    # stand above and below the label's line.
    got = values(
        "\n                                 创新发展\n\n"
        "                £搜索即服务 R多语言版本 R无障\n"
        "    创新发展                                其他（注明）\n"
        "                   碍浏览 R千人千网 £其他\n\n"
        "单 位 负 责 人：谢明\n"
    )
    assert got["innovation"] == ["multilingual", "accessibility", "personalized"]


def test_a_note_wrapped_around_its_label_under_a_heading_of_its_name() -> None:
    got = values(
        "\n                         创新发展\n\n"
        "          ¨搜索即服务 þ多语言版本 þ无障碍浏览 ¨千人千网 þ其他：提供政策智能匹配与免申即\n"
        "  创新发展\n"
        "                                  享服务\n\n"
        "单位负责人：陈磊国     审核人：杨建\n"
    )
    assert got["innovation"] == ["multilingual", "accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


# pdftotext: the basic row's labels, then its values, each alone on its line.
CODES_ROW = (
    "政府网站标识码\nICP备案号\n公安机关备案号\n独立用户访问总量（单\n位：个）\n"
    "2301245459\n黑ICP备12228566号-1\n23012485078580\n{tail}143 922\n"
    "网站总访问量（单位：次）\n1 794 628\n"
)


def test_a_codes_tail_alone_on_its_line_in_a_run_of_values() -> None:
    got = values(CODES_ROW.format(tail="号\n"))
    assert (got["site_code"], got["icp_number"]) == ("2301245459", "黑ICP备12228566号-1")
    assert (got["police_number"], got["unique_visitors"]) == ("23012485078580号", 143922)


def test_a_run_pairs_codes_only_with_values_of_their_shape() -> None:
    # A name after the codes is the next row's: the run still has as many values as labels.
    got = values(
        "网站名称\n首页网址\n主办单位\nhttp://\n某县农业农村局（挂某县\nsthj640.130324.gov.cn/\n"
        "大数据发展管理局牌子）\n政府网站标识码\nICP备案号\n公安机关备案号\n1303243848\n"
        "冀ICP备50706490号-2\n13032485067411号\n某县农业农村局（挂某\n县大数据发展管理局牌\n子）\n"
        "网站类型\n",
        without=("网站名称", "首页网址"),
    )
    assert (got["site_code"], got["icp_number"]) == ("1303243848", "冀ICP备50706490号-2")
    assert got["police_number"] == "13032485067411号"


def test_a_label_in_three_pieces_beside_its_tall_groups_name() -> None:
    # pdftotext -layout: 办事服务 wrapped in its tall cell left of the label's column, the
    # unit and the value on the label's middle line.
    got = values(
        "      政务服务事项数\n                项 1975项\n      量\n"
        "      可全程在线办理\n办事    政务服务事项数   项 598项\n服务    量\n"
        "      办件量\n      总数        件 15611件\n"
    )
    assert got["service_items_online"] == 598


def test_a_label_in_three_pieces_interleaved_with_the_next_columns_label() -> None:
    # pdfplumber with its layout: two columns' labels wrapped over lines set one between
    # another, the right label's pieces every other line, its value after the middle one.
    got = values(
        "       办事服务\n"
        "                                            可全程在线办理\n"
        "       政务服务事项数\n"
        "                   1                        政务服务事项数     0\n"
        "       量（单位：项）\n"
        "                                            量（单位：项）\n"
        "       办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (1, 0)


def test_a_labels_rest_centred_under_its_head_one_character_a_column() -> None:
    # pdftotext -layout: the rest's middle falls at the head's end when a Chinese
    # character counts one column; its value on the line between, far right.
    got = values(
        "           是否提供智能问答                     ☑是 ☐否\n\n"
        "            安全检测评估次\n"
        "                                          6\n"
        "               数(单位: 次)\n\n"
        "          发现问题数量(单位: 个)                   0\n",
        without=("安全检测评估次数", "发现问题数量"),
    )
    assert (got["security_assessments"], got["security_issues_found"]) == (6, 0)


def test_a_labels_middle_piece_that_reads_as_a_unit_alone() -> None:
    # pypdfium2: 次 alone on its line is the label's middle piece, not its unit.
    got = values(
        "安全防护\n安全检测评估\n次\n数(单位:次)\n4\n发现问题数\n量(单位:个) 7\n",
        without=("安全检测评估次数", "发现问题数量"),
    )
    assert (got["security_assessments"], got["security_issues_found"]) == (4, 7)


def test_long_labels_wrapped_down_their_column_around_their_values() -> None:
    # pdfplumber with its layout: the labels' pieces down their narrow column, the unit and
    # value on a line between them, right of the column; 媒体评论文章 reads whole as a
    # variant, its rest (数量) below the value's line.
    got = values(
        "            解读信息发布\n"
        "            总数        条  51\n"
        "            解读材料数量    条  6\n"
        "            解读产品数量    个  11\n"
        "       解读\n"
        "            媒体评论文章\n"
        "       回应             篇  34\n"
        "            数量\n"
        "            回应公众关注\n"
        "            热\n"
        "                      次  2\n"
        "            点或重大舆情\n"
        "            数量\n"
        "       办事   是否发布服务\n"
    )
    assert (got["interp_media"], got["hotspot_responses"]) == (34, 2)
    # Its rest in two pieces, the value beside the first (pdftotext -layout).
    got = values(
        " 解读回应\n"
        "                           媒体评论文章\n"
        "                                 数                       9\n"
        "                           量(单位: 篇)\n"
    )
    assert got["interp_media"] == 9


def test_two_columns_labels_wrapped_each_in_its_own_column() -> None:
    # pdftotext -layout: the right label's rest stands under it (更 | 新量), not at the next
    # line's start, which finishes the left label, its value one space after it.
    got = values(
        "信息发布\n"
        "总数(单位:                        概况类信息更新\n"
        "           559                            15\n"
        "条)                            量(单位: 条)\n"
        "政务动态信息                        信息公开目录信息\n"
        "更新量(单位: 0                     更           527\n"
        "条)                            新量(单位: 条)\n"
        "专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (559, 15)
    assert (got["info_news"], got["info_disclosure"]) == (0, 527)


def test_columns_count_characters_unless_a_terminals_count_lines_up_clearly_more() -> None:
    # pdfplumber with its layout (a generated report): values centred under labels abreast
    # line up neither way, and counted as a terminal shows them a few more by chance,
    # which would set values under the next label (626 under 可全程在线办理…) and part a
    # wrapped text's lines.
    text = (FIXTURES / "converted" / "pdfplumber-layout-columns.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["info_news"], got["info_disclosure"]) == (330, 2085)
    assert (got["service_items"], got["messages_avg_days"]) == (626, 9.6)
    assert got["security_issues_found"] == 5
    assert got["homepage_url"] == "https://scjg585.430581.gov.cn/"
    assert got["sponsor"] == "武冈市市场监督管理局"


def test_a_wide_value_set_left_of_its_label_in_a_line_of_as_many_cells() -> None:
    # pdftotext -layout counts characters: the page centres 章丘区… under 网站名称, but
    # counted so it ends before the label's middle. Both lines below hold as many cells
    # as the labels' line, each in its label's place.
    got = values(
        "       网站名称              首页网址                     主办单位             网站类型\n"
        "\n"
        "章丘区农业农村局（章丘               http://            章丘区农业农村局（章丘区"
        "       £政府门户网站 R部\n"
        "  区地方志编纂中心）        www500.370114.gov.cn/       地方志编纂中心）"
        "         门网站 £专项网站\n"
        "\n      政府网站标识码            ICP备案号                公安机关备案号\n",
        without=("网站名称", "首页网址", "主办单位"),
    )
    assert got["site_name"] == "章丘区农业农村局（章丘区地方志编纂中心）"
    assert got["homepage_url"] == "http://www500.370114.gov.cn/"


def test_options_one_cell_each_under_a_choices_label_beside_its_notes() -> None:
    # pypdfium2 (the row before empty): two spaces part the options, each a cell; the
    # note's label stands over the second, but the line's options are all the choice's,
    # the note after the last.
    got = values(
        "其他\n九、创新发展\n创 新 发 展 其他（注明）\n"
        "□搜索即服务  √多语言版本  □无障碍浏览  □千人千网  √其他 提供政策智能匹配与免申即享服务\n"
        "单位负责人：韩涛\n"
    )
    assert got["innovation"] == ["multilingual", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_lone_value_past_the_next_label_of_the_row_is_not_the_first_labels() -> None:
    # pdfplumber with its layout: 平均办理时间 left blank; the 0 on the line below stands
    # right of where 公开答复数量 starts, in that label's column.
    got = values(
        "       留言办理\n"
        "       收到留言数量（单                              办结留言数量\n"
        "                      0                                  0\n"
        "       位：条）                                  （单位：条）\n"
        "       平均办理时间（单                              公开答复数量\n"
        "                                                         0\n"
        "       位：天）                                  （单位：条）\n"
        "       征集调查\n"
    )
    assert "messages_avg_days" not in got
    assert got["messages_public"] == 0


def test_a_labels_middle_piece_cut_by_a_stray_space_with_its_value_after_it() -> None:
    # pdfplumber: a stray space inside the middle piece, the count one space after it.
    got = values("回应公众关注热\n点或重 大舆情数 0次\n量(单位: 次)\n办事服务\n")
    assert got["hotspot_responses"] == 0
    # A unit between is no piece of the label (点或重大舆情数 次 11).
    got = values("回应公众关注热\n点或重大舆情数 次 11\n量\n办事服务\n")
    assert got["hotspot_responses"] == 11


def test_a_labels_last_piece_that_reads_as_a_unit() -> None:
    # pypdfium2: 人 alone reads as a unit (粉丝 人), here the end of a label in three pieces.
    got = values("是否开展应急\n演练 þ是 ¨否\n是否明确网\n站安全责任\n人\nþ是 ¨否\n移动新媒体\n")
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)


def test_a_labels_middle_piece_with_the_unit_column_one_blank_after_it() -> None:
    # pdftotext -layout: the unit column one blank after the middle piece, the value far.
    got = values(
        "      回应公众关注热\n      点或重大舆情数 次                       ３\n           量\n"
        "     可全程在线办理\n办事\n     政务服务事项数 项                 ２３６\n服务\n"
        "        量\n\n                        办件量\n"
    )
    assert (got["hotspot_responses"], got["service_items_online"]) == (3, 236)


def test_a_labels_head_then_the_next_labels_head_then_its_rest_between_values() -> None:
    # pdfplumber: two labels abreast, each wrapped in its cell, the right one's head first.
    got = values(
        "办事服务\n是否发布服务事\nR是 £否 注册用户数(单位: 个) 14252个\n项目录\n"
        "可全程在线办理政务\n政务服务事项数\n55项 服务事项数量(单位: 41项\n量(单位: 项)\n项)\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (55, 41)
    # The next label whole on its line, its rest's unit alone below.
    got = values(
        "办事服务\n是否发布服务事项\n√是 □否 0个\n目录 个)\n"
        "可全程在线办理政务\n政务服务事项数量\n1998项 服务事项数量(单位: 752项\n(单位: 项)\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (1998, 752)


def test_a_spaced_labels_head_ending_a_line_after_a_name() -> None:
    # pypdfium2: 信息发布量 set out with spaces after the name on its line, its rest and its
    # value opening the next.
    got = values(
        "微信\n名称 江夏区卫生健康委员会 信 息 发 布\n量(单位: 条) ５５１\n"
        "订阅数(单位:\n个) １７１８０４\n其他\n"
    )
    assert got["wechat_name"] == "江夏区卫生健康委员会"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (551, 171804)


def test_a_label_down_its_column_around_another_columns_label_and_its_value() -> None:
    # pdfplumber with its layout: 独立用户访问总量's pieces down its column, the line between
    # holding the row's other label and values, its own value right of the column.
    got = values(
        "       政府网站标识码     4412258616                  ICP备案号  粤ICP备68302533号-1\n"
        "                                               独立用户\n"
        "                                               访问总\n"
        "       公安机关备案号     44122501874146号                     ２２５７７９\n"
        "                                               量（单\n"
        "                                               位：个）\n"
        "       网站总访问量\n",
        without=("网站名称", "首页网址"),
    )
    assert got["police_number"] == "44122501874146号"
    assert got["unique_visitors"] == 225779


def test_a_long_texts_line_is_not_followed_by_a_value_its_own_label_opens_a_line_with() -> None:
    # Spaced text: 其他's line ends unfinished (次), the row after it another field's, and
    # the next value from its left edge has its own label before it on its line.
    text = (
        "                            其他                      "
        "移动客户端“恩施市人通”，下载量 75 万次\n"
        "创新发展                    √ 搜索即服务 □ 多语言版本 √ 无障碍浏览 □ 千人千网 √ 其他\n"
        "                            其他（注明）              提供政策智能匹配与免申即享服务\n"
    )
    got = values(text)
    assert got["other_media"] == "移动客户端“恩施市人通”，下载量 75 万次"
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_long_notes_lines_between_the_options_lines_of_the_column_before() -> None:
    # pdfplumber with its layout: the note's two lines each between two lines of options.
    got = values(
        "       创新发展                其他说明\n"
        "\n"
        "       □搜索即服务   √多语言版\n"
        "                            提供政策智能匹配与免申即享服务；"
        "开通“邯郸市”政策问答专区，提供政策原\n"
        "       本  □无障碍浏览   □千人千\n"
        "                           文、解读、问答一站式查询\n"
        "       网  √其他\n"
        "       单位主要负责人：董华      审核：蔡丽    填报人：曾芳明\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“邯郸市”政策问答专区，"
        "提供政策原文、解读、问答一站式查询"
    )


def test_options_wrapped_around_the_line_of_the_rows_other_values() -> None:
    # pdftotext -layout: the last column's options over two lines around the line that
    # holds the row's other values, left of them; no label there, so the same row.
    got = values(
        "网站名称         首页网址                    主办单位              网站类型\n"
        "             https://                                  £政府门户网站 R\n"
        "新北区交通运输局                             新北区交通运输局\n"
        "             www312.320411.gov.cn/                     部门网站 £专项网站\n"
        "政府网站标识码      ICP备案号                  公安机关备案号\n",
        without=("网站名称", "首页网址", "主办单位"),
    )
    assert got["site_type"] == "department"
    assert got["homepage_url"] == "https://www312.320411.gov.cn/"


def test_the_last_labels_options_in_cells_reaching_past_its_end() -> None:
    # pdfplumber with its layout: the last label's first line of options in two cells, the
    # box past the label's end; the list goes on over the lines of the row's values.
    got = values(
        "       网站名称               首页网址               主办单位             政府网站类型\n\n"
        "                                                              □政府门户网站   √\n"
        "       翁牛特旗文化广电旅游局        https://           翁牛特旗文化广电旅游局\n"
        "                                                              部门网站  □专项网\n"
        "       （翁牛特旗档案馆）          www356.150426.gov.cn/ （翁牛特旗档案馆）\n"
        "                                                              站\n"
        "       网站标识码              ICP备案号             公安机关备案号\n",
        without=("网站名称", "首页网址", "主办单位"),
    )
    assert got["site_type"] == "department"


def test_a_name_over_three_lines_its_bracket_closed_on_the_third() -> None:
    # pdftotext -layout: labels abreast over names their narrow cells wrap over three lines,
    # the second opening a bracket the third closes; a web address's lines between.
    got = values(
        "网站名称             首页网址                     主办单位              网站类型\n"
        "宝丰县住房和城乡建设                                宝丰县住房和城乡建设局\n"
        "                  https://                                  政府门户网\n"
        "局（挂宝丰县大数据发展                               （挂宝丰县大数据发展管理\n"
        "                 www.bf.gov.cn/                              站 þ部门网\n"
        "管理局牌子）                                    局牌子）\n"
        "政府网站标识码          ICP备案号                   公安机关备案号\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "宝丰县住房和城乡建设局（挂宝丰县大数据发展管理局牌子）"
    assert got["sponsor"] == "宝丰县住房和城乡建设局（挂宝丰县大数据发展管理局牌子）"


def test_a_names_last_line_alone_under_the_rows_values() -> None:
    # pdfplumber with its layout: a name wrapped in its narrow cell, its last line under
    # the line of the row's counts, the next label after it.
    got = values(
        "       微信\n"
        "                         微信信息发布\n"
        "       名称                                   订阅数（单位：个）\n"
        "                         量（单位：条）\n"
        "       尉犁县市场监督管理\n"
        "                         95                 7 356\n"
        "       局（知识产权局）\n"
        "       其他         无\n"
    )
    assert got["wechat_name"] == "尉犁县市场监督管理局（知识产权局）"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (95, 7356)


def test_a_count_left_blank_takes_no_label_head_below_it() -> None:
    # pdfplumber with its layout: 注册用户数 left blank; the head of 可全程在线办理… under it
    # is no value of it, but the first piece of that label down its column.
    got = values(
        "        是否发布服  务事                           注册用户数(单\n"
        "           项目录                                 位:个)\n"
        "                                            可全程在线办理\n"
        "       政务服务事项数量                               政务服\n"
        "                             198项                               4项\n"
        "          (单位:项)                            务事项数量(单\n"
        "                                               位:项)\n"
        "                                       办件量\n"
        "                                      办件量\n"
    )
    assert "registered_users" not in got
    assert (got["service_items"], got["service_items_online"]) == (198, 4)


def test_a_labels_middle_piece_its_unit_and_value_in_one_cell() -> None:
    got = values(
        "      政务服务事项数\n              项 992\n      量\n办事    可全程在线办理\n"
        "服务    政务服务事项数 项 74\n"
        "      量\n      办件量\n      总数        件 22281\n"
    )
    assert got["service_items_online"] == 74


def test_a_columns_value_past_the_next_rows_label_is_not_the_labels() -> None:
    # pdftotext -layout: 媒体评论文章数量's value stands right of its column; the 8 under
    # it, past 回应公众关注热点 opening the table's next row, is that label's. (The lines
    # before set how the text counts its columns: a character each.)
    got = values(
        "                           134                                       2,217\n"
        "  量(单位: 条)                                    更新量(单位: 条)\n\n"
        "                                          专栏专题\n\n"
        "                                             新 开 设 数 量(单位:\n"
        "维护数量(单位: 个)                13                                          4\n"
        "                                                    个)\n\n"
        "                                          解读回应\n\n"
        "                                      解读信息发布\n\n"
        "                                             解读材料数量(单位:\n"
        "  总数(单位: 条)                46                                         35\n"
        "                                                    条)\n\n"
        "  解读产品数量                                     媒体评论文章数量\n"
        "                            1                                         10\n"
        "      (单位: 个)                                     (单位: 篇)\n\n"
        "回应公众关注热点\n"
        "或重大舆情数量(单                                          8\n"
        "       位: 次)\n"
    )
    assert (got["interp_products"], got["interp_media"]) == (1, 10)
    assert got["hotspot_responses"] == 8


def test_a_name_run_into_the_next_columns_address_and_the_address_over_two_lines() -> None:
    # pdftotext -layout: one space between the name's first line and https://, whose rest
    # stands two lines down under it, the sponsor's line between.
    got = values(
        "一、基本信息\n"
        "网站名称          首页网址                     主办单位                    网站类型\n"
        "滨海新区应急管理 https://                                              þ部门网站\n"
        "                                       滨海新区应急管理局\n"
        "局        scjg165.120116.gov.cn/\n"
        "标识码           ICP备案号                   公安部备案号\n"
        "                                       津公网安备\n"
        "1201166260    津ICP备38402170号\n"
        "                                       12011609056995号\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "滨海新区应急管理局"
    assert got["homepage_url"] == "https://scjg165.120116.gov.cn/"


def test_a_long_label_in_four_pieces_one_cell_a_line() -> None:
    # pypdfium2: 回应公众关注热点或重大舆情数量 wrapped over four lines by its narrow cell.
    got = values(
        "媒体评论文章数量(单位: 篇) 3\n回应公众\n关注热点\n或重大\n舆情数量\n(单位: 次)\n1\n"
        "办事服务\n"
    )
    assert got["hotspot_responses"] == 1


def test_a_label_cut_inside_its_bracket_reads_as_the_longer_label() -> None:
    # pdftotext -layout: 其他（注明） cut as 其他（注, its rest 明） set elsewhere.
    index = label_index(default_form())
    label, value = segment("其他（注 提供政策智能匹配与免申即享", index)
    assert label.hit is not None
    assert [f.key for f in label.hit.fields] == ["innovation_other"]
    assert value.text == "提供政策智能匹配与免申即享"
    assert [p.text for p in segment("其他 提供", index)] == ["其他", "提供"]


def test_a_label_cut_inside_its_bracket_ends_a_line_of_options_one_space_before() -> None:
    # pdfplumber: one space between cells, the options' cell, then 其他（注明）'s head.
    index = label_index(default_form())
    options, label, note = segment("☐搜索即服务 ☐多语言版本 ☐无障 其他（注 提供政策智能匹配", index)
    assert options.text == "☐搜索即服务 ☐多语言版本 ☐无障"
    assert label.hit is not None
    assert [f.key for f in label.hit.fields] == ["innovation_other"]
    assert note.text == "提供政策智能匹配"
    # An option's own name after its box is no label: ☑其他 goes on with its note.
    assert len(segment("☐无障碍浏览 ☑其他（注明：智能问答）", index)) == 1


def test_a_choice_and_its_notes_labels_abreast_their_values_wrapped_around() -> None:
    # pdfplumber: the options and the note each wrapped around the labels' line, one space
    # between them; the walk would read both lines whole as the heading's options.
    got = values(
        "创新发展\n¨搜索即服务 þ多语言版本 ¨无障 提供政策智能匹配与免申即享\n"
        "创新发展 其他说明\n碍浏览 þ千人千网 þ其他 服务\n"
        "单位负责人：袁霞海 审核人：李刚桂\n"
    )
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    # Both wrapped under the labels' line, the next row after them.
    got = values(
        "九、创新发展\n创新发展 其他（注明）\n"
        "¨搜索即服务 ¨多语言版本 ¨无障碍浏 提供政策智能匹配与免申即享服务；建设适老化专区，提供大\n"
        "览 þ千人千网 þ其他 字版、语音读屏和简洁版页面\n单位负责人：郭燕丽\n"
    )
    assert got["innovation"] == ["personalized", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_box_whose_name_wrapped_stands_apart_before_the_notes_text() -> None:
    # pdfplumber: ☐ of 千人千网 ends the options' first line, its name opens the second, the
    # note's text after each; the box is no beginning of the note.
    got = values(
        "九、创新发展\n创新发展 其他（注明）\n"
        "þ搜索即服务 þ多语言版本 þ无障碍浏览 ¨ "
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字\n"
        "千人千网 þ其他 版、语音读屏和简洁版页面\n单位负责人：蔡兰秀\n"
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "accessibility", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )
    # A box a blank before an option's name is that option's.
    got = values(
        "九、创新发展\n创新发展 其他（注明）\n"
        "þ搜索即服务 þ多语言版本 ¨ 无障碍浏览 提供政策智能匹配与免申即享服务；建设适老化专区\n"
        "¨千人千网 þ其他 ，提供大字版\n单位负责人：蔡兰秀\n"
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版"


def test_a_notes_cut_end_that_begins_a_label_nowhere_near_is_the_notes() -> None:
    # pdftotext: 服务 begins 服务事项数量, but no line after it finishes that label.
    got = values(
        "九、创新发展\n创新发展\n☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☑其他\n"
        "其他（注明）\n"
        "提供政策智能匹配与免申即享\n服务\n移动新媒体\n是否有移动新媒体\n√是 □否\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_labels_first_line_a_gap_parted_its_value_before_its_last_piece() -> None:
    # pdfplumber layout: 回应公众关   注热点或重大舆情 | 次   4 | 数量.
    got = values(
        "                       总数           条                  26\n\n"
        "                     解读材料数量         条                  18\n\n"
        "        解读回应\n"
        "                     解读产品数量         个                   1\n"
        "                   媒体评论文章数量         篇                   7\n\n"
        "               回应公众关   注热点或重大舆情\n"
        "                                    次                   4\n"
        "                       数量\n"
        "        办事服务      是否发布服务事   项目录                       √是 □否\n\n"
        "                     注册用户数          个                 17097\n"
    )
    assert got["hotspot_responses"] == 4
    assert got["interp_media"] == 7


def test_options_in_cells_wrapped_around_their_label_under_a_heading() -> None:
    # pdfplumber layout: the options set apart in cells above and below the label's line,
    # the note's lines beside them; the section's name above.
    got = values(
        "       订阅数（单\n                  28 610\n       位：个）\n"
        "       其他         移动客户端“班戈县教通”，下载量     42 万次\n"
        "       创新发展\n"
        "                  £搜索即服务   £多语言版本  R无障                  "
        "提供政策智能匹配与免申即享\n"
        "       创新发展                              其他（注明）\n"
        "                  碍浏览  £千人千网  R其他                       服务\n"
        "       单位主要负责人：叶娜国      审核：林杰    填报人：袁超娟\n"
    )
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_labels_head_after_a_count_its_rest_opening_the_next_line() -> None:
    # pypdfium2: 是否建立安全监测预 closes the line of 问题整改数量's count.
    got = values(
        "问题整改数量（单\n位：个） 25个 是否建立安全监测预\n警机制 R是  £否\n"
        "是否开展应急演练 R是\n是否明确网站安全责\n任人 R是 £否\n移动新媒体\n"
    )
    assert got["security_issues_fixed"] == 25
    assert got["security_monitoring"] is True


def test_a_third_piece_goes_on_a_label_two_pieces_already_name() -> None:
    # pypdfium2, a narrow label cell: 答复网民提问数 is a variant, 答复网民提问数量 the label.
    got = values(
        "在线访谈\n访谈期数\n(单位:期) 6\n网民留言\n数量(单位:\n条)\n35\n"
        "答复网民\n提问数\n量(单位:\n条)\n8\n是否提供智能问答 ☑是 ☐否\n",
        without=("访谈期数", "网民留言数量", "答复网民提问数量"),
    )
    assert (got["interviews"], got["interview_messages"], got["interview_answers"]) == (6, 35, 8)


def test_a_name_wrapped_over_two_lines_then_its_rows_counts() -> None:
    # pypdfium2: the name's cell (鹰潭市卫生健康委发 | 布) before the counts' line; a name
    # never ends with a line of digits (127 is 信息发布量's), so 18 680 is one count.
    got = values(
        "八、移动新媒体\n是否有移动新媒体\n√是  □否\n微博\n"
        "账号名称 信息发布量(单位: 条) 关注量(单位: 个)\n鹰潭市卫生健康委发\n布\n127 18 680\n"
        "微信\n公众号名称 信息发布量(单位: 条) 订阅数(单位: 个)\n鹰潭市卫生健康委员\n会\n3 421 10\n"
        "其他\n"
    )
    assert [got.get(k) for k in ("weibo_name", "weibo_posts", "weibo_followers")] == [
        "鹰潭市卫生健康委发布",
        127,
        18680,
    ]


def test_cells_under_labels_abreast_the_last_of_which_wraps() -> None:
    # pypdfium2: 独立用户访问总 | 量（单位：个） wraps under the labels' line; the cells
    # follow, those of one baseline sharing a line.
    got = values(
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总\n量（单位：个）\n"
        "2112828295 辽ICP备96712209号-1 辽公网安备\n21128285027598号 １３４５１８\n"
        "网站总访问量（单位：次）\n１０１８５８３\n"
    )
    assert got["site_code"] == "2112828295"
    assert got["police_number"] == "辽公网安备21128285027598号"
    assert got["unique_visitors"] == 134518


def test_a_name_between_its_labels_pieces_goes_on_after_the_last() -> None:
    # pdftotext: 主办单位名 | 某县人民政府办公室（某县 | 称 | 档案馆）, the name's cell
    # centred in the label's tall cell.
    got = values("主办单位名\n\n某县人民政府办公室（某县\n\n称\n\n档案馆）\n\n政府网站标识码\n")
    assert got["sponsor"] == "某县人民政府办公室（某县档案馆）"


def test_a_names_last_word_that_heads_a_variant_of_the_next_label() -> None:
    # 网站 | 首页网址 reads as 网站首页网址, a variant of 首页网址, which needs no head: 网站
    # ends the name above.
    text = "网站名称\n\n某某区人民政府门户\n网站\n\n首页网址\n\nhttps://jyj356.420702.gov.cn/\n\n主办单位\n"
    got = values(text, without=("网站名称", "首页网址"))
    assert got["site_name"] == "某某区人民政府门户网站"
    assert got["homepage_url"] == "https://jyj356.420702.gov.cn/"


def test_a_generic_labels_head_after_a_name_stays_a_head() -> None:
    # 信息 | 发布量: 发布量 alone is 微博's or 微信's, 信息 no end of the name above.
    text = "微信\n名称\n\n某某区人民政府办公室\n\n信息\n发布量\n\n条 36条\n\n订阅数\n\n个 120个\n"
    got = values(text)
    assert got["wechat_name"] == "某某区人民政府办公室"
    assert got["wechat_posts"] == 36


def test_a_codes_lines_centred_one_by_one_around_its_labels_line() -> None:
    # pdftotext -layout: 豫ICP备 | 81065672 | 号-2 centred in their tall cell, the lines of
    # 公安机关备案号's label between; the digits alone have no registration number's shape.
    got = values(
        "政府网站标识码                      4103240528\n"
        "       豫ICP备\n"
        "                     公安机关\n"
        "ICP备案号 81065672              41032426653855号\n"
        "                     备案号\n"
        "       号-2\n"
        "独立用户\n"
        "访问总量      256796个\n"
        "(单位: 个)\n"
    )
    assert got["icp_number"] == "豫ICP备81065672号-2"
    assert got["police_number"] == "41032426653855号"


def test_columns_count_characters_when_few_cells_line_up_either_way() -> None:
    # pdftotext -layout (a generated report): a quarter more cells line up counted as a
    # terminal shows them, but a fifth of all; counted so, 川公网安备 | 5133…号 would stand
    # under no label and 212,047 under 公安机关备案号.
    text = (FIXTURES / "converted" / "pdftotext-layout-terminal-by-chance.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["police_number"] == "川公网安备51333140282652号"
    assert got["unique_visitors"] == 212047


def test_a_head_row_that_goes_on_over_the_next_line() -> None:
    # pypdfium2: 微博's labels over two lines (名称, then 信息发布量's rest and 关注量), the
    # name's cell wrapped over two lines, the counts on one.
    got = values(
        "八、移动新媒体\n是否有移动新媒体\nR是 £否\n微博\n名称 信 息 发 布\n"
        "量(单位: 条) 关注量(单位: 个)\n波密县文化广电旅发\n布\n153 9,964\n微信\n"
        "名称 信息发布量(单位: 条) 订阅数(单位: 个)\n波密县文化广电旅游\n局\n0 11,839\n其他\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "波密县文化广电旅发布",
        153,
        9964,
    )
    assert (got["wechat_name"], got["wechat_subscribers"]) == ("波密县文化广电旅游局", 11839)


def test_labels_one_a_line_are_no_head_row() -> None:
    # pdftotext: the labels stacked, then their values (`runs`), not a row over two lines.
    got = values(
        "是否发布服务事项目录\n注册用户数(单位:个)\n政务服务事项数\n量(单位:项)\n"
        "可全程在线办理政务服\n务事项数量(单位:项)\nR是 £否\n３２５８９\n１４５\n３４\n"
        "总数(单位:件)\n",
        without=("注册用户数", "政务服务事项数量"),
    )
    assert (got["registered_users"], got["service_items"]) == (32589, 145)
    assert got["service_items_online"] == 34


def test_a_name_opening_its_lines_as_its_label_does_is_its_value() -> None:
    # pdftotext -layout counts characters: the name's lines stand left of 网站名称's middle,
    # in the first place of lines of fewer cells than the labels'; its last line, short,
    # centred under them closes its bracket.
    got = values(
        "       网站名称           首页网址               主办单位   网站类型\n"
        "长寿区农业农村局（挂长" + " " * 55 + "£政府门户网站 R\n"
        "                       http://              长寿区农业农村局（挂长寿\n"
        "寿区大数据发展管理局牌" + " " * 55 + "部门网站 £专项网\n"
        "               zwfw865.500115.gov.cn/       区大数据发展管理局牌子）\n"
        "    子）                                                                 站\n\n"
        " 政府网站标识码              ICP备案号\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "长寿区农业农村局（挂长寿区大数据发展管理局牌子）"
    assert got["site_type"] == "department"


def test_a_names_last_line_opening_the_line_of_the_rows_other_values() -> None:
    # pypdfium2 (a generated report): the row's cells one after another, the name's rest
    # first on the next line (塔什库尔干塔吉克自治县人 | 民政府办公室    0    28,105).
    text = (FIXTURES / "converted" / "pypdfium2-answers-and-name-rest.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["wechat_name"] == "塔什库尔干塔吉克自治县人民政府办公室"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (0, 28105)


def test_a_labels_rest_under_it_past_the_next_columns_label() -> None:
    # pdftotext -layout: the left label's head, the right column's label on the next line
    # alone, then the left rest (one Chinese character a column: its 量 starts where the
    # head ends as counted) on the line of both values; the right rest below.
    got = values(
        "                                解读信息发布\n\n"
        " 解读信息发\n"
        "                                    解读材料数量\n"
        "布总数(单位:            ６５                                       １５\n"
        "                                       (单位: 条)\n"
        "      条)\n\n"
        " 解读产品数\n"
        "                                   媒体评论文章数\n"
        "      量            １３                                       ３７\n"
        "                                    量(单位: 篇)\n"
        " (单位: 个)\n\n"
        "                             办事服务\n"
    )
    assert (got["interp_products"], got["interp_media"]) == (13, 37)


def test_a_long_labels_pieces_down_its_column_the_value_right_of_them() -> None:
    # pdftotext -layout: 回应公众关注热点或重大舆情数量 in five pieces, the third (大) set
    # where the first ends as counted, its value on the line before it, far right.
    got = values(
        " 媒体评论文章数量(单位: 篇)       ３７\n\n"
        " 回应公众关\n"
        " 注热点或重\n"
        "                                       １\n"
        "      大\n"
        "舆情数量(单\n"
        " 位: 次)\n\n"
        "                             办事服务\n"
    )
    assert got["hotspot_responses"] == 1


def test_values_cell_after_cell_in_text_that_looks_laid_out() -> None:
    # pypdfium2: two blanks after each cell make the text look laid out, but the labels
    # share one cell one blank apart: the values' words are cut in the form's order, the
    # options wrapped over three lines.
    got = values(
        "一、基本信息\n"
        "网站名称 首页网址 主办单位 网站类型\n"
        " 黄浦区应急管理局    https://\n"
        "jyj511.310101.gov.cn/    黄浦区卫生健康委员会  \n"
        "£政府门户网站  R\n"
        "部门网站  £专项网\n"
        "站\n"
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量\n"
        "(单位:个)\n"
        " 3101011932    沪ICP备29838152号-1    31010100167524\n"
        "号    117 502  \n"
        "网站总访问量(单位:次)\n"
        " 309 406  \n",
        without=("网站名称", "首页网址"),
    )
    assert (got["sponsor"], got["site_type"]) == ("黄浦区卫生健康委员会", "department")


def test_a_long_label_one_piece_a_line_its_value_between_two_pieces() -> None:
    # pypdfium2: a narrow cell wraps 可全程在线办理政务服务事项数量 in six pieces, each alone
    # on its line, and its value on a line of its own between the fourth and the fifth.
    got = values(
        "办事服务\n是否发布服务\n事项目录 √是 □否\n注册用户\n数(单位:\n个)\n13107\n"
        "政务服务事项\n数量(单位:\n项)\n260\n"
        "可全程在\n线办理政\n务服\n务事项数\n23\n量(单位:\n项)\n"
        "办件量\n总数(单位:\n件)\n5639\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (260, 23)


def test_a_labels_middle_piece_and_value_after_the_other_columns_pair() -> None:
    # pdfplumber without its layout, two pairs a row: the right label's head alone on the
    # line above, its middle piece and value after the left pair, its rest alone below.
    got = values(
        "政府网站标识码 3302268979 ICP备案号 浙ICP备33741586号-1\n"
        "独立用户访问\n"
        "公安机关备案号 浙公网安备33022671117650号 总 39394\n"
        "量(单位: 个)\n"
        "网站总访问量\n198436\n(单位: 次)\n"
    )
    assert got["police_number"] == "浙公网安备33022671117650号"
    assert got["unique_visitors"] == 39394


def test_a_labels_middle_piece_and_spaced_count_after_the_other_columns_pair() -> None:
    # As above, the count in spaced thousands: the walk reads it past the middle piece.
    got = values(
        "政府网站标识码 5307217324 ICP备案号 云ICP备54467452号\n"
        "独立用户访问\n"
        "公安机关备案号 云公网安备53072176638346号 总 475 576\n"
        "量(单位: 个)\n"
        "网站总访问量(单位:\n"
    )
    assert got["police_number"] == "云公网安备53072176638346号"
    assert got["unique_visitors"] == 475576


def test_laid_out_a_value_left_of_another_labels_middle_piece_is_its_own() -> None:
    # pdfplumber with its layout: 7个 stands in 解读产品数量's column, left of 数, the middle
    # piece of 媒体评论文章数量, which the walk read first.
    got = values(
        "       解读回应\n       解读信息发布\n                                     解读材料数量\n"
        "       总数(单位:条)  155条                          144条\n"
        "                                     (单位:条)\n"
        "                                     媒体评论文章\n"
        "       解读产品数\n"
        "                 7个                  数         4篇\n"
        "       量(单位:个)\n"
        "                                     量(单位:篇)\n"
        "       回应公众关\n       注热点或重\n                 8次\n"
    )
    assert (got["interp_products"], got["interp_media"]) == (7, 4)


def test_a_long_label_one_piece_a_line_its_unit_and_value_between_two_pieces() -> None:
    # pdfplumber without its layout: 回应公众关注热点或重大舆情数量 in four pieces, the unit
    # column and the value on a line of their own after the second.
    got = values(
        "媒体评论文章\n回应 篇 2\n数量\n回应公众关注\n热\n次 52\n点或重大舆情\n数量\n"
        "办事 是否发布服务\n☑是 ☐否\n服务 事项目录\n"
    )
    assert got["hotspot_responses"] == 52


def test_a_registration_numbers_first_line_one_blank_before_the_next_label() -> None:
    # pdfplumber with its layout: the police number wraps around its label, its first line
    # filling its column one blank before the next column's label, itself wrapped around
    # its value on the police label's line.
    got = values(
        "       政府网站标识码        1311826048     ICP备案号         冀ICP备46555391号-2\n"
        "                      13118200865862 独立访客总量（单\n"
        "       公安机关备案号                                      ９１４８７１\n"
        "                      号              位：个）\n"
        "       网站总访问量（单\n"
        "                      ９３６９５３７\n"
        "       位：次）\n"
        "       信息发布\n"
    )
    assert got["police_number"] == "13118200865862号"
    assert (got["unique_visitors"], got["page_views"]) == (914871, 9369537)


def test_a_label_whose_first_two_pieces_name_a_variant_its_value_before_the_third() -> None:
    # pdfplumber with its layout: 答复网民提问 | 数 reads as the variant 答复网民提问数, but
    # the label goes on past its value's line (量（单位：条）), one piece a line down its column.
    got = values(
        "       在线访谈\n"
        "       访谈期数（单                         网民留言数量（单位：\n"
        "                  1                                   14\n"
        "       位：期）                           条）\n"
        "       答复网民提问\n"
        "       数\n"
        "                  11\n"
        "       量（单位：\n"
        "       条）\n"
        "       安全防护\n",
        without=("访谈期数", "网民留言数量", "答复网民提问数量"),
    )
    assert got["interview_answers"] == 11


def test_a_label_a_gap_parted_goes_on_down_its_column_past_the_next_columns() -> None:
    # pdfplumber with its layout: 是否开展网络安全应急演练 as 是否开展   网, the right
    # column's label on the next line, the label's middle piece with the answer, then 练.
    got = values(
        "       是否开展   网\n"
        "                                      是否明确网站安全责任\n"
        "       络安全应急演     √是 □否                               √是 □否\n"
        "                                      人\n"
        "       练\n"
        "       移动新媒体\n"
    )
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)


def test_a_label_read_whole_as_a_variant_its_rest_unit_and_value_on_the_next_line() -> None:
    # pypdfium2, one blank between cells: 媒体评论文章 (a variant of its own) | 数量 篇 24.
    got = values(
        "解读材料数量 条 25\n解读产品数量 个 3\n媒体评论文章\n数量 篇 24\n"
        "回应公众关 注\n热点或重大舆\n情数量\n次 2\n办事服务\n"
    )
    assert (got["interp_products"], got["interp_media"]) == (3, 24)


def test_a_tall_cells_name_before_a_unit_and_count_in_one_cell() -> None:
    # pdfplumber without its layout, one blank between cells: the group's 题 before the
    # value of 新开设数量, itself set out a character at a time around that line.
    got = values("维 护 数 量 个 ９\n专栏专\n新 开\n题 个 ３\n设 数 量\n解读信息发布\n")
    assert (got["columns_maintained"], got["columns_new"]) == (9, 3)


def test_a_gap_parted_heads_last_piece_may_read_as_a_label_of_its_own() -> None:
    # pdfplumber with its layout, four labels abreast of different heights: 信息公开目录信
    # 息 | 发布量（单位： | 条）, whose last piece alone reads as 信息发布量 (微博's).
    got = values(
        "                                     二、信息发布\n\n"
        "                                                               信息公开目录信   息\n"
        "                            概况类信息更新量（单位：         政务动态信息更\n"
        "         发布信息总数（单位：条）                           "
        "                发布量（单位：\n"
        "                                   条）           新量（单位：条）\n"
        "                                                                   条）\n"
        "               496                 94               140            230\n"
        "                                     三、专栏专题\n"
    )
    assert [got[k] for k in ("info_total", "info_overview", "info_news", "info_disclosure")] == [
        496,
        94,
        140,
        230,
    ]
    assert "weibo_posts" not in got


def test_a_count_one_blank_after_a_units_bracket_its_line_cut() -> None:
    # pdftotext -layout, pairs abreast: 可全程在线办理政务服务事项数量（单位：项） wraps
    # over three lines, its count one blank after the middle line's open bracket.
    got = values(
        "办事服务\n"
        "是否发布 服务事项                     注册用户数（单位：\n"
        "            ☑是 ☐否                       232,604\n"
        "目录                            个）\n"
        "                              可全程在 线办理政\n"
        "政务服务事项数\n"
        "            498               务服务事项数量（单 365\n"
        "量（单位：项）\n"
        "                              位：项）\n"
        "办件量\n"
    )
    assert (got["registered_users"], got["service_items"]) == (232604, 498)
    assert got["service_items_online"] == 365


def test_a_notes_rest_centred_under_its_options_beside_another_columns_name() -> None:
    # pdftotext -layout: the note wraps to a line centred in the options' cell; the two
    # 创新发展 cells' last characters open that line.
    got = values(
        " 创新发   创新发     ☐搜索即服务 ☐多语言版本 ☑无障碍浏览 "
        "☐千人千网 ☑其他：提供政策智能匹配与免\n"
        "  展      展                            申即享服务\n\n"
        "单 位 负 责 人：田燕   审 核 人：胡明   填 报 人：孙国芳\n"
    )
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_groups_cut_name_takes_its_lone_rest_not_the_labels_above() -> None:
    # pdftotext -layout: 办事服 | 务 in the section's tall cell; the 务 one line down
    # opens 可全程在线办理政务服 | 务 事项数量's rest, its own alone on the line after.
    got = values(
        "              政务服务事项数量        项  ５２０\n"
        "              可全程在线办理政务服\n"
        "       办事服                    项  ４３６\n"
        "              务 事项数量\n"
        "       务\n"
        "              办件量\n"
        "              总数              件  ６５０２\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (520, 436)


def test_a_labels_first_line_a_gap_parted_its_last_piece_before_its_value() -> None:
    # pdfplumber with its layout: a wide gap parts the label's first line, its last piece
    # opens the next, its value after it (回应热点或重   大 | 舆情数量(单位:    2次).
    got = values(
        "       解读产品数量(单                           媒体评论文章(单位:\n"
        "                   8个                                   12篇\n"
        "       位: 个)                              篇)\n"
        "       回应热点或重   大\n"
        "       舆情数量(单位:    2次\n"
        "       次)\n"
        "       办事服务\n"
    )
    assert (got["interp_products"], got["interp_media"]) == (8, 12)
    assert got["hotspot_responses"] == 2


def test_a_labels_head_whose_rest_is_split_again_is_no_value_beside_another() -> None:
    # pdfplumber with its layout, pairs abreast: 信息公开目录   信 | 息更新量 is a label
    # whose first line a gap parted, not 政务动态信息's value (its rest on the next line).
    got = values(
        "       信息发布\n"
        "       总数(单位:                              概况类信息更新\n"
        "                  1 064                                17\n"
        "       条)                                  量(单位: 条)\n"
        "       政务动态信息                              信息公开目录   信\n"
        "       更新量(单位:    721                      息更新量(单位:    272\n"
        "       条)                                  条)\n"
        "       专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (1064, 17)
    assert (got["info_news"], got["info_disclosure"]) == (721, 272)


def test_a_value_between_a_labels_last_two_pieces_right_of_its_column() -> None:
    # pdfplumber with its layout, pairs abreast: 可全程在线办理政务服务事项数量 in four
    # lines of its column, its 0 on the line between 政务服 and 务事项数量, beside the
    # left pair's 数  51.
    got = values(
        "       办事服务\n"
        "       是否发布服务                              注册用户数(单\n"
        "                  □是 √否                                9 864\n"
        "       事项目录                                位: 个)\n"
        "                                           可全程在线  办理\n"
        "       政务服务事项\n"
        "                                           政务服\n"
        "       数          51                                   0\n"
        "                                           务事项数量(单\n"
        "       量(单位: 项)\n"
        "                                           位: 项)\n"
        "       办件量\n"
    )
    assert (got["registered_users"], got["service_items"]) == (9864, 51)
    assert got["service_items_online"] == 0


def test_a_labels_three_pieces_its_value_under_the_middle_one() -> None:
    # pdfplumber with its layout, pairs abreast: 政务动态信 | 息更 | 新量(单位: down the
    # left column, 126条 on the line between the last two, the right pair's lines between.
    got = values(
        "       信息发布\n"
        "                                    概况类信息\n"
        "       总数(单位:\n"
        "                709条                更新        11条\n"
        "       条)\n"
        "                                    量(单位:条)\n"
        "       政务动态信\n"
        "                                    信息公  开目\n"
        "       息更\n"
        "                126条                录信息更新     478条\n"
        "       新量(单位:\n"
        "                                    量(单位:条)\n"
        "       条)\n"
        "       专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"]) == (709, 11)
    assert (got["info_news"], got["info_disclosure"]) == (126, 478)


def test_options_after_a_labels_middle_piece_are_its_answer() -> None:
    # pdfplumber with its layout: 是否建立安 | 全监测预警  þ是 ¨否 | 机制, the left pair's
    # lines between; the options' names read 是否, yet they are no label's head.
    got = values(
        "       安全防护\n"
        "       安全检测评\n"
        "                                    发现问题数\n"
        "       估次数(单    9次                            4个\n"
        "                                    量(单位:个)\n"
        "       位:次)\n"
        "                                    是否建立安\n"
        "       问题整改数\n"
        "                2个                  全监测预警     þ是 ¨否\n"
        "       量(单位:个)\n"
        "                                    机制\n"
        "                                    是否明确网\n"
        "       是否开展应\n"
        "                ¨是 þ否               站安全责任     þ是 ¨否\n"
        "       急演练\n"
        "                                    人\n"
        "       移动新媒体\n"
    )
    assert (got["security_issues_fixed"], got["emergency_drill"]) == (2, False)
    assert (got["security_monitoring"], got["security_officer"]) == (True, True)


def test_a_labels_head_split_by_a_stray_blank_after_the_rows_values() -> None:
    # pypdfium2 (no-break spaces): 是否建立安全监测 预 ends the line after 个) 0, its rest
    # opens the next line before its options.
    got = values(
        "安全防护\n"
        "安全检测评估次数(单\n"
        "位:次) 11 发现问题数量(单位:\n"
        "个) 3\n"
        "问题整改数量(单位:\n"
        "个) 0 是否建立安全监测\xa0预\n"
        "警机制 √是\xa0\xa0□否\n"
        "是否开展应急演练 √是\xa0\xa0□否 是否明确网\xa0站安全责\n"
        "任人 √是\xa0\xa0□否\n"
        "移动新媒体\n"
    )
    assert (got["security_issues_fixed"], got["security_monitoring"]) == (0, True)
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)


def test_a_units_rest_opening_the_line_after_a_label_that_ends_its_line() -> None:
    # pypdfium2 (no-break spaces): 注册用户数(单位: ends its line after the options, its
    # unit's rest and count open the next.
    got = values(
        "量(单位:\xa0次)\n"
        "\xa00\xa0\xa0\n"
        "办事服务\n"
        "是否发布政务服\n"
        "务事项目录 √是\xa0\xa0□否 注册用户数(单位:\n"
        "个) \xa0143,741\xa0\xa0\n"
        "政务服务事项总\n"
        "数(单位:\xa0项) \xa01\xa0\xa0\n"
        "可全程在线办理政\n"
        "务服务事项数量(单\n"
        "位:\xa0项)\n"
        "\xa00\xa0\xa0\n"
        "办件量\n"
        "总数(单位:\xa0件) \xa03,057\xa0\xa0 自然人办件量\n"
        "(单位:\xa0件) \xa03,057\xa0\xa0\n"
        "法人办件量(单\n"
        "位:\xa0件) \xa00\xa0\xa0\n"
        "互动交流\n"
        "是否使用统一平 台\n"
    )
    assert (got["registered_users"], got["service_items"]) == (143741, 1)
    assert got["service_items_online"] == 0


def test_a_labels_pieces_down_its_column_over_the_rows_values_line() -> None:
    # pdftotext -layout: 可全程在线办理 | 政务服 | 务事项数量（单 down the last column,
    # nothing counted beside them: the row's values are on their own line below.
    got = values(
        "                                      五、办事服务\n\n"
        "                                                                  可全程在线办理\n"
        "                           注册用                 政务服务事项数量（单位：\n"
        "  是否发布服务事项目录                                                        政务服\n"
        "                      户 数（单位：个）                        项）\n"
        "                                                             务事项数量（单\n"
        "                                                              位：项）\n\n"
        "   √是 □否              22,509                 237                  31\n"
    )
    assert (got["registered_users"], got["service_items"]) == (22509, 237)
    assert got["service_items_online"] == 31


def test_a_labels_last_character_alone_that_reads_as_a_unit() -> None:
    # pypdfium2 (no-break spaces): 是否明确网站 安全责任 | 人 | √是  □否; 人 is a unit's
    # word too, yet here the label's end, its options on the line after.
    got = values(
        "问题整改数量（单位：\n个） \xa012个\xa0\xa0 是否建立安全监测预警\n机制 √是 □否\n"
        "是否开展应急演练 √是\xa0\xa0□否 是否明确网站 安全责任\n人\n√是\xa0\xa0□否\n"
        "移动新媒体\n是否有移动新媒体 √是 □否\n"
    )
    assert (got["security_issues_fixed"], got["security_monitoring"]) == (12, True)
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)


def test_a_label_set_out_three_characters_a_line_cut_after_another_label() -> None:
    # pypdfium2: 名称 信 息 发 | 布 量(单位:条) 订阅数(单位:个): 信 息 发 is the head of
    # 信息发布量, its rest opening the next line before the row's last label.
    got = values(
        "微信\n名称 信 息 发 \n布 量(单位:条) 订阅数(单位:个)\n商丘市人民政府办公\n室\n"
        "８６ １４４２０\n其他\n九、创新发展\n"
    )
    assert got["wechat_name"] == "商丘市人民政府办公室"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (86, 14420)


def test_a_notes_last_line_past_its_labels_last_piece() -> None:
    # pdftotext -layout: the note's lines centred in their cell, 创新发展 set down the
    # first column, its last piece (发展) on the line between the note's last two.
    text = (
        "                                           □是 √否\n"
        "          媒体\n"
        "\n"
        "                                      微博\n"
        "\n"
        "          名称\n"
        "\n"
        "        信息发布量        条\n"
        " 移动\n"
        "         关注量         个\n"
        " 新媒\n"
        "  体\n"
        "                                      微信\n"
        "\n"
        "          名称\n"
        "\n"
        "       信息发布量         条\n"
        "\n"
        "         订阅数         个\n"
        "\n"
        "          其他\n"
        "\n"
        "                         □搜索即服务 □多语言版本 □无障碍浏览 □千人千网 "
        "√其他：提供政策智能匹\n"
        " 创新\n"
        "        创新发展             配与免申即享服务；开通“某市”政策问答专区，"
        "提供政策原文、解读、问答\n"
        " 发展\n"
        "                                           一站式查询\n"
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“某市”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_an_options_name_cut_at_the_lines_end_is_no_note() -> None:
    # pdfplumber with its layout: 其他's 他 opens the cell's last line, under a line of
    # labels whose second (其他（注明）) has no value.
    got = values(
        "       九、创新发展\n"
        "\n"
        "       创新发展                其他（注明）\n"
        "       £搜索即服务   £多语言版本   R\n"
        "       无障碍浏览   £千人千网  £其\n"
        "       他\n"
        "       单位负责人：叶娟秀\n"
    )
    assert got["innovation"] == ["accessibility"]
    assert "innovation_other" not in got


def test_a_name_around_its_label_past_a_sections_name_on_its_first_line() -> None:
    # pdftotext -layout: 移动新媒体 (a section's name, which owns no value) opens the line
    # of the name's first half; 名称 between the halves.
    text = (
        "                   是否建立安全监测预警机制              ☑是 ☐否\n"
        "                   是否开展应急演练                  ☑是 ☐否\n"
        "                   是否明确安全责任人                 ☑是 ☐否\n"
        "                   是否有移动新媒体                  ☑是 ☐否\n"
        "                               名称            无\n"
        "                   微博          信息发布量（单位：条）   0\n"
        "                               关注量（单位：个）     0\n"
        "移动新媒体                                        某自治县人民政府办\n"
        "                               名称\n"
        "                                             公室\n"
        "                   微信\n"
        "                               信息发布量（单位：条）   283\n"
        "                               订阅数（单位：个）     10\n"
        "                   其他\n"
        "创新发展               ☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☐其他\n"
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["wechat_name"] == "某自治县人民政府办公室"


def test_a_labels_rest_under_its_head_is_no_names_last_characters() -> None:
    # pypdfium2: 关注量 set out with blanks and cut (关 注 | 量（单位：个）), two lines under
    # the name 无 in its column: 量 finishes the label, not the name.
    got = values(
        "微博\n名称  无   信 息 发 布 量（单位：条）  0  \n关 注 \n量（单位：个）  0  \n微信\n"
        "名称  某县人民政府办公室   信 息 发 布 量（单位：条）  112  \n"
        "订阅数（单位：个）  234733  \n其他\n创新发展\n"
    )
    assert (got["weibo_name"], got["weibo_followers"]) == ("无", 0)


def test_a_label_head_its_cell_cut_with_its_count_one_blank_after_it() -> None:
    # No rulings to part them: 独立用户访问 1258344 | 总量（单位： | 个）.
    index = label_index(default_form())
    pieces = segment("独立用户访问 1258344", index)
    assert [(p.kind, p.text) for p in pieces] == [("value", "独立用户访问"), ("value", "1258344")]
    for rest in ("总量（单位：\n个）\n", "总量（单位：个）\n"):
        got = values(
            f"一、基本信息\n独立用户访问 1258344\n{rest}网站总访问量 6832110\n（单位：次）\n"
        )
        assert (got.get("unique_visitors"), got.get("page_views")) == (1258344, 6832110)
