"""Each reader turns its format into the same Document: rows of positioned cells,
tick boxes as ☑/☐, merged cells expanded with their repeats marked as copies."""

from __future__ import annotations

import datetime
import io
import random
import re
import zipfile

import docx
import openpyxl
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from gen.office_out import _legacy, _sdt
from gen.pdf_out import html_to_pdf
from gen.symbol_fonts import font_faces, symbol_tick
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from PIL import Image as PILImage

from nianbao.errors import InputError, UnsupportedFormatError
from nianbao.extract.document import Document
from nianbao.extract.pipeline import extract_document
from nianbao.readers.docx import read_docx
from nianbao.readers.html import read_html
from nianbao.readers.marks import canonical_ticks, symbol_font
from nianbao.readers.ooxml import pictures
from nianbao.readers.pdf import read_pdf
from nianbao.readers.sniff import sniff
from nianbao.readers.text import document_from_text, read_text
from nianbao.readers.xlsx import read_xlsx

# Enough labels for a text to count as a report.
BASIC_TEXT = (
    "主办单位\t某局\n政府网站标识码\t4300000001\n独立用户访问总量\t50\n网站总访问量\t100\n"
    + ("注册用户数\t0\n政务服务事项数量\t3\n收到意见数量\t0\n安全检测评估次数\t1\n")
)


def texts(doc: Document) -> list[list[str]]:
    return [[c.text for c in row.cells if not c.copy] for row in doc.rows]


def docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_formats_are_told_apart_by_content_not_name() -> None:
    book = openpyxl.Workbook()
    assert sniff(xlsx_bytes(book)) == "xlsx"
    assert sniff(docx_bytes(docx.Document())) == "docx"
    assert sniff(b"%PDF-1.4\n...") == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "image"
    assert sniff(b"\xff\xd8\xff\xe0....") == "image"
    assert sniff("<!DOCTYPE html><html><body>网站名称</body></html>".encode()) == "html"
    assert sniff("  <table><tr><td>网站名称</td></tr></table>".encode("gb18030")) == "html"
    assert sniff('网站名称\t<input type="checkbox"/>'.encode()) == "text"
    assert sniff(b'{"year": 2022}') == "report"
    assert sniff(b'[\n  {"year": 2022}]') == "report"
    # A text browser's dump of a page opens with its link numbers, no JSON.
    assert sniff("   [1]无障碍 [2]长者模式\n\n   [3]首页\n".encode()) == "text"
    assert sniff(b"# a report\nyear: 2022\nsite_name: x\n") == "report"


def test_text_cells_tabs_spaces_markdown_and_encodings() -> None:
    text = '| 网站名称 | 甲 |\n|---|---|\n网站类型\t<input checked="" type="checkbox"/> 部门网站\n'
    text += "主办单位    某局　　备注\n## 标题\n**总数** 12\n"
    doc = read_text(text.encode("gb18030"))
    assert texts(doc) == [
        ["网站名称", "甲"],
        ["网站类型", "☑ 部门网站"],
        ["主办单位", "某局", "备注"],
        ["标题"],
        ["总数 12"],
    ]
    assert doc.rows[1].where == "第 3 行"
    assert read_text(b"\xff\xfe" + "网站名称\t甲".encode("utf-16-le")).rows[0].cells[1].text == "甲"


def test_text_rows_tell_a_blank_line_before_them() -> None:
    doc = read_text("网站名称\n\n甲\n首页网址\n\n\nhttp://a.gov.cn\n".encode())
    assert [row.blank_before for row in doc.rows] == [False, True, False, True]


def test_stray_control_characters_are_dropped_but_page_breaks_kept() -> None:
    # LibreOffice exports a Word check box as ☒ and a \x01 before its option's name.
    page = "<table><tr><td>是否使用统一平台</td><td>☒\x01是 ☐\x01否</td></tr></table>"
    assert texts(read_html(page.encode())) == [["是否使用统一平台", "☑是 ☐否"]]
    text = read_text("网站名称\t甲\x07\f首页网址\thttp://a.gov.cn".encode())
    assert texts(text) == [["网站名称", "甲"], ["首页网址", "http://a.gov.cn"]]


def test_html_spans_nested_tables_hidden_text_and_encoding() -> None:
    page = (
        "<html><body><p>填报单位：某局</p><table>"
        "<tr><td rowspan=2>信息发布</td><td>总数</td><td>12</td></tr>"
        "<tr><td>政务动态信息更新量</td><td colspan=2>3</td></tr>"
        "<tr><td>是否有移动新媒体</td><td><table><tr><td><input type=checkbox checked>是</td>"
        "<td><input type=radio>否</td></tr></table></td></tr>"
        "<tr><td>网站名称<span class='sr-only'>（必填）</span></td>"
        "<td style='display:none'>旧值</td><td>甲</td></tr>"
        "</table></body></html>"
    )
    doc = read_html(page.encode("gbk"))  # no charset declared: GBK found by decoding
    assert texts(doc) == [
        ["填报单位：某局"],
        ["信息发布", "总数", "12"],
        ["政务动态信息更新量", "3"],
        ["是否有移动新媒体", "☑是 ☐否"],
        ["网站名称", "甲"],
    ]
    second = doc.rows[2].cells
    # A merged cell repeats down the rows it spans (as context), not across its columns.
    assert [(c.text, c.col, c.copy) for c in second] == [
        ("信息发布", 0, True),
        ("政务动态信息更新量", 1, False),
        ("3", 2, False),
    ]
    assert doc.rows[1].block != doc.rows[0].block


def test_docx_tick_glyphs_content_controls_and_merged_cells() -> None:
    document = docx.Document()
    document.add_paragraph("单位负责人：张三\t审核人：李四")
    table = document.add_table(rows=3, cols=3)
    top = table.cell(0, 0).merge(table.cell(1, 0))
    top.text = "信息发布"
    table.cell(0, 1).text = "总数"
    table.cell(0, 2).text = "12"
    wide = table.cell(1, 1).merge(table.cell(1, 2))
    wide.text = "宽"
    marks = table.cell(2, 0).paragraphs[0]
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FE")
    marks.add_run()._r.append(sym)
    marks.add_run("是")
    marks.add_run("\uf0a8").font.name = "Wingdings"
    marks.add_run("否")
    _sdt(table.cell(2, 1).paragraphs[0], True)
    table.cell(2, 1).paragraphs[0].add_run("是")
    _legacy(table.cell(2, 2).paragraphs[0], False)
    table.cell(2, 2).paragraphs[0].add_run("否")
    doc = read_docx(docx_bytes(document))
    assert texts(doc) == [
        ["单位负责人：张三", "审核人：李四"],
        ["信息发布", "总数", "12"],
        ["宽"],
        ["☑是☐否", "☑是", "☐否"],
    ]
    merged = doc.rows[2].cells
    assert [(c.col, c.copy) for c in merged] == [(0, True), (1, False)]


@pytest.mark.parametrize("font", ["Wingdings 2", "Wingdings-2", "Wingdings2-Regular"])
def test_docx_letters_typed_in_a_symbol_font_by_any_name_are_tick_boxes(font: str) -> None:
    # R and £ typed in Wingdings 2 (a WPS habit); w:sym naming the font as a PDF would.
    document = docx.Document()
    line = document.add_paragraph()
    line.add_run("R").font.name = font
    line.add_run("是 ")
    line.add_run("\xa3").font.name = font
    line.add_run("否 ")
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), "F052")
    line.add_run()._r.append(sym)
    line.add_run("R12")
    assert texts(read_docx(docx_bytes(document))) == [["☑是 ☐否 ☑R12"]]


def test_docx_page_footers_are_read_after_the_body_each_text_once() -> None:
    document = docx.Document()
    document.add_paragraph("网站名称：某局网站")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "单位负责人：王五　　填报日期：2025年1月20日"
    section.different_first_page_header_footer = True
    section.first_page_footer.paragraphs[0].text = "单位负责人：王五　　填报日期：2025年1月20日"
    assert texts(read_docx(docx_bytes(document))) == [
        ["网站名称：某局网站"],
        ["单位负责人：王五", "填报日期：2025年1月20日"],
    ]


def test_docx_page_headers_with_a_table_are_read_before_the_body() -> None:
    # A template whose first page's header holds the title block and the first rows; a
    # header of the portal's name alone is the page's furniture.
    document = docx.Document()
    document.add_paragraph("政务服务事项数量：12")
    section = document.sections[0]
    section.header.paragraphs[0].text = "某市人民政府门户网站"
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = "政府网站工作年度报表"
    table = first.add_table(rows=1, cols=2, width=docx.shared.Cm(15))
    table.cell(0, 0).text, table.cell(0, 1).text = "网站名称", "某局网站"
    assert texts(read_docx(docx_bytes(document))) == [
        ["政府网站工作年度报表"],
        ["网站名称", "某局网站"],
        ["政务服务事项数量：12"],
    ]


def test_docx_struck_text_is_void_with_its_separator() -> None:
    # The options that do not apply struck out; a figure struck and corrected beside it.
    document = docx.Document()
    for parts in (
        [("是否发布服务事项目录：", False), ("是", False), (" / ", False), ("否", True)],
        [
            ("网站类型：", False),
            ("政府门户网站", True),
            ("、部门网站、", False),
            ("专项网站", True),
        ],
        [("注册用户数：", False), ("1234", True), (" 1243", False)],
    ):
        paragraph = document.add_paragraph()
        for text, struck in parts:
            paragraph.add_run(text).font.strike = struck
    assert texts(read_docx(docx_bytes(document))) == [
        ["是否发布服务事项目录：是"],
        ["网站类型： 部门网站"],
        ["注册用户数：", "1243"],
    ]


def test_docx_a_box_written_twice_is_one() -> None:
    # An RTF symbol field converted by LibreOffice: the field's result and its glyph.
    document = docx.Document()
    paragraph = document.add_paragraph("是否提供智能问答：")
    for text in ("☑", "\uf052", "是 ", "☐", "☐", "否"):
        run = paragraph.add_run(text)
        if text == "\uf052":
            run.font.name = "Wingdings 2"
    assert texts(read_docx(docx_bytes(document))) == [["是否提供智能问答：☑是 ☐否"]]


def test_xlsx_numbers_dates_text_and_merged_cells() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站总访问量", 964152, "平均办理时间", 4.5])
    sheet.append(["政府网站标识码", "0460100002", "填报日期", datetime.date(2023, 1, 11)])
    sheet.append(["信息发布", "总数", None, "375"])
    sheet.merge_cells("B3:C3")
    sheet["A4"] = "是否有移动新媒体"
    sheet["B4"] = "√是 □否"
    doc = read_xlsx(xlsx_bytes(book))
    assert texts(doc) == [
        ["网站总访问量", "964152", "平均办理时间", "4.5"],
        ["政府网站标识码", "0460100002", "填报日期", "2023-01-11"],
        ["信息发布", "总数", "375"],
        ["是否有移动新媒体", "☑是 ☐否"],
    ]
    assert [c.col for c in doc.rows[2].cells] == [0, 1, 3]
    assert doc.rows[0].where == "工作表「Sheet」第 1 行"


def test_pdf_rows_come_from_the_ruled_cells() -> None:
    html = (
        "<html><body style='font-family: Noto Sans CJK SC'><p>填报单位：某局</p>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }</style>"
        "<table style='border-collapse:collapse'>"
        "<tr><td rowspan=2>信息发布</td><td>总数</td><td>12</td></tr>"
        "<tr><td>政务动态信息<br>更新量</td><td>☑是 ☐否</td></tr></table></body></html>"
    )
    doc = read_pdf(html_to_pdf(html))
    assert texts(doc) == [
        ["填报单位：某局"],
        ["信息发布", "总数", "12"],
        ["政务动态信息更新量", "☑是 ☐否"],
    ]
    row = doc.rows[2]
    assert row.page == 1
    assert row.where == "第 1 页 第 3 行"
    assert all(c.bbox is not None for c in row.cells)
    assert [c.col for c in row.cells] == [1, 2]


def test_damaged_office_files_are_input_errors() -> None:
    data = docx_bytes(docx.Document())
    rng = random.Random(1)
    broken = bytearray(data)
    for _ in range(200):
        broken[rng.randrange(len(broken))] = rng.randrange(256)
    with pytest.raises(InputError):
        read_docx(bytes(broken))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("word/document.xml", "<not-xml")
    with pytest.raises(InputError, match="已损坏"):
        read_docx(archive.getvalue())


def test_xlsx_boxes_typed_in_wingdings_as_n_and_o() -> None:
    # Wingdings' n is a filled box (■), o an empty one (□): n是 o否 is ☑是 ☐否.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "是否有移动新媒体"
    sheet["B1"] = "n是   o否"
    sheet["B1"].font = openpyxl.styles.Font(name="Wingdings")
    assert texts(read_xlsx(xlsx_bytes(book))) == [["是否有移动新媒体", "☑是   ☐否"]]


def test_xlsx_numbers_whose_format_shows_words() -> None:
    # 1 and 0 shown as ticks or words by their cells' number format.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["是否有移动新媒体", 1, "是", "否", 0, 5])
    sheet.append(["是否提供智能问答", 0, "是", "否", 1, -2])
    for row in (1, 2):
        sheet.cell(row, 2).number_format = sheet.cell(row, 5).number_format = '"☑";;"☐"'
        sheet.cell(row, 6).number_format = '[红色]"有";"缺";"无"'
    assert texts(read_xlsx(xlsx_bytes(book))) == [
        ["是否有移动新媒体", "☑", "是", "否", "☐", "有"],
        ["是否提供智能问答", "☐", "是", "否", "☑", "缺"],
    ]


def test_xlsx_cells_without_references_take_the_place_after_the_one_before() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站名称", "某市人民政府门户网站"])
    sheet.append([])
    sheet.append(["独立用户访问总量", 1234, None, "个"])
    archive = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes(book))) as source,
        zipfile.ZipFile(archive, "w") as out,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                # The third row keeps its number, its last cell its reference.
                text = text.replace('<row r="1"', "<row")
                data = re.sub(r' r="[A-C][0-9]+"', "", text).encode()
            out.writestr(item, data)
    assert texts(read_xlsx(archive.getvalue())) == [
        ["网站名称", "某市人民政府门户网站"],
        ["独立用户访问总量", "1234", "个"],
    ]
    assert [c.col for c in read_xlsx(archive.getvalue()).rows[1].cells] == [0, 1, 3]


def test_xlsx_numbers_read_as_their_number_format_shows_them() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["平均办理时间", 3.4996, 2.25, 1234.0, 0.125, 7.5])
    formats = ("0.0", "0.0", "#,##0", "0.00%", "General")
    for cell, fmt in zip(sheet[1][1:], formats, strict=True):
        cell.number_format = fmt
    doc = read_xlsx(xlsx_bytes(book))
    # As Excel rounds for display: half away from zero; percentages and General untouched.
    assert texts(doc) == [["平均办理时间", "3.5", "2.3", "1234", "0.125", "7.5"]]


def test_pdf_commas_in_numbers_stay_in_place() -> None:
    html = (
        "<html><body style='font-family: Noto Sans CJK SC; font-size: 12pt'>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }</style>"
        "<table style='border-collapse:collapse'>"
        "<tr><td>独立用户访问总量</td><td>1,519,211</td></tr></table></body></html>"
    )
    assert texts(read_pdf(html_to_pdf(html))) == [["独立用户访问总量", "1,519,211"]]


def test_html_tick_boxes_as_word_writes_them_in_symbol_fonts() -> None:
    # Word's "save as web page": the glyph in a span set in Wingdings / Wingdings 2, the
    # font inherited by inner spans and ended by a text font; <font face=…> as well.
    page = (
        "<table><tr><td>是否使用统一平台</td><td><p>"
        "<span style='font-family:Wingdings;mso-char-type:symbol;"
        "mso-symbol-font-family:Wingdings'><span style='mso-char-type:symbol'>&#254;</span>"
        "</span><span style='font-family:宋体'>是</span> "
        "<span style='font-family:Wingdings'>&#168;</span>否</p></td></tr>"
        "<tr><td>是否提供智能问答</td><td><span style='font-family:\"Wingdings 2\"'>R</span>是 "
        "<font face='Wingdings 2'>&#163;</font>否</td></tr>"
        "<tr><td>ICP备案号</td><td>京ICP备R12号</td></tr></table>"
        "<p>创新发展 <span style=\"font-family: 'Wingdings 2'\">R</span>搜索即服务 其他 R</p>"
    )
    assert texts(read_html(page.encode())) == [
        ["是否使用统一平台", "☑是 ☐否"],
        ["是否提供智能问答", "☑是 ☐否"],
        ["ICP备案号", "京ICP备R12号"],
        ["创新发展 ☑搜索即服务 其他 R"],
    ]


def test_html_tick_boxes_drawn_as_pictures_are_read_by_their_alternative_text() -> None:
    page = (
        "<table><tr><td>是否使用统一平台</td><td><img src='a.gif' alt='√'>是 "
        "<img src='b.gif' alt='□'>否</td></tr>"
        "<tr><td>网站名称</td><td><img src='logo.png' alt='某市政府'>某市政府网站</td></tr>"
        "</table>"
    )
    assert texts(read_html(page.encode())) == [
        ["是否使用统一平台", "☑是 ☐否"],
        ["网站名称", "某市政府网站"],
    ]


def test_pdf_tick_boxes_set_in_a_symbol_font_are_read_by_their_font() -> None:
    # As printed from Word or WPS: R and £ in an embedded Wingdings 2 subset.
    html = (
        f"<html><head><style>{font_faces()} body {{ font-family: 'Noto Sans CJK SC' }}"
        " td { border: 1px solid black } table { border-collapse: collapse }</style></head>"
        f"<body><table><tr><td>是否使用统一平台</td><td>{symbol_tick('wingdings2', True)}是 "
        f"{symbol_tick('wingdings2', False)}否</td></tr>"
        f"<tr><td>是否提供智能问答</td><td>{symbol_tick('wingdings', False)}是 "
        f"{symbol_tick('wingdings', True)}否</td></tr>"
        "<tr><td>ICP备案号</td><td>京ICP备R12号</td></tr></table></body></html>"
    )
    assert texts(read_pdf(html_to_pdf(html))) == [
        ["是否使用统一平台", "☑是 ☐否"],
        ["是否提供智能问答", "☐是 ☑否"],
        ["ICP备案号", "京ICP备R12号"],
    ]


@pytest.mark.parametrize(
    ("name", "font"),
    [
        ("PUGXWG+Wingdings-2,", "wingdings 2"),
        ('"Wingdings 2"', "wingdings 2"),
        ("Wingdings-Regular", "wingdings"),
        ("ABCDEF+Wingdings", "wingdings"),
        ("SymbolMT", "symbol"),
        ("Wingdings 3", None),
        ("TSPJMR+Noto-Sans-CJK-SC", None),
        ("宋体", None),
    ],
)
def test_symbol_fonts_are_known_by_any_spelling_of_their_name(name: str, font: str) -> None:
    assert symbol_font(name) == font


def test_private_use_tick_boxes_of_an_unknown_font_are_read_by_their_code() -> None:
    # Wingdings' þ ¨ and Wingdings 2's R £ (as LibreOffice prints them in its OpenSymbol);
    # other symbols (Wingdings' A, a hand) stay what they are.
    assert canonical_ticks("\uf0fe是 \uf0a8否 \uf041") == "☑是 ☐否 \uf041"
    assert canonical_ticks("\uf052是 \uf0a3否") == "☑是 ☐否"


@pytest.mark.parametrize(
    ("text", "ticks"),
    [
        ("是（√）   否（\u3000）", "是☑   否☐"),
        ("千人千网（ ）   其他（√）  ", "千人千网☐   其他☑  "),
        ("联系电话（0898）", "联系电话（0898）"),
        ("（单位：个）", "（单位：个）"),
    ],
)
def test_brackets_after_the_last_option_are_its_box(text: str, ticks: str) -> None:
    assert canonical_ticks(text) == ticks


def test_xlsx_tick_boxes_in_symbol_font_runs_and_cells() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    wd2 = InlineFont(rFont="Wingdings 2")
    sheet.append(["是否使用统一平台"])
    sheet["B1"] = CellRichText([TextBlock(wd2, "R"), "是  ", TextBlock(wd2, "\xa3"), "否"])
    sheet.append(["是否提供智能问答", "R", "是", "\xfe"])
    sheet["B2"].font = openpyxl.styles.Font(name="Wingdings 2")
    sheet["D2"].font = openpyxl.styles.Font(name="Wingdings")
    sheet.append(["ICP备案号", "京ICP备R12号"])
    assert texts(read_xlsx(xlsx_bytes(book))) == [
        ["是否使用统一平台", "☑是  ☐否"],
        ["是否提供智能问答", "☑", "是", "☑"],
        ["ICP备案号", "京ICP备R12号"],
    ]


def test_text_words_set_out_with_spaces_stay_one_cell() -> None:
    doc = read_text(
        "网  站  名  称      某网站\n填  报  人：张三    审  核：李四\n是  否\n".encode()
    )
    assert texts(doc) == [["网站名称", "某网站"], ["填报人：张三", "审核：李四"], ["是", "否"]]


def test_text_a_wider_gap_ends_a_spaced_word() -> None:
    # 无 is the value of 名称; the label after it is spaced out more narrowly.
    line = "名称      无             信  息  发  布  量(单位:条)     0\n"
    assert texts(read_text(line.encode())) == [["名称", "无", "信息发布量(单位:条)", "0"]]


def test_text_two_lone_characters_far_apart_are_no_word() -> None:
    # The last characters of names set down two columns (a section's 体, a group's 微).
    line = "  体        微                                  １５７\n  媒\n"
    assert texts(read_text(line.encode()))[0] == ["体", "微", "１５７"]
    assert texts(read_text("  名    称      某局\n".encode()))[0] == ["名称", "某局"]


def test_text_a_unit_column_then_none_is_no_word() -> None:
    # An Excel print: the unit in a column of its own, 无 left-aligned in the value column.
    line = "  25       办件量             总数             件    无\n"
    assert texts(read_text(line.encode()))[0] == ["25", "办件量", "总数", "件", "无"]


def test_text_an_address_a_chinese_text_runs_into_is_the_next_cell() -> None:
    # Two cells abreast, both wrapped: the name's lines and the address's (http:// | www…).
    text = "某市农业农村局（挂某 http://\n市大数据局牌子） www971.220182.gov.cn/\n"
    text += "某局 zwfw.a.gov.cn/\n平均办理时间 2.5\n"
    # And a text one blank after the address (the address's second line, then the name's).
    text += "zwfw540.511002.gov.cn/ 中区大数据发展管理局牌子）\n"
    assert texts(read_text(text.encode())) == [
        ["某市农业农村局（挂某", "http://"],
        ["市大数据局牌子）", "www971.220182.gov.cn/"],
        ["某局", "zwfw.a.gov.cn/"],
        ["平均办理时间 2.5"],
        ["zwfw540.511002.gov.cn/", "中区大数据发展管理局牌子）"],
    ]


def test_text_a_registration_numbers_end_parts_cells() -> None:
    # Narrow cells wrapped: one blank after a number's 号 (or 号-1) before the next cell.
    text = "3706854497  鲁ICP备84864066号-1 鲁公网安备37068505528649号 633 984\n"
    text += "公安机关备案编号 辽公网安备21100421390120号 总量（单位：\n今日头条号 某市发布\n"
    assert texts(read_text(text.encode())) == [
        ["3706854497", "鲁ICP备84864066号-1", "鲁公网安备37068505528649号", "633 984"],
        ["公安机关备案编号 辽公网安备21100421390120号", "总量（单位："],
        ["今日头条号 某市发布"],
    ]


def test_text_a_spaced_word_runs_into_its_unit() -> None:
    doc = read_text(
        "维  护  数  量(单位:个)      新开设数量(单位:个)\n单  位  负  责  人  张三\n".encode()
    )
    assert texts(doc) == [["维护数量(单位:个)", "新开设数量(单位:个)"], ["单位负责人", "张三"]]


def test_text_values_under_abreast_labels_keep_their_columns_when_one_is_empty() -> None:
    labels = ["收到留言数量（条）", "办结留言数量（条）"]
    labels += ["平均办理时间（天）", "公开答复数量（条）"]
    text = "      ".join(labels) + "\n12条" + " " * 20 + "10条" + " " * 44 + "9条\n"
    doc = read_text(text.encode())
    assert [c.col for c in doc.rows[1].cells] == [0, 1, 3]
    values = extract_document(document_from_text(BASIC_TEXT + text), "t").report.to_json()
    assert (values["messages_received"], values["messages_closed"]) == (12, 10)
    assert values["messages_public"] == 9
    assert "messages_avg_days" not in values


_LAID_OUT_ROW = (
    "网站名称          首页网址                 主办单位              网站类型\n"
    "某某县人力资源和 https://                 某某县人力资源和社会 ☐政府门户网站 ☑部\n"
    "社会保障局     zwfw4.65.gov.cn/   保障局             门网站 ☐专项网站\n"
    "政府网站标识码       ICP备案号\n"
)


def test_text_laid_out_options_one_space_after_a_text_start_their_column() -> None:
    # The name fills its column; the options start where 网站类型 does, give or take two.
    doc = read_text(_LAID_OUT_ROW.encode())
    assert texts(doc)[1][2:] == ["某某县人力资源和社会", "☐政府门户网站 ☑部"]
    assert texts(doc)[2][2:] == ["保障局", "门网站 ☐专项网站"]  # under the options: theirs


def test_text_laid_out_options_under_their_columns_centred_label() -> None:
    # 网站类型 is centred over the options, five columns past their box, within their line.
    text = (
        "      网站名称            首页网址                        主办单位           网站类型\n\n"
        " 溪湖区住房和城乡建              http://           溪湖区住房和城乡建设 ☐政府门户网站"
        " ☑部门网站 ☐专\n"
        "      设局        jyj626.210503.gov.cn/              局             项网站\n"
    )
    doc = read_text(text.encode())
    assert texts(doc)[1][2:] == ["溪湖区住房和城乡建设", "☐政府门户网站 ☑部门网站 ☐专"]


def test_text_laid_out_options_one_space_after_a_label_stay_with_it() -> None:
    # No column of the lines above starts at the box: the cell is the label's line.
    text = "九、创新发展\n\n创新发展 ☐搜索即服务 ☑多语言版本\n其他（注明）      无\n"
    doc = read_text((_LAID_OUT_ROW + text).encode())
    assert ["创新发展 ☐搜索即服务 ☑多语言版本"] in texts(doc)


def test_text_laid_out_options_go_on_under_their_first_line() -> None:
    # 无障碍浏览 ends the list above it, whose start ☐千人千网 is near: one cell still.
    text = (
        "                            九、创新发展\n\n"
        "         创新发展                            其他（注明）\n\n"
        " ☐搜索即服务 ☐多语言版本 ☑\n 无障碍浏览 ☐千人千网 ☐其他\n"
    )
    doc = read_text((_LAID_OUT_ROW + text).encode())
    assert ["无障碍浏览 ☐千人千网 ☐其他"] in texts(doc)


def test_text_laid_out_a_note_one_space_after_options_under_its_columns_label() -> None:
    # The options fill their column; the note starts where 其他（注明） does.
    text = (
        "九、创新发展\n创新发展               其他（注明）\n√搜索即服务 □多语言版\n"
        "本 □无障碍浏览 □千人千 提供政策智能匹配与免申即享服务\n网 √其他\n"
    )
    doc = read_text((_LAID_OUT_ROW + text).encode())
    assert ["本 ☐无障碍浏览 ☐千人千", "提供政策智能匹配与免申即享服务"] in texts(doc)


def test_text_laid_out_a_note_written_on_after_its_option_stays_with_it() -> None:
    # Nothing above starts where the note does; or a cell runs over its start.
    line = "☑搜索即服务 ☑多语言版本 ☑其他 提供政策智能匹配与免申即享服务\n"
    doc = read_text((_LAID_OUT_ROW + "九、创新发展\n创新发展  其他（注明）\n" + line).encode())
    assert [line.strip()] in texts(doc)
    text = "创新发展的一些事项与其他（注明）的说明文字\n创新发展               其他\n" + line
    doc = read_text((_LAID_OUT_ROW + text).encode())
    assert [line.strip()] in texts(doc)


def test_pictures_of_an_office_file_in_the_order_inserted_small_ones_left_out() -> None:
    def png(seed: int, side: int) -> bytes:
        noise = random.Random(seed).randbytes(side * side)
        out = io.BytesIO()
        PILImage.frombytes("L", (side, side), noise).save(out, "PNG")
        return out.getvalue()

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/media/image10.png", png(3, 300))
        z.writestr("word/media/image2.png", png(2, 300))
        z.writestr("word/media/image1.png", png(1, 40))  # a logo
        z.writestr("word/media/image3.emf", b"x" * 50_000)  # vector: not a scan
    found = pictures(archive.getvalue(), None, "Word ", 4)
    assert found == [png(2, 300), png(3, 300)]
    assert pictures(archive.getvalue(), None, "Word ", 1) == [png(2, 300)]


@pytest.mark.parametrize("turn", [1, 2, 3])
def test_pdf_pages_drawn_sideways_are_read_upright(turn: int) -> None:
    # A page's content turned a quarter turn (or two, or three) with /Rotate showing it
    # upright, as some printers and scanners write landscape pages.
    html = (
        "<html><body style='font-family: Noto Sans CJK SC'>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }</style>"
        "<table style='border-collapse:collapse'>"
        "<tr><td rowspan=2>信息发布</td><td>总数</td><td>12</td></tr>"
        "<tr><td>政务动态信息更新量</td><td>☑是 ☐否</td></tr></table></body></html>"
    )
    pdf = pdfium.PdfDocument(html_to_pdf(html))
    page = pdf[0]
    width, height = page.get_size()
    matrix = {
        1: (0, 1, -1, 0, height, 0),
        2: (-1, 0, 0, -1, width, height),
        3: (0, -1, 1, 0, 0, width),
    }[turn]
    for obj in list(page.get_objects()):
        obj.transform(pdfium.PdfMatrix(*matrix))
    if turn % 2:
        pdfium.raw.FPDFPage_SetMediaBox(page.raw, 0, 0, height, width)
    page.set_rotation(90 * turn)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    assert texts(read_pdf(out.getvalue())) == [
        ["信息发布", "总数", "12"],
        ["政务动态信息更新量", "☑是 ☐否"],
    ]


def test_docx_tracked_changes_read_as_accepted() -> None:
    # Inserted and moved-in text counts; deleted and moved-away text does not.
    document = docx.Document()
    paragraph = document.add_paragraph("网站名称：")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    stamp = 'w:author="a" w:date="2025-01-01T00:00:00Z"'
    for xml in (
        f'<w:del {ns} w:id="1" {stamp}><w:r><w:delText>旧网站</w:delText></w:r></w:del>',
        f'<w:ins {ns} w:id="2" {stamp}><w:r><w:t>某</w:t></w:r></w:ins>',
        f'<w:moveFrom {ns} w:id="3" {stamp}><w:r><w:t>网站</w:t></w:r></w:moveFrom>',
        f'<w:moveTo {ns} w:id="4" {stamp}><w:r><w:t>网站</w:t></w:r></w:moveTo>',
    ):
        paragraph._p.append(parse_xml(xml))
    assert texts(read_docx(docx_bytes(document))) == [["网站名称：某网站"]]


def test_docx_text_boxes_are_read_once() -> None:
    # A title in a VML text box, and a table in a DrawingML box with its VML fallback.
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    )
    table = (
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>网站名称</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>某网站</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    title = "<w:p><w:r><w:t>政府网站工作年度报表</w:t></w:r></w:p>"
    document = docx.Document()
    paragraph = document.add_paragraph("附件")
    paragraph._p.append(
        parse_xml(
            f"<w:r {ns}><w:pict><v:shape><v:textbox><w:txbxContent>{title}"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>"
            f"<w:txbxContent>{table}<w:p/></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            f"{table}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    assert texts(read_docx(docx_bytes(document))) == [
        ["附件"],
        ["政府网站工作年度报表"],
        ["网站名称", "某网站"],
    ]


@pytest.mark.parametrize(
    ("members", "says"),
    [
        ({"OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<ofd:Document/>"}, "OFD 版式文件"),
        (
            {"mimetype": "application/vnd.oasis.opendocument.presentation", "content.xml": "<x/>"},
            "OpenDocument",
        ),
        ({"a.txt": "网站名称"}, "ZIP 压缩包"),
    ],
)
def test_other_zip_formats_are_named(members: dict[str, str], says: str) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    with pytest.raises(UnsupportedFormatError, match=says):
        sniff(archive.getvalue())


def test_a_broken_open_document_file_is_named_so() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text" * 10)
        z.writestr("content.xml", "<x/>")
    data = bytearray(archive.getvalue())
    at = data.find(b"mimetype") + len("mimetype")
    data[at + 2 : at + 12] = b"\xff" * 10  # the entry's compressed bytes
    with pytest.raises(UnsupportedFormatError, match="损坏的 OpenDocument"):
        sniff(bytes(data))


def test_a_page_number_on_a_line_of_its_own_is_no_text() -> None:
    # pdftotext -layout keeps the printed page's foot, centred under the last row: it is
    # no free text of the label above (其他).
    text = "其他\n\n\n                 第2页共3页\n九、创新发展\n"
    doc = read_text((BASIC_TEXT + text).encode())
    assert ["第2页共3页"] not in texts(doc)
    assert not any("页" in cell for row in texts(doc) for cell in row)
    kept = read_text((BASIC_TEXT + "备注\t见第2页\n").encode())
    assert ["备注", "见第2页"] in texts(kept)
