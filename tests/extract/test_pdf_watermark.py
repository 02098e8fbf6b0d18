"""A watermark set across a PDF page at a slant (readers.pdftext.slanted_blanked): its
characters fall between the table's, and are not read; text up a tall cell is."""

from __future__ import annotations

import weasyprint  # type: ignore[import-untyped]

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def _page(watermark: str) -> bytes:
    rows = [*TABLE_PAIRS, ("主办单位", "某某县粮食和物资储备局"), ("审核人", "许伟海")]
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    marks = "".join(
        f"<div class='wm' style='top:{40 + 90 * k}px;left:{20 + 40 * (k % 3)}px'>{watermark}</div>"
        for k in range(8)
    )
    page = (
        "<html><head><meta charset=utf-8><style>"
        "td{padding:6px 10px;font-size:14px}"
        ".wm{position:absolute;transform:rotate(-30deg);font-size:40px;color:rgba(0,0,0,.08)}"
        "</style></head><body><h3>政府网站工作年度报表</h3>"
        f"<table>{cells}</table>{marks}</body></html>"
    )
    return bytes(weasyprint.HTML(string=page).write_pdf())


def test_a_slanted_watermark_across_the_table_is_not_read() -> None:
    got = extract_bytes(_page("鹿邑县粮食局政务公开专用"), "marked.pdf").report.to_json()
    assert got["sponsor"] == "某某县粮食和物资储备局"
    assert got["reviewer"] == "许伟海"
    assert got["unique_visitors"] == 500
