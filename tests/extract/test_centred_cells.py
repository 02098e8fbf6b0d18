"""Values centred (or set left) in their cells under a line of labels abreast, laid out in
columns (pdftotext -layout, pdfplumber's layout): each cell goes to the label it stands
under, its lines joined top to bottom."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.forms.registry import default_form
from nianbao.readers.text import document_from_text
from nianbao.rules import value_shapes

# pdftotext -layout of generated reports: a long line starts left of its label, a short
# one stands centred; the title's second line at the line's start.
CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"


def _read(name: str) -> dict[str, object]:
    text = (CONVERTED / name).read_text("utf-8")
    return extract_document(document_from_text(text), "t").report.to_json()


def test_lines_centred_in_their_cells_go_to_the_label_above_their_centre() -> None:
    got = _read("pdftotext-layout-centred.txt")
    name = "宁化县市场监督管理局（挂宁化县大数据发展管理局牌子）"
    assert got["site_name"] == name
    assert got["homepage_url"] == "http://jyj822.350424.gov.cn/"
    assert got["sponsor"] == name
    assert got["site_type"] == "department"


def test_cells_set_left_and_one_run_into_the_next() -> None:
    # pdfplumber's layout: cells start flush with their labels; an address fills its
    # column and the next cell's last character follows one blank after it (…gov.cn/ 室).
    got = _read("pdfplumber-layout-flush.txt")
    assert got["site_name"] == "岳麓区人民政府门户网站"
    assert got["homepage_url"] == "https://wjw229.430104.gov.cn/"
    assert got["sponsor"] == "岳麓区人民政府办公室"
    assert got["site_type"] == "portal"


def test_a_cell_under_a_label_of_another_line_leaves_the_row_to_the_walk() -> None:
    # The last count stands under a label wrapped around the labels' line (公开答复数量(单
    # | … | 位:条)), not under 平均办理时间, which was left blank.
    got = _read("pdfplumber-layout-messages.txt")
    assert (got["messages_received"], got["messages_closed"]) == (0, 0)
    assert "messages_avg_days" not in got


def test_a_title_year_at_the_lines_start_below_it() -> None:
    # Nothing below the title's columns can be a year: the line right below it is.
    got = _read("pdftotext-layout-title.txt")
    assert got["year"] == 2022
    assert got["site_name"] == "峰峰矿区人民政府门户网站"
    assert got["homepage_url"] == "https://sthj187.130406.gov.cn/"
    assert got["sponsor"] == "峰峰矿区人民政府办公室"


def test_a_web_address_ending_in_chinese_has_no_shape() -> None:
    shape = value_shapes(default_form())["homepage_url"][0]
    assert shape.fullmatch("https://wjw229.430104.gov.cn/index.html")
    assert not shape.fullmatch("https://wjw229.430104.gov.cn/室")


def test_a_cells_rest_the_walk_set_apart_is_read_once() -> None:
    # The walk split 局 off the address it ran into (…gov.cn/ 局) as a cell of its own.
    got = _read("pdfplumber-layout-run-into.txt")
    assert got["sponsor"] == "焉耆回族自治县交通运输局"
    assert got["homepage_url"] == "http://www923.652826.gov.cn/"


def test_a_notes_first_line_beside_the_choices_label_is_the_notes() -> None:
    # pdftotext -layout: the note centred on 其他（注明）, its first line on the line of
    # 创新发展, a choice's label, which owns no text without a box.
    got = _read("pdftotext-layout-note-around.txt")
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通“旌德县”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_a_whole_address_without_digits_takes_no_line_below() -> None:
    # pdfplumber's layout: http://wjw.haikou.gov.cn/ has no digit but is whole; the
    # sponsor's name in its column two lines down is the sponsor's.
    got = _read("pdfplumber-layout-address.txt")
    assert got["homepage_url"] == "http://wjw.haikou.gov.cn/"
    assert got["sponsor"] == "海口市卫生健康委员会"


def test_the_block_of_values_ends_at_a_label_the_walk_joined() -> None:
    # pdftotext -layout: 政府网站标识 | … | 码 is one label, its head set flush with the
    # name above it: no part of 网站名称's cell.
    got = _read("pdftotext-layout-label-head.txt")
    assert got["site_name"] == "营口市教育局"
    assert got["sponsor"] == "营口市教育局"
    assert got["site_code"] == "2108000060"


def test_a_labels_head_whose_rest_stands_two_lines_down_its_column() -> None:
    # pdftotext -layout: 公安 | 政府网站标识码 … ICP备案号 | 备案号 is 公安备案号 (a variant of
    # 公安机关备案号), the line of the next row's labels between: no end of the name above.
    got = _read("pdftotext-layout-label-apart.txt")
    assert got["sponsor"] == "临泉县交通运输局"
    assert got["police_number"] == "34122114958341号"


def test_a_codes_closing_character_its_cell_wrapped_under_its_left_edge() -> None:
    # pdftotext -layout: 浙公网安备33038376758808 | 总量（单位： 70,338 | 案号  号: the
    # code reads whole without its 号, which stands under its first character.
    got = _read("pdftotext-layout-code-tail.txt")
    assert got["police_number"] == "浙公网安备33038376758808号"
    assert got["unique_visitors"] == 70338


def test_a_codes_closing_characters_centred_under_it_past_other_columns_values() -> None:
    # pdfplumber's layout: 琼ICP备19003404  46010502000257 | 4601000022 … 453679 | 号-2  号:
    # each code's tail centred under it, the line of the row's other values between.
    got = _read("pdfplumber-layout-code-centred.txt")
    assert got["icp_number"] == "琼ICP备19003404号-2"
    assert got["police_number"] == "46010502000257号"
    assert (got["site_code"], got["unique_visitors"]) == ("4601000022", 453679)


def test_a_codes_closing_character_centred_under_it_beside_a_labels_rest() -> None:
    # pdfplumber's layout: 公安机关备案  浙公网安备33112623290691 | … | 号  号: the label's
    # rest and the code's, each under its own line.
    got = _read("pdfplumber-layout-code-below-label.txt")
    assert got["police_number"] == "浙公网安备33112623290691号"
    assert got["unique_visitors"] == 96119


def test_a_names_end_that_a_label_below_needs_not_is_the_names() -> None:
    # pdftotext -layout: 周宁县人民政府门户 | 网站 | … | 标识码: 网站标识码 is a label, but so
    # is 标识码 whole; 网站 ends the name.
    got = _read("pdftotext-layout-head-variant.txt")
    assert got["site_name"] == "周宁县人民政府门户网站"
    assert got["site_code"] == "3509250693"
