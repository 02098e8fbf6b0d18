"""Word fields: what they show is read, their instructions are not; Word's and WPS's
enclosed character (带圈字符, √ in □: EQ \\o\\ac(□,√)) is a ticked box."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from nianbao.readers.docx import read_docx
from nianbao.readers.marks import canonical_ticks

sys.path.insert(0, str(Path(__file__).parent))
from gen.office_out import _field_char, _instruction, _legacy, enclosed


def _read(build: object) -> list[str]:
    document = docx.Document()
    paragraph = document.add_paragraph()
    build(paragraph)  # type: ignore[operator]
    out = io.BytesIO()
    document.save(out)
    return [cell.text for row in read_docx(out.getvalue()).rows for cell in row.cells]


@pytest.mark.parametrize("enlarged", [False, True])
def test_an_enclosed_tick_is_a_ticked_box(enlarged: bool) -> None:
    def build(paragraph: object) -> None:
        enclosed(paragraph, True, enlarged=enlarged)
        paragraph.add_run("是 ")  # type: ignore[attr-defined]
        enclosed(paragraph, False)
        paragraph.add_run("否")  # type: ignore[attr-defined]

    assert _read(build) == ["☑是 ☐否"]


def test_an_enclosure_of_nothing_ticked_is_an_empty_box() -> None:
    def build(paragraph: object) -> None:
        p = paragraph._p  # type: ignore[attr-defined]
        _field_char(p, "begin")
        _instruction(p, "EQ \\o\\ac(○, )")
        _field_char(p, "end")
        paragraph.add_run("专项网站")  # type: ignore[attr-defined]

    assert _read(build) == ["☐专项网站"]


def test_other_fields_show_their_result_not_their_instruction() -> None:
    def build(paragraph: object) -> None:
        p = paragraph._p  # type: ignore[attr-defined]
        paragraph.add_run("首页网址：")  # type: ignore[attr-defined]
        _field_char(p, "begin")
        _instruction(p, ' HYPERLINK "http://www.a.gov.cn/" ')
        _field_char(p, "separate")
        paragraph.add_run("http://www.a.gov.cn/")  # type: ignore[attr-defined]
        _field_char(p, "end")
        _legacy(paragraph, True)
        paragraph.add_run("是")  # type: ignore[attr-defined]

    assert _read(build) == ["首页网址：http://www.a.gov.cn/☑是"]


def test_a_field_over_several_paragraphs_keeps_its_result() -> None:
    # A table of contents: it begins in one paragraph and ends in another.
    document = docx.Document()
    first = document.add_paragraph()
    _field_char(first._p, "begin")
    _instruction(first._p, ' TOC \\o "1-3" \\h \\z \\u ')
    _field_char(first._p, "separate")
    first.add_run("一、基本信息")
    last = document.add_paragraph("二、信息发布")
    _field_char(last._p, "end")
    opened = document.add_paragraph()
    _field_char(opened._p, "begin")
    _instruction(opened._p, " PAGE ")
    out = io.BytesIO()
    document.save(out)
    texts = [cell.text for row in read_docx(out.getvalue()).rows for cell in row.cells]
    assert texts == ["一、基本信息", "二、信息发布"]


def test_a_field_inside_a_hyperlink_element() -> None:
    def build(paragraph: object) -> None:
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), "rId99")
        paragraph._p.append(link)  # type: ignore[attr-defined]
        _field_char(link, "begin")
        _instruction(link, "eq \\o\\ac(□,√)")
        _field_char(link, "end")
        paragraph.add_run("部门网站")  # type: ignore[attr-defined]

    assert _read(build) == ["☑部门网站"]


@pytest.mark.parametrize("text", ["□√是 □否", "√□是 □否", "☐✓是 □否", "✔▢是 ☐否"])
def test_a_tick_over_a_box_taken_from_a_page_is_one_ticked_box(text: str) -> None:
    # Text taken from a printed enclosed tick: the two characters one after the other.
    assert canonical_ticks(text) == "☑是 ☐否"
