"""pandoc's grid tables: a row's cells wrapped over several lines between borders."""

from __future__ import annotations

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
