"""A value a converter's reading order moved away from its label (pdftotext without
-layout) is the label's when its kind fits that field alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.pipeline import extract_document
from nianbao.readers.html import read_html
from nianbao.readers.text import document_from_text
from text_reports import BASIC_PAIRS, values

OPTIONS = "☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他"


def test_options_after_the_signature_block_go_to_their_label() -> None:
    got = values(f"九、创新发展\n创新发展\n单位负责人：宋娟\n{OPTIONS}\n审核人：田玉\n")
    assert got["innovation"] == ["accessibility"]
    assert got["head"] == "宋娟"


def test_a_lists_options_past_the_next_rows_labels_and_values_go_to_it() -> None:
    # pdftotext: tall cells' labels in a run (其他, 创新发展), the new-media rows' pairs,
    # then the options, more rows away than a value's neighbours stand.
    rows = "".join(
        f"名称\n某局{k}\n信息发布量（单位：条）\n{k}\n关注量（单位：个）\n{k}0\n" for k in (1, 2)
    )
    got = values(f"九、创新发展\n其他\n创新发展\n{rows}{OPTIONS}\n单位负责人：宋娟\n")
    assert got["innovation"] == ["accessibility"]


def test_a_date_before_its_label_and_a_heading_after_it() -> None:
    got = values("单位负责人：韩芳\n2024-01-19\n审核人：董敏\n填报日期：\n附件2\n")
    assert got["fill_date"] == "2024-01-19"


def test_two_fitting_lines_leave_the_field_empty() -> None:
    other = "☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☐其他"
    got = values(f"创新发展\n单位负责人：宋娟\n{OPTIONS}\n{other}\n")
    assert "innovation" not in got


def test_options_cut_inside_their_names_over_lines_are_taken_together() -> None:
    # pdftotext: the options under 其他（注明）, cut after a box and inside a name.
    got = values(
        "创新发展\n其他（注明）\n¨搜索即服务 þ\n多语言版本 ¨无障碍浏\n览 þ千人千网 ¨其他\n"
        "单 位 负 责 人：肖华\n"
    )
    assert got["innovation"] == ["multilingual", "personalized"]


def test_a_yes_or_no_fits_every_yes_no_field() -> None:
    got = values("是否使用统一平台\n单位负责人：宋娟\n☑是 ☐否\n")
    assert "unified_platform" not in got


def test_values_far_from_the_label_stay_unclaimed() -> None:
    filler = "".join(f"备注第{n}行\n" for n in range(14))
    got = values(f"创新发展\n单位负责人：宋娟\n{filler}{OPTIONS}\n")
    assert "innovation" not in got


def test_cells_of_a_web_page_stay_where_they_are() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in BASIC_PAIRS)
    rows += (
        f"<tr><td>创新发展</td></tr><tr><td>单位负责人：宋娟</td></tr><tr><td>{OPTIONS}</td></tr>"
    )
    page = f"<html><body><table>{rows}</table></body></html>".encode()
    got = extract_document(read_html(page), "t").report.to_json()
    assert "innovation" not in got


@given(st.permutations(["单位负责人：宋娟", "审核人：田玉", "填报人：陈刚", OPTIONS]))
def test_the_options_line_anywhere_in_the_block_is_taken(lines: list[str]) -> None:
    got = values("创新发展\n" + "\n".join(lines) + "\n")
    assert got["innovation"] == ["accessibility"]


def test_an_unticked_part_below_the_label_gives_way_to_the_ticked_rest() -> None:
    got = values("网站类型\n☐政府门户网站\n单位负责人：宋娟\n☑部门网站 ☐专项网站\n")
    assert got["site_type"] == "department"


def test_an_answer_beside_the_label_stands_even_unreadable() -> None:
    got = values("创新发展\t☐搜索即服务 ☐多语言版本\n单位负责人：宋娟\n☑无障碍浏览 ☐其他\n")
    assert "innovation" not in got


def test_options_set_apart_in_columns_are_taken_together() -> None:
    # pdfplumber's layout mode: the options above the label its tall cell centres, set apart
    # by wide gaps, the last name cut (☐其 | 他).
    lines = [
        "                其他",
        "                           ☑搜索即服务   ☐多语言版本   ☑无障碍浏览   ☐千人千网  ☐其",
        "                创新发展情况",
        "       创新发展                他",
        "                其他（注明）",
        "       单 位 负 责 人：罗杰",
    ]
    laid = "".join(f"       {label:<20}{value:>12}\n" for label, value in BASIC_PAIRS)
    got = values(laid + "\n".join(lines) + "\n")
    assert got["innovation"] == ["search_as_service", "accessibility"]


def test_a_dates_day_its_line_end_cut_set_apart_by_reading_order() -> None:
    # pdftotext: the signature line's wrapped end (29日) right after its first block.
    got = values(
        "创新发展 ☐搜索即服务 ☐其他\n其他（注明）\n单位负责人：潘某\n29日\n\n审核人：唐某\n\n"
        "填报人：朱某\n\n联系电话：0971-79802907\n\n填报日期：2023年1月\n\n附件2\n"
    )
    assert got["fill_date"] == "2023-01-29"
    assert got["head"] == "潘某"


def test_a_date_cut_in_its_month_takes_its_rest_from_the_signature_lines() -> None:
    # pdftotext: the date's cell wrapped after the month's digit (2022年1 | 月16日).
    got = values(
        "单位主要负责人：韩燕娟\n月16日\n审核人：许丽\n填报人：韩文平\n"
        "联系方式：010-37067028\n填报日期：2022年1\n"
    )
    assert str(got["fill_date"]) == "2022-01-16"
    assert got["filler"] == "韩文平"


def test_a_date_cut_after_its_year_or_its_days_digits_takes_its_rest() -> None:
    # pdftotext: the cell wrapped after the year (2022 | 年1月25日) or before 日 (6 | 日).
    lines = (
        "单位负责人：徐玉军\n{rest}\n\n审核人：张杰敏\n\n填表人：杨艳秀\n\n"
        "填报日期：{cut}\n\n附件2\n"
    )
    got = values(lines.format(rest="年1月25日", cut="2022"))
    assert str(got["fill_date"]) == "2022-01-25"
    got = values(lines.format(rest="日", cut="2024年1月6"))
    assert str(got["fill_date"]) == "2024-01-06"


def test_a_dates_day_is_no_guess_among_two() -> None:
    got = values("单位负责人：潘某\n29日\n\n审核人：唐某\n12日\n\n填报日期：2023年1月\n\n附件2\n")
    assert "fill_date" not in got


def test_a_notes_lines_after_options_read_away_from_their_label() -> None:
    # pdftotext: the options and their note come after two signature lines.
    got = values(
        "创新发展\n\n其他（注明）\n\n单位负责人：徐某\n\n审核人：徐某某\n\n"
        "☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☑其他\n"
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、\n语音读屏和简洁版页面\n"
        "填报人：张某\n"
    )
    assert got["innovation"] == ["personalized", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_last_options_cut_end_is_no_note() -> None:
    got = values(
        "创新发展\n\n其他（注明）\n\n单位负责人：徐某\n\n"
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑千人千网 ☑其\n他\n提供政策智能匹配与免申即享服务\n"
        "填报人：张某\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_last_options_cut_end_before_its_note_on_one_line_is_no_part_of_it() -> None:
    got = values(
        "创新发展 ☐ 搜索即服务 ☑ 多语言版本 ☐ 无障碍浏览 ☐ 千人千网 ☑ 其\n"
        "他：政务服务“一件事”集成办理专区\n单位负责人：严某\n"
    )
    assert got["innovation"] == ["multilingual", "other"]
    assert got["innovation_other"] == "政务服务“一件事”集成办理专区"


def test_options_with_a_note_after_the_signature_block_take_the_note_too() -> None:
    # pdftotext: the note's rest, cut by the line's end, on the line below the options.
    got = values(
        "创新发展\n创新发展\n单位负责人：郑敏磊\n\n"
        "□搜索即服务 □多语言版本 □无障碍浏览 □千人千网 √其他：提供政策智能匹配与免\n"
        "申即享服务\n审 核 人：黄刚\n"
    )
    assert got["innovation"] == ["other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_notes_rest_past_the_label_the_walk_read_without_options() -> None:
    # pdftotext: the label of the options' tall cell between their line and the note's rest.
    got = values(
        "其他\n☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☑千人千网 ☑其他：提供政策智能匹配与免\n"
        "创新发展\n申即享服务\n单位负责人：郭勇\n"
    )
    assert got["innovation"] == ["accessibility", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_a_note_goes_on_over_lines_that_fill_the_options_width() -> None:
    got = values(
        "创新发展\n单 位 负 责 人：罗海洋\n\n"
        "√搜索即服务 □多语言版本 □无障碍浏览 □千人千网 √其他：提供政策智\n"
        "能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版\n"
        "页面\n审 核 人：邓桂英\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )


def test_a_short_line_after_a_note_ends_it() -> None:
    got = values(
        "创新发展\n☐搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他：提供政策智能匹配\n"
        "与免申即享服务\n网站运行平稳有序\n单位负责人：郭勇\n"
    )
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_an_attachment_mark_is_no_value() -> None:
    # pdftotext: the next page's mark read between the signature block and the options.
    got = values(
        "微信\n订阅数（单位：个）\n1349个\n其他\n创新发展\n单位负责人：邓磊敏\n附件2\n\n"
        f"{OPTIONS}\n审核人：冯伟\n"
    )
    assert got["innovation"] == ["accessibility"]
    assert "other_media" not in got


def test_a_site_code_of_digits_alone_after_the_codes_took_theirs() -> None:
    # pdftotext: a row of four labels, then their values; the site code is digits alone,
    # which a count could be, but only it of the codes may be ten digits with no 号 to come.
    got = values(
        "网站类型\n☑政府门户网站 ☐部门网站 ☐专项网站\n政府网站标识码\nICP备案号\n公安机关备案号\n"
        "独立用户访问总\n量（单位：个）\n3705229381\n鲁ICP备64555043号-2\n鲁公网安备\n"
        "37052281061967号\n150396\n网站总访问量（单位：次）\n639560\n"
    )
    assert got["site_code"] == "3705229381"
    assert got["police_number"] == "鲁公网安备37052281061967号"
    assert got["unique_visitors"] == 150396


# pypdfium2 of a generated report (laid out): the police number's 号 wrapped onto the next line,
# beside the next cell's count.
_CUT_CODE = "\r\n".join(
    [
        "附件1",
        "政府网站工作年度报表",
        "（2023年度）",
        "填 报 单 位：峰峰矿区人民政府办公室",
        "一、基本信息",
        "网 站 名 称 首页网址 主 办 单 位 网站类型",
        " 峰峰矿区人民政府门",
        "户网站 ",
        "\xa0https://",
        "jyj911.130406.gov.cn/\xa0\xa0",
        " 峰峰矿区人民政府办公",
        "室 ",
        "☑政府门户网站\xa0\xa0☐部",
        "门网站\xa0\xa0☐专项网站",
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总量",
        "（个）",
        "\xa01304060288\xa0\xa0 冀ICP备83405364号-1\xa0\xa0 \xa013040630446975",
        "号 \xa01\xa0\xa0",
        "网站总访问量（次）",
        "\xa05\xa0\xa0",
        "二、信息发布",
        "总数（条） 概况类信息更新量（条） 政务动态信息更新量（条） 信息公开目录信息更新量（条）",
        "\xa0487\xa0\xa0 \xa03\xa0\xa0 \xa0263\xa0\xa0 \xa0174\xa0\xa0",
        "三、专栏专题",
        "维 护 数 量（个） 新开设数量（个）",
        "\xa062\xa0\xa0 \xa049\xa0\xa0",
        "四、解读回应",
        "解读信息发布",
        "总数（条） 解读材料数量（条） 解读产品数量（个） 媒体评论文章数量（篇）",
        "\xa020\xa0\xa0 \xa016\xa0\xa0 \xa00\xa0\xa0 \xa04\xa0\xa0",
    ]
)


def test_a_codes_tail_opening_the_next_line_laid_out() -> None:
    # The values' line holds three values for four labels; the code's 号 and the last
    # label's count stand on the next line (extract/dealt.py, wrapped_codes.tail_line).
    got = extract_document(document_from_text(_CUT_CODE), "t").report.to_json()
    assert got["site_code"] == "1304060288"
    assert got["police_number"] == "13040630446975号"
    assert got["unique_visitors"] == 1
