"""Markdown rows whose cells stack their lines with <br> (readers.stacked_cells)."""

from __future__ import annotations

from nianbao.readers.stacked_cells import numbered_lines
from text_reports import values


def test_a_groups_labels_and_values_stacked_line_for_line() -> None:
    text = (
        "| 栏目 | 指标 | 数值 |\n|---|---|---|\n"
        "| **解读回应** | **解读信息发布**<br>总数（条）<br>解读材料数量（条）<br>"
        "解读产品数量（个）<br>媒体评论文章数量（篇） | <br>17<br>3<br>3<br>11 |\n"
        "| **办事服务** | **办件量**<br>总数（件）<br>自然人办件量（件）<br>法人办件量（件） "
        "| <br>无<br>0<br>0 |\n"
    )
    got = values(text)
    assert [got.get(k) for k in ("interp_total", "interp_materials", "interp_media")] == [17, 3, 11]
    assert [got.get(k) for k in ("cases_total", "cases_natural", "cases_legal")] == [0, 0, 0]


def test_one_cells_lines_stay_one_cell() -> None:
    lines = ["| 其他 | 抖音号“某局”<br>发布作品12条 |", "| a<br>b | c<br>d<br>e |"]
    assert list(numbered_lines(lines)) == [(1, lines[0]), (2, lines[1])]
    assert list(numbered_lines(["| x | a<br>b | 1<br/>2 |"])) == [
        (1, "| x | a | 1 |"),
        (1, "|  | b | 2 |"),
    ]


def test_an_escaped_pipe_stays_in_its_stacked_cell() -> None:
    # markitdown escapes a pipe inside a cell: it parts no cells of the stacked row.
    assert list(numbered_lines(["| a\\|b | c<br>d | 1<br>2 |"])) == [
        (1, "| a\\|b | c | 1 |"),
        (1, "|  | d | 2 |"),
    ]


def test_a_registration_number_wrapped_beside_a_wrapped_label() -> None:
    # Two cells of two lines each: set apart as stacked rows, the number's rest goes on
    # in its own column on the next.
    text = (
        "|网站名称|某市农业农村局网站|||\n|---|---|---|---|\n"
        "|ICP备案号|黑ICP备06002395号-2|公安机关备<br>案号|黑公网安备<br>23020202000217号|\n"
        "|独立用户访问总量（单位：个）|781308|||\n"
    )
    got = values(text)
    assert got.get("police_number") == "黑公网安备23020202000217号"
    assert got.get("icp_number") == "黑ICP备06002395号-2"
