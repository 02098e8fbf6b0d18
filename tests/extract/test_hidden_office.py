"""What Word and Excel neither show nor print is not read: hidden text, rows and columns."""

from __future__ import annotations

import io

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from nianbao.readers.docx import read_docx
from nianbao.readers.xlsx import read_xlsx


def _cells(doc: object) -> list[list[str]]:
    return [[c.text for c in row.cells if not c.copy] for row in doc.rows]  # type: ignore[attr-defined]


def _workbook() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站名称", "2021年", "某县人民政府门户网站"])
    sheet.append(["独立用户访问总量", 1000, 2345])
    sheet.append(["上年填报人", "李四"])
    sheet.append(["填报人", None, "张三"])
    return book


def _xlsx(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_hidden_rows_and_columns_are_not_read() -> None:
    book = _workbook()
    sheet = book.active
    sheet.column_dimensions["B"].hidden = True  # last year's figures
    sheet.row_dimensions[3].hidden = True
    assert _cells(read_xlsx(_xlsx(book))) == [
        ["网站名称", "某县人民政府门户网站"],
        ["独立用户访问总量", "2345"],
        ["填报人", "张三"],
    ]


def test_a_range_of_hidden_columns() -> None:
    book = _workbook()
    book.active.column_dimensions.group("A", "B", hidden=True)
    assert _cells(read_xlsx(_xlsx(book)))[:2] == [["某县人民政府门户网站"], ["2345"]]


def test_shown_rows_and_columns_are_read() -> None:
    book = _workbook()
    book.active.column_dimensions["B"].width = 30  # a <col> that hides nothing
    book.active.row_dimensions[3].height = 30
    assert _cells(read_xlsx(_xlsx(book)))[2] == ["上年填报人", "李四"]


def test_hidden_text_in_word_is_not_read() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("网站名称：")
    old = paragraph.add_run("旧名称")
    vanish = OxmlElement("w:vanish")
    old._r.get_or_add_rPr().append(vanish)
    paragraph.add_run("某县人民政府门户网站")
    shown = paragraph.add_run("（现名）")
    not_vanished = OxmlElement("w:vanish")
    not_vanished.set(qn("w:val"), "0")
    shown._r.get_or_add_rPr().append(not_vanished)
    out = io.BytesIO()
    document.save(out)
    assert _cells(read_docx(out.getvalue())) == [["网站名称：某县人民政府门户网站（现名）"]]
