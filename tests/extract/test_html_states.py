"""What a page shows without writing it: a widget's checked state in ARIA attributes,
boxes drawn as named icons (readers.html_states), and what its style hides (classes a
style sheet hides, hidden rows: readers.html_css)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.html_states import icon_mark
from text_reports import TABLE_PAIRS


def _read(rows: list[tuple[str, str]], style: str = "", after: str = "") -> dict[str, Any]:
    cells = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>" if label else value
        for label, value in TABLE_PAIRS + rows
    )
    page = (
        f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
        f"<p>政府网站工作年度报表</p><table>{cells}</table>{after}</body></html>"
    )
    return extract_bytes(page.encode(), "p.html").report.to_json()


def _radio(word: str, on: bool) -> str:
    # A script framework's radio: its state in aria-checked and a class, its <input> as
    # first written (unchecked) and a drawn circle.
    return (
        f'<label role="radio" class="el-radio{" is-checked" if on else ""}" '
        f'aria-checked="{"true" if on else "false"}"><span class="el-radio__input">'
        '<span class="el-radio__inner"></span><input type="radio" class="el-radio__original">'
        f'</span><span class="el-radio__label">{word}</span></label>'
    )


def test_a_widgets_state_in_aria_attributes() -> None:
    got = _read(
        [
            ("是否提供智能问答", _radio("是", False) + _radio("否", True)),
            ("是否开展应急演练", _radio("是", True) + _radio("否", False)),
        ]
    )
    assert got["smart_qa"] is False
    assert got["emergency_drill"] is True


def test_a_ticked_input_inside_a_box_styled_label_is_its_own_state() -> None:
    # Bootstrap's radio-inline: the label's classes name a radio but hold no state; the
    # <input> inside says which is ticked, as the browser shows it.
    def radio(word: str, on: bool) -> str:
        checked = " checked" if on else ""
        return f'<label class="radio-inline"><input type="radio" name="q"{checked}> {word}</label>'

    got = _read(
        [
            ("是否提供智能问答", radio("是", True) + radio("否", False)),
            ("是否开展应急演练", radio("是", False) + radio("否", True)),
        ]
    )
    assert got["smart_qa"] is True
    assert got["emergency_drill"] is False


@pytest.mark.parametrize(
    ("ticked", "empty"),
    [
        (
            '<svg class="icon"><use xlink:href="#icon-checkbox-checked"></use></svg>',
            '<svg><use href="#icon-checkbox"></use></svg>',
        ),
        ('<i class="fa fa-check-square-o"></i>', '<i class="fa fa-square-o"></i>'),
        (
            '<i class="iconfont icon-fuxuankuang-xuanzhong"></i>',
            '<i class="iconfont icon-fuxuankuang-weixuanzhong"></i>',
        ),
    ],
)
def test_boxes_drawn_as_named_icons(ticked: str, empty: str) -> None:
    got = _read(
        [
            ("是否提供智能问答", f"{empty}是 {ticked}否"),
            ("网站类型", f"{ticked}政府门户网站 {empty}部门网站 {empty}专项网站"),
        ]
    )
    assert got["smart_qa"] is False
    assert got["site_type"] == "portal"


@given(
    st.sampled_from(
        [
            "el-icon-arrow-right",
            "fa fa-circle",
            "layui-icon-ok",
            "icon-home",
            "fa fa-square",
            "fa-caret-down",
        ]
    )
)
def test_other_icons_are_no_boxes(names: str) -> None:
    assert icon_mark(names) == ""


def test_rows_and_classes_the_page_hides() -> None:
    style = ".tpl-hide{display:none} .tab{display:none} .tab.active{display:block}"
    got = _read(
        [
            ("", '<tr class="tpl-hide"><td>主办单位</td><td>旧单位</td></tr>'),
            ("", "<tr hidden><td>主办单位</td><td>旧单位</td></tr>"),
            ("", '<tr style="display: none"><td>主办单位</td><td>旧单位</td></tr>'),
            ("主办单位", "某局"),
            ("", '<tbody style="display:none"><tr><td>审核人</td><td>XXX</td></tr></tbody>'),
            ("", '<tr class="tab active"><td>填报人</td><td>王五</td></tr>'),
        ],
        style,
        after='<p class="tpl-hide">单位负责人：XXX　审核人：XXX</p>',
    )
    assert got["sponsor"] == "某局"
    assert "head" not in got
    assert "reviewer" not in got
    assert got["filler"] == "王五"  # a tab a script shows: not hidden


def _flex_page(style: str, body: str) -> dict[str, Any]:
    page = (
        f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
        f"<h3>政府网站工作年度报表</h3>{body}</body></html>"
    )
    return extract_bytes(page.encode(), "p.html").report.to_json()


@pytest.mark.parametrize(
    ("style", "row"),
    [
        (".row{display:flex;justify-content:space-between}", '<div class="row">{}</div>'),
        (".kv li{display:flex}", '<ul class="kv"><li>{}</li></ul>'),
        ("section > div{display:grid;grid-template-columns:1fr 2fr}", "<div>{}</div>"),
    ],
)
def test_a_flex_or_grid_containers_children_are_cells(style: str, row: str) -> None:
    # A phone page's rows: label and value spans with nothing between them in the markup.
    pairs = [*TABLE_PAIRS, ("主办单位", "某某市人民政府办公室")]
    rows = "".join(
        row.format(f'<span class="l">{a}</span><span class="r">{b}</span>') for a, b in pairs
    )
    got = _flex_page(style, f"<section>{rows}</section>")
    assert got["sponsor"] == "某某市人民政府办公室"
    assert got["unique_visitors"] == 500


def test_a_dashboards_tiles_figure_over_caption() -> None:
    tiles = "".join(
        f'<div class="stat"><div class="num">{value}</div><div class="cap">{label}</div></div>'
        for label, value in [
            ("总数（条）", "4,222"),
            ("概况类信息更新量（条）", "78"),
            ("政务动态信息更新量（条）", "2,541"),
        ]
    )
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TABLE_PAIRS)
    body = f"<table>{rows}</table><h4>信息发布</h4><div class='stats'>{tiles}</div>"
    got = _flex_page(".stats{display:flex;gap:12px}", body)
    assert (got["info_total"], got["info_overview"], got["info_news"]) == (4222, 78, 2541)


def _layui(word: str, on: bool) -> str:
    # layui: the <input> hidden by the framework's style, a box div keeping the state in its
    # class, an icon every box draws.
    checked = " checked" if on else ""
    state = " layui-form-checked" if on else ""
    return (
        f'<input type="checkbox" title="{word}" lay-skin="primary"{checked}>'
        f'<div class="layui-unselect layui-form-checkbox{state}"><span>{word}</span>'
        '<i class="layui-icon layui-icon-ok"></i></div>'
    )


def _el_checkbox(word: str, on: bool) -> str:
    state = " is-checked" if on else ""
    return (
        f'<label class="el-checkbox{state}"><span class="el-checkbox__input{state}">'
        '<span class="el-checkbox__inner"></span>'
        '<input type="checkbox" class="el-checkbox__original">'
        f'</span><span class="el-checkbox__label">{word}</span></label>'
    )


def test_a_frameworks_boxes_keep_their_state_in_classes() -> None:
    style = ".layui-icon-ok:before{content:'\\2713'} .layui-form input[type=checkbox]{display:none}"
    innovation = "".join(
        _el_checkbox(w, on)
        for w, on in [("搜索即服务", False), ("多语言版本", True), ("其他", False)]
    )
    got = _read(
        [
            ("是否提供智能问答", _layui("是", False) + _layui("否", True)),
            ("是否开展应急演练", _layui("是", True) + _layui("否", False)),
            ("创新发展", f'<div class="el-checkbox-group">{innovation}</div>'),
        ],
        style,
    )
    assert got["smart_qa"] is False
    assert got["emergency_drill"] is True
    assert got["innovation"] == ["multilingual"]


def test_options_each_a_block_of_its_own_under_their_label() -> None:
    # A form page (no table): the label, then each box and its option a block of its own.
    options = "".join(
        f"<div>{mark}{name}</div>"
        for mark, name in [("☐", "政府门户网站"), ("☑", "部门网站"), ("☐", "专项网站")]
    )
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TABLE_PAIRS)
    body = f"<table>{rows}</table><form><label>网站类型</label><div>{options}</div></form>"
    assert _flex_page("", body)["site_type"] == "department"


def test_a_footnotes_superscript_number_after_a_figure_is_no_digit_of_it() -> None:
    got = _read(
        [("主办单位", "某局"), ("办结留言数量（单位：条）", "28741<sup>1</sup>")],
        after="<p>注1：含移动端。</p>",
    )
    assert got["messages_closed"] == 28741


def _css_box(on: bool, modifier: str = "ck-on") -> str:
    return f'<span class="ck{" " + modifier if on else ""}"></span>'


def test_boxes_css_alone_draws_ticked_by_a_modifier_class() -> None:
    # <span class="ck ck-on"> beside <span class="ck">: the tick an ::after with borders,
    # no character anywhere.
    style = ".ck{display:inline-block;width:12px;height:12px;border:1px solid #333}"
    style += ".ck-on::after{content:'';border:solid #c00;border-width:0 2px 2px 0}"

    def listed(*options: tuple[bool, str]) -> str:
        return " ".join(f"{_css_box(on)} {word}" for on, word in options)

    rows = [
        ("网站类型", listed((False, "政府门户网站"), (True, "部门网站"), (False, "专项网站"))),
        ("是否提供智能问答", listed((False, "是"), (True, "否"))),
        ("创新发展", listed((True, "搜索即服务"), (False, "多语言版本"), (True, "千人千网"))),
    ]
    got = _read(rows, style)
    assert (got["site_type"], got["smart_qa"]) == ("department", False)
    assert got["innovation"] == ["search_as_service", "personalized"]
    # A modifier naming an empty box (ck-off) tells nothing; nor do boxes all alike.
    rows = [("是否提供智能问答", f"{_css_box(False)} 是 {_css_box(True, 'ck-off')} 否")]
    assert "smart_qa" not in _read(rows, style)
    rows = [("是否提供智能问答", f"{_css_box(False)} 是 {_css_box(False)} 否")]
    assert "smart_qa" not in _read(rows, style)
