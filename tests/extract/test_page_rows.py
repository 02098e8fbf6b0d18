"""A page's ruled cells into rows (readers.geometry.page_rows)."""

from __future__ import annotations

from nianbao.readers.geometry import Rulings, Run, page_rows


def test_a_sections_tall_cell_from_a_labels_left_edge_comes_first() -> None:
    # A CSS grid printed by Chromium: the label spans the section's column on the row where
    # the section before it ended, and the next section's tall cell (no border inside it)
    # starts at the same left edge and top, on the same row.
    rulings = Rulings.build(
        [(276, 51, 543), (298, 117, 543), (433, 51, 543)],
        [(51, 276, 433), (117, 298, 433), (371, 276, 433), (543, 276, 433)],
    )
    assert rulings.cell(130, 287) == (51, 276, 371, 298)
    assert rulings.cell(85, 355) == (51, 276, 117, 433)
    runs = [
        Run("是否提供智能问答", (60, 280, 200, 294)),
        Run("☑是 ☐否", (380, 280, 440, 294)),
        Run("安全防护", (60, 348, 110, 362)),
    ]
    rows = page_rows(runs, rulings, 1, 0)
    assert [c.text for c in rows[0].cells] == ["安全防护", "是否提供智能问答", "☑是 ☐否"]


def test_a_table_open_at_one_side_ends_its_cells_at_its_rows_borders() -> None:
    # Column lines at 10, 150, 300 and 375, none at the right edge (not drawn, or lost on
    # a scan): the last column's cells end where the rows' borders end.
    rulings = Rulings.build(
        [(100, 10, 450), (130, 10, 450), (160, 10, 450)],
        [(10, 100, 160), (150, 100, 160), (300, 100, 160), (375, 100, 160)],
    )
    assert rulings.cell(410, 115) == (375, 100, 450, 130)
    assert rulings.cell(500, 115) is None  # past the rows' borders
    runs = [
        Run("网站名称", (20, 105, 80, 125)),
        Run("某局网站", (160, 105, 220, 125)),
        Run("网站类型", (310, 105, 370, 125)),
        Run("☑部门网站", (380, 105, 440, 125)),
    ]
    rows = page_rows(runs, rulings, 1, 0)
    assert [[c.text for c in row.cells] for row in rows] == [
        ["网站名称", "某局网站", "网站类型", "☑部门网站"]
    ]


def test_a_page_of_row_borders_alone_has_no_cells() -> None:
    # Neither side drawn (a three-line table's rules): no column to close.
    rulings = Rulings.build([(100, 10, 450), (130, 10, 450)], [])
    assert rulings.cell(380, 115) is None
