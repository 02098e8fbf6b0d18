"""A page's ruled cells into rows (readers.geometry.page_rows)."""

from __future__ import annotations

from nianbao.extract.document import BBox
from nianbao.readers.geometry import Rulings, Run, page_rows


class _Boxes(Rulings):
    """Rulings whose cells are the boxes given (a Chromium grid's, which may overlap)."""

    boxes: tuple[BBox, ...] = ()

    def cell(self, x: float, y: float) -> BBox | None:
        return next((b for b in self.boxes if b[0] <= x <= b[2] and b[1] <= y <= b[3]), None)

    def holds_table(self, box: BBox) -> bool:
        return False


def test_a_sections_tall_cell_from_a_labels_left_edge_comes_first() -> None:
    # The label spans the section's column on the row where the section before it ended;
    # the next section's tall cell starts at the same edge, on the same row.
    label, section, answer = (51, 276, 371, 298), (51, 276, 117, 433), (371, 276, 543, 298)
    rulings = _Boxes.build([], [(51, 0, 800), (117, 0, 800), (371, 0, 800), (543, 0, 800)])
    rulings.boxes = (label, answer, section)
    runs = [
        Run("是否提供智能问答", (60, 280, 200, 294)),
        Run("☑是 ☐否", (380, 280, 440, 294)),
        Run("安全防护", (60, 348, 110, 362)),
    ]
    rows = page_rows(runs, rulings, 1, 0)
    assert [c.text for c in rows[0].cells] == ["安全防护", "是否提供智能问答", "☑是 ☐否"]
