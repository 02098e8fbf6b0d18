"""A label centred between its value's two lines, in a table without row rulings."""

from __future__ import annotations

from typing import Any

from gen.pdf_out import html_to_pdf

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.pipeline import extract_bytes, extract_document
from text_reports import TABLE_PAIRS


def _read(rows: list[tuple[str, str]], border: str) -> dict[str, Any]:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    data = html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC'><style>td { padding: 1pt 40pt 1pt"
        f" 0; vertical-align: middle; {border} }} table {{ border-collapse: collapse }}"
        f"</style><table>{cells}</table></body></html>"
    )
    return extract_bytes(data, "centred.pdf").report.to_json()


ROWS = [
    *TABLE_PAIRS[:2],
    ("网站类型", "☐政府门户网站 ☐部门网站 ☑专项网<br>站"),
    *TABLE_PAIRS[2:],
    ("其他", "“某旗”移动客户端，<br>下载量50302次"),
    ("创新发展", "☑搜索即服务"),
]


def test_a_value_around_its_label_centred_between_its_lines() -> None:
    got = _read(ROWS, "")
    assert got["site_type"] == "special"
    assert got["other_media"] == "“某旗”移动客户端，下载量50302次"
    assert got["site_code"] == "4300000001"


def test_a_table_with_row_rulings_reads_the_same() -> None:
    got = _read(ROWS, "border: 1px solid black")
    assert got["site_type"] == "special"
    assert got["other_media"] == "“某旗”移动客户端，下载量50302次"


def _row(cells: list[tuple[str, float]], top: float) -> Row:
    """Cells (text, left edge) of one line, 9 points high, starting at `top`."""
    return Row(
        tuple(Cell(t, k, bbox=(x, top, x + 90, top + 9)) for k, (t, x) in enumerate(cells)),
        f"y{top}",
        page=1,
    )


def test_a_section_named_as_its_field_before_the_centred_label() -> None:
    # pypdfium2, a three-line table: the section's cell and the field's label, both
    # 创新发展, one line between the two lines of options.
    rows = [
        _row([(label, 0), (value, 300)], 12.0 * k) for k, (label, value) in enumerate(TABLE_PAIRS)
    ]
    top = 12.0 * len(TABLE_PAIRS)
    rows += [
        _row([("☑搜索即服务 ☑多语言版本 ☐无障碍浏览", 300)], top),
        _row([("创新发展", 0), ("创新发展", 100)], top + 6),
        _row([("☐千人千网 ☐其他", 300)], top + 12),
    ]
    got = extract_document(Document(format="pdf", rows=rows), "t").report.to_json()
    assert got["innovation"] == ["search_as_service", "multilingual"]
