"""A ticked option's note in a PDF's paragraph, cut by the paragraph's line end: its rest
opens the next line, at the paragraph's left edge (extract/note_rests in a PDF)."""

from __future__ import annotations

from gen.pdf_out import html_to_pdf

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def test_a_notes_rest_on_the_next_line_of_a_paragraph() -> None:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in TABLE_PAIRS)
    data = html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC; font-size: 12pt'>"
        f"<table>{cells}</table><p>九、创新发展</p>"
        "<p style='width: 22em'>☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 "
        "☑其他（注明：开通“社保卡一卡通”专区）</p><p>单位负责人：谭卫东</p></body></html>"
    )
    got = extract_bytes(data, "notes.pdf").report.to_json()
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "开通“社保卡一卡通”专区"
    assert got["head"] == "谭卫东"
