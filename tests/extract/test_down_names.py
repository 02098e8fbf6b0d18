"""readers.down_names: a group's name set down its own column one character a line."""

from __future__ import annotations

from nianbao.readers.text import document_from_text
from text_reports import values

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


def _cells(text: str) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in document_from_text(text).rows]


def test_a_names_characters_are_cells_of_their_own() -> None:
    cells = _cells(_ROWS)
    assert cells[2] == ["办", "可全程在线办理政务服务事项数"]
    assert cells[3][:2] == ["事", "量"]
    assert cells[5] == ["务", "办件量"]


def test_positions_stay_where_the_line_has_them() -> None:
    row = document_from_text(_ROWS).rows[3]
    assert [c.bbox[0] for c in row.cells[:2] if c.bbox] == [0.0, 2.0]


def test_words_one_space_apart_with_no_lone_character_stay_whole() -> None:
    text = "   网站名称      某局网站\n网 站名称在此\n首 页网址在此\n   其他        无\n"
    assert _cells(text)[1] == ["网 站名称在此"]


def test_the_label_after_the_name_reads_its_value() -> None:
    got = values("五、办事服务\n   是否发布服务事项目录         √是 □否\n" + _ROWS)
    assert (got["service_items"], got["service_items_online"]) == (534, 421)
