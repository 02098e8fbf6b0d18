"""A free text's whole paragraph around the line read beside or below its label: the
lines above it, and laid out with spaces the rest of its line and the lines below."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.labels import label_index
from nianbao.extract.leads import lead_cut
from nianbao.extract.prose import full_lines, width
from nianbao.forms.registry import default_form
from text_reports import values

FIXTURES = Path(__file__).parent.parent / "fixtures"

HEAD = "移动客户端“某县人通”，下载量 71 万次；“某县”政务服务小程序，累计访问"
REST = "5428 万次；抖音号“某县”，发布短视频 5965 条，粉丝 29734 人"


def test_the_head_above_a_lone_label() -> None:
    # pdfplumber: the label centred on the text's tall cell comes between its lines.
    got = values(f"订阅数（个） 40393\n{HEAD}\n其他\n{REST}\n九、创新发展\n")
    assert got["other_media"] == f"{HEAD} {REST}"
    assert got["wechat_subscribers"] == 40393


def test_the_head_above_a_label_with_its_middle_line() -> None:
    middle = "5386 条，粉丝 5762 人；今日头条号“某县发布”，信息发布量 4012 条，关注"
    got = values(
        "订阅数 个 42952\n"
        "移动客户端“某县人通”，下载量 24 万次；抖音号“某县”，发布短视频\n"
        f"其他 {middle}\n量 28711 个\n创新发展 ☑搜索即服务 ☐其他\n"
    )
    assert got["other_media"] == (
        f"移动客户端“某县人通”，下载量 24 万次；抖音号“某县”，发布短视频 {middle}量 28711 个"
    )


def test_a_short_value_takes_no_text_above_its_line() -> None:
    # The paragraph above a line of signatures is the note of an option, not a name's.
    got = values(
        "创新发展 ☑搜索即服务 ☑其他\n"
        "提供政策智能匹配与免申即享服务；开通“某县”政策问答专\n"
        "区，提供政策原文、解读、问答一站式查询\n"
        "单位负责人：刘超 审核人：许海军 填报人：陈丽平\n"
    )
    assert got["head"] == "刘超"


def test_a_paragraph_before_its_lone_label() -> None:
    # pdftotext: the tall cell's label, centred, comes after the text its cell starts.
    got = values(
        "订阅数（单\n位：个）\n\n44073\n"
        "移动客户端“平安县教通”，下载量 82 万次；抖音号“平安县”，发布短视频\n"
        "7401 条，粉丝 48637 人；今日头条号“平安县发布”，信息发布量 4917\n"
        "条，关注量 26341 个\n\n其他\n\n创新发展\n"
    )
    assert got["other_media"] == (
        "移动客户端“平安县教通”，下载量 82 万次；抖音号“平安县”，发布短视频 7401 条，"
        "粉丝 48637 人；今日头条号“平安县发布”，信息发布量 4917 条，关注量 26341 个"
    )
    assert got["wechat_subscribers"] == 44073


def test_names_before_a_lone_label_are_no_paragraph() -> None:
    got = values("订阅数（单位：个）\n44073\n某县人民政府办公室\n某县融媒体中心\n其他\n创新发展\n")
    assert "other_media" not in got


LAID_OUT = (
    "               订阅数     个                       ８８００\n"
    "\n"
    "                           移动客户端“阿勒泰地通”，下载量    63 万次；"
    "抖音号“阿勒泰地区”，发布短视频\n"
    "               其他          6421 条，粉丝 43080 人；"
    "今日头条号“阿勒泰地区发布”，信息发布量     7182\n"
    "                                           条，关注量   76828 个\n"
    "\n"
    "              创新发展              ☐搜索即服务  ☑多语言版本   ☐其他\n"
)


def test_laid_out_the_lines_above_beside_and_below() -> None:
    # pdfplumber's layout: the text's full lines spread over its cell, its last centred.
    got = values(LAID_OUT)
    assert got["other_media"] == (
        "移动客户端“阿勒泰地通”，下载量 63 万次；抖音号“阿勒泰地区”，发布短视频 6421 条，"
        "粉丝 43080 人；今日头条号“阿勒泰地区发布”，信息发布量 7182 条，关注量 76828 个"
    )
    assert got["wechat_subscribers"] == 8800


def test_laid_out_a_full_line_above_the_centred_last() -> None:
    got = values(
        "         某市人民政府办公室              115                      10\n"
        "\n"
        "                                        其他\n"
        "\n"
        "         移动客户端“某市人通”，下载量     4 万次；今日头条号“某市发布”，信息发布量"
        "     8436 条，关注量 45021\n"
        "                         个；“某市”政务服务小程序，累计访问      2750 万次\n"
        "\n"
        "                                     九、创新发展\n"
    )
    assert got["other_media"] == (
        "移动客户端“某市人通”，下载量 4 万次；今日头条号“某市发布”，信息发布量 8436 条，"
        "关注量 45021 个；“某市”政务服务小程序，累计访问 2750 万次"
    )


def test_laid_out_a_counts_unit_alone_below_ends_the_paragraph() -> None:
    # pdftotext -layout: the last line's unit cut onto a line of its own (5846 | 万次).
    text = (FIXTURES / "converted" / "pdftotext-layout-unit-below.txt").read_text("utf-8")
    assert values(text)["other_media"] == (
        "移动客户端“瓦房店市通”，下载量 38 万次；今日头条号“瓦房店市发布”，信息发布量 6768 条，"
        "关注量 10296 个；“瓦房店市”政务服务小程序，累计访问 5846 万次"
    )


def test_laid_out_a_texts_line_cut_by_a_wide_gap_under_its_centred_label() -> None:
    # pdfplumber's layout: 其他 centred over 移动客户端…，下载量      36 万次, over neither cell.
    text = (FIXTURES / "converted" / "pdfplumber-layout-text-across.txt").read_text("utf-8")
    assert values(text)["other_media"] == "移动客户端“莫力达瓦通”，下载量 36 万次"


LAID_OUT_AROUND = (
    "其他新媒体\n"
    "创新发展\n"
    "                                     提供政策智能匹配与免申即享服务；开通“龙\n"
    "          ¨搜索即服务 þ多语言版本 ¨\n"
    "创新发展                        其他（注明）   港市”政策问答专区，提供政策原文、解读、问\n"
    "          无障碍浏览 ¨千人千网 þ其他\n"
    "                                     答一站式查询\n"
    "\n"
    "单位负责人：蒋刚\n"
)


def test_laid_out_a_texts_lines_around_lines_of_another_columns_options() -> None:
    # pdftotext -layout: the note's lines in its tall cell, its first above the options'
    # line, its last below the next.
    assert values(LAID_OUT_AROUND)["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“龙港市”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_not_past_a_line_of_a_label_in_the_texts_columns() -> None:
    text = LAID_OUT_AROUND.replace(
        "          ¨搜索即服务 þ多语言版本 ¨\n",
        "          ¨搜索即服务 þ多语言版本 ¨            信息发布量\n",
    )
    got = values(text)["innovation_other"]
    assert got.startswith("港市”政策问答专区")


def test_a_line_short_by_its_next_lines_first_word_is_full() -> None:
    # pypdfium2: 9743 did not fit on the second line; 创新 | 发展 is a label cut in two.
    got = values(
        "订阅数(单\n位:个) １７５０１\n其他\n"
        "移动客户端“某市市通”，下载量 25 万次；“某市”政务服务小程序，累计\n"
        "访问 3677 万次；今日头条号“某市发布”，信息发布量 7666 条，关注量\n"
        "9743 个\n创新\n发展\n☑搜索即服务 ☐其他\n"
    )
    assert got["other_media"] == (
        "移动客户端“某市市通”，下载量 25 万次；“某市”政务服务小程序，累计访问 3677 万次；"
        "今日头条号“某市发布”，信息发布量 7666 条，关注量 9743 个"
    )


def test_a_counts_unit_alone_ends_the_paragraph() -> None:
    got = values(
        "微信订阅数\n（单位：个） 16 325\n其他新媒体\n"
        "移动客户端“某区通”，下载量 16 万次；今日头条号“某区发布”，信息发布量\n"
        "6702 条，关注量 30356 个；抖音号“某区”，发布短视频 5090 条，粉丝 48281\n"
        "人\n创新发展\n"
    )
    assert got["other_media"].endswith("粉丝 48281 人")
    assert got["other_media"].startswith("移动客户端")


def test_a_line_end_between_a_word_and_a_number_was_a_space() -> None:
    got = values(
        "                                     订阅数（单位：个）       25457个\n"
        "                                                     移动客户端“某县通”，下载量\n"
        "                        其他移动新媒体\n"
        "                                                     89 万次\n"
        "\n"
        "        创新发展          ☐搜索即服务   ☐其他\n"
    )
    assert got["other_media"] == "移动客户端“某县通”，下载量 89 万次"


def test_a_label_cut_at_its_lines_start_by_a_narrow_column() -> None:
    # pdfplumber: 创新发 | 展 open two lines, the options and the note right of them.
    got = values(
        "订阅数（个） 10个\n其他\n"
        "创新发 ☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配与免申即享服\n"
        "展 务\n单位负责人：周某\n"
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert got["head"] == "周某"


def test_a_label_cut_at_its_lines_start_around_its_groups_name() -> None:
    # pdfplumber: the section's name 创新发展, centred in its tall cell, between 创新发 | 展.
    got = values(
        "订阅数 个 4,239\n其他\n"
        "创新发 þ搜索即服务 ¨多语言版本 ¨无障碍浏览 ¨千人千网 þ其他：提供政策\n"
        "创新发展\n展 智能匹配与免申即享服务\n单位负责人：高文 审核人：田文\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_group_name_and_its_label_cut_alike_at_their_lines_start() -> None:
    # pdfplumber: the section's name and the field's label, each in a narrow column, both
    # cut the same (创新发 创新发 | 展 展), the note's rest after them.
    got = values(
        "订阅数 个 80213个\n其他\n"
        "创新发 创新发 ☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配\n"
        "展 展 与免申即享服务\n单位负责人：胡国红 审核人：曾华\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"
    assert "other_media" not in got
    index = label_index(default_form())
    assert lead_cut("创新发 创新发 ☑搜索即服务", "展 展 与免申", index) == 3


def test_a_generic_label_is_no_cut_labels_rest() -> None:
    # 信息 | 政务动态更新 | 发布 条 374 | 量: 发布量 is the rest of 信息发布量.
    index = label_index(default_form())
    assert lead_cut("发布 条 374", "量", index, "政务动态更新") is None
    assert lead_cut("创新发 ☑搜索即服务", "展 务", index) == 1
    assert lead_cut("创新发展 ☑搜索即服务", "展 务", index) is None


_WORDS = st.lists(
    st.one_of(
        st.text(alphabet="某县局发布量条万次关注", min_size=1, max_size=6),
        st.integers(0, 99999).map(str),
    ),
    min_size=8,
    max_size=40,
)


def _wrap(words: list[str], columns: int) -> list[str]:
    """Lines of `words` as a cell `columns` wide sets them: Chinese breaks anywhere, a
    number stays whole, with a space between it and the words beside it."""
    units: list[tuple[str, str]] = []  # (space before, unbreakable text)
    for word in words:
        number = word.isdigit()
        apart = bool(units) and (number or units[-1][1].isdigit())
        for k, part in enumerate([word] if number else list(word)):
            units.append((" " if apart and k == 0 else "", part))
    lines, line = [], ""
    for gap, part in units:
        if line and width(line + gap + part) > columns:
            lines.append(line)
            line = ""
        line += (gap if line else "") + part
    return [*lines, line]


@given(_WORDS, st.integers(30, 80))
def test_a_wrapped_paragraphs_lines_are_full(words: list[str], columns: int) -> None:
    lines = _wrap(words, columns)
    if len(lines) > 1:
        assert full_lines(lines)


def test_a_text_beside_a_choices_label_is_no_answer() -> None:
    # pdfplumber: the options' line before their label, a note's head beside it.
    got = values(
        "订阅数(单位:个) 4239\n其他\n"
        "☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n"
        "创新发展 提供政策智能匹配与免申即享服务；开通“某某瑶族自治县”政策问\n"
        "其他（注明）\n答专区，提供政策原文、解读、问答一站式查询\n"
        "单位负责人：李某 审核人：董某\n"
    )
    assert got["innovation"] == ["other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“某某瑶族自治县”政策问答专区，"
        "提供政策原文、解读、问答一站式查询"
    )


def test_an_options_tail_with_a_misread_box_beside_its_label() -> None:
    # pdfplumber with Wingdings boxes read as letters: 千人千 | 网 £其他 over two lines.
    got = values(
        "订阅数 个 31121\n其他\nR搜索即服务 £多语言版本 R无障碍浏览 £千人千\n"
        "创新发展\n创新发展 网 £其他\n其他（注明）\n负责人：吴某\n"
    )
    assert got["innovation"] == ["search_as_service", "accessibility"]
    assert "innovation_other" not in got


def test_options_above_their_label_the_last_name_after_it() -> None:
    # pdfplumber: the options' line first, its last box's name after the label.
    got = values(
        "订阅数 个 115 148\n其他\n☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☑千人千网 ☑\n"
        "创新发展\n创新发展 其他\n其他（注明） 提供政策智能匹配与免申即享服务\n单位负责人：曹某\n"
    )
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_laid_out_options_above_their_label_the_last_name_a_label_itself() -> None:
    # pdfplumber's layout: 其他 under the last box reads as other new media's label.
    got = values(
        "               订阅数                  个 10\n"
        "               其他                     移动客户端“某县人通”，下载量     80 万次\n"
        "\n"
        "                                      ☑搜索即服务   ☐多语言版本   ☑无障碍浏览"
        "   ☑千人千网   ☑\n"
        "               创新发展\n"
        "       创新发展                           其他\n"
        "               其他（注明）                 提供政策智能匹配与免申即享服务\n"
        "       单位负责人：程某     审核人：谢某\n"
    )
    assert got["innovation"] == ["search_as_service", "accessibility", "personalized", "other"]
    assert got["other_media"] == "移动客户端“某县人通”，下载量 80 万次"


def test_another_choices_options_above_a_label_are_not_its() -> None:
    got = values("订阅数 个 5\n☐政府门户网站 ☐部门网站 ☑\n创新发展 其他\n单位负责人：曹某\n")
    assert got.get("innovation") != ["other"]


def test_laid_out_options_cut_in_a_short_name_around_their_label() -> None:
    # pdftotext -layout: ☐无障碍 (a short name itself) goes on with 浏览 below the label's
    # line, the label centred in its tall cell left of the list.
    got = values(
        "订阅数（单位：\n          21,379\n个）\n其他\n创新发展\n"
        "          □搜索即服务 √多语言版本 □无障碍\n"
        "创新发展                             其他（注明）\n"
        "          浏览 √千人千网 □其他\n\n"
        "单位负责人：周某   审核人：何某   填报人：宋某   联系电话：0451-51230806\n"
    )
    assert got["innovation"] == ["multilingual", "personalized"]


def test_laid_out_a_value_under_a_label_a_wide_gap_parts() -> None:
    # pdfplumber's layout: the answer stands under the label's head, not under its rest.
    got = values(
        "       七、安全防护\n"
        "       安全检测评估次数(单位: 次)   11\n"
        "\n"
        "       是否开展  网络安全应急演练        是否明确网站  安全责任人\n"
        "       √是  □否                √是 □否\n"
        "\n"
        "       八、移动新媒体\n"
    )
    assert got["emergency_drill"] is True
    assert got["security_officer"] is True


def test_laid_out_a_names_tail_that_opens_a_label_elsewhere() -> None:
    # pdfplumber's layout: 发布 (发布量's head) ends a name two lines down in its column.
    got = values(
        "       微博\n"
        "       名称           信息发布量(单位:条)        关 注 量(单位:个)\n"
        "       芦山县文化广电旅\n"
        "                    553                36 989\n"
        "       发布\n"
        "       微信\n"
    )
    assert got["weibo_name"] == "芦山县文化广电旅发布"
    assert (got["weibo_posts"], got["weibo_followers"]) == (553, 36989)


def test_options_around_their_own_labels_line_one_cell_a_line() -> None:
    # pdfplumber: the label (and the next field's) centred in its tall cell between the
    # list's lines, the name 无障碍浏览 cut across them.
    got = values(
        "订阅数 个 10\n其他\n创新发展\n√搜索即服务 √多语言版本 □无\n创新发展 其他（注明）\n"
        "障碍浏览 √千人千网 □其他\n单位负责人：罗某\n"
    )
    assert got["innovation"] == ["search_as_service", "multilingual", "personalized"]
    assert got["head"] == "罗某"


def test_two_pairs_a_row_a_code_and_a_label_wrapped_around_one_line() -> None:
    # pdfplumber without its layout: the code's pieces around its label's line, the
    # second pair's label around the value on it.
    got = values(
        "政府网站标识码 3207074942 ICP备案号 苏ICP备10395234号-2\n"
        "苏公网安备 独立用户访问总\n公安机关备案号 74842个\n32070723338879号 量(单位: 个)\n"
        "网站总访问量 59 555\n"
    )
    assert got["police_number"] == "苏公网安备32070723338879号"
    assert got["unique_visitors"] == 74842


def test_two_pairs_a_row_the_codes_head_read_as_a_count_before_a_label() -> None:
    got = values(
        "政府网站标识码 4203231753 网站ICP备案号 鄂ICP备17587660号\n"
        "42032355930743 独立用户访问总量\n公安机关备案号 270220个\n号 （单位：个）\n"
        "网站总访问量（单位：次） 1 000\n"
    )
    assert got["police_number"] == "42032355930743号"
    assert got["unique_visitors"] == 270220


def test_laid_out_a_labels_head_takes_no_other_columns_label_for_its_rest() -> None:
    # pdfplumber's layout: 可全程在线办理 goes on with 政务服务 under it, not with the left
    # column's whole label that opens the next line.
    got = values(
        "       办事服务\n"
        "       是否发布服务事项                             注册用户数(单\n"
        "                     ☑是 ☐否                              ０\n"
        "       目录                                   位: 个)\n"
        "                                            可全程在线办理\n"
        "       政务服务事项数量                             政务服务\n"
        "                     １３０                                １０６\n"
        "       (单位: 项)                              事项数量(单位:\n"
        "                                            项)\n"
        "       办件量\n"
    )
    assert got["service_items"] == 130
    assert got["service_items_online"] == 106


def test_a_paragraph_above_past_its_groups_label_alone_on_its_line() -> None:
    # The note's cell is taller than 创新发展's, whose label pdfplumber sets between the
    # note's first line and its second (beside 其他（注明）).
    got = values(
        "其他\nR搜索即服务 £多语言版本 £无障碍浏览 R千人千网 R其他\n"
        "提供政策智能匹配与免申即享服务；开通“关岭布依族苗族\n创新发展\n"
        "其他（注明） 自治县”政策问答专区，提供政策原文、解读、问答一站式\n查询\n"
        "单位负责人：何强燕\n"
    )
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“关岭布依族苗族自治县”政策问答专区，"
        "提供政策原文、解读、问答一站式查询"
    )


def test_a_blank_line_or_an_items_number_ends_a_paragraph() -> None:
    # 填报单位：… | (blank) | 一、网站基本情况 | 1. 网站名称：…: the heading is neither the
    # unit's name's rest nor the site name's first line.
    got = values(
        "填报单位：天水市秦州区人民政府办公室\n\n一、网站基本情况\n"
        "1. 网站名称：天水市秦州区人民政府\n2. 主办单位：天水市秦州区人民政府办公室\n",
        without=("网站名称",),
    )
    assert got["filing_unit"] == "天水市秦州区人民政府办公室"
    assert got["site_name"] == "天水市秦州区人民政府"
