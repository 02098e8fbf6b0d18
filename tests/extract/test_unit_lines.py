"""readers.unit_lines: a unit its narrow cell set down one piece a line (pypdfium2)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import text_cells

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"

_ROWS = "专栏专题\n维护数量\n(\n单\n位: \n个\n)\n 9   新开设数量\n(单位\n:\n个\n)\n 7  \n解读回应\n"


def test_a_units_pieces_are_one_line() -> None:
    cells = text_cells(_ROWS)
    assert ["(单位:个)"] in cells
    assert [":"] not in cells
    assert [")"] not in cells


def test_the_labels_read_their_values_past_the_unit() -> None:
    # pypdfium2 of a generated report, its narrow cells' units set down a piece a line.
    text = (CONVERTED / "pypdfium2-units-down.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["info_news"], got["info_disclosure"]) == (322, 1220)
    assert (got["columns_maintained"], got["columns_new"]) == (9, 9)


def test_short_lines_that_make_no_unit_stay() -> None:
    text = "网站名称\n(\n某\n)\n其他\n"
    assert text_cells(text)[1:4] == [["("], ["某"], [")"]]
