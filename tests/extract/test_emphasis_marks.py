"""Options marked by emphasis instead of boxes (readers.emphasis): the chosen one bold and
red, the others plain, in a Word cell or a sheet's rich text."""

from __future__ import annotations

import io

import docx
import openpyxl
from docx.shared import RGBColor
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from nianbao.extract import extract_bytes
from nianbao.readers.emphasis import ticked_by_emphasis
from text_reports import TABLE_PAIRS

_CHOICES = [
    ("网站类型", ["政府门户网站", "部门网站", "专项网站"], "部门网站"),
    ("是否使用统一平台", ["是", "否"], "否"),
]


def _docx() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in TABLE_PAIRS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for label, options, chosen in _CHOICES:
        cells = table.add_row().cells
        cells[0].text = label
        paragraph = cells[1].paragraphs[0]
        for k, option in enumerate(options):
            run = paragraph.add_run(option)
            if option == chosen:
                run.bold = True
                run.font.color.rgb = RGBColor(0xC0, 0, 0)
            if k < len(options) - 1:
                paragraph.add_run("   ")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for label, value in TABLE_PAIRS:
        sheet.append([label, value])
    bold = InlineFont(b=True, color="FFFF0000")
    for label, options, chosen in _CHOICES:
        blocks: list[str | TextBlock] = []
        for option in options:
            blocks.append(TextBlock(bold, option) if option == chosen else option)
            blocks.append("    ")
        sheet.append([label, CellRichText(blocks)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_emphasised_option_is_the_chosen_one() -> None:
    for data, name in ((_docx(), "r.docx"), (_xlsx(), "r.xlsx")):
        got = extract_bytes(data, name).report.to_json()
        assert got.get("site_type") == "department", name
        assert got.get("unified_platform") is False, name


def test_emphasis_marks_only_a_few_words_some_stressed() -> None:
    assert ticked_by_emphasis(["是", "  ", "否"], [True, False, False]) == "☑是 ☐否"
    assert ticked_by_emphasis(["是", " ", "否"], [True, False, False]) is None  # one blank
    # A label with its group's name in bold, one blank before its own words.
    assert ticked_by_emphasis(["解读信息发布 ", "总数"], [True, False]) is None
    assert ticked_by_emphasis(["网站名称"], [True]) is None  # one word: a bold label
    assert ticked_by_emphasis(["信息", "发布量  12"], [True, False]) is None  # half a word
    assert ticked_by_emphasis(["共  ", "123", "  条"], [False, True, False]) is None  # a figure
    assert ticked_by_emphasis(["是  ", "否"], [True, True]) is None  # all of them: a style
