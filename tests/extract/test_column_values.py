"""Values under their labels in text laid out with spaces (extract/column_values.py)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"


def test_the_rows_last_label_wrapped_to_the_next_lines_start_is_no_value_under_the_first() -> None:
    # pypdfium2 of a generated report (cells parted by no-break spaces): 独立用户访问总 |
    # 量(单位: 个) stands under 政府网站标识码, whose value is on the line after.
    text = (CONVERTED / "pypdfium2-last-label-wrapped.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_code"] == "5400008027"
    assert got["unique_visitors"] == 435654
