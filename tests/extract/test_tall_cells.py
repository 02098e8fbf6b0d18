"""Tall cells in text of one space between cells (pdfplumber, pypdfium2): a label or a
group's name wrapped by its narrow cell, its lines set among the lines of the rows beside
it, and values a converter wrote a space into."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.cell_lines import lines_fit
from nianbao.extract.labels import label_index
from nianbao.extract.levels import _by_cells, _levels
from nianbao.extract.pieces import segment
from nianbao.extract.pipeline import extract_bytes, extract_document
from nianbao.forms import default_form
from nianbao.readers.marks import lost_font_ticks
from nianbao.readers.text import document_from_text
from text_reports import values

FIXTURES = Path(__file__).parent.parent / "fixtures"

FORM = default_form()
INDEX = label_index(FORM)
BASIC_ROWS = [
    ("征集调查期数", "3"),
    ("收到意见数量", "0"),
    ("访谈期数", "0"),
    ("网民留言数量", "0"),
    ("答复网民提问数量", "0"),
    ("安全检测评估次数", "1"),
    ("发现问题数量", "0"),
    ("问题整改数量", "0"),
]
# Labels and values laid out in columns, for texts that must stay laid out themselves; and
# tab-separated, for texts that must not.
LAID_BASIC = "".join(f"{label:<20}{value:>12}\n" for label, value in BASIC_ROWS)
TABBED_BASIC = "".join(f"{label}\t{value}\n" for label, value in BASIC_ROWS)


def test_a_label_wrapped_around_its_unit_and_value() -> None:
    # The unit column runs into the value's line; the label's last character comes after.
    got = values("解读回应 媒体评论文章数量 篇 0\n回应公众关注热点或重大舆情数\n次 5\n量\n")
    assert got["hotspot_responses"] == 5
    assert got["interp_media"] == 0


def test_a_group_name_opens_the_line_of_the_labels_rest() -> None:
    got = values("政务服务事项数量 项 198\n可全程在线办理政务服务事项数\n项 18\n办事服务 量\n")
    assert got["service_items_online"] == 18
    assert got["service_items"] == 198


def test_a_rest_that_is_a_group_name_itself_still_finishes_the_label() -> None:
    # 办件量 is a group's name, and the end of 法人办件量.
    got = values("自然人办件量 6,350\n法 人\n1,296\n办 件 量\n")
    assert got["cases_legal"] == 1296


def test_a_group_name_cut_by_its_cell_opens_a_row() -> None:
    pieces = [(p.kind, p.text) for p in segment("移动新媒 关注量 个 110 125", INDEX)]
    assert pieces == [
        ("label", "移动新媒"),
        ("label", "关注量"),
        ("unit", "个"),
        ("value", "110 125"),
    ]
    got = values("微博\n名称 某局发布\n信息发布量 条 261\n移动新媒 关注量 个 110 125\n体 微信\n")
    assert got["weibo_followers"] == 110125


def test_a_short_label_after_a_character_of_a_name_set_down() -> None:
    # pdfplumber: 办件量 and 办事服务 set a character a line down their tall cells, 办
    # before 总数's row; 总数 is short, but after a lone character it is a label.
    pieces = [(p.kind, p.text) for p in segment("办 总数 5103件", INDEX)]
    assert pieces == [("value", "办"), ("label", "总数"), ("value", "5103件")]
    got = values(
        "可全程在线办理政务服务事项数量(单位:项) 0项\n办 总数 5103件\n服 件\n"
        "自然人办件量 4838件\n务 量\n法 人 办 件 量 265件\n"
    )
    assert got["cases_total"] == 5103
    # Not a label spaced out as the character before it: 号 名 称 is a label's rest, the
    # head 公 众 two lines up (公众号名称 wrapped around its value).
    assert [p.kind for p in segment("号 名 称", INDEX)] == ["value"]
    got = values("微信\n公 众\n某县人民政府办公室\n号 名 称\n发布量 条 ２２６\n")
    assert got["wechat_name"] == "某县人民政府办公室"


def test_a_short_label_after_a_names_closing_bracket() -> None:
    # pypdfium2: the site's name cut inside its bracket, its rest opening the next line
    # before 网址 (a variant of 首页网址) and its value.
    pieces = [(p.kind, p.text) for p in segment("区档案馆） 网址 http://", INDEX)]
    assert pieces == [("value", "区档案馆）"), ("label", "网址"), ("value", "http://")]
    got = values(
        "网站名称 鼓楼区人民政府门户网站（鼓楼\n区档案馆） 网址 http://\n"
        "www446.410204.gov.cn/\n主办单位 鼓楼区人民政府办公室\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "鼓楼区人民政府门户网站（鼓楼区档案馆）"
    assert got["homepage_url"] == "http://www446.410204.gov.cn/"


def test_a_label_wrapped_around_its_value_beside_a_group_names_unit() -> None:
    # pdfplumber: 自然人办件量 wrapped around its value, beside 办件量（单位：件） wrapped too,
    # each line one cell: the rest of the second piece is the second piece below.
    got = values(
        "总数 8,440\n办件量（单 自然人办件\n7,949\n位：件） 量\n法人办件量 491\n"
        "是否使用统一平台 ☑是 ☐否\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (8440, 7949, 491)
    # The rest first, its unit after it: the rest, as ever.
    got = values("办事服务 可全程在线办理政务服务事项数\n35\n量（单位：项）\n总数 5,178\n")
    assert got["service_items_online"] == 35


def test_a_group_head_needs_a_label_after_it() -> None:
    # A value may begin like a group's name: without a label after it, it stays whole.
    assert [p.kind for p in segment("移动新媒 平台 12", INDEX)] == ["value"]
    assert [p.kind for p in segment("解读回", INDEX)] == ["value"]


def test_options_below_a_text_label_are_not_its_value() -> None:
    # pdfplumber puts the options of 创新发展 before its label, which its tall cell centres;
    # the last option is cut by the line's end (☐其 | 他).
    got = values(
        "其他\n"
        "☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☐其\n"
        "创新发展 创 新 发 展\n"
        "他\n"
        "单位负责人：余强建\n"
    )
    assert "other_media" not in got
    assert got["innovation"] == ["search_as_service", "multilingual"]


def test_a_cut_option_name_is_completed_only_when_one_option_begins_so() -> None:
    got = values("其他\n☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千 ☑\n创新发展\n他\n")
    # ☑ after 千 names no option: the line is no value of 创新发展's.
    assert "innovation" not in got


def test_one_blank_before_a_line_does_not_make_a_laid_out_text() -> None:
    # pypdfium2 starts each line of values with a blank and keeps one between cells: the
    # words are the cells, not the columns a layout-keeping converter counts.
    text = (
        "网站名称 首页网址\n"
        " 某局网站 http://a.gov.cn/ \n"
        "总数（条） 概况类信息更新量（条） 政务动态信息更新量（条） 信息公开目录信息更新量（条）\n"
        " 2,987 5 2,416 521 \n"
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量（个）\n"
        " 6230247171 甘ICP备96190574号-1 62302454418175号 34,894 \n"
    )
    doc = document_from_text(text)
    assert all(cell.bbox is None for row in doc.rows for cell in row.cells)
    got = values(text)
    assert (got["info_total"], got["info_overview"], got["info_news"]) == (2987, 5, 2416)
    assert got["site_code"] == "6230247171"
    assert got["icp_number"] == "甘ICP备96190574号-1"
    assert got["police_number"] == "62302454418175号"
    assert got["unique_visitors"] == 34894


def test_the_instructions_title_is_no_value_of_the_last_label() -> None:
    # Laid out in columns: the title of the 填写说明 spans the label's column.
    text = (
        "             微信\n"
        "             名称                         某局\n"
        "             信息发布量                   条   118\n"
        "             其他\n"
        "创新发展     创新发展            ☐ 搜索即服务 ☑ 多语言版本 ☐ 其他\n"
        "             其他（注明）\n"
        "\n"
        "单位负责人：梁艳    审核人：刘平艳\n"
        "附件2\n"
        "政府网站工作年度报表填写说明\n"
        "一、基本信息\n"
    )
    assert "innovation_other" not in values(text)


def test_latin_letters_spread_with_chinese_ones_are_one_word() -> None:
    text = (
        "             政府网站标识码                        4210249556\n"
        "             I  C  P  备  案                       鄂ICP备77992799号-1\n"
        "             公安机关备案号                        42102421301340号\n"
    )
    got = values(text)
    assert got["icp_number"] == "鄂ICP备77992799号-1"
    assert got["police_number"] == "42102421301340号"
    # Letters alone stay apart: a row of codes or marks is no spread word.
    doc = document_from_text("  A  B  C  \n  x  y  \n  网  站  \n")
    assert [c.text for c in doc.rows[0].cells] == ["A", "B", "C"]


def test_a_name_whose_bracket_the_next_line_closes_before_a_label() -> None:
    # Two cells abreast, both wrapped: the name's end opens the line of the next label.
    got = values(
        "主办单位 府谷县人民政府办公室（府谷县地\n"
        "方志编纂中心） 网站类型 √政府门户网站 □部门网站 □专项网站\n"
    )
    assert got["sponsor"] == "府谷县人民政府办公室（府谷县地方志编纂中心）"
    assert got["site_type"] == "portal"


def test_a_label_cut_at_the_end_of_a_value_line() -> None:
    assert [(p.kind, p.text) for p in segment("３１３８ 概况类信息更新", INDEX)] == [
        ("value", "３１３８"),
        ("value", "概况类信息更新"),
    ]
    got = values(
        "信息发布\n"
        "总数（单位：条） ３１３８ 概况类信息更新\n"
        "量（单位：条） １８\n"
        "专栏专题\n"
        "维护数量（单位：\n"
        "个） １６ 新开设数量（单\n"
        "位：个） ６\n"
    )
    assert (got["info_total"], got["info_overview"]) == (3138, 18)
    assert (got["columns_maintained"], got["columns_new"]) == (16, 6)


def test_words_before_a_label_head_may_be_a_label_of_their_own() -> None:
    # 政务服务事项 begins 政务服务事项数量, but here ends 是否发布政务服务事项目录's first line.
    assert [p.kind for p in segment("是否发布 政务服务事项", INDEX)] == ["value"]
    got = values("是否发布 政务服务事项\nR是 £否 注册用户数(单位:个) 31,662\n目录\n")
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 31662


def test_two_blanks_between_a_cells_options_do_not_make_a_laid_out_text() -> None:
    # pypdfium2 keeps a cell's own spacing: options two (no-break) spaces apart.
    gap = "\xa0\xa0"
    text = "".join(f"是否开展应急演练\n☑是{gap}☐否\n" for _ in range(4))
    text += "是否发布服务事项目录 注册用户数(单位:个) 政务服务事项数量(单位:项)\n"
    text += f"☐是{gap}☑否 66910个 36项\n"
    doc = document_from_text(text)
    assert all(cell.bbox is None for row in doc.rows for cell in row.cells)
    got = values(text)
    assert (got["service_catalog_published"], got["registered_users"]) == (False, 66910)
    assert got["service_items"] == 36
    # Gaps wider than that, or before other cells, still set columns apart.
    laid = document_from_text("".join(f"  标签{n}      ☑是   ☐否\n" for n in range(4)))
    assert all(cell.bbox is not None for row in laid.rows for cell in row.cells)


def test_counts_in_spaced_thousands_are_joined_back_when_one_way_fits() -> None:
    got = values(
        "是否发布服务事项目录 注册用户数(单位:个) 政务服务事项数量(单位:项) "
        "可全程在线办理政务服务事项数量(单位:项)\n"
        "R是 £否 43 955 1 263 1 024\n"
    )
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"]) == (43955, 1263)
    assert got["service_items_online"] == 1024
    # 58 708 58 327 382 splits three ways into three counts, none of which keeps the sum
    # (总数 = 自然人 + 法人): none is taken. Of 58 708 58 327 381's, one does.
    got = values(
        "办件量\n总数(单位:件) 自然人办件量(单位:件) 法人办件量(单位:件)\n58 708 58 327 382\n"
    )
    assert "cases_natural" not in got
    assert "cases_legal" not in got
    got = values(
        "办件量\n总数(单位:件) 自然人办件量(单位:件) 法人办件量(单位:件)\n58 708 58 327 381\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (58708, 58327, 381)


def test_stacked_labels_and_values_with_group_names_among_them() -> None:
    # pdftotext without -layout: a row's labels one a line, the names of the tall cells to
    # the left among them, then the values one a line.
    got = values(
        "维护数量\t30\n新开设数量\t1\n"
        "总数（条）\n解读材料数量\n（条）\n解读信息发布\n解读产品数量\n解读回应\n（个）\n"
        "媒体评论文章数量\n（篇）\n回应公众关注热点或重大舆情数量\n（次）\n\n办事服务\n\n"
        "82\n75\n2\n5\n2\n是否发布服务事项目录\n"
    )
    assert (got["interp_total"], got["interp_materials"], got["interp_products"]) == (82, 75, 2)
    assert (got["interp_media"], got["hotspot_responses"]) == (5, 2)


def test_a_run_of_values_ends_at_a_section_and_passes_over_a_labels_first_line() -> None:
    got = values(
        "二、信息发布\n总数(单位:条)\n概况类信息更新量(单位:条)\n1,757\n17\n政务动态信息更\n"
        "信息公开目录信息\n新量(单位:条)\n更新量(单位:条)\n267\n1,373\n"
        "三、专栏专题\n维护数量(单位:个)\n新开设数量(单位:个)\n26\n21\n"
        "四、解读回应\n解读信息发布\n媒体评论文章数\n"
    )
    assert (got["info_total"], got["info_overview"]) == (1757, 17)
    assert (got["columns_maintained"], got["columns_new"]) == (26, 21)


def test_a_value_cut_by_its_column_goes_on_two_lines_down() -> None:
    # pdftotext -layout: the line between holds other columns' cells.
    text = (
        "网站名称                 首页网址                    主办单位\n"
        "                     http://                 卧龙区人民政府办公\n"
        "卧龙区人民政府门户网站\n"
        "                     www881.411303.gov.cn/   室\n"
    )
    got = extract_document(document_from_text(text + LAID_BASIC), "t").report.to_json()
    assert got["homepage_url"] == "http://www881.411303.gov.cn/"


def test_a_value_centred_in_its_column_goes_on_centred_below() -> None:
    # pdfplumber's layout: each line of a value centred in its cell under the label.
    text = (
        "  网站名称                    首页网址\n"
        "                            http://\n"
        "武冈市市场监督管理\n"
        "                     www881.411303.gov.cn/\n"
        "      局\n"
    )
    got = extract_document(document_from_text(text + LAID_BASIC), "t").report.to_json()
    assert got["homepage_url"] == "http://www881.411303.gov.cn/"
    assert got["site_name"] == "武冈市市场监督管理局"


def test_a_centred_line_must_close_the_values_bracket() -> None:
    # The site type's options wrapped beside the name: 部门网站 is no rest of （水.
    text = (
        "              网站名称              首页网址             主办单位名称           网站类型\n"
        "                                                               ☑政府门户网站   ☐\n"
        "         水富市人民政府门户网站            https://     水富市人民政府办公室（水\n"
        "                                                               部门网站  ☐专项网\n"
        "        （水富市地方志编纂中心）       www7.530681.gov.cn/ 富市地方志编纂中心）\n"
        "                                                                    站\n"
    )
    got = values(text)
    assert "部门网站" not in got.get("sponsor", "")


def test_a_line_off_a_values_centre_is_another_cells() -> None:
    text = (
        "  网站名称                    首页网址                主办单位\n"
        "                            http://\n"
        "卧龙区人民政府门户网站                                卧龙区人民政府办公室（卧龙\n"
        "                                          www881.411303.gov.cn/\n"
    )
    got = extract_document(document_from_text(text + LAID_BASIC), "t").report.to_json()
    assert got.get("homepage_url") != "http://www881.411303.gov.cn/"


def test_a_free_text_spread_over_its_cell_is_read_whole() -> None:
    text = "             其他                 移动客户端“翼城县人通”，下载量     80 万次\n"
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["other_media"] == "移动客户端“翼城县人通”，下载量 80 万次"
    # A bare number there is a wrapped label's value, not the text's.
    text = "       名称                无                             0\n"
    got = extract_document(document_from_text(LAID_BASIC + "微博\n" + text), "t").report.to_json()
    assert got["weibo_name"] == "无"


def test_a_note_after_a_ticked_option_goes_on_the_next_line() -> None:
    got = values(
        "创新发展 □搜索即服务  √多语言版本  √无障碍浏览  □千人千网  √其他：提供政策\n"
        "智能匹配与免申即享服务\n"
        "单位负责人：罗明红\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert got["head"] == "罗明红"


def test_a_note_laid_out_goes_on_from_the_options_left_edge() -> None:
    text = (
        "创新          £搜索即服务 £多语言版本 R无障碍浏览 R千人千网 R其他：提供政策智能匹配\n"
        "      创新发展\n"
        "发展          与免申即享服务；建设适老化专区\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务；建设适老化专区"


def test_a_text_s_last_characters_alone_before_the_signatures() -> None:
    got = values("其他（注明） 提供政策智能匹配与免申即享服\n务\n单位负责人：袁玉\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    # Not when what follows is no label: the line may be anything.
    got = values("其他（注明） 提供政策智能匹配与免申即享服\n务\n某某\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服"


def test_a_text_s_last_characters_alone_after_a_line_of_whole_options() -> None:
    # pypdfium2: the options open the note's line, their last name whole (☑其他), so the
    # characters alone below are the note's, not the options' rest (☑其 | 他).
    got = values(
        "创新发展\n创新发展 £搜索即服务 R多语言版本 £无障\n"
        "碍浏览 R千人千网 R其他 其他（注明） 提供政策智能匹配与免申即享\n服务\n"
        "单 位 负 责 人：郑国静 审 核 人：何燕\n"
    )
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_laid_out_label_alone_on_its_line_owns_the_options_below() -> None:
    text = "创新发展\n☑搜索即服务  ☐多语言版本  ☐无障碍浏览  ☑千人千网  ☐其他\n其他（注明）\n"
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["search_as_service", "personalized"]


def test_an_options_last_name_cut_by_the_line_end_is_completed() -> None:
    got = values("创新发展 ☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其\n单位负责人：谢明\n")
    assert got["innovation"] == ["other"]


def test_a_line_of_two_choices_options_is_no_lone_labels_own() -> None:
    text = "是否开展网络安全\n            是否明确网站安全责任人\n应急演练\n☑是 ☐否       ☐是 ☑否\n"
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["emergency_drill"] is True
    assert got["security_officer"] is False


def test_a_choice_takes_no_date_from_below() -> None:
    text = (
        "                                      创新发展\n"
        "         创新发展              ☑搜索即服务   ☐多语言版本   ☑无障碍浏览\n"
        "       单 位 负 责 人：田敏红  审核人：田芳燕  填 报 日 期：\n"
        "\n"
        "       2022.01.16\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["search_as_service", "accessibility"]
    assert got["fill_date"] == "2022-01-16"


def test_two_yes_no_answers_abreast_are_dealt_one_each() -> None:
    got = values(
        "安全检测评估次数(单位:次) 发现问题数量(单位:个)\n１２ １\n"
        "是否开展应急演练 是否明确网站安全责任人\n□是 √否 √是 □否\n八、移动新媒体\n"
    )
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_values_wrapped_in_their_cells_one_cell_after_another() -> None:
    # pypdfium2: a row of labels abreast, then each cell's lines in turn.
    text = (
        "网站名称 首页网址 主办单位 网站类型\n"
        "获嘉县交通运输局（获嘉县地\n方志编纂中心）\n"
        "https://\nwjw785.410724.gov.cn/\n"
        "获嘉县交通运输局（获嘉县\n地方志编纂中心）\n"
        "☐政府门户网\n站  ☑部门网站  ☐\n专项网站\n"
        "政府网站标识码 ICP备案号\n"
    )
    got = extract_document(document_from_text(text + LAID_BASIC), "t").report.to_json()
    assert got["site_name"] == "获嘉县交通运输局（获嘉县地方志编纂中心）"
    assert got["homepage_url"] == "https://wjw785.410724.gov.cn/"
    assert got["sponsor"] == "获嘉县交通运输局（获嘉县地方志编纂中心）"
    assert got["site_type"] == "department"


def test_what_a_cells_lines_must_be_to_be_one_value() -> None:
    by_key = default_form().by_key
    assert lines_fit(by_key["homepage_url"], ["https://", "www.a.gov.cn/"], FORM)
    assert not lines_fit(by_key["homepage_url"], ["https://"], FORM)  # cut before its dots
    assert not lines_fit(
        by_key["sponsor"], ["wjw785.410724.gov.cn/", "某局"], FORM
    )  # two cells' lines
    assert not lines_fit(by_key["site_name"], ["某局（某", "中心）", "https://"], FORM)
    assert not lines_fit(by_key["sponsor"], ["某局（某"], FORM)  # its bracket left open
    assert not lines_fit(by_key["sponsor"], ["）某局"], FORM)  # the end of the cell before
    assert lines_fit(by_key["site_type"], ["☐政府门户网", "站 ☑部门网站 ☐", "专项网站"], FORM)
    assert not lines_fit(by_key["site_type"], ["站 ☑部门网站 ☐"], FORM)  # options open with a box
    assert not lines_fit(by_key["unique_visitors"], ["34", "894"], FORM)  # a count takes one line
    # Each box names an option: the words after a list are a label's head.
    assert not lines_fit(
        by_key["emergency_drill"], ["☐是 ☑否", "是否明确网站 安", "全责任人"], FORM
    )
    assert lines_fit(by_key["emergency_drill"], ["☐是 ☑", "否"], FORM)
    assert lines_fit(by_key["innovation"], ["☐搜索即服务 ☑其他：提供", "政策问答"], FORM)  # a note


def test_a_lost_fonts_box_ending_a_line_of_them_is_a_box() -> None:
    # Its option's name wrapped onto the next line: þ政府门户网站 ¨部门网站 ¨ | 专项网站.
    assert lost_font_ticks("þ政府门户网站 ¨部门网站 ¨") == "☑政府门户网站 ☐部门网站 ☐"
    assert lost_font_ticks("站 þ部门网站 ¨") == "站 ☑部门网站 ☐"
    assert lost_font_ticks("某某 ¨") == "某某 ¨"  # no line of boxes
    # Or between blanks, the next cell's text after it.
    assert lost_font_ticks("þ无障碍浏览 ¨千人千网 ¨ 提供政策") == "☑无障碍浏览 ☐千人千网 ☐ 提供政策"
    assert lost_font_ticks("某某 ¨ 提供政策") == "某某 ¨ 提供政策"


def test_values_wrapped_around_a_line_of_labels_abreast() -> None:
    # pdfplumber: both cells of the row wrapped in two lines, centred on the labels' line.
    text = (
        "青冈县住房和城乡建设局（挂青冈 https://\n"
        "网站名称 首页网址\n"
        "县大数据发展管理局牌子） sthj584.231223.gov.cn/\n"
        "青冈县住房和城乡建设局（挂青冈 ☐政府门户网站 ☑部门网\n"
        "主 办 单 位 网站类型\n"
        "县大数据发展管理局牌子） 站 ☐专项网站\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "青冈县住房和城乡建设局（挂青冈县大数据发展管理局牌子）"
    assert got["homepage_url"] == "https://sthj584.231223.gov.cn/"
    assert got["sponsor"] == "青冈县住房和城乡建设局（挂青冈县大数据发展管理局牌子）"
    assert got["site_type"] == "department"


def test_a_wrapped_values_rest_is_no_head_of_the_label_two_lines_down() -> None:
    # 网站 (the site name's rest) and 主办单位 two lines down read 网站主办单位, a variant;
    # the rest belongs to the line of labels above it.
    text = (
        "填报单位：烟台市人民政府办公室\n基本信息\n"
        "烟台市人民政府门户 https://\n网站名称 首页网址\n网站 zwfw752.370600.gov.cn/\n"
        "烟台市人民政府办公 þ政府门户网站 ¨部门网站 ¨专\n主办单位 网站类型\n室 项网站\n"
        "政府网站标识码 3706003429 ICP备案号 鲁ICP备69827117号-1\n"
    )
    got = values(text, without=("网站名称", "首页网址"))
    assert got["site_name"] == "烟台市人民政府门户网站"
    assert got["homepage_url"] == "https://zwfw752.370600.gov.cn/"
    assert got["sponsor"] == "烟台市人民政府办公室"


def test_cells_wrapped_around_a_line_of_labels_and_values() -> None:
    # pdfplumber: the ICP number and the police label each wrapped in two lines, centred on
    # a line where the ICP label stands right before the police number.
    text = (
        "政府网站标识码 4503321554\n"
        "桂ICP备 公安机关备\n"
        "ICP备案号 45033288342377号\n"
        "57745515号 案号\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["icp_number"] == "桂ICP备57745515号"
    assert got["police_number"] == "45033288342377号"


def test_a_value_wrapped_around_a_label_without_its_value() -> None:
    # The ICP label stands right before the next label: its number is above and below.
    text = (
        "政府网站标识码 4304238986\n"
        "湘ICP备42948978\n"
        "ICP备案 公安机关备案号 43042325009029号\n"
        "号-2\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["icp_number"] == "湘ICP备42948978号-2"
    assert got["police_number"] == "43042325009029号"


def test_a_value_wrapped_around_a_line_of_labels_one_a_line() -> None:
    # pdftotext: each cell a block, the labels' line written one label a line between the
    # value's head and rest; the bracket opened and closed says they are one.
    text = (
        "基本信息\n湛江市人民政府门户网站（湛江市地\n\n网站名称\n\n首页网址\n\n方志编纂中心）\n"
        "湛江市人民政府办公室（湛江市地方\n\n主办单位\n\n网站类型\n\n志编纂中心）\n\n"
        "政府网站标识码\n\n4408000078\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "湛江市人民政府门户网站（湛江市地方志编纂中心）"
    assert got["sponsor"] == "湛江市人民政府办公室（湛江市地方志编纂中心）"
    # Without a bracket to close, a line after the labels is another cell's.
    got = extract_document(
        document_from_text(text.replace("（湛江市地", "湛江市地") + TABBED_BASIC), "t"
    ).report.to_json()
    assert got.get("site_name") != "湛江市人民政府门户网站湛江市地方志编纂中心）"


def test_a_whole_line_of_labels_and_values_keeps_its_values() -> None:
    # Nothing is missing from the line and no label is among the lines around it: the
    # lines above and below are other rows'.
    text = (
        "主办单位 某县人民政府办公室\n"
        "网站类型 ☑政府门户网站 ☐部门网站 ☐专项网站\n"
        "政府网站标识码 4304238986 ICP备案号 湘ICP备42948978号\n"
        "公安机关备案号 43042325009029号\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_code"] == "4304238986"
    assert got["icp_number"] == "湘ICP备42948978号"
    assert got["police_number"] == "43042325009029号"


def test_values_wrapped_in_two_lines_under_a_line_of_labels_abreast() -> None:
    # pdfplumber: the values' row under the labels' row, each cell wrapped in two lines.
    text = (
        "网站名称 首页网址 主办单位 网站类型\n"
        "固始县生态环境局（固 https:// 固始县生态环境局（固始 ☐政府门户网站 ☑部门网\n"
        "始县档案馆） www534.411525.gov.cn/ 县档案馆） 站 ☐专项网站\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "固始县生态环境局（固始县档案馆）"
    assert got["homepage_url"] == "https://www534.411525.gov.cn/"
    assert got["sponsor"] == "固始县生态环境局（固始县档案馆）"
    assert got["site_type"] == "department"


def test_values_of_different_heights_centred_under_labels_abreast() -> None:
    # pdfplumber writes a row's lines by height: the three-line cells' first, middle and
    # last lines, the two-line cells' two between them.
    text = (
        "网 站 名 称 首 页 网 址 主 办 单 位 网站类型\n"
        "柴桑区人力资源和社会保障 □政府门户网\n"
        "http:// 柴桑区人力资源和社会保障局\n"
        "局（柴桑区地方志编纂中 站 √部门网站 □\n"
        "scjg356.360404.gov.cn/ （柴桑区地方志编纂中心）\n"
        "心） 专项网站\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "柴桑区人力资源和社会保障局（柴桑区地方志编纂中心）"
    assert got["homepage_url"] == "http://scjg356.360404.gov.cn/"
    assert got["sponsor"] == "柴桑区人力资源和社会保障局（柴桑区地方志编纂中心）"
    assert got["site_type"] == "department"


def test_a_values_line_may_open_with_a_labels_head() -> None:
    # 网站 (the site name's last line) is the head of labels too (网站名称, 网站类型); the
    # line goes on with other values, so it is no next row's label.
    text = (
        "一、基本信息\n网 站 名 称 首页网址 网站主办单位 网站类型\n"
        "寿阳县人民政府门户 https:// R政府门户网站 £部门网\n寿阳县人民政府办公室\n"
        "网站 wjw935.140725.gov.cn/ 站 £专项网站\n独立用户访问总\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "寿阳县人民政府门户网站"
    assert got["homepage_url"] == "https://wjw935.140725.gov.cn/"
    assert got["sponsor"] == "寿阳县人民政府办公室"


def test_an_options_last_line_of_a_labels_head_ends_the_rows_lines() -> None:
    # 网站 alone, under the row's last two-line level, finishes ☐专项 three lines above: the
    # options' last line, no next row's label (独立用户访问总 | … | 量 is).
    text = (
        "一、基本信息\n政府网站名称 首页网址 主办单位 网站类型\n☐政府门户网站 ☑\n"
        "莱州市农业农村局（莱州 http:// 莱州市农业农村局（莱州\n部门网站 ☐专项\n"
        "地方志编纂中心） www291.370683.gov.cn/ 地方志编纂中心）\n网站\n独立用户访问总\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == "莱州市农业农村局（莱州地方志编纂中心）"
    assert got["homepage_url"] == "http://www291.370683.gov.cn/"
    assert got["site_type"] == "department"


def test_lines_that_read_two_ways_or_none_are_left_alone() -> None:
    by_key = default_form().by_key
    # Either name may be the one of two lines around the other.
    names = [by_key["site_name"], by_key["sponsor"]]
    assert _levels(names, [["某局（某"], ["某某局"], ["中心）"]], FORM) is None
    # Not so an address, whose lines must hold its dots.
    address = [by_key["homepage_url"], by_key["sponsor"]]
    parts = [["http://", "www.a.gov.cn/"], ["某某局"]]
    assert _levels(address, [["http://"], ["某某局"], ["www.a.gov.cn/"]], FORM) == parts
    counts = [by_key["columns_maintained"], by_key["columns_new"]]
    assert _levels(counts, [["1"], ["2"], ["3"]], FORM) is None  # a count takes one line


def test_a_name_wrapped_around_counts_in_spaced_thousands() -> None:
    # pdfplumber: the name's two lines around the counts' line, 29 392 one count.
    text = "微信\n名称 信息发布量（条） 订 阅 数（个）\n汤原县人民政府办公\n296 29 392\n室\n其他\n"
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["wechat_name"] == "汤原县人民政府办公室"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (296, 29392)


def test_counts_in_spaced_thousands_that_join_two_ways_are_left_alone() -> None:
    by_key = default_form().by_key
    fields = [by_key["wechat_name"], by_key["wechat_posts"], by_key["wechat_subscribers"]]
    lines = [["某县人民政府办公"], ["296", "292", "392"], ["室"]]
    assert _levels(fields, lines, FORM) is None  # 296 292|392 or 296|292 392
    # Digits alone inside a name's lines are another cell's count, not a line of the name.
    parts = [["某县人民政府办公", "室"], ["296"]]
    assert _levels(fields[:2], [["某县人民政府办公"], ["296"], ["室"]], FORM) == parts


def test_values_under_labels_abreast_some_wrapped_around_the_others() -> None:
    # The visitors' label wrapped in two lines around the line of the other labels; the
    # police number in two lines around the line of the other values.
    text = (
        "独立用户访问总\n"
        "政府网站标识码 ICP备案号 公安机关备案号\n"
        "量(单位:个)\n"
        "赣公网安备36040491307586\n"
        "3604049561 赣ICP备98264761号 ５０９２５\n"
        "号\n"
        "网站总访问量(单位:次)\n"
        "６０６０５４\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_code"] == "3604049561"
    assert got["icp_number"] == "赣ICP备98264761号"
    assert got["police_number"] == "赣公网安备36040491307586号"
    assert (got["unique_visitors"], got["page_views"]) == (50925, 606054)


def test_a_taller_label_between_two_labels_wraps_around_their_line() -> None:
    # pdfplumber: the middle label's cell wraps in two lines, its first above the line of
    # the labels beside it (which skip it in the form), its unit below; the name wraps
    # around the line of counts the same way.
    got = values(
        "八、移动新媒体\n是否有移动新媒体\n☑是\n"
        "微信\n微信信息发布量\n微信名称 订阅数(单位: 个)\n(单位: 条)\n"
        "阿图什市住房和城乡\n２４５ ２２４８２\n建设局\n其他\n无\n"
    )
    assert got["wechat_name"] == "阿图什市住房和城乡建设局"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (245, 22482)


def test_cells_written_one_after_another_sharing_lines() -> None:
    # pypdfium2: cells on one baseline share a line; a wrapped cell's rest starts the next.
    text = (
        "网站名称 首页网址 主办单位 网站类型\n"
        "吴忠市教育局 https://\n"
        "www794.640300.gov.cn/ 吴忠市教育局 ☐政府门户网站  ☑部门网\n"
        "站  ☐专项网站\n"
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量（个）\n"
        "6403005205 宁ICP备23754611号-1 宁公网安备\n"
        "64030081801935号 21419个\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["site_name"] == got["sponsor"] == "吴忠市教育局"
    assert got["homepage_url"] == "https://www794.640300.gov.cn/"
    assert got["site_type"] == "department"
    assert (got["site_code"], got["icp_number"]) == ("6403005205", "宁ICP备23754611号-1")
    assert got["police_number"] == "宁公网安备64030081801935号"
    assert got["unique_visitors"] == 21419


def test_a_list_of_options_going_on_over_lines_its_cell_wrapped() -> None:
    # pypdfium2: a box ends the first line, its option's name opens the next; the last
    # name is cut (☑其 | 他).
    text = (
        "创新发展\n☑搜索即服务  ☐多语言版本  ☑\n无障碍浏览  ☐千人千网  ☑其\n他\n其他（注明） 某某\n"
    )
    got = extract_document(document_from_text(TABBED_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["search_as_service", "accessibility", "other"]


def test_a_free_text_under_its_label_spread_over_its_cell_is_read_whole() -> None:
    text = "       其他\n       移动客户端“朝阳市文通”，下载量       86 万次\n"
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["other_media"] == "移动客户端“朝阳市文通”，下载量 86 万次"


def test_an_option_with_its_box_is_no_label() -> None:
    # 其他 is the label of other new media; ☑其他 is an option of 创新发展.
    assert [(p.kind, p.text) for p in segment("☑其他", INDEX)] == [("value", "☑其他")]
    text = "创新发展  ☑搜索即服务  ☐多语言版本  ☐无障碍浏览  ☐千人千网  ☑其他\n"
    got = extract_document(document_from_text(TABBED_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["search_as_service", "other"]


def test_a_closing_boxs_name_alone_below_even_a_labels() -> None:
    # The last option's name is 其他, which is also a label (other new media's).
    text = "创新发展\n\n¨搜索即服务 ¨多语言版本 þ无障碍浏览 ¨千人千网 þ\n其他\n\n其他（注明）\n"
    got = extract_document(document_from_text(TABBED_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["accessibility", "other"]


def test_a_names_last_characters_alone_under_it_in_its_column() -> None:
    # pdftotext -layout: the sponsor's centred line stands between the two lines of the
    # site's name, in another column.
    text = (
        "网站名称          首页网址                     主办单位\n"
        "绥芬河市农业农       http://\n"
        "                                       绥芬河市农业农村局\n"
        "村局            wjw736.231081.gov.cn/\n"
    )
    got = extract_document(document_from_text(text + LAID_BASIC), "t").report.to_json()
    assert got["site_name"] == "绥芬河市农业农村局"
    # Not a date's last character under a signature's name.
    text = "单位负责人：曹秀敏     审核人：王海   填报日期：2022年1月14\n日\n"
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["head"] == "曹秀敏"
    # Not the next row's name under it, after that row's label (Excel printed laid out).
    text = (
        "单位负责人           杨光明                      审核人              李春华\n"
        "填报人             段雪                       联系电话             0871-63132751\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert (got["head"], got["filler"]) == ("杨光明", "段雪")


def test_cells_one_after_another_under_a_units_rest() -> None:
    # pypdfium2: the last label's unit wrapped onto a line of its own before the values.
    text = (
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量\n"
        "(单位:个)\n"
        "3205050426 苏ICP备33566585号\n"
        "苏公网安备\n"
        "32050575906068号\n"
        "1\n"
        "网站总访问量(单位:次)\n"
    )
    got = extract_document(document_from_text(text + TABBED_BASIC), "t").report.to_json()
    assert got["police_number"] == "苏公网安备32050575906068号"
    assert (got["site_code"], got["unique_visitors"]) == ("3205050426", 1)


def test_a_labels_middle_piece_is_no_value_between_its_halves() -> None:
    # 独立用户访问 + 量 is a variant of the label too: 总 is its middle, not its value.
    got = values("公安机关备案号 京公网安备11010500072号\n独立用户访问\n总\n量(单位:个)\n83708\n")
    assert got["unique_visitors"] == 83708


def test_a_group_name_that_a_labels_rest_finishes() -> None:
    # 信息发布 is a section's name and the head of 信息发布量, wrapped around its value.
    got = values(
        "微博\n名称 某局发布\n信 息 发 布\n425\n量(单位: 条)\n关 注 量(单位: 个) 72249\n"
        "微信\n名称 某局\n信息发布量(单位: 条) 337\n"
    )
    assert (got["weibo_posts"], got["weibo_followers"]) == (425, 72249)
    assert got["wechat_posts"] == 337


def test_the_value_after_a_labels_last_piece() -> None:
    got = values(
        "政务动态信息更新\n量（条） 290 信息公开目录信\n息更新量（条） 1,323\n专栏专题\n维 护 \n"
        "数 量（个） 36 新 开 设 数 量（个） 5\n解读回应\n解读信息发布\n"
    )
    assert (got["columns_maintained"], got["columns_new"]) == (36, 5)


def test_options_laid_out_go_on_past_another_columns_line() -> None:
    # pdfplumber's layout: the options wrap in their cell, 其他说明's text between.
    text = (
        "       创新发展                其他说明\n"
        "       □搜索即服务   √多语言版\n"
        "                            提供政策智能匹配与免申即享服务；开通政策问答专区，提供政策原\n"
        "       本  □无障碍浏览   □千人千\n"
        "                           文、解读、问答一站式查询\n"
        "       网  √其他\n"
        "       单位负责人：田燕\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["innovation"] == ["multilingual", "other"]


def test_cells_one_blank_apart_split_where_a_values_shape_ends() -> None:
    # pdfplumber's layout: the registration number fills its column, the count follows
    # one blank after it.
    text = (
        "       政府网站标识码       ICP备案号               公安机关备案号     独立用户访问总量\n"
        "       2113002524    辽ICP备94049659号       21130000730492号 1 990 988\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["police_number"] == "21130000730492号"
    assert got["unique_visitors"] == 1990988


def test_a_wrapped_address_ends_before_another_cells_chinese() -> None:
    # The address's second line runs into the next column's last character (局).
    text = (
        "       网站名称              首页网址             主办单位\n"
        "       朝阳市文化广电旅游     https://             朝阳市文化广电旅游\n"
        "       局             zwfw515.211300.gov.cn/ 局\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["homepage_url"] == "https://zwfw515.211300.gov.cn/"


def test_a_labels_head_set_apart_from_its_rest_is_no_value() -> None:
    # pdfplumber's layout: 是否建立 and 安全监测预警机制 two blanks apart, one label.
    text = (
        "       七、安全防护\n\n"
        "       安全检测评估次数(单位:次)     发现问题数量(单位:个)   问题整改数量(单位:个)"
        "    是否建立  安全监测预警机制\n"
        "       11                 19             2               ☑是 ☐否\n"
    )
    got = values(text)
    assert got["security_issues_fixed"] == 2
    assert got["security_monitoring"] is True


def test_a_names_bracketed_rest_below_it_and_past_an_address() -> None:
    text = (
        "       网站名称               首页网址               主办单位\n"
        "\n"
        "       翁牛特旗文化广电旅游局        https://           翁牛特旗文化广电旅游局\n"
        "\n"
        "       （翁牛特旗档案馆）          www356.150426.gov.cn/ （翁牛特旗档案馆）\n"
    )
    got = extract_document(document_from_text(LAID_BASIC + text), "t").report.to_json()
    assert got["site_name"] == "翁牛特旗文化广电旅游局（翁牛特旗档案馆）"
    assert got["homepage_url"] == "https://www356.150426.gov.cn/"
    assert got["sponsor"] == "翁牛特旗文化广电旅游局（翁牛特旗档案馆）"


def test_a_labels_last_piece_that_is_a_shorter_label_finishes_it() -> None:
    # 服务事项数量 is a variant of 政务服务事项数量 and the end of 可全程在线办理….
    got = values(
        "政务服务事项数量\n２６０\n（项）\n可全程在线办理政\n务\n２３６\n服务事项数量\n（项）\n办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (260, 236)


def test_a_labels_halves_around_its_value_past_a_groups_cut_name() -> None:
    # pdfplumber: 办事服务 cut by its narrow cell (办事服 | 务) opens both label lines.
    got = values(
        "注册用户数量 个 198553\n政务服务事项数量 项 155\n办事服 可全程网上办理政务\n项 23\n"
        "务 服务事项数量\n办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (155, 23)


def test_a_labels_halves_around_its_value_past_another_values_cut_end() -> None:
    # pdfplumber's layout: 号 (the registration number's end) opens the label's rest line.
    got = values(
        "            网站名称        安新县交通运输局          首页网址        ht"
        "tps://wjw230.130632.gov.cn/\n"
        "\n"
        "                                                      □政"
        "府门户网站   √部门网站   □专\n"
        "            主办单位        安新县交通运输局          网站类型\n"
        "                                                        "
        "      项网站\n"
        "          政府网站标识码         1306322629      ICP备案号        "
        "  冀ICP备81154004号\n"
        "\n"
        "                         13063264126488 独立用户访问总\n"
        "          公安机关备案号                                       "
        "        1\n"
        "                             号            量(单位: 个)\n"
        "        网站总访问量(单位:  次)                          10\n"
    )
    assert got["police_number"] == "13063264126488号"
    assert got["unique_visitors"] == 1


def test_a_labels_halves_each_after_a_piece_of_a_groups_cut_name() -> None:
    # pdfplumber: 安全防护 cut by its narrow cell opens both lines of the wrapped label.
    got = values(
        "发现问题数量 个 6\n问题整改数量 个 2\n安全防 是否建立安全监测预警\n☐是 ☑否\n护 机制\n"
        "是否开展应急演练 ☑是 ☐否\n"
    )
    assert got["security_monitoring"] is False
    assert got["emergency_drill"] is True


def test_a_labels_middle_piece_with_its_value_one_space_after_it() -> None:
    # pypdfium2: a tall label's lines one a line, the value beside the middle one.
    got = values(
        "政务服务事项\n数量(单位:项) 398\n可全程在线\n办理政务服 391\n务事项数量\n"
        "(单位:项)\n办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (398, 391)


def test_a_code_wrapped_around_the_values_line_under_labels_and_a_wrapped_label() -> None:
    # pdfplumber: the police number's head above the row's values, its 号 below; the
    # labels' line above them, itself between the halves of 独立用户访问总量's label.
    got = values(
        "独立用户访问总量(单\n政府网站标识码 ICP备案号 公安机关备案号\n位:个)\n"
        "34150492629136\n3415042425 皖ICP备98136601号 1146637\n号\n"
        "网站总访问量(单位:次)\n2386307\n二、信息发布\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("3415042425", "皖ICP备98136601号")
    assert got["police_number"] == "34150492629136号"
    assert (got["unique_visitors"], got["page_views"]) == (1146637, 2386307)


def test_a_line_of_values_going_on_over_lines_of_one_value_each() -> None:
    # pypdfium2: each cell's lines after the first line of the row: a code and its 号 on
    # lines of their own, then the count, written in spaced thousands.
    got = values(
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量（个）\n"
        "2109049762 辽ICP备66211596号\n21090441536736\n号\n138 113\n"
        "网站总访问量（次）\n299 826\n二、信息发布\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("2109049762", "辽ICP备66211596号")
    assert got["police_number"] == "21090441536736号"
    assert (got["unique_visitors"], got["page_views"]) == (138113, 299826)


def test_values_dealt_over_labels_one_a_line_whatever_the_walk_read_by_place() -> None:
    # pypdfium2 with wide gaps (a generated report): labels one a line, all at the line's
    # start, over a line of values; the walk takes the first value for the last label
    # alone above it, which dealing the line in the form's order gives to the first.
    text = (FIXTURES / "converted" / "pypdfium2-wide-gaps.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["info_total"], got["info_disclosure"]) == (1040, 524)
    assert (got["interp_total"], got["interp_media"]) == (44, 5)
    assert (got["messages_avg_days"], got["messages_public"]) == (7, 41)
    assert got["security_issues_fixed"] == 2


def test_a_choices_options_take_no_count_of_the_line() -> None:
    # Labels wrapped around their line; the values' line deals 5 to no choice: 5 812 is
    # one count.
    got = values(
        "五、办事服务\n可全程在线办理政务\n"
        "是否发布服务事项目录 注册用户数（个） 政务服务事项数量（项）\n"
        "服务事项数量（项）\n√是 □否 5 812 336 141\n办件量\n"
    )
    assert [got.get(k) for k in ("registered_users", "service_items", "service_items_online")] == [
        5812,
        336,
        141,
    ]


def test_one_line_a_row_text_cut_in_three_by_its_labels_line() -> None:
    # Its middle line beside the label; the bracket opened above and closed below.
    text = (
        "某某县住房和城乡建设局（挂\n网站名称 某某县大数据发展管理局牌 首页网址 http://a.gov.cn/\n"
        "子）\n某某县住房和城乡建设局（挂\n"
        "主办单位 某某县大数据发展管理局牌 网站类型 ☑部门网站\n子）\n"
    )
    got = values(text, without=("网站名称", "首页网址"))
    assert got["site_name"] == "某某县住房和城乡建设局（挂某某县大数据发展管理局牌子）"
    assert got["sponsor"] == got["site_name"]


def test_one_line_a_row_text_beside_its_label_takes_no_whole_line_above() -> None:
    # The line above closes its own bracket: another row's text, not this one's head.
    text = "某某中心（某局）\n网站名称 某某县大数据发展管理局 首页网址 http://a.gov.cn/\n子）\n"
    got = values(text, without=("网站名称", "首页网址"))
    assert got["site_name"] == "某某县大数据发展管理局"


def test_a_label_in_four_pieces_its_value_after_the_third() -> None:
    # pdfplumber: the value one space after the third piece, the unit's head after the last.
    got = values("回应公众关\n注热点或重\n大 31\n舆情数量(单\n位: 次)\n办事服务\n")
    assert got["hotspot_responses"] == 31


def test_a_laid_out_label_in_three_pieces_beside_another_pairs_label() -> None:
    # pdftotext -layout, pairs abreast: the label's middle piece, with its value after it,
    # shares its line with the pair before (公安机关备案号 and its code).
    got = values(
        "政府网站标识码     2303076542             ICP备案号     黑ICP备13741792号-2\n"
        "                                   独立用户访\n"
        "公安机关备案号     黑公网安备23030768219007号   问总         257639\n"
        "                                   量(单位: 个)\n"
        "网站总访问量(单\n            1457393\n位: 次)\n"
    )
    assert got["police_number"] == "黑公网安备23030768219007号"
    assert got["unique_visitors"] == 257639


def test_a_choice_with_nothing_on_either_line_fits_no_cell() -> None:
    # pdftotext: two choices' labels on one line, a lone answer on each line after; the
    # walk tried the first choice's cell with nothing on either line (IndexError once).
    got = values(
        "在线访谈\n"
        "\n"
        "是否提供智能问答\n"
        "þ是 ¨否\n"
        "七、安全防护\n"
        "安全检测评估次数(单位:\n"
        "次)\n"
        "\n"
        "发现问题数量(单位:\n"
        "个)\n"
        "\n"
        "问题整改数量(单位:\n"
        "个)\n"
        "\n"
        "是否建立安全监测预警机\n"
        "制\n"
        "\n"
        "12次\n"
        "\n"
        "11个\n"
        "\n"
        "10个\n"
        "\n"
        "þ是 ¨否\n"
        "\n"
        "是否开展网络安全应急演练 是否明确网站安全责任人\n"
        "þ是\n"
        "\n"
        "þ是\n"
        "\n"
        "八、移动新媒体\n"
    )
    assert (got["security_issues_fixed"], got["security_monitoring"]) == (10, True)
    assert not lines_fit(FORM.field("security_officer"), [], FORM)


def test_a_pages_labels_in_one_run_then_their_values_cell_after_cell() -> None:
    # pdftotext without -layout: the labels of a page's left column, then the values'
    # cells, a name's lines one after the other. Fifteen labels: read cell by cell (every
    # way of giving fifteen cells heights, 3¹⁵, would take minutes).
    labels = [
        "网站名称", "首页网址", "主办单位", "网站类型", "政府网站标识码", "ICP 备案号",
        "公安机关备案号", "独立用户访问总量 (单位：个)", "网站总访问量 (单位：次)",
        "信息发布 (单位：条) 总数", "概况类信息更新量", "政务动态信息更新量",
        "信息公开目录信息更新量", "专栏专题 (单位：个) 维护数量", "新开设数量",
    ]  # fmt: skip
    cells = [
        "某市自然资源和规", "划局网站", "http://", "zrzyj.a.gov.", "cn/", "某市自然资源和规",
        "划局", "□政府门户网站 √", "部门网站 □专项网", "站", "4302000041",
        "湘 ICP 备 13004716", "号", "湘公网安备", "43020202000135 号", "2309186", "6205630",
        "2230", "24", "732", "1375", "25", "5",
    ]  # fmt: skip
    text = "政府网站工作年度报表\n（2022 年度）\n" + "\n".join(labels) + "\n\n" + "\n".join(cells)
    got = extract_bytes(f"{text}\n".encode(), "a.txt").report.to_json()
    assert got["site_name"] == "某市自然资源和规划局网站"
    assert got["homepage_url"] == "http://zrzyj.a.gov.cn/"
    assert got["sponsor"] == "某市自然资源和规划局"
    assert [got[k] for k in ("site_code", "unique_visitors", "info_total", "columns_new")] == [
        "4302000041", 2309186, 2230, 5,
    ]  # fmt: skip


def test_cells_after_cells_read_only_when_one_way_fits() -> None:
    site, url = FORM.by_key["site_name"], FORM.by_key["homepage_url"]
    counts = [FORM.by_key[k] for k in ("unique_visitors", "page_views", "info_total")] * 4
    fields = [site, url, *counts]
    one_way = ["某市某某", "局网站", "http://a.", "gov.cn/", *map(str, range(12))]
    assert _by_cells(fields, one_way, FORM) == [
        ["某市某某", "局网站"], ["http://a.", "gov.cn/"], *([str(n)] for n in range(12))
    ]  # fmt: skip
    # Two names one after the other: which lines are whose is not told.
    two_names = [site, FORM.by_key["sponsor"], *counts]
    assert (
        _by_cells(two_names, ["某市某某", "局网站", "某市某某局", *map(str, range(12))], FORM)
        is None
    )


def test_a_row_of_more_labels_than_a_row_holds_is_not_read_by_levels() -> None:
    # A header of twenty labels (an export's) above three lines: 3²⁰ ways of giving the
    # cells heights would never end.
    counts = [FORM.by_key[k] for k in ("unique_visitors", "page_views")] * 10
    assert _levels(counts, [[str(n) for n in range(20)], ["a"], ["b"]], FORM) is None
