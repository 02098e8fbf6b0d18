"""A label centred between its value's two lines, in a table without row rulings."""

from __future__ import annotations

from typing import Any

from gen.pdf_out import html_to_pdf

from nianbao.extract.pipeline import extract_bytes
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
