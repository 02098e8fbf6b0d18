"""Tick boxes a PDF draws as shapes (readers.pdf_boxes): a style sheet's boxes printed by a
typesetter, the tick a smaller shape inside the checked ones."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import weasyprint  # type: ignore[import-untyped]

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.pdf_boxes import Shape, drawn_boxes
from text_reports import TABLE_PAIRS

_STYLE = (
    "td{padding:4px 8px}"
    ".b{display:inline-block;width:9px;height:9px;border:1px solid #000;margin-right:3px}"
    ".o{margin-right:24px}"
    ".b.on::after{content:'';display:block;width:5px;height:5px;margin:2px;background:#000}"
)


def _options(*names: str, on: str) -> str:
    return "".join(
        f"<span class='o'><span class='b{' on' if n == on else ''}'></span>{n}</span>"
        for n in names
    )


def test_boxes_drawn_by_a_style_sheet_are_read() -> None:
    rows = [
        *TABLE_PAIRS,
        ("网站类型", _options("政府门户网站", "部门网站", "专项网站", on="部门网站")),
        ("是否提供智能问答", _options("是", "否", on="否")),
    ]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = (
        f"<html><head><meta charset=utf-8><style>{_STYLE}</style></head><body>"
        f"<h3>政府网站工作年度报表</h3><table>{cells}</table></body></html>"
    )
    got = extract_bytes(bytes(weasyprint.HTML(string=page).write_pdf()), "boxes.pdf")
    values = got.report.to_json()
    assert values["site_type"] == "department"
    assert values["smart_qa"] is False


def test_one_small_shape_alone_is_no_box() -> None:
    assert drawn_boxes([Shape((10, 10, 19, 19))]) == []
    # A box holding a smaller shape is ticked; the shape inside is no box of its own.
    marks = drawn_boxes([Shape((10, 10, 19, 19)), Shape((12, 12, 17, 17)), Shape((40, 10, 49, 19))])
    assert [r.text for r in marks] == ["☑", "☐"]


def test_a_rotated_ticks_strokes_nearly_as_wide_as_their_box_mark_it() -> None:
    # A style sheet's tick: an L of two borders turned 45°, each stroke's box nearly the
    # box's own (8.4 pt, the strokes 7.6 pt): one ticked box, not three.
    box = Shape((436.4, 154.7, 444.8, 163.1))
    strokes = [Shape((437.2, 154.1, 444.9, 161.7)), Shape((437.2, 154.1, 444.9, 161.7))]
    marks = drawn_boxes([box, *strokes, Shape((371.4, 154.7, 379.8, 163.1))])
    assert [r.text for r in marks] == ["☑", "☐"]


def test_a_tick_stroked_corner_to_corner_of_its_box_marks_it() -> None:
    # A drawn √ of two lines filling its 9.5 pt box nearly whole (8.8 by 9.2 pt): the mark
    # of the box, not a box of its own.
    ticked = [Shape((505.5, 162.0, 515.0, 171.5)), Shape((506.0, 162.0, 514.8, 171.2), tick=True)]
    marks = drawn_boxes([*ticked, Shape((449.0, 162.0, 458.5, 171.5))])
    assert [r.text for r in marks] == ["☑", "☐"]


def test_a_white_tick_on_a_coloured_box_marks_it() -> None:
    # Chromium's checked box: a box filled in its accent colour, a white tick stroked over
    # it as wide as the box; the unchecked one a grey border.
    ticked = [Shape((10, 10, 19.8, 19.8)), Shape((9.7, 9.8, 19.9, 19.2), white=True)]
    marks = drawn_boxes([*ticked, Shape((40, 10, 50.9, 20.9))])
    assert [r.text for r in marks] == ["☑", "☐"]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_check_boxes_of_a_web_page_printed_by_chromium(tmp_path: Path) -> None:
    def options(*names: str, on: str) -> str:
        return " ".join(f"<input type=checkbox{' checked' if n == on else ''}>{n}" for n in names)

    rows = [
        *TABLE_PAIRS,
        ("网站类型", options("政府门户网站", "部门网站", "专项网站", on="部门网站")),
        ("是否提供智能问答", options("是", "否", on="否")),
        ("是否使用统一平台", options("是", "否", on="是")),
    ]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset=utf-8></head><body><h3>政府网站工作年度报表</h3>"
        f"<table border=1>{cells}</table></body></html>",
        "utf-8",
    )
    pdf = tmp_path / "page.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    values = extract_bytes(pdf.read_bytes(), "page.pdf").report.to_json()
    assert values["site_type"] == "department"
    assert values["smart_qa"] is False
    assert values["unified_platform"] is True


_CHECK = (
    "<svg style='position:absolute;left:1px;top:1px' width='11' height='11'>"
    "<polyline points='1,6 4,10 10,1' stroke='black' fill='none' stroke-width='1.6'/></svg>"
)


def _printed(*names: str, on: str) -> str:
    """Printed □ before each name, a check mark's strokes drawn over the chosen one's."""
    return "　".join(
        f"<span style='position:relative'>□{_CHECK if n == on else ''}</span>{n}" for n in names
    )


def test_a_check_mark_drawn_over_a_printed_box_ticks_it() -> None:
    # A form filled in by drawing on it, then flattened: the text has □ for every box.
    rows = [
        *TABLE_PAIRS,
        ("网站类型", _printed("政府门户网站", "部门网站", "专项网站", on="专项网站")),
        ("是否提供智能问答", _printed("是", "否", on="是")),
    ]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = (
        "<html><head><meta charset=utf-8></head><body>"
        f"<h3>政府网站工作年度报表</h3><table>{cells}</table></body></html>"
    )
    got = extract_bytes(bytes(weasyprint.HTML(string=page).write_pdf()), "drawn.pdf")
    values = got.report.to_json()
    assert values["site_type"] == "special"
    assert values["smart_qa"] is True


def test_outlines_drawn_round_every_printed_box_tick_none() -> None:
    # Every box has a shape over it: its outline drawn as well as printed, not a tick.
    square = (
        "<svg style='position:absolute;left:0;top:1px' width='12' height='12'>"
        "<rect x='1' y='1' width='10' height='10' stroke='black' fill='none'/></svg>"
    )
    names = ("搜索即服务", "多语言版本", "无障碍浏览")
    boxes = "　".join(f"<span style='position:relative'>□{square}</span>{n}" for n in names)
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TABLE_PAIRS)
    page = (
        "<html><head><meta charset=utf-8></head><body><h3>政府网站工作年度报表</h3>"
        f"<table>{cells}<tr><td>创新发展</td><td>{boxes}</td></tr></table></body></html>"
    )
    got = extract_bytes(bytes(weasyprint.HTML(string=page).write_pdf()), "outlined.pdf")
    assert not got.report.to_json().get("innovation")
