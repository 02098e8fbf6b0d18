"""The DOCX: a real Word table, read back with python-docx."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import Table
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from render_checks import HOSTILE, assert_golden, check_table, hostile_report, load_seed, plain

from nianbao.coerce import report_from_mapping
from nianbao.render.grid import official_sheet
from nianbao.render.wordml import document_xml, render_docx
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def docx_rows(table: Table) -> list[list[str]]:
    """Each row's distinct cells (python-docx repeats a merged cell in every grid slot)."""
    rows = []
    for row in table.rows:
        texts: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is not last:
                texts.append(cell.text)
            last = cell._tc
        rows.append(texts)
    return rows


def test_seed_values_in_their_cells(seed_report: Report) -> None:
    document = open_docx(render_docx(seed_report))
    assert len(document.tables) == 1
    check_table(docx_rows(document.tables[0]), seed_report)


@settings(max_examples=30)
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_reports_values_in_their_cells(seed: int) -> None:
    report = report_from_mapping(synthetic_report(seed))
    document = open_docx(render_docx(report))
    check_table(docx_rows(document.tables[0]), report)


def _covered_rows(table: Table, text: str, column: int) -> int:
    return sum(1 for row in table.rows if row.cells[column].text == text)


def test_merged_cells_as_on_the_form(seed_report: Report) -> None:
    table = open_docx(render_docx(seed_report)).tables[0]
    # Section cells span their rows in the first column, sub-groups in the second.
    assert _covered_rows(table, "信息发布（单位：条）", 0) == 4
    assert _covered_rows(table, "互动交流", 0) == 12
    assert _covered_rows(table, "解读信息发布", 1) == 4
    assert _covered_rows(table, "办件量（单位：件）", 1) == 3
    assert _covered_rows(table, "微信", 1) == 3
    first = table.rows[0].cells
    assert first[0]._tc is first[2]._tc  # 网站名称 spans three columns
    assert first[3]._tc is first[5]._tc
    body = table._tbl
    # Eight boxed sections and seven sub-groups start a vertical merge each.
    assert len(body.findall(f".//{W}vMerge[@{W}val='restart']")) == 8 + 7
    assert body.findall(f".//{W}gridSpan")


def test_fonts_page_and_frame(seed_report: Report) -> None:
    document = open_docx(render_docx(seed_report))
    east_asian = {
        style.name: style.element.rPr.rFonts.get(qn("w:eastAsia"))
        for style in document.styles
        if style.element.rPr is not None and style.element.rPr.rFonts is not None
    }
    assert east_asian["Cell Text"] == "SimSun"
    assert east_asian["Title"] == "SimSun"
    assert east_asian["Frame Text"] == "FangSong"
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (Twips(11906), Twips(16838))
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == ["政府网站工作年度报表", "（2022年度）", "填报单位：海口市卫生健康委员会"]
    assert plain(texts[-1]) == plain(
        "单位负责人：潘文利 审核人：冯天国 填报人：梁燕 联系电话：089868723849 填报日期：2023-01-11"
    )


def test_package_is_fixed_and_deterministic(seed_report: Report) -> None:
    data = render_docx(seed_report)
    assert data == render_docx(seed_report)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        names = package.namelist()
        assert names[0] == "[Content_Types].xml"
        for name in names:
            if name.endswith((".xml", ".rels")):
                etree.fromstring(package.read(name))  # every part is well-formed XML


def test_hostile_text_is_escaped_and_cleaned() -> None:
    report = hostile_report()
    xml = document_xml(official_sheet(report))
    etree.fromstring(xml.encode("utf-8"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    assert "\x07" not in xml
    document = open_docx(render_docx(report))
    check_table(docx_rows(document.tables[0]), report)
    text = plain("".join(p.text for p in document.paragraphs))
    assert plain(f"填报单位：{HOSTILE['filing_unit']}") in text
    assert plain(f"单位负责人：{HOSTILE['head']}") in text
    # Line breaks inside a value become Word line breaks, not lost text.
    other = [c for row in document.tables[0].rows for c in row.cells if "第二行" in c.text]
    assert other[0].text == "响铃 & <b>粗体</b>\n第二行"


def test_golden_seed_document_xml(seed_report: Report) -> None:
    assert_golden("seed.document.xml", document_xml(official_sheet(seed_report)))
