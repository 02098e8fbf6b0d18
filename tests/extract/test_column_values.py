"""Values under their labels in text laid out with spaces (extract/column_values.py)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"


def test_the_rows_last_label_wrapped_to_the_next_lines_start_is_no_value_under_the_first() -> None:
    # pypdfium2 of a generated report (cells parted by no-break spaces): 独立用户访问总 |
    # 量(单位: 个) stands under 政府网站标识码, whose value is on the line after.
    text = (CONVERTED / "pypdfium2-last-label-wrapped.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_code"] == "5400008027"
    assert got["unique_visitors"] == 435654


def test_a_codes_head_read_below_its_label_begins_the_digits_found_for_it_later() -> None:
    # 藏公网安备 ends the values' line under 公安机关备案号; its number opens the next line,
    # where `leftover` finds it: the head read first begins it.
    text = (CONVERTED / "pypdfium2-last-label-wrapped.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["police_number"] == "藏公网安备54000006910308号"


def test_a_codes_closing_mark_opens_the_next_line_before_another_value() -> None:
    # pypdfium2: the number ends the values' line, its 号 opens the next, before the value
    # of the label after it (独立用户访问总量's).
    got = values(
        "网 站 名 称 首 页 网 址 主办单位 政府网站类型\n"
        " 青铜峡市市场监督管理局    http://\nsthj535.640381.gov.cn/  \n"
        " 青铜峡市市场监督管\n理局  \n☐政府门户网站  ☑\n部门网站  ☐专项网\n站\n网 站 \n"
        "标 识 码 ICP备案号 公安机关备案号 独立用户访问总量\n（个）\n"
        " 6403816025    宁ICP备66875915号    64038183917776\n号    371211  \n"
        "总访问量（次）\n 1925679  \n",
        without=("网站名称", "首页网址"),
    )
    assert got["police_number"] == "64038183917776号"
    assert got["unique_visitors"] == 371211


def test_a_value_under_its_label_as_the_page_shows_them() -> None:
    # pdftotext -layout counts characters (a generated report): 无 starts where 名称's second
    # character stands and, counted so, ends where 名称 does; as the page shows them (a
    # Chinese character two columns wide) it is under 名称, not the next 名称's value.
    text = (CONVERTED / "pdftotext-layout-shown-under.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["weibo_name"], got["wechat_name"]) == ("无", "怀安县人民政府办公室")


def test_a_count_past_another_pairs_label_is_that_labels() -> None:
    # pdftotext -layout, pairs abreast: 独立用户访问总量 stands between 公安机关备案号 and
    # 508429 on the line above; the code wraps around its label's line.
    got = values(
        "政府网站标识码    1310240348                  ICP备案号             冀ICP备96749742号-1\n"
        "           冀公网安备13102463865763 独立用户访问总量\n"
        "公安机关备案号                                                   508429\n"
        "           号                   （个）\n"
        "网站总访问量\n           4932273\n（次）\n"
    )
    assert got["police_number"] == "冀公网安备13102463865763号"
    assert got["unique_visitors"] == 508429


def test_labels_abreast_own_the_values_between_their_starts() -> None:
    # pdftotext -layout of a generated report (padded cells, right-aligned counts): 8 starts
    # past 解读产品数量's end but before the next label's start; 5 under the next line's
    # label is 回应…数量's.
    got = values(
        "                                                 四、解读回应\n"
        "                                                 解读信息发布\n"
        " 总数(单位: 条)         解读材料数量(单位: 条)                  解读产品数量(单位: 个)"
        "               媒体评论文章数量(单位: 篇)\n"
        "      202                     194                               8                     "
        "    0\n"
        "                                回应公众关注热点或重大舆情数量(单位: 次)\n"
        "                                                        5\n"
        "                                                 五、办事服务\n"
        "                                                  政务服务事项\n"
        " 是否发布服务事项目                注 册 用 户 数(单位:                               "
        "可全程在线办理政务服务事项数量(单位:\n"
        "                                                            数\n"
        "            录                       个)                                             项)\n"
        "                                                   量(单位: 项)\n"
        "\n"
        "  ☑是 ☐否               85,586             738                        92\n"
        "                                        办件量\n"
    )
    assert (got["interp_total"], got["interp_materials"]) == (202, 194)
    assert (got["interp_products"], got["interp_media"]) == (8, 0)
    assert got["hotspot_responses"] == 5
    assert (got["service_items"], got["service_items_online"]) == (738, 92)


def test_labels_abreast_own_a_wrapped_name_and_a_choices_options_between_their_starts() -> None:
    # pdfplumber with its layout: the name's first line and the options' on one line far
    # below the labels, both cells' last lines on the next: the name starts at its first.
    got = values(
        "           主 办 单 位                         网 站 类 型\n"
        + "\n" * 8
        + "                       南通市教育局（南通市档案                 ☐政府门户网站    "
        "☑部门网站  ☐专项\n\n"
        "                              馆）                              网站\n\n"
        "          政府网站标识码           3206004217     ICP备案号       苏ICP备67395660号-1\n"
    )
    assert got["sponsor"] == "南通市教育局（南通市档案馆）"
    assert got["site_type"] == "department"


def test_a_lone_labels_options_set_left_of_it_are_its_answer() -> None:
    # pdftotext -layout: 是否有移动新媒体 and its options each centred in their cells come
    # out side by side, the options wholly left of the label; the 0 down its column is
    # 信息发布量's.
    got = values(
        "                                      八、移动新媒体\n\n"
        "                                      是否有移动新媒体\n"
        "                             ☑是 ☐否\n\n"
        "                                 微博\n\n"
        "           名称                信息发布量(单位: 条)               关注量(单位: 个)\n\n"
        "            无                         0                      0\n"
    )
    assert got["has_new_media"] is True
    assert got["weibo_name"] == "无"
    assert (got["weibo_posts"], got["weibo_followers"]) == (0, 0)


def test_options_left_of_the_next_label_cut_after_a_box_are_the_labels() -> None:
    # pdfplumber layout: 创新发展's options, centred in their cell, stand left of the label
    # and past it; the line ends at the ticked box, its name opens the next line.
    got = values(
        "                                     九、创新发展\n\n"
        "              创新发展                             其他（注明）\n\n"
        "        ☐搜索即服务   ☐多语言版本   ☑\n\n"
        "        无障碍浏览  ☐千人千网   ☐其他\n"
        "       单位负责人：杨涛\n"
    )
    assert got["innovation"] == ["accessibility"]


def test_a_rows_values_each_cut_their_last_lines_on_one_line_below() -> None:
    # pdfplumber with its layout: the names and the address wrap, their last lines two
    # lines down, 网站类型's options beside and between them.
    got = values(
        "       网站名称                 首页网址             主办单位             网站类型\n\n"
        "                                                              √政府门户网站   □\n"
        "        民和回族土族自治县人民政府       https://          民和回族土族自治县人\n"
        "                                                              部门网站  □专项网\n"
        "       门户网站                 jyj476.630222.gov.cn/ 民政府办公室\n"
        "                                                              站\n"
        "       政府网站标识码              ICP备案号\n"
        "        6302226394          青ICP备12308572号\n",
        without=("网站名称", "首页网址", "主办单位", "网站类型"),
    )
    assert got["site_name"] == "民和回族土族自治县人民政府门户网站"
    assert got["sponsor"] == "民和回族土族自治县人民政府办公室"
    assert (got["homepage_url"], got["site_type"]) == ("https://jyj476.630222.gov.cn/", "portal")


def test_a_code_under_another_labels_head_is_not_a_joined_labels() -> None:
    # pdfplumber with its layout: 政府网站标识 | 码 around the line of the row's other
    # labels; the police number under 公安机关备案号 comes first down the page.
    got = values(
        "        政府网站标识\n"
        "                        ICP备案号         公安机关备案号          独立用户访问总量（个）\n"
        "           码\n"
        "                                      62122242390365\n"
        "        6212227896   甘ICP备28255158号                         101894个\n"
        "                                            号\n"
        "                                   网站总访问量（次）\n\n"
        "                                     1057893次\n",
        without=("政府网站标识码", "ICP备案号", "公安机关备案号"),
    )
    assert (got["site_code"], got["icp_number"]) == ("6212227896", "甘ICP备28255158号")
    assert (got["police_number"], got["unique_visitors"]) == ("62122242390365号", 101894)


def test_a_title_takes_no_value_past_a_labelled_line_under_it() -> None:
    # pdfplumber with its layout: the name under the title, past 填报单位's line and the
    # section's, is 网站名称's, wrapped around it.
    text = (
        "       附件1\n"
        "                               政府网站工作年度报表\n"
        "       （2022年度）\n"
        "       填报单位：通道侗族自治县人力资源和社会保障局（通道侗族自治县地方志编纂中心）\n"
        "       一、基本信息\n"
        "                                通道侗族自治县人力资源和社会保障局"
        "（通道侗族自治县地方志编\n"
        "       网 站 名 称\n"
        "                                纂中心）\n"
        "       首页网址                     https://zwfw622.431230.gov.cn/\n"
        "                                通道侗族自治县人力资源和社会保障局"
        "（通道侗族自治县地方志编\n"
        "       主 办 单 位\n"
        "                                纂中心）\n"
        "       网 站 类 型                  £政府门户网站   R部门网站   £专项网站\n"
        "       政府网站标识码                  4312306810\n"
        "       ICP备案号                   湘ICP备72734159号\n"
        "       公安机关备案号                  湘公网安备43123042108143号\n"
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    name = "通道侗族自治县人力资源和社会保障局（通道侗族自治县地方志编纂中心）"
    assert (got["year"], got["site_name"], got["sponsor"]) == (2022, name, name)


def test_a_lone_labels_options_end_at_the_next_label_on_their_line() -> None:
    # pypdfium2 of a generated report (no-break spaces, trimmed): 是否发布服务事项目 | 录 |
    # √是 □否 注册用户数(单位: 个) 10602: the options are the choice's, the count after the
    # next label that label's (a snippet after BASIC did not reproduce).
    text = (CONVERTED / "pypdfium2-options-before-next-label.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["service_catalog_published"], got["registered_users"]) == (True, 10602)
    assert (got["service_items"], got["service_items_online"]) == (44, 33)


# pdftotext -layout: 首页网址 set at its tall cell's middle, alone on the line between the
# name's two lines; the address right of the name is its value, no part of the name.
NAME_BESIDE_ADDRESS = """\
基本信息
政府网站名      海拉尔区文化广电旅游局（海拉尔区                         https://
                                        首页网址
称          地方志编纂中心）                                 jyj603.150702.gov.cn/
           海拉尔区文化广电旅游局（海拉尔区                         ¨政府门户网站 þ部门网站 ¨专
主办单位                                    政府网站类型
           地方志编纂中心）                                 项网站
政府网站标
           1507022584                   ICP备案号      蒙ICP备78604516号-2
"""


def test_a_label_alone_between_a_text_and_the_next_cell_ends_the_text() -> None:
    got = values(NAME_BESIDE_ADDRESS, without=("网站名称", "首页网址"))
    assert got.get("site_name") == "海拉尔区文化广电旅游局（海拉尔区地方志编纂中心）"
    assert got.get("homepage_url") == "https://jyj603.150702.gov.cn/"


def test_a_choice_label_over_a_line_its_first_cells_text_left_is_read() -> None:
    # 创新 | 发展 (a group's name in two pieces) joined on the label's line leaves the line
    # below without tokens: no options aside there (it once raised IndexError).
    got = values(
        "            其他           条，粉丝  26133 人；今日头条号“某区发布”\n"
        "                         54216 个\n"
        "       创新   创新发展情况       ¨搜索即服务   ¨多语言版本  ¨无障碍浏览   þ千人千网"
        "  þ其他\n"
        "       发展\n"
        "            其他说明\n"
    )
    assert got["innovation"] == ["personalized", "other"]
