"""A table's last label reads no value from the next table or its title (extract.placement:
a value below its label stays in the label's table, in formats whose blocks are tables)."""

from __future__ import annotations

import io

from docx import Document as Word

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def test_a_blank_last_row_takes_nothing_from_the_next_tables_title() -> None:
    doc = Word()
    doc.add_paragraph("政府网站工作年度报表")
    first = doc.add_table(rows=0, cols=2)
    for label, value in [*TABLE_PAIRS, ("其他", "")]:
        cells = first.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_table(rows=0, cols=1).add_row().cells[0].text = "是否类指标（填“是”或“否”）"
    cells = doc.add_table(rows=0, cols=2).add_row().cells
    cells[0].text, cells[1].text = "是否发布服务事项目录", "是"
    out = io.BytesIO()
    doc.save(out)
    got = extract_bytes(out.getvalue(), "t.docx").report.to_json()
    assert "other_media" not in got
    assert got["service_catalog_published"] is True
