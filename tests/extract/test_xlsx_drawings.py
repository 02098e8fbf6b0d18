"""Ticks drawn over a sheet as text boxes (√ laid over the □ of the option chosen) tick
the box under them."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.xlsx import read_xlsx
from nianbao.readers.xlsx_drawings import ticked
from text_reports import TABLE_PAIRS

EMU = 9525  # per pixel
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
WIDTHS = {"A": 24, "B": 30, "C": 12}


def _shape(text: str) -> str:
    return (
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/>'
        f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>"
    )


def _two_cell(row: int, col: int, dx: int, text: str = "√") -> str:
    """A 16-pixel text box whose left edge stands `dx` pixels into cell (row, col)."""
    return (
        '<xdr:twoCellAnchor editAs="oneCell">'
        f"<xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>{dx * EMU}</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        f"<xdr:to><xdr:col>{col}</xdr:col><xdr:colOff>{(dx + 16) * EMU}</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>{16 * EMU}</xdr:rowOff></xdr:to>"
        f"{_shape(text)}</xdr:twoCellAnchor>"
    )


def _one_cell(row: int, col: int, dx: int) -> str:
    return (
        f"<xdr:oneCellAnchor><xdr:from><xdr:col>{col}</xdr:col>"
        f"<xdr:colOff>{dx * EMU}</xdr:colOff><xdr:row>{row}</xdr:row>"
        f'<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="{16 * EMU}" cy="{16 * EMU}"/>'
        f"{_shape('✔')}</xdr:oneCellAnchor>"
    )


def _with_drawing(book: openpyxl.Workbook, anchors: list[str]) -> bytes:
    for letter, width in WIDTHS.items():
        book.active.column_dimensions[letter].width = width
    saved = io.BytesIO()
    book.save(saved)
    drawing = f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}">{"".join(anchors)}</xdr:wsDr>'
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdD1" Type="{DRAWING}" Target="../drawings/drawing1.xml"/>'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                if "xmlns:r=" not in text[:600]:
                    text = text.replace(
                        "<worksheet ",
                        '<worksheet xmlns:r="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships" ',
                        1,
                    )
                data = text.replace("</worksheet>", '<drawing r:id="rIdD1"/></worksheet>').encode()
            target.writestr(item, data)
        target.writestr("xl/drawings/drawing1.xml", drawing)
        target.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
    return out.getvalue()


def _book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站类型", "□政府门户网站 □部门网站 □专项网站"])
    sheet.append(["是否有移动新媒体", "□是", "□否"])
    sheet.append(["是否提供智能问答", "是"])
    sheet.append(["是否开展应急演练", None])
    return book


def _texts(data: bytes) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in read_xlsx(data).rows]


def test_a_drawn_tick_ticks_the_box_it_covers() -> None:
    # 部门网站's box is the eighth character: 7 wide ones before it, 3 + 7 × 14 = 101 px.
    anchors = [_two_cell(0, 1, 94), _two_cell(1, 2, 0), _one_cell(2, 1, 40), _two_cell(3, 1, 2)]
    assert _texts(_with_drawing(_book(), anchors)) == [
        ["网站类型", "☐政府门户网站 ☑部门网站 ☐专项网站"],
        ["是否有移动新媒体", "☐是", "☑否"],
        ["是否提供智能问答", "☑是"],
        ["是否开展应急演练", "☑"],
    ]


def test_shapes_of_other_text_and_cells_of_hidden_columns_tick_nothing() -> None:
    book = _book()
    book.active.column_dimensions["C"].hidden = True
    anchors = [_two_cell(0, 1, 94, text="注"), _two_cell(1, 2, 0)]
    assert _texts(_with_drawing(book, anchors)) == [
        ["网站类型", "☐政府门户网站 ☐部门网站 ☐专项网站"],
        ["是否有移动新媒体", "☐是"],
        ["是否提供智能问答", "是"],
        ["是否开展应急演练"],
    ]


def test_a_tick_over_a_merged_cell_ticks_its_text() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站类型", "□政府门户网站", None, "□部门网站"])
    sheet.merge_cells("B1:C1")
    # The middle of the tick stands in C1, under the merged range B1:C1.
    anchors = [_two_cell(0, 2, 4)]
    assert _texts(_with_drawing(book, anchors))[0] == ["网站类型", "☑政府门户网站", "☐部门网站"]


@pytest.mark.parametrize(
    ("text", "x", "expected"),
    [
        ("☐是 ☐否", 10, "☑是 ☐否"),
        ("☐是 ☐否", 50, "☐是 ☑否"),
        ("是", 5, "☑是"),
        ("", 5, "☑"),
        ("本网站提供智能问答服务并已接入省级平台", 5, "本网站提供智能问答服务并已接入省级平台"),
    ],
)
def test_ticked(text: str, x: float, expected: str) -> None:
    assert ticked(text, x) == expected


def test_a_report_ticked_with_drawn_boxes_is_extracted() -> None:
    book = _book()
    for label, value in TABLE_PAIRS:
        book.active.append([label, value])
    values = extract_bytes(_with_drawing(book, [_two_cell(0, 1, 94), _two_cell(1, 2, 0)]), "d.xlsx")
    assert values.report.to_json()["site_type"] == "department"
    assert values.report.to_json()["has_new_media"] is False
