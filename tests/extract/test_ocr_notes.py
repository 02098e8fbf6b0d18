"""A scan's ticked 其他 with a note its cell wraps: the note's lines read whole
(extract/option_lists: a scan's lines are a page's)."""

from __future__ import annotations

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.pipeline import extract_document
from text_reports import TABLE_PAIRS


def test_a_wrapped_note_on_a_scan_reads_whole() -> None:
    # OCR of a scan (c06 of a round of unseen scans): the label and the options read as one
    # run, the note's rest on the next line from the options' left edge.
    def pair(k: int, label: str, value: str) -> Row:
        y = 100.0 + 80 * k
        cells = (
            Cell(label, 0, (240.0, y, 1300.0, y + 70)),
            Cell(value, 1, (1300.0, y, 2200.0, y + 70)),
        )
        return Row(cells, f"第 1 页 第 {k + 1} 行", page=1, block=1)

    rows = [pair(k, label, value) for k, (label, value) in enumerate(TABLE_PAIRS)]
    rows += [
        Row((Cell("创新发展 ☑搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他政务服", 0,
                  (242.0, 6036.0, 2086.0, 6132.0)),), "第 1 页 第 58 行", page=1),
        Row((Cell("务“掌上办”小程序与网站统一身份认证、数据同源", 0,
                  (468.0, 6104.0, 1540.0, 6170.0)),), "第 1 页 第 59 行", page=1),
    ]  # fmt: skip
    doc = Document(format="image", rows=rows, pages=1, fuzzy=True)
    got = extract_document(doc, "scan.png").report.to_json()
    assert got["innovation"] == ["search_as_service", "multilingual", "other"]
    assert got["innovation_other"] == "政务服务“掌上办”小程序与网站统一身份认证、数据同源"
