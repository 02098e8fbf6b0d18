"""What a Word document holds in parts of its own is read where it stands: an embedded
workbook (粘贴为 Excel 工作表对象), a web page imported whole (w:altChunk)."""

from __future__ import annotations

import io
import sys
from email.encoders import encode_quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers import docx_objects
from nianbao.readers.docx import read_docx

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import documents

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BIN_TYPE = "application/vnd.openxmlformats-officedocument.oleObject"


def _embedding(document: docx.document.Document, blob: bytes, n: int, kind: str) -> None:
    """A paragraph showing an embedded object as Word writes one: a VML shape (its preview
    picture left out) and the OLE object's reference to the embedded part."""
    name, content = (
        (f"Microsoft_Excel_Worksheet{n}.xlsx", XLSX_TYPE)
        if kind == "xlsx"
        else (f"oleObject{n}.bin", BIN_TYPE)
    )
    part = Part(PackURI(f"/word/embeddings/{name}"), content, blob, document.part.package)
    rid = document.part.relate_to(part, RT.PACKAGE if kind == "xlsx" else RT.OLE_OBJECT)
    paragraph = document.add_paragraph()
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"'
            ' xmlns:o="urn:schemas-microsoft-com:office:office"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:object w:dxaOrig="9000" w:dyaOrig="12000">'
            '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:450pt;height:600pt"/>'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025"'
            f' DrawAspect="Content" ObjectID="_17{n}" r:id="{rid}"/>'
            "</w:object></w:r>"
        )
    )


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_report_pasted_in_as_an_excel_object() -> None:
    for sheet in documents("xlsx", 3, seed=71):
        document = docx.Document()
        document.add_paragraph("附件1")
        _embedding(document, sheet.data, 1, "xlsx")
        document.add_paragraph("（此表由办公室汇总）")
        got = extract_bytes(_saved(document), "report.docx")
        want = {k: v for k, v in sheet.truth.items() if not k.startswith("_")}
        assert got.report.to_json() == want, sheet.name
        assert got.format == "docx"
        assert any("嵌入表格 1" in p.where for p in got.report.provenance.values())


def test_embedded_rows_stand_where_the_object_does() -> None:
    sheet = next(documents("xlsx", 1, seed=71))
    document = docx.Document()
    document.add_paragraph("前言")
    document.add_paragraph("说明")
    _embedding(document, sheet.data, 1, "xlsx")
    _embedding(document, b"PK\x03\x04 broken", 2, "xlsx")  # skipped, the rest still read
    _embedding(document, b"\xd0\xcf\x11\xe0 an old-format object", 3, "bin")
    document.add_paragraph("后记")
    rows = read_docx(_saved(document)).rows
    assert rows[0].cells[0].text == "前言"
    assert rows[-1].cells[0].text == "后记"
    inner = [row for row in rows if row.where.startswith("嵌入表格")]
    assert inner == rows[2:-1]
    assert rows[0].block == rows[1].block  # paragraphs without an object share their block
    assert inner[0].where.startswith("嵌入表格 1 工作表")
    assert len({row.block for row in inner}) == 1
    assert inner[0].block not in (rows[0].block, rows[-1].block)


def test_a_document_without_objects_keeps_its_paragraphs_in_one_block() -> None:
    document = docx.Document()
    for text in ("网站名称：甲", "主办单位：乙"):
        document.add_paragraph(text)
    rows = read_docx(_saved(document)).rows
    assert rows[0].block == rows[1].block


def test_workbooks_read_from_one_document_are_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_objects, "MAX_OBJECTS", 1)
    sheet = next(documents("xlsx", 1, seed=71))
    document = docx.Document()
    _embedding(document, sheet.data, 1, "xlsx")
    _embedding(document, sheet.data, 2, "xlsx")
    wheres = {row.where.split(" 工作表")[0] for row in read_docx(_saved(document)).rows}
    assert wheres == {"嵌入表格 1"}


AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _alt_chunk(document: docx.document.Document, blob: bytes, name: str, content: str) -> None:
    """A part imported whole (w:altChunk), as systems that make Word files from web pages
    write them; Word renders it when it opens the file."""
    part = Part(PackURI(f"/word/{name}"), content, blob, document.part.package)
    rid = document.part.relate_to(part, AF_CHUNK)
    chunk = parse_xml(
        '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        f' r:id="{rid}"/>'
    )
    body = document.element.body
    body.insert(len(body) - 1, chunk)  # before the section properties


def test_a_report_imported_as_a_web_page() -> None:
    for page in documents("html", 3, seed=72):
        document = docx.Document()
        document.add_paragraph("附件")
        _alt_chunk(document, page.data, "afchunk.html", "text/html")
        _alt_chunk(document, b"plain words", "afchunk2.txt", "text/plain")  # passed over
        got = extract_bytes(_saved(document), "report.docx")
        want = {k: v for k, v in page.truth.items() if not k.startswith("_")}
        assert got.report.to_json() == want, page.name
        assert any("导入网页 1" in p.where for p in got.report.provenance.values())


def test_a_report_imported_as_a_saved_page() -> None:
    page = next(documents("html", 1, seed=73))
    saved = MIMEMultipart("related", type="text/html")
    part = MIMENonMultipart("text", "html")
    part.set_payload(page.data)
    encode_quopri(part)
    saved.attach(part)
    document = docx.Document()
    _alt_chunk(document, saved.as_bytes(), "afchunk.mht", "message/rfc822")
    got = extract_bytes(_saved(document), "report.docx")
    assert got.report.to_json() == {k: v for k, v in page.truth.items() if not k.startswith("_")}
