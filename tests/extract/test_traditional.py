"""Reports written in traditional characters: read as the simplified report they are."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from locations import CORPUS
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.pipeline import extract_bytes, read_document
from nianbao.extract.traditional import is_traditional, simplified

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import canonical, documents, style_for
from gen.script import to_traditional
from gen.sheet import build_sheet
from gen.textual import to_tabs

from nianbao.synthetic import synthetic_report

SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")
NOTE = "报表以繁体字书写，已转换为简体字后读取。"


def test_the_seed_in_traditional_characters_reads_as_the_seed() -> None:
    text = to_traditional(SEED)
    assert "網站名稱" in text
    assert "獨立用戶訪問總量" in text
    got = extract_bytes(text.encode("utf-8"), "seed-big5.txt")
    want = extract_bytes(SEED.encode("utf-8"), "seed.txt")
    assert got.report.to_json() == want.report.to_json()
    assert got.report.to_json()["sponsor"] == "海口市卫生健康委员会"
    assert NOTE in got.notes
    assert NOTE not in want.notes
    # The seed's own mistake is found in the traditional copy too.
    assert any(f.rule == "interp_sum" for f in got.findings)


def test_a_gbk_page_in_traditional_characters() -> None:
    # A converting proxy serves its big5 mirror in the page's own encoding: every traditional
    # character of the form is in GB18030.
    html = (
        "<html><head><meta charset='gb18030'></head><body><table>"
        + "".join(
            f"<tr>{''.join(f'<td>{cell}</td>' for cell in line.split(chr(9)))}</tr>"
            for line in to_traditional(SEED).splitlines()
        )
        + "</table></body></html>"
    )
    got = extract_bytes(html.encode("gb18030"), "page.html")
    assert got.format == "html"
    assert got.report.to_json() == extract_bytes(SEED.encode(), "seed.txt").report.to_json()


def _doc(*texts: str) -> Document:
    return Document(
        format="text",
        rows=[Row(cells=(Cell(t, 0),), where=f"第 {n} 行") for n, t in enumerate(texts, 1)],
    )


def test_a_simplified_report_with_a_few_traditional_characters_stays_as_read() -> None:
    # OpenCC would turn 乾县 into 干县 and 於 into 于: a simplified report is never converted.
    doc = read_document(
        SEED.replace("海口市卫生健康委员会", "乾县於潜镇乾元观管理所").encode(), "s.txt"
    )
    assert simplified(doc) is doc
    assert "乾县於潜镇乾元观管理所" in doc.text()


def test_a_short_simplified_text_with_a_traditional_name_stays() -> None:
    # A large share of a short text changes (乾 and 於 of four names), but few characters.
    doc = _doc("网站名称", "乾县於潜镇", "主办单位", "乾县於潜镇", "填报单位", "乾县於潜镇")
    assert simplified(doc) is doc


def test_a_dozen_traditional_characters_in_a_long_simplified_report_stay() -> None:
    # Twelve characters that change, but a small share of the report's: its names quote a
    # traditional title.
    quote = "《漢書·藝文誌》與《後漢書》"
    doc = read_document(SEED.replace("海口市卫生健康委员会", quote).encode(), "s.txt")
    sample = "".join(c.text for row in doc.rows for c in row.cells)
    assert sum(a != b for a, b in zip(sample, to_simplified(sample), strict=True)) >= 12
    assert not is_traditional(doc)


def to_simplified(text: str) -> str:
    return str(opencc.OpenCC("t2s").convert(text))


def test_a_short_traditional_text_is_converted_cell_by_cell() -> None:
    doc = _doc("網站名稱", "某縣人民政府門戶網站", "獨立用戶訪問總量", "1234", "", "信息發佈總數")
    got = simplified(doc)
    assert [row.cells[0].text for row in got.rows] == [
        "网站名称",
        "某县人民政府门户网站",
        "独立用户访问总量",
        "1234",
        "",
        "信息发布总数",
    ]
    assert got.notes == [NOTE]
    assert doc.rows[0].cells[0].text == "網站名稱"  # the document read is not changed


def test_an_empty_document_is_left_alone() -> None:
    doc = Document(format="text")
    assert simplified(doc) is doc


@pytest.mark.parametrize("kind", ["text", "csv", "html", "docx", "xlsx", "markdown_html"])
def test_generated_documents_in_traditional_characters(kind: str) -> None:
    for doc in documents(kind, 3, seed=47, traditional=True):
        got = extract_bytes(doc.data, doc.name + doc.suffix)
        want = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        assert got.report.to_json() == want, doc.name
        assert NOTE in got.notes


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "pdf_text"])
def test_generated_pdfs_in_traditional_characters(kind: str) -> None:
    for doc in documents(kind, 3, seed=47, traditional=True):
        got = extract_bytes(doc.data, doc.name + doc.suffix)
        want = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        assert got.report.to_json() == want, doc.name


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6))
def test_a_report_reads_the_same_in_either_script(seed: int) -> None:
    values = canonical(synthetic_report(seed))
    sheet = build_sheet(values, style_for(random.Random(seed)))
    text = to_tabs(sheet, random.Random(seed), "unicode")
    plain = read_document(text.encode(), "s.txt")
    assert not is_traditional(plain)
    big5 = to_traditional(text)
    assert big5 != text
    # Some characters do not come back (浚县 is 濬縣 in traditional, and 濬 is simplified
    # too): the traditional report reads as the simplified text it converts to.
    want = extract_bytes(to_simplified(big5).encode(), "s.txt").report.to_json()
    assert extract_bytes(big5.encode(), "t.txt").report.to_json() == want
