"""Excel's in-cell check boxes (Microsoft 365): a TRUE/FALSE cell whose style names a
check box control in the feature property bags reads as ☑/☐, not as 是/否."""

from __future__ import annotations

import io
import zipfile

import lxml.etree
import openpyxl
from openpyxl.styles import Alignment

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.xlsx import read_xlsx
from text_reports import TABLE_PAIRS

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XFPB = "http://schemas.microsoft.com/office/spreadsheetml/2022/featurepropertybag"
BAGS_TYPE = "http://schemas.microsoft.com/office/2022/11/relationships/FeaturePropertyBag"


def _bags(control: str) -> str:
    """Feature property bags whose one complement (i=0) leads to a `control` control."""
    return (
        f'<FeaturePropertyBags xmlns="{XFPB}">'
        f'<bag type="{control}"/>'
        '<bag type="XFControls"><bagId k="CellControl">0</bagId></bag>'
        '<bag type="XFComplement"><bagId k="XFControls">1</bagId></bag>'
        '<bag type="XFComplements" extRef="XFComplementsMapperExtRef">'
        '<a k="MappedFeaturePropertyBags"><bagId>2</bagId></a></bag>'
        "</FeaturePropertyBags>"
    )


def _with_controls(book: openpyxl.Workbook, control: str = "Checkbox") -> bytes:
    """The workbook saved, the style of its centred cells made a cell control."""
    for row in book.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, bool):
                cell.alignment = Alignment(horizontal="center")
    saved = io.BytesIO()
    book.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/styles.xml":
                root = lxml.etree.fromstring(data)
                for xf in root.iterfind(f"{{{MAIN}}}cellXfs/{{{MAIN}}}xf"):
                    align = xf.find(f"{{{MAIN}}}alignment")
                    if align is not None and align.get("horizontal") == "center":
                        ext = lxml.etree.SubElement(
                            lxml.etree.SubElement(xf, f"{{{MAIN}}}extLst"), f"{{{MAIN}}}ext"
                        )
                        ext.set("uri", "{C7286773-470A-42A8-94C5-96B5CB345126}")
                        lxml.etree.SubElement(ext, f"{{{XFPB}}}xfComplement").set("i", "0")
                data = lxml.etree.tostring(root)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdBags" Type="{BAGS_TYPE}" '
                    'Target="featurePropertyBag/featurePropertyBag.xml"/>'
                    "</Relationships>".encode(),
                )
            target.writestr(item, data)
        target.writestr("xl/featurePropertyBag/featurePropertyBag.xml", _bags(control))
    return out.getvalue()


def _book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["网站类型", "政府门户网站", False, "部门网站", True, "专项网站", False])
    sheet.append(["是否有移动新媒体", "是", True, "否", False])
    sheet.append(["是否提供智能问答", "是", False, "否", True])
    return book


def _texts(data: bytes) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in read_xlsx(data).rows]


def test_in_cell_check_boxes_read_as_boxes() -> None:
    assert _texts(_with_controls(_book())) == [
        ["网站类型", "政府门户网站", "☐", "部门网站", "☑", "专项网站", "☐"],
        ["是否有移动新媒体", "是", "☑", "否", "☐"],
        ["是否提供智能问答", "是", "☐", "否", "☑"],
    ]


def test_true_and_false_without_a_check_box_are_yes_and_no() -> None:
    plain = io.BytesIO()
    _book().save(plain)
    assert _texts(plain.getvalue())[1] == ["是否有移动新媒体", "是", "是", "否", "否"]
    # A control of another kind is no box.
    assert _texts(_with_controls(_book(), "Dropdown"))[1] == [
        "是否有移动新媒体",
        "是",
        "是",
        "否",
        "否",
    ]


def test_a_report_with_in_cell_check_boxes_is_extracted() -> None:
    book = _book()
    sheet = book.active
    for label, value in TABLE_PAIRS:
        sheet.append([label, value])
    sheet.append(["是否发布服务事项目录", "是", False, "否", True])
    values = extract_bytes(_with_controls(book), "boxes.xlsx").report.to_json()
    assert values["site_type"] == "department"
    assert values["has_new_media"] is True
    assert values["smart_qa"] is False
    assert values["service_catalog_published"] is False
