"""A line of signatures its width wrapped before the last value: the label closes the
line, its value opens the next (填报日期： | 2023.1.17)."""

from __future__ import annotations

from typing import Any

from gen.pdf_out import html_to_pdf

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.marks import symbol_font, symbol_glyph
from text_reports import TABLE_PAIRS


def _read(after: str) -> dict[str, Any]:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in TABLE_PAIRS)
    data = html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC'>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }"
        f" table {{ border-collapse: collapse }}</style><table>{cells}</table>{after}"
        "</body></html>"
    )
    return extract_bytes(data, "signed.pdf").report.to_json()


SIGNED = (
    "<p>单位负责人：章东<span style='margin-left: 4em'>审核人：赵英卫</span>"
    "<span style='margin-left: 4em'>{last}：</span><br>{value}</p>"
)


def test_a_date_alone_at_the_next_lines_start_is_the_last_labels() -> None:
    got = _read(SIGNED.format(last="填报日期", value="2023.1.17"))
    assert got["fill_date"] == "2023-01-17"
    assert (got["head"], got["reviewer"]) == ("章东", "赵英卫")


def test_a_value_any_field_may_hold_is_not_taken_so() -> None:
    # A name or a count could be the next line's own text: only a date (or a value of
    # the field's shape alone) is known to be the label's.
    got = _read(SIGNED.format(last="填报人", value="潘子"))
    assert "filler" not in got


def test_libreoffice_sets_wingdings_boxes_in_opensymbol() -> None:
    # Where Wingdings is missing, LibreOffice's PDF keeps the code (þ, ¨) in OpenSymbol.
    assert symbol_font("BAAAAA+OpenSymbol") == "opensymbol"
    assert (symbol_glyph("OpenSymbol", 0xFE), symbol_glyph("OpenSymbol", 0xA8)) == ("☑", "☐")


def test_a_date_at_the_next_lines_start_before_that_lines_own_label() -> None:
    got = _read(SIGNED.format(last="填报日期", value="2023.1.17 联系电话：0938-8212340"))
    assert got["fill_date"] == "2023-01-17"
    assert got["phone"] == "0938-8212340"
