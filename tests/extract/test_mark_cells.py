"""Ticks each in a cell of their own, beside the option cells they answer
(extract.mark_cells)."""

from __future__ import annotations

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import label_index
from nianbao.extract.mark_cells import marks_onto_options
from nianbao.forms import default_form

INDEX = label_index(default_form())


def _texts(cells: list[tuple[str, float, float]]) -> list[str]:
    """The row's cell texts once mended; cells as (text, left, right) on a page."""
    row = tuple(Cell(t, k, (x0, 100.0, x1, 110.0)) for k, (t, x0, x1) in enumerate(cells))
    doc = Document(format="pdf", rows=[Row(row, "第 1 页")])
    return [c.text for c in marks_onto_options(doc, INDEX).rows[0].cells]


def test_ticks_drawn_right_before_their_options_go_onto_them() -> None:
    # √ 搜索即服务   √ 多语言版本   无障碍浏览   千人千网   √ 其他 （…）: each box a cell.
    cells = [
        ("创新发展", 56, 86),
        ("☑", 106, 111),
        ("搜索即服务", 114, 151),
        ("☑", 161, 166),
        ("多语言版本", 170, 207),
        ("无障碍浏览", 225, 262),
        ("千人千网", 280, 310),
        ("☑", 320, 325),
        ("其他 （开设个人专属空间）", 329, 444),
    ]
    assert _texts(cells) == [
        "创新发展",
        "☑搜索即服务",
        "☑多语言版本",
        "无障碍浏览",
        "千人千网",
        "☑其他 （开设个人专属空间）",
    ]


def test_ticks_right_after_their_options_go_onto_them() -> None:
    cells = [("是", 200, 208), ("☑", 211, 216), ("否", 240, 248)]
    assert _texts(cells) == ["☑是", "否"]
    # About as near either: the one before, as a form's printed options are filled in.
    assert _texts([("是", 200, 208), ("☑", 220, 225), ("否", 236, 244)]) == ["☑是", "否"]
