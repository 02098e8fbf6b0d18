"""A free text its cell's width wrapped, in text of one line a row: its lines go on alone
up to the next label (pypdfium2, pdfplumber and pdftotext without -layout)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.prose import joined, text_lines, width
from nianbao.forms.registry import default_form
from text_reports import BASIC_PAIRS, read, values

OTHER = (
    "移动客户端“某区应通”，下载量 38 万次；“某区”政务服务小程序，累计访问 3718 万",
    "次；抖音号“某区”，发布短视频 1056 条，粉丝 54342 人",
)
WHOLE = OTHER[0] + OTHER[1]
INNOVATION = (
    "提供政策智能匹配与免申即享服务；建设适",
    "老化专区，提供大字版、语音读屏和简洁版",
    "页面",
)


def test_a_paragraph_goes_on_up_to_the_next_label() -> None:
    got = values(f"订阅数（个） 10\n其他 {OTHER[0]}\n{OTHER[1]}\n创新发展\n")
    assert got["other_media"] == WHOLE
    assert got["wechat_subscribers"] == 10


def test_a_line_opening_with_a_labels_word_goes_on_a_sentence_left_open() -> None:
    # The cell's width cut the text before 关注量, whose line reads as label and value;
    # the text after it is no count, and the line before left its sentence open.
    lines = (
        "移动客户端“某区人通”，下载量 25 万次；今日头条号“某区发布”，信息发布量 4699 条，",
        "关注量 41036 个；“某区”政务服务小程序，累计访问 8868 万次",
    )
    got = values(f"订阅数（个） 10\n其他 {lines[0]}\n{lines[1]}\n创新发展\n")
    assert got["other_media"] == "".join(lines)
    assert got["wechat_subscribers"] == 10


def test_a_line_opening_with_a_labels_word_goes_on_a_word_cut_in_two() -> None:
    # The cell's width cut 信息 | 发布量: the line before ends inside a word, not at a comma.
    lines = (
        "移动客户端“某区人通”，下载量 25 万次；今日头条号“某区发布”，信息",
        "发布量 4699 条，关注量 41036 个",
    )
    got = values(f"订阅数（个） 10\n其他 {lines[0]}\n{lines[1]}\n创新发展\n")
    assert got["other_media"] == "".join(lines)


def test_a_label_after_a_closed_sentence_is_read() -> None:
    got = values(f"微信\n名称 某区发布\n其他 {OTHER[0]}次。\n关注量 41036 个；每日更新\n")
    assert got["other_media"] == OTHER[0] + "次。"


def test_a_paragraph_dealt_after_a_run_of_labels_keeps_the_blank_its_line_end_took() -> None:
    # pdftotext without -layout: two labels, then their cells' lines one a line.
    got = values(
        "微信\n名称 某区发布\n信息发布量（单位：条）\n1,239\n订阅数（单位：个）\n其他\n6,777\n"
        "移动客户端“某县人通”，下载量 46 万次；抖音号“某县”，发布短视频 3420\n"
        "条，粉丝 71740 人；“某县”政务服务小程序，累计访问 7204 万次\n九、创新发展\n"
    )
    assert "发布短视频 3420 条，粉丝" in got["other_media"]
    assert got["wechat_subscribers"] == 6777


@pytest.mark.parametrize(
    ("kind", "lines", "text"),
    [
        ("str", ["累计访问 973", "万次"], "累计访问 973 万次"),
        (
            "str",
            ["某市人民政府门户网站（某市", "地方志编纂中心）"],
            "某市人民政府门户网站（某市地方志编纂中心）",
        ),
        ("url", ["https://", "www.a.gov.cn/"], "https://www.a.gov.cn/"),
    ],
)
def test_text_lines_joins_a_free_texts_lines_as_prose(
    kind: str, lines: list[str], text: str
) -> None:
    key = "other_media" if kind == "str" else "homepage_url"
    assert text_lines(default_form().field(key), lines) == text


def test_a_paragraph_below_its_label_goes_on_over_lines_as_wide() -> None:
    lines = "\n".join(INNOVATION)
    got = values(f"创新发展 ☑其他\n其他（注明）\n{lines}\n单位负责人：某某\n")
    assert got["innovation_other"] == "".join(INNOVATION)
    assert got["head"] == "某某"


def test_lines_of_other_widths_are_no_paragraph() -> None:
    # The second line is shorter than the first and the third: a list of short texts.
    lines = "\n".join([INNOVATION[0], "老化专区", INNOVATION[1]])
    got = values(f"创新发展 ☑其他\n其他（注明）\n{lines}\n单位负责人：某某\n")
    assert got.get("innovation_other") == INNOVATION[0]


def test_a_short_text_is_whole() -> None:
    # A name is never wrapped: the signature's date after it is no part of it.
    got = values("单位负责人：潘超\n29日\n审核人：某某\n")
    assert got["head"] == "潘超"


def test_a_name_whose_bracket_closes_is_whole() -> None:
    got = values(
        "填报单位：某市人民政府办公室（某市地方志编纂中心）\n"
        "某市人民政府门户网站（某市地方志编纂\n中心）\n主办单位 某局\n"
    )
    assert got["filing_unit"] == "某市人民政府办公室（某市地方志编纂中心）"


def test_a_labels_head_is_no_texts_rest() -> None:
    got = values("微博\n名称 广饶县农业农村局发布\n信 息 发\n布量 3\n关注量 5\n")
    assert got["weibo_name"] == "广饶县农业农村局发布"


def test_a_line_that_leaves_a_bracket_open_is_the_next_rows() -> None:
    got = values(
        "填报单位：某市人民政府办公室某市地方志编纂中心某\n某市人民政府门户网站（某市地方志编纂\n"
        "网站名称\n中心）\n"
    )
    assert got["filing_unit"] == "某市人民政府办公室某市地方志编纂中心某"


@given(
    st.text(alphabet="某区访问，；“”0123 ", min_size=1), st.text(alphabet="某区0123“", min_size=1)
)
def test_joined_keeps_every_character(head: str, rest: str) -> None:
    text = joined(head, rest)
    assert text.replace(" ", "") == (head + rest).replace(" ", "")
    assert width(text) >= width(head) + width(rest)


def test_a_label_cut_inside_its_bracket_is_the_longer_label() -> None:
    # 其他（注 reads as 其他 (other new media) and a value up to the line's end.
    lines = "\n".join(INNOVATION)
    got = values(f"创新发展 ☑其他\n其他（注\n明）\n{lines}\n单位负责人：某某\n")
    assert got["innovation_other"] == "".join(INNOVATION)
    assert "other_media" not in got


# pypdfium2 with no-break spaces between cells: its lines keep where they start.
SPACED = (
    "是否明确网站安全责任人 R是\xa0\xa0£否\n"
    "移动新\n"
    "媒体\n"
    "是否有移\n"
    "动新媒体 R是\xa0\xa0£否\n"
    "微博\n"
    "名称 \xa0路桥区文化广电旅发布\xa0\xa0\n"
    "信息发布\n"
    "量\n"
    "条 \xa0154\xa0\xa0\n"
    "关注量 个 \xa032350\xa0\xa0\n"
    "微信\n"
    "名称 \xa0路桥区文化广电旅游局\xa0\xa0\n"
    "信息发布\n"
    "量\n"
    "条 \xa0388\xa0\xa0\n"
    "订阅数 个 \xa011764\xa0\xa0\n"
    "其他 \xa0移动客户端“路桥区文通”，下载量\xa055\xa0万次；“路桥区”政务服务小程序，"
    "累计访问\n"
    "377\xa0万次；抖音号“路桥区”，发布短视频\xa03505\xa0条，粉丝\xa072480\xa0人\xa0"
    "\xa0\n"
    "创新发\n"
    "展\n"
    "创新发展 R搜索即服务\xa0\xa0£多语言版本\xa0\xa0£无障碍浏览\xa0\xa0£千人千网\xa0\xa0R其他\n"
    "其他（注\n"
    "明）\n"
    "\xa0提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简\n"
    "洁版页面\xa0\xa0\n"
    "单位负责人：唐国\xa0\xa0\xa0\xa0\xa0审核人：田桂\xa0\xa0\xa0\xa0\xa0填报人：程建英\xa0\xa0\xa0\xa0\xa0联系电话"
    "：0531-3895005\xa0\xa0\xa0\xa0\xa0填报日期：2023.01.24\n"
)


def test_a_paragraph_laid_out_goes_on_from_its_left_edge() -> None:
    got = values(SPACED)
    assert got["innovation_other"].endswith("语音读屏和简洁版页面")


def test_a_notes_rest_past_its_fields_own_label() -> None:
    # pdfplumber: the label centred on the options' tall cell comes between their lines.
    got = values(
        "订阅数(单位: 个) 1 349\n其他\n九、创新发展\n"
        "☑搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配与免申\n"
        "创新发展\n即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面\n单位负责人：邓磊敏\n"
    )
    assert got["innovation"] == ["search_as_service", "accessibility", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申" + (
        "即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_spread_text_around_its_label_is_read_whole() -> None:
    # pdfplumber's layout: the text's words set apart by wide gaps, on the lines above and
    # below its label's.
    got = values(
        "       订阅数(单\n"
        "                １０７４２５\n"
        "       位:个)\n"
        "                移动客户端“江夏区人通”，下载量     48 万次；抖音号“江"
        "夏区”，发布短视频    7081 条，粉丝 19146\n"
        "       其他\n"
        "                人；“江夏区”政务服务小程序，累计访问      5856 万次"
        "\n"
        "       创新发展\n"
        "       创新发展     ¨搜索即服务  ¨多语言版本   þ无障碍浏览  ¨千人千网  "
        "¨其他            其他（注明）\n"
    )
    assert got["other_media"] == (
        "移动客户端“江夏区人通”，下载量 48 万次；抖音号“江夏区”，发布短视频 7081 条，"
        "粉丝 19146 人；“江夏区”政务服务小程序，累计访问 5856 万次"
    )


def test_a_names_tail_alone_after_it_below_its_label() -> None:
    # pdftotext: the narrow cell's name on a line of its own, its last character alone
    # on the next one, then the next label.
    got = values("主办单位\n\n海口市卫生健康委员\n会\n\n网站类型\n\n☐政府门户网站 ☑部门网站\n")
    assert got["sponsor"] == "海口市卫生健康委员会"


def test_a_names_tail_before_the_next_label_on_its_line() -> None:
    # pypdfium2, two pairs a row: the name's last characters open the next line.
    got = values(
        "网站名称  某某区人民政府门户网\n站   首页网址  http://wjw157.610102.gov.cn/\n"
        "主办单位 岫岩满族自治县文化广电旅\n"
        "游局 网 站 类 型 ¨政府门户网站  þ部门网站  ¨专项\n网站\n",
        without=("网站名称", "首页网址", "主办单位"),
    )
    assert got["site_name"] == "某某区人民政府门户网站"
    assert got["homepage_url"] == "http://wjw157.610102.gov.cn/"
    assert got["sponsor"] == "岫岩满族自治县文化广电旅游局"


def test_a_short_names_tail_in_a_narrow_cell() -> None:
    # pypdfium2: nine characters fill the narrow value cell, beside the label or abreast.
    got = values(
        "网站名称 武冈市市场监督管理\n局   首页网址 https://scjg585.430581.gov.cn/\n"
        "主办单位 阳曲县人民政府办公\n室\n网站类型 ☐政府门户网站  ☑部门网站  ☐专项网站\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "武冈市市场监督管理局"
    assert got["sponsor"] == "阳曲县人民政府办公室"


def test_a_names_longer_rest_before_the_next_cells_label() -> None:
    # pdfplumber: the rest opens the next line before 首页网址, four characters of fourteen.
    got = values(
        "基本信息\n网站名称 湘西土家族苗族自治州人民政府\n门户网站 首页网址 https://\n"
        "wjw189.433100.gov.cn/\n主办单位 湘西土家族苗族自治州人民政府\n"
        "办公室 网站类型 R政府门户网站  £部门网\n站  £专项网站\n",
        without=("网站名称", "首页网址", "主办单位", "网站类型"),
    )
    assert got["site_name"] == "湘西土家族苗族自治州人民政府门户网站"
    assert got["sponsor"] == "湘西土家族苗族自治州人民政府办公室"


def test_a_name_its_bracket_closes_takes_no_tail() -> None:
    # pdfplumber's layout: 基本 | 信息, a group's name, wraps in its tall cell.
    got = values(
        "       填报单位：某县住房和城乡建设局（某县地方志编纂中心）\n"
        "\n"
        "        基本    网站名称                某县住房和城乡建设局（某县地方志编纂中心）\n"
        "        信息\n"
        "              首页网址                       https://jyj992.411725.gov.cn/\n",
        without=("网站名称", "首页网址"),
    )
    assert got["filing_unit"] == "某县住房和城乡建设局（某县地方志编纂中心）"


# pypdfium2: a cell's end written as two no-break spaces; a wrapped cell's lines open at
# the line's start, not under the cell's first line.
NBSP = "\xa0\xa0"


def test_a_cells_next_line_at_the_lines_start_goes_on_its_text() -> None:
    got = values(
        f"名称 \xa0某区人民政府办公室{NBSP}\n信息发布量 条 \xa0737{NBSP}\n订阅数 个 \xa054{NBSP}\n"
        f"其他 \xa0{OTHER[0]}次；抖音号“某区”，发布短视频\n1056 条，粉丝 54342 人{NBSP}\n"
        f"创新\n发展 创新发展 ☐搜索即服务{NBSP}☐多语言版本{NBSP}☐无障碍浏览{NBSP}"
        f"☐千人千网{NBSP}☐其他\n"
    )
    assert got["other_media"] == WHOLE


def test_a_counts_unit_alone_below_ends_the_text() -> None:
    got = values(
        f"名称 \xa0某区人民政府办公室{NBSP}\n信息发布量 条 \xa0737{NBSP}\n订阅数 个 \xa054{NBSP}\n"
        f"其他 \xa0移动客户端“某区文通”，下载量 55 万\n次{NBSP}\n"
        f"创新发展 ☑搜索即服务{NBSP}☐多语言版本{NBSP}☐无障碍浏览{NBSP}☐千人千网{NBSP}☐其他\n"
    )
    assert got["other_media"] == "移动客户端“某区文通”，下载量 55 万次"


def test_a_laid_out_paragraph_ending_in_a_counts_unit_alone_below() -> None:
    # pdftotext -layout: the label centred on its tall cell, the unit 人 cut to a line.
    got = values(
        "      信息发布量        条 44条\n"
        "      订阅数          个 41682个\n"
        "                     移动客户端“某县市通”，下载量 85 万次；“某县”政务服务小程序，累\n"
        "      其他             计访问 2289 万次；抖音号“某县”，发布短视频 1568 条，粉丝 87842\n"
        "                     人\n"
        "      创新发展           ☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他\n"
    )
    assert got["other_media"] == (
        "移动客户端“某县市通”，下载量 85 万次；“某县”政务服务小程序，累计访问 2289 万次；"
        "抖音号“某县”，发布短视频 1568 条，粉丝 87842 人"
    )


def test_a_run_of_lone_labels_gives_the_next_line_to_the_next_label() -> None:
    # 55条 is 信息发布量's value in the run (名称 | 信息发布量 | name | count), not the
    # name's last line.
    got = values(
        "微信\n名称\n信息发布量(单位: 条)\n海口市人民政府办公室\n55条\n订阅数\n(单位: 个)\n"
        "25451个\n其他\n"
    )
    assert got["wechat_name"] == "海口市人民政府办公室"
    assert got["wechat_posts"] == 55


def test_a_free_text_ends_before_the_next_rows_options() -> None:
    # pdfplumber: the text's last line, then 创新发展's options set before its label.
    got = values(
        "移动客户端“某某通”，下载量 73 万次；抖音号“某某自治州”，\n"
        "其他 发布短视频 5347 条，粉丝 81119 人；“某某自治州”政务服务小程序，\n"
        "累计访问 4864 万次\n☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☐其他\n创新发展\n"
    )
    assert got["other_media"].endswith("政务服务小程序，累计访问 4864 万次")


def test_a_free_text_ends_before_the_next_rows_label_head() -> None:
    got = values(
        "移动客户端“某某通”，下载量 26 万次；抖音号“某某市”，发布短\n"
        "其他 视频 5905 条，粉丝 54043 人；“某某市”政务服务小程序，累计访问\n8404 万次\n创新\n"
        "创新发展 ☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☐其他\n发展\n"
    )
    assert got["other_media"].endswith("累计访问 8404 万次")


# Each cell on a line of its own (soffice's docx → txt): the title, the unit's name above
# the table, the table's column heads, then its rows.
ONE_CELL_A_LINE = "政府网站工作年度报表\n（2024年度）\n填报单位：{unit}\n{heads}\n" + "".join(
    f"{label}\n{value}\n" for label, value in BASIC_PAIRS
)


@pytest.mark.parametrize("head", ["项目", "指标", "栏目"])
def test_the_tables_column_heads_are_no_rest_of_the_name_above_them(head: str) -> None:
    # A name as long as a paragraph's full line (a shorter one is read whole as it is).
    unit = "某市某县交通运输管理局"
    got = read(ONE_CELL_A_LINE.format(unit=unit, heads=f"{head}\n单位\n数值"))
    assert got["filing_unit"] == unit
    assert got["site_name"] == "某局网站"


def test_a_label_run_into_the_clause_before_it_starts_after_its_stop() -> None:
    # 网站首页网址 is a label too: 网站；首页网址 is not, the 网站 ends the name before.
    got = values(
        "网站名称：北海市人民政府门户网站；首页网址：http://www.beihai.gov.cn/；"
        "主办单位：北海市人民政府办公室。\n"
    )
    assert got["site_name"] == "北海市人民政府门户网站"
    assert got["homepage_url"] == "http://www.beihai.gov.cn/"
