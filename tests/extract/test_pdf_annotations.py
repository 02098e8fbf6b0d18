"""What a PDF shows in annotations over its page (readers.pdf_annotations): a fillable
form's fields (values, ticked boxes), and text a PDF editor typed over a printed template
(free-text annotations, a typed √ over a printed □)."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import weasyprint  # type: ignore[import-untyped]
from pypdfium2 import raw

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS

_STYLE = "table{border-collapse:collapse} td{border:1px solid #000;padding:4px;height:22px}"


def _page(rows: list[tuple[str, str]], forms: bool = False) -> bytes:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    page = (
        f"<html><head><meta charset=utf-8><style>{_STYLE}</style></head><body>"
        f"<h3>政府网站工作年度报表</h3><table>{cells}</table></body></html>"
    )
    return bytes(weasyprint.HTML(string=page).write_pdf(pdf_forms=forms))


def test_a_filled_in_forms_fields_are_read() -> None:
    box = "<input type=checkbox name={0} {1}>{2}"
    rows = [
        *TABLE_PAIRS,
        (
            "主办单位",
            "<input type=text name=sponsor value='某某市人民政府办公室' style='width:60mm'>",
        ),
        (
            "是否提供智能问答",
            box.format("qa1", "", "是") + " " + box.format("qa2", "checked", "否"),
        ),
        ("是否开展应急演练", box.format("d1", "checked", "是") + " " + box.format("d2", "", "否")),
    ]
    got = extract_bytes(_page(rows, forms=True), "form.pdf").report.to_json()
    assert got["sponsor"] == "某某市人民政府办公室"
    assert got["smart_qa"] is False
    assert got["emergency_drill"] is True


def _typed(data: bytes, notes: list[tuple[str, str]]) -> bytes:
    """`data` with each note typed (a free-text annotation) right of the page text it
    names: a value after its label, a √ over a box (the text it names opens with it)."""
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    text = page.get_textpage()
    for anchor, note in notes:
        found = text.search(anchor).get_next()
        assert found is not None, anchor
        left, bottom, right, top = text.get_charbox(found[0])
        if note != "√":  # a value in the cell right of its label; a √ over the box
            left = right + 60
            right = left + 200
        annot = raw.FPDFPage_CreateAnnot(page.raw, raw.FPDF_ANNOT_FREETEXT)
        rect = raw.FS_RECTF(left, top, right, bottom)
        raw.FPDFAnnot_SetRect(annot, ctypes.byref(rect))
        value = (note + "\x00").encode("utf-16-le")
        raw.FPDFAnnot_SetStringValue(
            annot, b"Contents", ctypes.cast(value, ctypes.POINTER(raw.FPDF_WCHAR))
        )
        raw.FPDFPage_CloseAnnot(annot)
    page.close()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_text_typed_over_a_printed_template() -> None:
    rows = [
        *TABLE_PAIRS,
        ("主办单位", ""),
        ("是否提供智能问答", "□是 □否"),
        ("网站类型", "□政府门户网站 □部门网站 □专项网站"),
    ]
    data = _typed(
        _page(rows), [("主办单位", "某某市人民政府办公室"), ("□否", "√"), ("□部门网站", "√")]
    )
    got = extract_bytes(data, "typed.pdf").report.to_json()
    assert got["sponsor"] == "某某市人民政府办公室"
    assert got["smart_qa"] is False
    assert got["site_type"] == "department"
