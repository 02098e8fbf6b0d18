"""Word content controls around a table's cells or rows (a form whose every value is a
control) and controls left empty, which show their prompt: the cells are read, the prompts
are not."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from nianbao.readers.docx import read_docx


def _control(inner: etree._Element, placeholder: bool = False) -> etree._Element:
    """An <w:sdt> holding `inner` in its content, in `inner`'s place."""
    sdt, props, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), "value")
    props.append(tag)
    if placeholder:
        props.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(props)
    sdt.append(content)
    inner.addprevious(sdt)
    content.append(inner)
    return sdt


def _rows(document: docx.document.Document) -> list[list[str]]:
    out = io.BytesIO()
    document.save(out)
    return [[c.text for c in row.cells] for row in read_docx(out.getvalue()).rows]


def test_cells_and_rows_inside_controls_are_read() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("网站名称", "某局网站"), ("首页网址", "http://a.gov.cn")]):
        table.cell(r, 0).text, table.cell(r, 1).text = label, value
    table.cell(2, 0).text, table.cell(2, 1).text = "主办单位", "某局"
    _control(table.rows[0]._tr.tc_lst[1])  # a cell-level control
    _control(table.rows[1]._tr)  # a row-level one
    rows = _rows(document)
    assert rows == [["网站名称", "某局网站"], ["首页网址", "http://a.gov.cn"], ["主办单位", "某局"]]


def test_a_control_showing_its_prompt_is_empty() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "网站名称"
    table.cell(0, 1).paragraphs[0].add_run("某局网站")
    table.cell(1, 0).text = "其他"
    prompt = table.cell(1, 1).paragraphs[0].add_run("单击或点击此处输入文字。")
    _control(prompt._r, placeholder=True)  # an inline control left empty
    paragraph = document.add_paragraph("单击或点击此处输入日期。")
    _control(paragraph._p, placeholder=True)  # a block-level one
    assert _rows(document) == [["网站名称", "某局网站"], ["其他"]]
