"""Group names set one character a line down a narrow cell (extract/vertical_names.py)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.vertical_names import _count, lift_vertical_names
from nianbao.forms.registry import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

# pdfplumber without layout: 基本信息's characters open lines of the rows beside its cell.
BASIC_DOWN = """\
网站名称 碾子山区生态环境局
首页网址 https://jyj25.230207.gov.cn/
主办单位 碾子山区生态环境局
基 网站类型 ☐政府门户网站 ☑部门网站 ☐专项网站
本
网站标识码 2302076844
信
息 ICP备案号 黑ICP备96005734号-1
公网安备案号 黑公网安备23020798428559号
独立用户访问总量 个 434550
"""


def _lines(text: str) -> list[str]:
    doc = lift_vertical_names(document_from_text(text), label_index(default_form()))
    return doc.text().splitlines()


def test_a_names_characters_leave_their_lines_for_a_heading_where_it_begins() -> None:
    lines = _lines(BASIC_DOWN)
    assert lines[3:7] == [
        "基本信息",
        "网站类型 ☐政府门户网站 ☑部门网站 ☐专项网站",
        "网站标识码 2302076844",
        "ICP备案号 黑ICP备96005734号-1",
    ]


def test_no_name_above_takes_a_character_for_its_end() -> None:
    got = values(BASIC_DOWN, without=("网站名称", "首页网址"))
    assert got["sponsor"] == "碾子山区生态环境局"
    assert (got["site_type"], got["icp_number"]) == ("department", "黑ICP备96005734号-1")


# pdftotext -layout: the characters stand in a column of their own left of the labels.
LAID_OUT = """\
      网站名称             定边县人民政府门户网站
      首页网址             http://www183.610825.gov.cn/
      主办单位             定边县人民政府办公室
基     网站类型             ☑政府门户网站 ☐部门网站 ☐专项网站
本
      政府网站标识码          6108255687
信
息     ICP备案号           陕ICP备46801955号
      公安机关备案号          61082549240643号
"""


def test_laid_out_the_characters_of_one_column_make_the_name() -> None:
    assert "基本信息" in _lines(LAID_OUT)
    got = values(LAID_OUT, without=("网站名称", "首页网址"))
    assert got["sponsor"] == "定边县人民政府办公室"
    assert got["site_code"] == "6108255687"


# Two groups down narrow cells side by side: 移动新媒体's characters open lines, 微博's and
# 微信's stand alone on theirs.
MEDIA_DOWN = """\
是否有移动新媒体 ☑是 ☐否
名称 莲池区人民政府办发布
微
移 信息发布量（条） 280
博
动
关注量（个） 195488
新
名称 莲池区人民政府办公室
媒
微
体 信息发布量（条） 199
信
订阅数（个） 81582
其他
"""


def test_a_two_character_name_whose_characters_stand_alone_is_lifted() -> None:
    lines = _lines(MEDIA_DOWN)
    assert ("微博" in lines, "微信" in lines, "移动新媒体" in lines) == (True, True, True)
    got = values(MEDIA_DOWN)
    assert (got["weibo_name"], got["weibo_posts"]) == ("莲池区人民政府办发布", 280)
    assert (got["wechat_name"], got["wechat_subscribers"]) == ("莲池区人民政府办公室", 81582)


def test_a_sections_name_that_is_a_fields_label_too() -> None:
    # 创新发展 names the section and its one field: down its cell, the field's label set
    # out with spaces beside it.
    text = (
        "创 创 新 发 展 ☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☐其他\n"
        "新\n发 其他（注明）\n展\n单位负责人：高娟燕\n"
    )
    assert _lines(text)[0] == "创新发展"
    assert values(text)["innovation"] == ["personalized"]


def test_two_lines_opening_with_a_names_characters_beside_others_are_no_name() -> None:
    # 微 某某发布 | 信息发布量 …: a name's first word, not a narrow cell's characters.
    text = "名称\n微 某某发布\n信 息 发 布 量 条 12\n"
    assert _lines(text) == ["名称", "微 某某发布", "信 息 发 布 量 条 12"]


def test_a_label_set_out_with_spaces_is_left_alone() -> None:
    text = "网 站 名 称 某局网站\n首 页 网 址 http://a.gov.cn\n主 办 单 位 某局\n"
    assert _lines(text) == document_from_text(text).text().splitlines()


def test_a_names_unit_down_the_cell_after_it_joins_the_heading() -> None:
    # pdftotext: 专栏专题(单位:个) one character a line, the unit's head right after the
    # name, its unit and bracket far down the cell's rows.
    text = (
        "专\n栏\n专\n题\n(\n单\n位\n:\n维护数量\n25\n新开设数量\n19\n个\n)\n"
        "解\n读\n回\n应\n解读信息发布\n总数(单位: 条)\n36\n"
    )
    lines = _lines(text)
    assert lines[:5] == ["专栏专题(单位:个)", "维护数量", "25", "新开设数量", "19"]
    assert lines[5] == "解读回应"


def test_a_unit_opens_right_after_its_name_or_belongs_to_another() -> None:
    # 办事服务 down its cell, then rows, then 办件量(单位:件) down its own: the unit is 办件量's.
    text = (
        "办\n事\n服\n务\n是否发布服务事项目录\n☑是 ☐否\n"
        "办\n件\n量\n(\n单\n位\n:\n总数\n5648\n件\n)\n"
    )
    lines = _lines(text)
    assert lines[0] == "办事服务"
    assert "办件量(单位:件)" in lines


# pdftotext -layout: 移动新媒体 and 微信 set down their narrow cells, left of the labels.
NEW_MEDIA_DOWN = """\
移     是否有移动新媒体            √是 □否
动
新           账号名称           无
媒
     微      信息发布量
体                           0
     博       （条）

           关注量（个）           0
                        名称                  应城市生态环境局

           微      微信信息发布量
                                                221
           信          （条）

                     订阅数（个）                    24,864

                其他
"""


def test_a_groups_first_character_left_of_a_name_is_no_rest_of_it() -> None:
    # 微 alone before a label looks like a name's last character its cell cut; it stands
    # left of where the name's line starts, in the column of 微信's name.
    got = values(NEW_MEDIA_DOWN)
    assert got["wechat_name"] == "应城市生态环境局"
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (221, 24864)


def test_a_sections_first_character_opening_the_next_cell_is_no_rest_of_a_name() -> None:
    # pdftotext -layout: 基 of 基本信息 set down the table's left edge, left of where the
    # name's line starts, one blank before the next row's label.
    got = values(
        "   网站名称                      太仓市人民政府门户网站\n"
        "   首页网址                      http://wjw807.320585.gov.cn/\n"
        "   主办单位                      太仓市人民政府办公室\n"
        "基 网站类型                       √政府门户网站 □部门网站 □专项网站\n"
        "本\n  政府网站标识码                    3205857724\n信\n"
        "息 ICP备案号                     苏ICP备95102510号-2\n",
        without=("网站名称", "首页网址"),
    )
    assert got["sponsor"] == "太仓市人民政府办公室"


# pdfplumber: 移动新媒体 and 微博 / 微信 set down side by side, 博 second on 移's line.
SIDE_BY_SIDE = """\
是否有移动新媒体 þ是 ¨否
名称 江海区住房和城乡发布
微
信息发布量(单位: 条) 654
移 博
动 关注量(单位: 个) 37370
新 名称 江海区住房和城乡建设局
媒 微
信息发布量(单位: 条) 42
体 信
订阅数(单位: 个) 9650
其他
"""


def test_names_set_down_side_by_side_come_out_one_after_another() -> None:
    got = values(SIDE_BY_SIDE)
    assert (got["weibo_name"], got["weibo_posts"]) == ("江海区住房和城乡发布", 654)
    assert (got["wechat_name"], got["wechat_posts"]) == ("江海区住房和城乡建设局", 42)


def test_a_two_character_name_beside_a_label_set_out_a_character_at_a_time() -> None:
    # pdfplumber: 微 opens the line of 信 息 发 布 (信息发布量's head), 博 the line of its rest.
    got = values(
        "移 是否有移动新媒\n☑是 ☐否\n动 体\n新\n名称 无\n媒\n微 信 息 发 布\n体 0\n博 量(单位:条)\n"
        "0\n关注量(单位:\n个)\n名称 某某县教育局\n信 息 发 布\n微 489\n量(单位:条)\n信\n"
        "订阅数(单位:\n34 386\n个)\n其他\n"
    )
    assert (got["weibo_posts"], got["weibo_followers"]) == (0, 0)
    assert (got["wechat_name"], got["wechat_posts"]) == ("某某县教育局", 489)


def test_a_names_character_over_a_label_set_out_a_character_at_a_time() -> None:
    # pdfplumber without layout: 微博 and 微信 down their tall cells, 移动新媒体 down the
    # section's; 微 over 信 息 发 布 量 is 微博's head, not 微信 read with the label's 信.
    got = values(
        "移 是否有移动新媒体 √是 □否\n动\n新\n名称 无\n微\n信 息 发 布 量（条） ０\n博\n"
        "关注量（个） ０\n媒\n名称 青云谱区人民政府办公室\n体\n微\n信 息 发 布 量（条） ２４７\n"
        "信\n订阅数（个） ５０４７９\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == ("无", 0, 0)
    assert (got["wechat_name"], got["wechat_posts"]) == ("青云谱区人民政府办公室", 247)


def test_a_label_broken_around_its_groups_name_is_no_empty_fields_value() -> None:
    # pdfplumber without layout, no new media: 名称 has no value; 信 息 发 | 布 量（条）
    # is 信息发布量 broken around 微博 centred in its tall cell.
    got = values(
        "是否有移动新媒体 □是 √否\n名称\n信 息 发\n微博\n布 量（条）\n移动新媒体 关注量（个）\n"
        "名称\n微信 信 息 发 布 量（条）\n订 阅 数（个）\n其他\n"
    )
    assert got["has_new_media"] is False
    assert got.get("weibo_name") is None


def test_a_section_name_down_its_cell_that_labels_a_field_written_elsewhere() -> None:
    # pdftotext without -layout: 移动新媒体 and 创新发展 down their tall cells between 名称
    # and its value; 创新发展 labels its options further down, so the one down the cell is
    # the section's name, no label waiting for a value.
    got = values(
        "是否有移动新媒体\nþ是 ¨否\n微博\n名称\n移\n动\n新\n媒\n体\n创\n新\n发\n展\n无\n"
        "信息发布量\n条\n0条\n关注量\n个\n0个\n微信\n名称\n上杭县住房和城乡建设局\n信息发布量\n"
        "条\n380条\n订阅数\n个\n13959个\n其他\n创新发展\n"
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☐其他\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == ("无", 0, 0)
    assert got["innovation"] == ["search_as_service"]


# pdfplumber without layout: 解读回应 and 解读信息发布 down their cells, side by side, their
# characters opening lines of labels wrapped around their values (解读材料数 | 解 | 量（单位：
# 条） 4).
INTERP_DOWN = """\
总数（单
15
位：条）
解读材料数
解
量（单位：条） 4
读
解 信
解读产品数
读 息
量（单位： 1
回 发
个）
应 布
媒体评论文
章数量（单 10
位：篇）
"""


def test_a_name_begun_inside_a_wrapped_label_goes_before_the_label() -> None:
    lines = _lines(INTERP_DOWN)
    assert lines[3:6] == ["解读信息发布", "解读材料数", "量（单位：条） 4"]
    got = values(INTERP_DOWN)
    assert (got["interp_materials"], got["interp_products"]) == (4, 1)


def test_a_name_begun_past_a_wrapped_labels_value_goes_before_the_label() -> None:
    # The value stands between the label's lines, the name's first character on the second.
    text = "注册用户数（单位：个） 13,904\n可全程在线办理政务服务事项\n747\n办 数量（单位：项）\n"
    text += "事\n服\n务\n"
    lines = _lines(text)
    assert lines[1:4] == ["办事服务", "可全程在线办理政务服务事项", "747"]


def test_a_label_set_out_with_spaces_keeps_its_first_character() -> None:
    # pdfplumber: 微 | 信 息 发 布 量… | 信: 微信's 信 is the alone one, not the label's.
    text = (
        "是否有移动新媒体 R是 £否\n账号名称 某某发布\n微\n微博信息发布量（单位：条） 190\n移 博\n"
        "动 关注量（单位：个） 25,075\n新\n媒 公众号名称 某某局\n体 微\n"
        "信 息 发 布 量（单位：条） 79\n信\n订阅数（单位：个） 3,713\n其他\n"
    )
    lines = _lines(text)
    assert lines[lines.index("微信") - 1 :][:3] == [
        "公众号名称 某某局",
        "微信",
        "信 息 发 布 量（单位：条） 79",
    ]
    assert values(text)["wechat_name"] == "某某局"


def test_a_name_lifted_before_takes_no_line_of_the_reach() -> None:
    # 移 动 新 | … | 媒 | … | 体: 微 | 博 lifted in the first pass leaves 媒 within reach.
    text = (
        "移 是否有移动新媒体 √是 □否\n动\n新\n名称 无\n微\n信 息 发 布 量（条） ０\n博\n"
        "关注量（个） ０\n媒\n名称 某区人民政府办公室\n体\n微\n信 息 发 布 量（条） ２４７\n信\n"
        "订阅数（个） ５０４７９\n"
        "其他\n"
    )
    assert _lines(text)[:3] == ["移动新媒体", "是否有移动新媒体 ☑是 ☐否", "名称 无"]
    assert values(text)["wechat_name"] == "某区人民政府办公室"


# pdftotext -layout: 移动新媒体 down the first column, 微博 and 微信 down the second; two
# characters abreast run into one cell (移   博, 体   微).
TWO_COLUMNS = (
    "    是否有移动新媒体                √是 □否\n"
    "               名称           无\n"
    "    微          信息发布量（单位：\n"
    "                            0\n"
    "移   博          条）\n"
    "动\n"
    "               关注量（单位：个）    0\n"
    "新\n"
    "媒              名称           某区人民政府办公室\n"
    "体   微          信息发布量（单位：\n"
    "                            152\n"
    "    信          条）\n"
    "               订阅数（单位：个）    8 872\n"
    "    其他\n"
)


def test_two_names_characters_run_into_one_cell_come_apart() -> None:
    lines = _lines(TWO_COLUMNS)
    assert [line.strip() for line in lines if line.strip() in ("移动新媒体", "微博", "微信")] == [
        "微博",
        "移动新媒体",
        "微信",
    ]
    got = values(TWO_COLUMNS)
    assert (got["weibo_name"], got["wechat_name"], got["wechat_posts"]) == (
        "无",
        "某区人民政府办公室",
        152,
    )


def test_a_names_rest_further_down_once_its_first_characters_settle_it() -> None:
    # pdfplumber: 移 动 新 open three lines, 媒 six lines on past the 微博 rows, 体 two more;
    # 体 was the name's last character above it (宣汉县人民政府办公室体).
    got = values(
        "移 是否有移动新媒体 ☑是 ☐否\n动\n新\n名称 无\n微 信息发布量（单位：\n0\n博 条）\n"
        "关注量（单位：个） 0\n媒\n名称 宣汉县人民政府办公室\n体\n微\n发布量（单位：条） 158\n"
        "信\n订阅数（单位：个） 4375\n"
    )
    assert got["wechat_name"] == "宣汉县人民政府办公室"


def test_a_name_beside_a_labels_rest_goes_before_the_label_past_its_count_and_unit() -> None:
    # 互动交流's first character opens the line of 征集调查期数's rest, under its value 5期.
    got = values(
        "公开答复数\n9条\n量（条）\n征集调查期\n5期\n互 数（期）\n征\n动 收到意见数\n集 52条\n"
        "交 量（条）\n调\n流\n查 公布调查结\n果期数 3期\n",
        without=("征集调查期数", "收到意见数量", "公布调查结果期数"),
    )
    assert (got["surveys"], got["survey_opinions"]) == (5, 52)
    index = label_index(default_form())
    assert _count("5期", index)
    assert _count("１２", index)
    assert not _count("36070482号", index)  # a code's end, no unit of the form's


def test_a_names_last_characters_further_in_once_three_are_spelled() -> None:
    # pdftotext -layout: 移 | 动 | 新 at the margin, 媒 | 体 six columns in, past 微博's rows.
    got = values(
        "移          是否有移动新媒体             ☑是 ☐否\n"
        "动\n"
        "新\n"
        "                               名称           米脂县人力资源和发布\n"
        "                  微\n"
        "                             信息发布量（条）           339\n"
        "                  博\n"
        "                             关注量（个）             8174\n"
        "\n"
        "      媒                        名称         米脂县人力资源和社会保障局\n"
        "      体\n"
        "                  微\n"
        "                             信息发布量（条）           313\n"
        "                  信\n"
        "                             微信订阅数（个）          61277\n"
    )
    assert got["wechat_name"] == "米脂县人力资源和社会保障局"
