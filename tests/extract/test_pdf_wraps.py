"""A PDF's cells cut by their width: a code's hyphen at a line's end, a code cut before its
digits on a page without rulings, a name closed by its label's note over the next line."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen.libreoffice import word_table_pdf
from gen.pdf_out import html_to_pdf

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers import legacy
from text_reports import TABLE_PAIRS


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_a_codes_hyphen_at_a_lines_end_stays(tmp_path: Path) -> None:
    # LibreOffice cuts 鄂ICP备05003298号- | 1; pdfium gives that hyphen as a word's
    # hyphenation mark, which a report's code never has.
    rows = [*TABLE_PAIRS, ("ICP备案号", "鄂ICP备05003298号-1"), ("联系电话", "0571-85172036")]
    values = extract_bytes(word_table_pdf(rows, tmp_path, widths=(3.0, 3.0)), "a.pdf").report
    got = values.to_json()
    assert (got["icp_number"], got["phone"]) == ("鄂ICP备05003298号-1", "0571-85172036")


def _page(body: str) -> bytes:
    return html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC; font-size: 10pt'>"
        f"<style>td {{ vertical-align: top; padding: 2pt 6pt }}</style>{body}</body></html>"
    )


def _rows(pairs: list[tuple[str, str]], width: str) -> str:
    cells = "".join(
        f"<tr><td style='width: 16em'>{label}</td><td style='width: {width}'>{value}</td></tr>"
        for label, value in pairs
    )
    return f"<table style='border-collapse: collapse'>{cells}</table>"


def test_codes_cut_before_their_digits_on_a_page_without_rulings() -> None:
    # Two pairs a row, no borders: 浙ICP备 | 10207398号 and 浙公网安备 | 33060402000112号,
    # each rest on the next line from its value's left edge, beside the other's.
    pair = (
        "<table style='border-collapse: collapse'><tr><td style='width: 6em'>ICP备案号</td>"
        "<td style='width: 6em'>浙ICP备10207398号</td><td style='width: 8em'>公安机关备案号</td>"
        "<td style='width: 9em'>浙公网安备33060402000112号</td></tr></table>"
    )
    got = extract_bytes(_page(_rows(TABLE_PAIRS, "12em") + pair), "a.pdf").report.to_json()
    assert got["icp_number"] == "浙ICP备10207398号"
    assert got["police_number"] == "浙公网安备33060402000112号"


def test_an_address_whole_takes_no_code_under_it() -> None:
    # Three pairs a row, ruled: the site's code stands under the address, in its column.
    pairs = [
        [("网站名称", "某局网站"), ("首页网址", "https://rsj.jc.gov.cn/"), ("主办单位", "某局")],
        [
            ("网站类型", "部门网站"),
            ("政府网站标识码", "5133000046"),
            ("ICP备案号", "蜀ICP备13009876号-5"),
        ],
    ]
    cells = "".join(
        "<tr>" + "".join(f"<td>{label}</td><td>{value}</td>" for label, value in row) + "</tr>"
        for row in pairs
    )
    grid = (
        "<table style='border-collapse: collapse; width: 100%'>"
        f"<style>td {{ border: 1px solid #000 }}</style>{cells}</table>"
    )
    got = extract_bytes(_page(grid + _rows(TABLE_PAIRS[2:], "12em")), "a.pdf").report.to_json()
    assert got["homepage_url"] == "https://rsj.jc.gov.cn/"
    assert got["site_code"] == "5133000046"


def test_a_name_closed_by_its_labels_note_goes_on_over_no_line() -> None:
    # A cover page: 填报单位：某局（盖章） over the month, centred, on a line of its own.
    cover = (
        "<div style='page-break-after: always'><p style='text-align: center'>政府网站工作年度报表"
        "</p><p style='text-align: center'>填报单位：安顺市人民政府办公室（盖章）</p>"
        "<p style='text-align: center'>二〇二三年一月</p></div>"
    )
    got = extract_bytes(_page(cover + _rows(TABLE_PAIRS, "12em")), "a.pdf").report.to_json()
    assert got["filing_unit"] == "安顺市人民政府办公室"
