"""readers.down_names: a group's name set down its own column one character a line."""

from __future__ import annotations

from nianbao.readers.text import document_from_text
from text_reports import text_cells, values

# pdftotext -layout: the group's characters one a line in the first column, one space
# before the next column's label where the label fills its cell.
_ROWS = (
    "   注册用户数            个 7668个\n"
    "   政务服务事项数量         项 534项\n"
    "办 可全程在线办理政务服务事项数\n"
    "事 量                 项 421项\n"
    "服\n"
    "务 办件量\n"
    "  总数                件 6911件\n"
    "   自然人办件量           件 6310件\n"
    "   法人办件量            件 601件\n"
)


def test_a_names_characters_are_cells_of_their_own() -> None:
    cells = text_cells(_ROWS)
    assert cells[2] == ["办", "可全程在线办理政务服务事项数"]
    assert cells[3][:2] == ["事", "量"]
    assert cells[5] == ["务", "办件量"]


def test_positions_stay_where_the_line_has_them() -> None:
    row = document_from_text(_ROWS).rows[3]
    assert [c.bbox[0] for c in row.cells[:2] if c.bbox] == [0.0, 2.0]


def test_words_one_space_apart_with_no_lone_character_stay_whole() -> None:
    text = "   网站名称      某局网站\n网 站名称在此\n首 页网址在此\n   其他        无\n"
    assert text_cells(text)[1] == ["网 站名称在此"]


def test_the_label_after_the_name_reads_its_value() -> None:
    got = values("五、办事服务\n   是否发布服务事项目录         √是 □否\n" + _ROWS)
    assert (got["service_items"], got["service_items_online"]) == (534, 421)


def test_two_names_last_characters_under_their_columns_are_twotext_cells() -> None:
    text = (
        "       创新发    创新发    þ搜索即服务   ¨多语言版本  ¨无障碍浏览  "
        "þ千人千网  þ其他：提供政策\n"
        "       展      展      智能匹配与免申即享服务\n"
        "       单位负责人：马华文     审核人：曹建\n"
    )
    assert text_cells(text)[1] == ["展", "展", "智能匹配与免申即享服务"]


def test_a_word_set_out_wide_under_one_cell_stays_whole() -> None:
    text = "       名称           某局网站\n       微      博      某局发布\n       其他   无\n"
    assert text_cells(text)[1][0] == "微博"


def test_the_options_note_goes_on_past_the_names_last_characters() -> None:
    got = values(
        "九、创新发展\n"
        "       创新发    创新发    þ搜索即服务   ¨多语言版本  ¨无障碍浏览  "
        "þ千人千网  þ其他：提供政策智能匹配与免申\n"
        "       展      展      即享服务\n"
        "       单位负责人：马华文     审核人：曹建   填报人：高静    联系电话：027-39621191\n"
    )
    assert got["innovation"] == ["search_as_service", "personalized", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


_NEW_MEDIA = (
    "           名称       华州区人民政府办发布\n"
    "           信息发布\n"
    "      微    量(单位:    164\n"
    "      博    条)\n"
    "           关注量(单\n"
    "                    42 124\n"
)


def test_a_names_character_joined_to_the_label_a_gap_after_it_is_cut_off() -> None:
    assert text_cells(_NEW_MEDIA)[2][:2] == ["微", "量(单位:"]


def test_the_label_after_the_names_character_reads_its_count() -> None:
    got = values("八、移动新媒体\n是否有移动新媒体  ☑是 ☐否\n" + _NEW_MEDIA + "           位:个)\n")
    assert got["weibo_posts"] == 164


def test_words_set_out_with_spaces_down_one_column_stay_whole() -> None:
    text = "网  站  名  称      某网站\n填  报  人：张三    审  核：李四\n是  否\n"
    assert text_cells(text) == [
        ["网站名称", "某网站"],
        ["填报人：张三", "审核：李四"],
        ["是", "否"],
    ]
