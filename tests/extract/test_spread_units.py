"""A unit a narrow cell wrapped one piece a line: extract/spread_units.py."""

from __future__ import annotations

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.spread_units import rejoin_spread_units
from text_reports import values


def _doc(*lines: str) -> Document:
    return Document(
        format="text",
        rows=[Row((Cell(line, 0),), f"第 {n} 行") for n, line in enumerate(lines, 1)],
    )


def test_pieces_of_a_unit_join_the_line_that_opens_it() -> None:
    doc = rejoin_spread_units(_doc("总数", "(单位", ":", "件", ") 14716", "件"))
    assert [row.cells[0].text for row in doc.rows] == ["总数", "(单位:件) 14716", "件"]
    assert doc.rows[1].where == "第 2 行"


def test_a_unit_opened_after_its_colon_or_at_the_end_of_its_label() -> None:
    doc = rejoin_spread_units(
        _doc("总数", "(单位: ", "条", ") 3800", "订 阅 数(单位", ":", "个", ")")
    )
    assert [row.cells[0].text for row in doc.rows] == [
        "总数",
        "(单位: 条) 3800",
        "订 阅 数(单位:个)",
    ]


def test_a_unit_cut_once_at_its_labels_line_end_is_the_walks() -> None:
    lines = ("收到留言数量(单位:", "条)", "办结留言数量(单", "位: 条)")
    assert rejoin_spread_units(_doc(*lines)).rows == _doc(*lines).rows


def test_lines_that_make_up_no_unit_stay_apart() -> None:
    lines = ("备注（说明", "见", "附件", "）", "总数(单位", "：", "某某局", ")")
    assert rejoin_spread_units(_doc(*lines)).rows == _doc(*lines).rows


def test_the_counts_of_labels_whose_units_are_spread() -> None:
    got = values(
        "办件量\n总数\n(单位\n:\n件\n) 14716\n件\n自然人办件量\n(单位\n:\n件\n) 14414\n件\n"
        "法 人 办 件 量\n(单位\n:\n件\n) 302\n件\n"
    )
    assert (got["cases_total"], got["cases_natural"], got["cases_legal"]) == (14716, 14414, 302)


def test_a_unit_cut_around_its_labels_value_is_closed_before_it() -> None:
    doc = rejoin_spread_units(
        _doc("收到留言数", "量（单位： 473", "条）", "办结留言数", "量（单位：166", "条）")
    )
    assert [row.cells[0].text for row in doc.rows] == [
        "收到留言数",
        "量（单位：条） 473",
        "办结留言数",
        "量（单位：条） 166",
    ]


def test_a_unit_cut_around_its_value_past_a_tall_cells_short_name() -> None:
    doc = rejoin_spread_units(_doc("信息发布量", "（单位： 233", "微博", "条）"))
    assert [row.cells[0].text for row in doc.rows] == ["信息发布量", "（单位：条） 233", "微博"]


def test_a_unit_cut_around_a_value_not_past_another_units_piece() -> None:
    # 位：项） ends the label before; 项） is the next one's.
    lines = ("政务服务事项数量（单", "1,228 务事项数量（单位： 642", "位：项）", "项）")
    assert rejoin_spread_units(_doc(*lines)).rows == _doc(*lines).rows


def test_the_counts_of_labels_wrapped_around_them_in_narrow_cells() -> None:
    got = values("互动交流\n收到留言数\n量（单位： 473\n条）\n办结留言数\n量（单位： 166\n条）\n")
    assert (got["messages_received"], got["messages_closed"]) == (473, 166)


def test_a_unit_alone_on_its_line_closed_by_the_values_line_laid_out() -> None:
    # pypdfium2: a narrow label cell wraps its unit onto a line of its own and its closing
    # bracket onto the value's, which double blanks set out as cells.
    got = values(
        "六、互动交流\n留言办理\n收到留言数量\n(单位:条\n)  ６  \n办结留言数量\n(单位:条\n)  ４  \n"
        "征集调查\n征集调查期数\n(单位:期\n)  ９  \n",
        without=("征集调查期数",),
    )
    assert (got["messages_received"], got["messages_closed"], got["surveys"]) == (6, 4, 9)
