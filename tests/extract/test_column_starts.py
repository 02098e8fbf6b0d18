"""readers.column_starts: a cell run into the next column's text with one blank."""

from __future__ import annotations

from nianbao.readers.text import document_from_text
from text_reports import text_cells, values

# pdftotext -layout: the options fill their column, one blank before the note beside
# them; the line below shows where the note's column starts.
_INNOVATION = (
    "                             九、创新发展\n"
    "创新发展                         其他（注明）\n"
    "☐搜索即服务 ☐多语言版本 ☐无障碍浏 提供政策智能匹配与免申即享服务；开通政策问答专\n"
    "览 ☐千人千网 ☑其他         区，提供政策原文、解读、问答一站式查询\n"
    "单位负责人：马华文     审核人：曹建\n"
)


def test_a_cell_is_cut_where_the_next_lines_column_starts() -> None:
    assert text_cells(_INNOVATION)[2] == [
        "☐搜索即服务 ☐多语言版本 ☐无障碍浏",
        "提供政策智能匹配与免申即享服务；开通政策问答专",
    ]


def test_the_cut_cells_keep_their_places() -> None:
    rows = document_from_text(_INNOVATION).rows
    assert [row.cells[1].bbox[0] for row in rows[2:4] if row.cells[1].bbox] == [20.0, 20.0]


def test_the_note_reads_whole() -> None:
    got = values(_INNOVATION)
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；开通政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_a_name_run_into_the_options_beside_it_is_its_own_cell() -> None:
    # The header's 网站类型 starts nowhere near the options: only the line below tells.
    text = (
        "网站名称                首页网址                       主办单位               网站类型\n"
        "某县市生态环境局（某县 http://                            "
        "某县市生态环境局（某县市 ¨政府门户网站 þ部门\n"
        "市档案馆）       www262.320000.gov.cn/              档案馆）         网站 ¨专项网站\n"
    )
    assert text_cells(text)[1][-2:] == ["某县市生态环境局（某县市", "☐政府门户网站 ☑部门"]


def test_words_one_blank_apart_on_a_line_without_columns_stay_whole() -> None:
    text = "网站名称 首页网址 主办单位 网站类型\n 某市市场监督管理局    https://\nwww1.gov.cn/  \n"
    assert text_cells(text)[0] == ["网站名称 首页网址 主办单位 网站类型"]


def test_spaced_words_units_and_numbers_stay_whole() -> None:
    text = (
        "单 位 负 责 人：田建      其他\n"
        "填报               审核人：赵\n"
        "信息发布量 条       34 959\n"
        "                  其中  959\n"
    )
    cells = text_cells(text)
    assert cells[0][0] == "单 位 负 责 人：田建"
    assert cells[2] == ["信息发布量 条", "34 959"]


def test_options_going_on_past_a_column_start_stay_together() -> None:
    text = "创新发展   ☐搜索即服务 ☑多语言版本\n是否      ☐是          ☑否\n"
    assert text_cells(text)[0][1] == "☐搜索即服务 ☑多语言版本"
