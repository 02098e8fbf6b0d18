"""Tick boxes a page's style draws: ::before marks, and empty elements styled as boxes."""

from __future__ import annotations

from typing import Any

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def _read(style: str, rows: list[tuple[str, str]]) -> dict[str, Any]:
    cells = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in TABLE_PAIRS + rows
    )
    page = (
        f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
        f"<p>政府网站工作年度报表</p><table>{cells}</table></body></html>"
    )
    return extract_bytes(page.encode(), "p.html").report.to_json()


def test_marks_set_before_options_by_the_style_sheet() -> None:
    style = (
        '.opt{margin-right:14px}.opt::before{content:"\\2610"}'
        '.opt.on::before{content:"\\2611";color:#c00} .note::before{content:"注："}'
    )
    got = _read(
        style,
        [
            ("是否提供智能问答", "<span class='opt'>是</span> <span class='opt on'>否</span>"),
            ("网站类型", "<span class='opt on'>门户网站</span> <span class='opt'>部门网站</span>"),
            ("主办单位", "<span class='note'></span>某局"),
        ],
    )
    assert got["smart_qa"] is False
    assert got["site_type"] == "portal"
    assert got["sponsor"] == "某局"  # content that is no box is not read


def test_empty_elements_styled_as_boxes() -> None:
    box, ticked = "<span class='cb'></span>", "<span class='cb on'></span>"
    got = _read(
        ".cb{display:inline-block;width:12px;height:12px;border:1px solid}.cb.on{background:#333}",
        [
            ("是否提供智能问答", f"{box}是 {ticked}否"),
            ("创新发展", f"{ticked}搜索即服务 {box}多语言版本 {ticked}无障碍浏览 {box}千人千网"),
            ("主办单位", "<span class='icon'></span>某局"),
        ],
    )
    assert got["smart_qa"] is False
    assert got["innovation"] == ["search_as_service", "accessibility"]
    assert got["sponsor"] == "某局"


def test_empty_elements_drawn_as_small_pictures_are_boxes() -> None:
    # Any class name (.ck): the style gives it a box's picture of a line's height as its
    # background; a large picture (a logo, a banner) is no box.
    box, ticked = "<i class='ck'></i>", "<i class='ck on'></i>"
    style = (
        ".ck{display:inline-block;width:14px;height:14px;background:url(data:image/svg+xml;"
        "base64,AAAA) no-repeat}.ck.on{background-image:url(on.svg)}"
        ".logo{width:120px;height:40px;background:url(logo.png)}"
    )
    got = _read(
        style,
        [
            ("是否提供智能问答", f"{box}是 {ticked}否"),
            ("网站类型", f"{ticked}政府门户网站 {box}部门网站 {box}专项网站"),
            ("主办单位", "<span class='logo'></span>某局"),
        ],
    )
    assert got["smart_qa"] is False
    assert got["site_type"] == "portal"
    assert got["sponsor"] == "某局"
