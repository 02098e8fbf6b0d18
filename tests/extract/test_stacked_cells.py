"""Table rows whose cells stack their lines (readers.stacked_cells): Markdown's <br>, Word's
line breaks, a web page's <br> and paragraphs."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from nianbao.extract import extract_bytes
from nianbao.readers.stacked_cells import line_rows, numbered_lines
from text_reports import values


def test_a_groups_labels_and_values_stacked_line_for_line() -> None:
    text = (
        "| 栏目 | 指标 | 数值 |\n|---|---|---|\n"
        "| **解读回应** | **解读信息发布**<br>总数（条）<br>解读材料数量（条）<br>"
        "解读产品数量（个）<br>媒体评论文章数量（篇） | <br>17<br>3<br>3<br>11 |\n"
        "| **办事服务** | **办件量**<br>总数（件）<br>自然人办件量（件）<br>法人办件量（件） "
        "| <br>无<br>0<br>0 |\n"
    )
    got = values(text)
    assert [got.get(k) for k in ("interp_total", "interp_materials", "interp_media")] == [17, 3, 11]
    assert [got.get(k) for k in ("cases_total", "cases_natural", "cases_legal")] == [0, 0, 0]


def test_one_cells_lines_stay_one_cell() -> None:
    lines = ["| 其他 | 抖音号“某局”<br>发布作品12条 |", "| a<br>b | c<br>d<br>e |"]
    assert list(numbered_lines(lines)) == [(1, lines[0]), (2, lines[1])]
    assert list(numbered_lines(["| x | a<br>b | 1<br/>2 |"])) == [
        (1, "| x | a | 1 |"),
        (1, "|  | b | 2 |"),
    ]


def test_an_escaped_pipe_stays_in_its_stacked_cell() -> None:
    # markitdown escapes a pipe inside a cell: it parts no cells of the stacked row.
    assert list(numbered_lines(["| a\\|b | c<br>d | 1<br>2 |"])) == [
        (1, "| a\\|b | c | 1 |"),
        (1, "|  | d | 2 |"),
    ]


def test_a_registration_number_wrapped_beside_a_wrapped_label() -> None:
    # Two cells of two lines each: set apart as stacked rows, the number's rest goes on
    # in its own column on the next.
    text = (
        "|网站名称|某市农业农村局网站|||\n|---|---|---|---|\n"
        "|ICP备案号|黑ICP备06002395号-2|公安机关备<br>案号|黑公网安备<br>23020202000217号|\n"
        "|独立用户访问总量（单位：个）|781308|||\n"
    )
    got = values(text)
    assert got.get("police_number") == "黑公网安备23020202000217号"
    assert got.get("icp_number") == "黑ICP备06002395号-2"


# Word and web pages: a row's cells stack their lines (w:br, <br>, paragraphs) side by side.

_STACKED_ROWS = [
    ("网站名称", "某市市场监督管理局网站", None),
    (
        "信息发布（单位：条）",
        "总数\n概况类信息更新量\n政务动态信息更新量\n信息公开目录信息更新量",
        "2232\n2\n263\n1967",
    ),
    ("专栏专题（单位：个）", "维护数量\n新开设数量", "14\n0"),
    ("移动新媒体", "微信—名称\n微信—订阅数（单位：个）\n其他", "某局发布\n340271\n"),
    ("互动交流", "是否使用统一平台", "☑是\n☐否"),
]


def _stacked_docx() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for group, labels, values_ in _STACKED_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, (group, labels, values_ or ""), strict=True):
            lines = text.split("\n")
            run = cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run = cell.paragraphs[0].add_run(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _stacked_html(*, paragraphs: bool) -> bytes:
    def cell(text: str) -> str:
        lines = text.split("\n")
        return "".join(f"<p>{line}</p>" for line in lines) if paragraphs else "<br>".join(lines)

    rows = "".join(
        f"<tr><td>{group}</td><td>{cell(labels)}</td><td>{cell(values_ or '')}</td></tr>"
        for group, labels, values_ in _STACKED_ROWS
    )
    return f"<html><body><table>{rows}</table></body></html>".encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("r.docx", _stacked_docx()),
        ("r.html", _stacked_html(paragraphs=False)),
        ("r.html", _stacked_html(paragraphs=True)),
    ],
)
def test_labels_and_values_stacked_in_two_cells_read_line_for_line(name: str, data: bytes) -> None:
    got = extract_bytes(data, name).report.to_json()
    assert [
        got.get(k) for k in ("info_total", "info_overview", "info_news", "info_disclosure")
    ] == [
        2232,
        2,
        263,
        1967,
    ]
    assert (got.get("columns_maintained"), got.get("columns_new")) == (14, 0)
    # The stack's last value left blank: its place kept by the break before it.
    assert (got.get("wechat_name"), got.get("wechat_subscribers")) == ("某局发布", 340271)
    assert "other_media" not in got
    # One cell stacked alone (a choice's options one a line) is one answer.
    assert got.get("unified_platform") is True


def test_a_heads_unit_on_its_second_line_stacks_nothing() -> None:
    # Every head of a roster with its unit under it: the units are the heads', no row.
    assert line_rows([["独立用户访问总量", "(个)"], ["网站总访问量", "（次）"]]) is None
    assert line_rows([["总数", "概况类"], ["12", "3"]]) == [["总数", "12"], ["概况类", "3"]]
    # Heads wrapped by hand side by side: words only, no value's digit or box.
    assert line_rows([["概况类信息更新", "量（单位：条）"], ["信息公开目录信息", "更新量"]]) is None
    # A stack one line short, without a blank line to make it up, is no stack.
    assert line_rows([["总数", "概况类", "政务动态"], ["12", "3"]]) is None
    assert line_rows([["总数", "概况类", "政务动态"], ["12", "3", ""]]) is not None


def _stacked_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for group, labels, values_ in _STACKED_ROWS:
        # A sheet's text keeps no line break at its end: the blank other_media line goes.
        sheet.append([group, labels.removesuffix("\n其他"), values_])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_sheets_cells_broken_by_alt_enter_read_line_for_line() -> None:
    got = extract_bytes(_stacked_xlsx(), "r.xlsx").report.to_json()
    assert [got.get(k) for k in ("info_total", "info_news", "info_disclosure")] == [2232, 263, 1967]
    assert (got.get("wechat_name"), got.get("wechat_subscribers")) == ("某局发布", 340271)
    assert got.get("unified_platform") is True
