"""A code centred in its tall cell around its label's line, laid out in columns
(extract/code_around.py)."""

from __future__ import annotations

from text_reports import BASIC_PAIRS, values

# pdfplumber with its layout: ICP备案号's number over two lines around its label's line,
# which holds the next cell's value, 公安机关备案号 wrapped around that value's line.
LINES = (
    "       政府网站标识码                       4690011431                   \n"
    "               琼ICP备      公安机关备案                                  \n"
    "       ICP备案号                        46900140524551号              \n"
    "               20240414号-1 号                                      \n"
    "       网站总访问量(单位:次)                  221,498                      \n"
)


def _laid(text: str) -> str:
    return "".join(f"       {label:<20}{value:>12}\n" for label, value in BASIC_PAIRS) + text


def test_a_code_around_its_labels_line_and_the_next_cells_value() -> None:
    got = values(_laid(LINES))
    assert got["icp_number"] == "琼ICP备20240414号-1"
    assert got["police_number"] == "46900140524551号"
    assert got["site_code"] == "4690011431"


def test_lines_around_that_make_no_code_are_left() -> None:
    got = values(_laid(LINES.replace("琼ICP备", "网站名称")))
    assert got.get("icp_number") != "网站名称20240414号-1"
    # 公安机关备案 | … | 号 (a cell of its own after 号-1) still reads around its value.
    assert got["police_number"] == "46900140524551号"


def test_a_code_opening_the_lines_around_its_label_in_text_of_one_line_a_row() -> None:
    # pdfplumber: the number's head before another label's piece above, its 号 below; the
    # count read beside the label is the next cell's (独立用户访问总量, its label in pieces).
    got = values(
        "标识码 3210845204 ICP备案号 苏ICP备89430470号\n独立用户访\n苏公网安备32108410736654 问总\n"
        "公安机关备案号 1160441个\n号 量（单位：\n个）\n网站访问总量\n8734960次\n（单位：次）\n"
        "信息发布\n"
    )
    assert got["police_number"] == "苏公网安备32108410736654号"
    assert got["unique_visitors"] == 1160441


def test_a_code_whose_middle_was_read_opens_lines_a_line_of_labels_away() -> None:
    # pdfplumber without layout: 蒙ICP备 | … | 号-1 open the lines one line of 公安机关备案号's
    # pieces away from the label's line, which holds the number's middle and the next value.
    got = values(
        "政府网站标\n1502003842\n识码\n蒙ICP备\n公安机关备\n"
        "ICP备案号 74128873 15020022852356号\n案号\n号-1\n"
        "独立用户访问总量（单位：个） 133,649\n"
    )
    assert got["icp_number"] == "蒙ICP备74128873号-1"
    assert got["police_number"] == "15020022852356号"


def test_a_code_whose_middle_stands_on_a_line_between_its_labels_pieces() -> None:
    got = values(
        "政府网\n站标识 4408000381\n码\n粤ICP备\nICP备 公安机关备\n"
        "88711493 粤公网安备44080048168801号\n案号 案号\n号-2\n"
        "独立用户访问总量（个） 327165个\n"
    )
    assert got["icp_number"] == "粤ICP备88711493号-2"
    assert got["police_number"] == "粤公网安备44080048168801号"


def test_a_head_with_a_digit_is_no_codes_head() -> None:
    got = values(
        "政府网\n站标识 4408000381\n码\n粤ICP备1\nICP备 公安机关备\n"
        "88711493 粤公网安备44080048168801号\n案号 案号\n号-2\n"
        "独立用户访问总量（个） 327165个\n"
    )
    assert got.get("icp_number") != "粤ICP备188711493号-2"


# pdfplumber without its layout: 独立用户访问总量's pieces around the code's lines, its
# count after its middle piece on the label's line; the walk joined that count with 号.
CODE_AND_LABEL_PIECES = """\
政府网站标识码 4213034766 ICP备案号 鄂ICP备60315037号-1
独立用户访问
鄂公网安备42130319263986
公安机关备案号 总 167 003
号
量(单位: 个)
网站总访问量(单位:
1 452 102
次)
"""


def test_a_code_around_a_count_after_another_labels_piece() -> None:
    got = values(CODE_AND_LABEL_PIECES)
    assert got.get("police_number") == "鄂公网安备42130319263986号"
    assert got.get("unique_visitors") == 167003
    assert got.get("page_views") == 1452102
