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
