"""pandoc's grid tables: a row's cells wrapped over several lines between borders."""

from __future__ import annotations

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.grid_tables import grid_rows
from text_reports import read

GRID = """\
政府网站工作年度报表
+----------------------+------------------------------+
| 指标                 | 数值                         |
+======================+==============================+
| 网站名称             | 某市科普网                   |
+----------------------+------------------------------+
| 政府网站标识码       | 6103000029                   |
+----------------------+------------------------------+
| 独立用户访问总量     | 1200                         |
+----------------------+------------------------------+
| 网站总访问量         | 3400                         |
+----------------------+------------------------------+
| 注册用户数           | 5                            |
+----------------------+------------------------------+
| 政务服务事项数量     | 3                            |
+----------------------+------------------------------+
| 收到意见数量         | 2                            |
+----------------------+------------------------------+
| 安全检测评估次数     | 1                            |
+----------------------+------------------------------+
| 其他新媒体           | 抖音号“某市科普”，发布作品23 |
|                      | 5条，粉丝524                 |
|                      | 76人                         |
+----------------------+------------------------------+
| 创新发展             | - ☑搜索即服务                |
|                      | - ☐多语言版本                |
|                      | - ☑其他：Open Data           |
+----------------------+------------------------------+
"""


def test_a_grid_rows_lines_are_one_row() -> None:
    got = read(GRID)
    assert got["other_media"] == "抖音号“某市科普”，发布作品235条，粉丝52476人"
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "Open Data"
    assert got["site_code"] == "6103000029"


def test_lines_keep_their_numbers() -> None:
    lines = GRID.splitlines()
    rows = grid_rows(lines)
    assert len(rows) == len(lines)
    assert rows[lines.index("|                      | 5条，粉丝524                 |")] == "+-+"


def test_latin_words_wrapped_keep_their_blank() -> None:
    lines = ["+------+", "| Open |", "| Data |", "+------+"]
    assert grid_rows(lines)[1] == "| Open Data |"


def test_a_table_drawn_with_box_drawing_characters() -> None:
    # A console tool's table: ┌─┬─┐ │ ├─┼─┤ └─┴─┘, a section's row across merged cells,
    # columns lined up as a terminal shows them (a Chinese character two columns wide).
    drawn = (
        GRID.replace("+======================+==============================+", "├─┼─┤")
        .replace("+----------------------+------------------------------+", "├─┼─┤")
        .replace("|", "│")
        .replace("政府网站工作年度报表\n├─┼─┤", "政府网站工作年度报表\n┌─┬─┐", 1)
    )
    drawn = drawn.replace("│ 网站名称", "│ 一、基本信息 │\n├─┴─┤\n│ 网站名称", 1)
    assert "+" not in drawn
    assert "|" not in drawn
    got = read(drawn)
    assert got["other_media"] == "抖音号“某市科普”，发布作品235条，粉丝52476人"
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["site_code"] == "6103000029"
    assert got["site_name"] == "某市科普网"


def test_a_rows_lines_each_a_field_stay_apart() -> None:
    # A group's fields beside its name, no border between them: each line a row (one
    # value left blank), not one row's wrapped cells.
    lines = [
        "+------+------------------+------+",
        "|信息发布|总数(单位:条)     |1536  |",
        "|      |概况类信息更新量    |46    |",
        "|      |其他                |      |",
        "|      |政务动态信息更新量  |1203  |",
        "+------+------------------+------+",
    ]
    assert grid_rows(lines) == lines


def test_a_box_drawn_table_in_a_pages_pre_is_read() -> None:
    rows = "".join(f"│{label}│{value}│\n" for label, value in PAIRS)
    pre = f"政府网站工作年度报表\n（2019年度）\n┌──┬──┐\n{rows}└──┴──┘\n"
    page = f"<html><body><div>首页</div><pre>{pre}</pre><p>版权所有</p></body></html>"
    got = extract_bytes(page.encode(), "p.html").report.to_json()
    assert got["year"] == 2019
    assert got["site_name"] == "某市科普网"
    assert got["info_overview"] == 46


PAIRS = [
    ("网站名称", "某市科普网"),
    ("政府网站标识码", "6103000029"),
    ("独立用户访问总量(单位:个)", "1200"),
    ("网站总访问量(单位:次)", "3400"),
    ("信息发布 总数(单位:条)", "1536"),
    ("概况类信息更新量(单位:条)", "46"),
    ("注册用户数(单位:个)", "5"),
    ("政务服务事项数量(单位:项)", "3"),
    ("收到意见数量(单位:条)", "2"),
    ("安全检测评估次数(单位:次)", "1"),
]
