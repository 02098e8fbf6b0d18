"""A table row cut by a page break, joined across the pages (readers.geometry)."""

from __future__ import annotations

from nianbao.extract.document import BBox, Cell, Document, Row
from nianbao.extract.matcher import match_document
from nianbao.forms.registry import default_form
from nianbao.readers.geometry import OPEN_BOTTOM, OPEN_TOP
from nianbao.readers.page_break import join_page_break

FORM = default_form()
COLUMNS = ((63.0, 99.0), (99.0, 199.0), (199.0, 240.0), (240.0, 356.0))


def _row(cells: list[tuple[str, int]], top: float, bottom: float, page: int) -> Row:
    def box(col: int) -> BBox:
        left, right = COLUMNS[col]
        return (left, top, right, bottom)

    row_cells = tuple(Cell(text, col, box(col)) for text, col in cells)
    return Row(row_cells, f"第 {page} 页", page=page, block=2 * page - 1)


def _cut(old_bottom: float, new_top: float) -> list[Row]:
    """信息发布's first row cut by the page end: its label (centred in a tall cell) and a
    unit went whole to the next page, the values stayed."""
    done = [
        _row([("信息发布", 0)], 440, 458, 1),
        _row([("1640", 1), ("概况类信息更新量", 2), ("18", 3)], 458, old_bottom, 1),
    ]
    page = [
        _row([("总数（单位：条）", 0), ("（单位：条）", 2)], new_top, 117, 2),
        _row([("政务动态信息更新量（单位：条）", 0), ("63", 1)], 117, 223, 2),
    ]
    rest = join_page_break(done, page)  # joins into done's last row
    return [*done, *rest]


def test_a_row_open_across_the_break_is_one_row() -> None:
    rows = _cut(OPEN_BOTTOM, OPEN_TOP)
    assert len(rows) == 3
    assert [c.text for c in rows[1].cells] == [
        "总数（单位：条）",
        "1640",
        "概况类信息更新量（单位：条）",
        "18",
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    assert chosen["info_total"].raw == "1640"
    assert chosen["info_overview"].raw == "18"


def test_rows_ruled_at_the_break_stay_apart() -> None:
    # A border under the old page's row: the cells above and below are not one cell.
    rows = _cut(480, OPEN_TOP)
    assert len(rows) == 4
    assert [c.text for c in rows[1].cells] == ["1640", "概况类信息更新量", "18"]


def test_cells_beside_the_first_part_are_taken_without_open_edges() -> None:
    done = [_row([("网站名称", 0), ("某网站", 1)], 100, 130, 1)]
    page = [_row([("首页网址", 2), ("http://a.gov.cn/", 3)], 20, 50, 2)]
    assert join_page_break(done, page) == []
    assert [c.text for c in done[0].cells] == ["网站名称", "某网站", "首页网址", "http://a.gov.cn/"]


def test_cells_beside_take_the_old_pages_columns() -> None:
    # The new page numbers its columns from its own rulings (more of them: other rows'
    # borders): the cells taken beside get the old page's columns, by position.
    done = [
        _row(
            [("政府网站标识码", 0), ("ICP备案号", 1), ("公安机关备案号", 2), ("独立", 3)], 60, 90, 1
        ),
        _row([("4107261325", 0), ("豫ICP备75062365号-1", 1)], 90, 130, 1),
    ]
    beside = _row([("豫公网安备41072648020204号", 2), ("104794", 3)], 20, 50, 2)
    renumbered = Row(
        tuple(Cell(c.text, c.col + 5, c.bbox) for c in beside.cells), beside.where, 2, 3
    )
    assert join_page_break(done, [renumbered]) == []
    assert [(c.text, c.col) for c in done[1].cells[2:]] == [
        ("豫公网安备41072648020204号", 2),
        ("104794", 3),
    ]


def test_cells_inside_an_old_pages_cell_take_its_column() -> None:
    # The options of a yes/no whose cell the break cut, its first part empty: the tick
    # boxes' own rulings part them on the new page, which numbers them from its columns.
    labels = [("是否发布服务事项目录", 0), ("注册用户数（个）", 1), ("政务服务事项数量（项）", 2)]
    done = [
        _row(labels, 60, 90, 1),
        _row([("38113", 1), ("237", 2)], 90, OPEN_BOTTOM, 1),
    ]
    boxes = (
        Cell("☑是", 1, (66.0, 20.0, 80.0, 30.0)),
        Cell("☐否", 2, (80.0, 20.0, 96.0, 30.0)),
    )
    assert join_page_break(done, [Row(boxes, "第 2 页", page=2, block=3)]) == []
    assert [(c.text, c.col) for c in done[1].cells] == [
        ("☑是", 0),
        ("☐否", 0),
        ("38113", 1),
        ("237", 2),
    ]
    chosen = match_document(Document(format="pdf", rows=done), FORM).chosen
    assert chosen["service_catalog_published"].raw == "☑是 ☐否"
    assert chosen["registered_users"].raw == "38113"


def test_a_tall_cells_text_run_past_the_old_pages_rulings_joins_its_cell() -> None:
    # 互动交流's name in its narrow tall cell: its second character below the page's last
    # ruling reads as a line of text, which no longer keeps the row from its rest.
    done = [
        _row([("法人办件量（件）", 1), ("2292", 3)], 426, 472, 1),
        Row(
            (
                Cell("互", 0, (63.0, 472.0, 99.0, OPEN_BOTTOM)),
                Cell("☑是 ☐否", 3, (240.0, 472.0, 356.0, OPEN_BOTTOM)),
            ),
            "第 1 页",
            page=1,
            block=1,
        ),
        Row((Cell("动", 0, (68.0, 499.0, 81.0, 512.0)),), "第 1 页", page=1, block=0),
    ]
    page = [_row([("是否使用统一平台", 1)], OPEN_TOP, 134, 2)]
    assert join_page_break(done, page) == []
    assert len(done) == 2
    assert [c.text for c in done[1].cells] == ["互动", "是否使用统一平台", "☑是 ☐否"]
    chosen = match_document(Document(format="pdf", rows=done), FORM).chosen
    assert chosen["unified_platform"].raw == "☑是 ☐否"


def test_text_under_the_old_pages_last_row_outside_its_open_cells_stays_apart() -> None:
    done = [
        Row((Cell("☑是 ☐否", 3, (240.0, 472.0, 356.0, OPEN_BOTTOM)),), "第 1 页", page=1, block=1),
        Row((Cell("第 1 页", 0, (150.0, 520.0, 180.0, 530.0)),), "第 1 页", page=1, block=0),
    ]
    page = [_row([("是否使用统一平台", 1)], OPEN_TOP, 134, 2)]
    assert join_page_break(done, page) == page
    assert len(done) == 2


def test_a_cell_below_two_cells_is_not_split_between_them() -> None:
    done = [_row([("1640", 1), ("18", 2)], 458, OPEN_BOTTOM, 1)]
    wide = Cell("说明文字", 0, (99.0, OPEN_TOP, 240.0, 117.0))
    page = [Row((wide,), "第 2 页", page=2, block=3)]
    assert join_page_break(done, page) == page
    assert len(done[0].cells) == 2


def test_latin_text_cut_by_the_break_joins_with_a_space() -> None:
    done = [_row([("备注", 0), ("see the", 1)], 458, OPEN_BOTTOM, 1)]
    page = [_row([("annex", 1)], OPEN_TOP, 117, 2)]
    join_page_break(done, page)
    assert done[0].cells[1].text == "see the annex"


def test_chinese_quotes_cut_by_the_break_join_without_a_space() -> None:
    done = [_row([("其他", 0), ("下载量 89 万次；", 1)], 458, OPEN_BOTTOM, 1)]
    page = [_row([("“长顺县”政务服务小程序", 1)], OPEN_TOP, 117, 2)]
    join_page_break(done, page)
    assert done[0].cells[1].text == "下载量 89 万次；“长顺县”政务服务小程序"


def test_two_cells_under_one_are_no_cut_cell() -> None:
    done = [_row([("其他", 0), ("某某政务服务小程序", 1)], 458, OPEN_BOTTOM, 1)]
    left = Cell("甲", 1, (99.0, OPEN_TOP, 150.0, 117.0))
    right = Cell("乙", 1, (150.0, OPEN_TOP, 199.0, 117.0))
    page = [Row((left, right), "第 2 页", page=2, block=3)]
    assert join_page_break(done, page) == page
