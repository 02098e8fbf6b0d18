"""A choice answered one option a row down its label's tall cell, or in a word with a
remark after it (a sheet's drop-down cell: 是 | 下拉选择)."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest
from gen.pdf_out import html_to_pdf

from nianbao.extract.answer_columns import name_answer_columns
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import label_index
from nianbao.extract.option_rows import option_row
from nianbao.extract.pipeline import extract_bytes
from nianbao.forms import default_form

FORM = default_form()
INNOVATION = FORM.by_key["innovation"]
BASIC = [
    ("基本信息", "网站名称", "某局网站"),
    ("基本信息", "政府网站标识码", "4300000001"),
    ("基本信息", "独立用户访问总量（单位：个）", 500),
    ("基本信息", "网站总访问量（单位：次）", 1500),
    ("办事服务", "注册用户数（单位：个）", 10),
    ("办事服务", "政务服务事项数量（单位：项）", 3),
    ("互动交流", "收到意见数量（单位：条）", 2),
    ("安全防护", "安全检测评估次数（单位：次）", 1),
]


def _read(rows: list[tuple[Any, ...]], merged: tuple[str, ...] = ()) -> dict[str, Any]:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*BASIC, *rows]:
        sheet.append(list(row))
    for span in merged:
        sheet.merge_cells(span)
    out = io.BytesIO()
    book.save(out)
    return extract_bytes(out.getvalue(), "rows.xlsx").report.to_json()


@pytest.mark.parametrize(
    ("answers", "ticked"),
    [
        (["☑", None, None, "☑", "☑"], ["search_as_service", "personalized", "other"]),
        (["√", "√", None, None, None], ["search_as_service", "multilingual"]),
        (["否", "是", "是", "否", "否"], ["multilingual", "accessibility"]),
    ],
)
def test_one_option_a_row_down_the_labels_tall_cell(
    answers: list[str | None], ticked: list[str]
) -> None:
    names = ["搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"]
    first = len(BASIC) + 1
    got = _read(
        [("创新发展", name, answer) for name, answer in zip(names, answers, strict=True)],
        merged=(f"A{first}:A{first + 4}",),
    )
    assert got["innovation"] == ticked


def test_the_other_rows_note_follows_its_answer() -> None:
    first = len(BASIC) + 1
    got = _read(
        [
            ("创新发展", "搜索即服务", "否"),
            ("创新发展", "多语言版本", "是"),
            ("创新发展", "其他", "是", "建设政务知识库"),
        ],
        merged=(f"A{first}:A{first + 2}",),
    )
    assert got["innovation"] == ["multilingual", "other"]
    assert got["innovation_other"] == "建设政务知识库"
    assert "other_media" not in got


def test_a_remark_after_a_word_answer_is_no_part_of_it() -> None:
    got = _read(
        [
            ("基本信息", "网站类型", "部门网站", "下拉选择"),
            ("办事服务", "是否发布服务事项目录", "是", "下拉选择"),
            ("互动交流", "是否提供智能问答", "否", "下拉选择"),
        ]
    )
    assert got["site_type"] == "department"
    assert got["service_catalog_published"] is True
    assert got["smart_qa"] is False


def test_option_rows_text() -> None:
    assert option_row(INNOVATION, "搜索即服务 ☑") == "☑搜索即服务"
    assert option_row(INNOVATION, "多语言版本") == "☐多语言版本"
    assert option_row(INNOVATION, "其他 是 建设知识库") == "☑其他 建设知识库"
    assert option_row(INNOVATION, "其他新媒体 抖音号") is None  # another label's word
    assert option_row(INNOVATION, "提供智能问答") is None


def test_a_row_of_several_options_is_no_option_row() -> None:
    assert option_row(INNOVATION, "搜索即服务☑ 多语言版本☐ 无障碍浏览☐") is None
    assert option_row(INNOVATION, "搜索即服务 ☑否") == "☐搜索即服务"


def test_answer_columns_and_option_rows_of_a_single_choice() -> None:
    # 指标 | 填报内容 | 是 | 否: each yes/no row's mark in the column of its answer, and the
    # site's type one option a row, its mark in the 是 column.
    first = len(BASIC) + 2
    got = _read(
        [
            ("栏目", "指标名称", "填报内容", "是", "否"),
            ("基本信息", "网站类型", "政府门户网站", None, None),
            ("基本信息", "网站类型", "部门网站", "☑", None),
            ("基本信息", "网站类型", "专项网站", None, None),
            ("办事服务", "是否发布服务事项目录", None, "☑", None),
            ("互动交流", "是否提供智能问答", None, None, "☑"),
        ],
        merged=(f"B{first}:B{first + 2}",),
    )
    assert got["site_type"] == "department"
    assert got["service_catalog_published"] is True
    assert got["smart_qa"] is False


def test_a_box_before_another_options_name_is_no_option_row() -> None:
    assert option_row(INNOVATION, "搜索即服务 ☑其他") is None
    assert option_row(INNOVATION, "搜索即服务 多语言版本") is None


def _pdf(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    body = "".join(
        "<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>"
        for row in [*BASIC, *rows]
    )
    data = html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC'><style>td { border: 1px solid;"
        f" padding: 2pt 6pt }} table {{ border-collapse: collapse }}</style><table>{body}"
        "</table></body></html>"
    )
    return extract_bytes(data, "ticks.pdf").report.to_json()


def test_a_tick_cell_marks_the_option_cell_before_it() -> None:
    # Printed options each in a cell, the tick filled in beside one (是 | √ | 否).
    got = _pdf(
        [
            ("互动交流", "是否提供智能问答", "是", "否", "√"),
            ("安全防护", "是否明确网站安全责任人", "是", "√", "否"),
            ("移动新媒体", "是否有移动新媒体", "是", "√", "否"),
        ]
    )
    assert got["smart_qa"] is False
    assert got["security_officer"] is True
    assert got["has_new_media"] is True


def test_tick_cells_before_their_options() -> None:
    # Each option's tick cell before it, the unticked ones left empty: a tick between two
    # options is the next one's where the table's other rows show ticks go first.
    got = _read(
        [
            ("网站类型", None, "政府门户网站", "√", "部门网站", None, "专项网站"),
            ("安全防护", "是否建立安全监测预警机制", "√", "是", None, "否"),
            ("安全防护", "是否开展应急演练", None, "是", "√", "否"),
            ("安全防护", "是否明确网站安全责任人", "√", "是", None, "否"),
        ]
    )
    assert got["site_type"] == "department"
    assert got["security_monitoring"] is True
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_a_tick_drawn_over_a_printed_box() -> None:
    # A PDF editor's typewriter sets √ on the template's □, drawn after all the rest.
    def over(name: str) -> str:
        return (
            "<span style='position:relative'>□<span style='position:absolute;left:1pt;"
            f"top:-1pt'>√</span></span>{name}"
        )

    got = _pdf(
        [
            ("基本信息", "网站类型", f"□政府门户网站 {over('部门网站')} □专项网站"),
            ("互动交流", "是否提供智能问答", f"□是 {over('否')}"),
            ("移动新媒体", "是否有移动新媒体", f"{over('是')} □否"),
        ]
    )
    assert got["site_type"] == "department"
    assert got["smart_qa"] is False
    assert got["has_new_media"] is True


def test_answer_columns_go_on_over_a_page_break() -> None:
    head = Row((Cell("指标", 0), Cell("填报内容", 1), Cell("是", 2), Cell("否", 3)), "1", 1, 1)
    rows = [
        head,
        Row((Cell("是否提供智能问答", 0), Cell("☑", 3)), "2", 1, 1),
        Row((Cell("搜索即服务", 0), Cell("☑", 3)), "3", 2, 2),  # the next page's part
        Row((Cell("多语言版本", 0), Cell("☑", 2), Cell("☐", 3)), "4", 2, 2),
        Row((Cell("另一表", 0), Cell("☑", 3)), "5", 2, 3),  # another table on that page
    ]
    doc = name_answer_columns(Document(format="pdf", rows=rows), label_index(default_form()))
    assert [[c.text for c in row.cells] for row in doc.rows[1:]] == [
        ["是否提供智能问答", "否"],
        ["搜索即服务", "否"],
        ["多语言版本", "是", ""],
        ["另一表", "☑"],
    ]


def test_a_yes_no_question_answered_down_its_tall_cell() -> None:
    # 是 and 否 a row each under the question's tall cell, the mark in a column beside.
    first = len(BASIC) + 1
    got = _read(
        [
            ("安全防护", "是否明确网站安全责任人", "是", None),
            ("安全防护", "是否明确网站安全责任人", "否", "√"),
            ("移动新媒体", "是否有移动新媒体", "是", "√"),
            ("移动新媒体", "是否有移动新媒体", "否", None),
        ],
        merged=(f"B{first}:B{first + 1}", f"B{first + 2}:B{first + 3}"),
    )
    assert got["security_officer"] is False
    assert got["has_new_media"] is True


def test_several_tick_cells_each_after_its_option() -> None:
    # A list's options each in a cell, a tick typed in the cell after each ticked one; the
    # label said again in a cell of its own (创新发展项目) before them.
    got = _read(
        [
            ("网站类型", "政府门户网站", "部门网站", "专项网站", "√"),
            (
                *("创新发展", "创新发展项目", "搜索即服务", "√", "多语言版本", None),
                *("无障碍浏览", None, "千人千网", "√", "其他"),
            ),
        ]
    )
    assert got["site_type"] == "special"
    assert got["innovation"] == ["search_as_service", "personalized"]


def test_several_tick_cells_each_before_its_option() -> None:
    # Where the table's rows show ticks set before their options, each of a list's ticks
    # goes onto the option after it.
    got = _read(
        [
            ("安全防护", "是否开展应急演练", None, "是", "√", "否"),
            ("安全防护", "是否明确网站安全责任人", "√", "是", None, "否"),
            (
                *("创新发展", "√", "搜索即服务", None, "多语言版本", "√"),
                *("无障碍浏览", None, "千人千网", None, "其他"),
            ),
        ]
    )
    assert got["emergency_drill"] is False
    assert got["innovation"] == ["search_as_service", "accessibility"]


def test_a_list_going_on_in_the_row_under_its_first() -> None:
    # 创新发展 merged down two rows, three options on the first, two on the second.
    first = len(BASIC) + 2
    got = _read(
        [
            ("移动新媒体", "其他", None),
            ("创新发展", "☑", "搜索即服务", "☐", "多语言版本", "☑", "无障碍浏览"),
            (None, "☐", "千人千网", "☑", "其他"),
        ],
        merged=(f"A{first}:A{first + 1}",),
    )
    assert got["innovation"] == ["search_as_service", "accessibility", "other"]


def test_the_text_in_the_cell_after_other_is_what_other_names() -> None:
    # Each box in a cell of its own before its option's name, 其他's text in the next cell;
    # 移动新媒体's 其他 above is left blank.
    first = len(BASIC) + 2
    row = ("创新发展", "☐", "搜索即服务", "☑", "多语言版本", "☐", "无障碍浏览")
    rest = ("☐", "千人千网", "☑", "其他", "政策文件智能推送")
    one = _read([("移动新媒体", "其他", None), (*row, *rest)])
    two = _read([("移动新媒体", "其他", None), row, (None, *rest)], (f"A{first}:A{first + 1}",))
    for got in (one, two):
        assert got["innovation"] == ["multilingual", "other"]
        assert got["innovation_other"] == "政策文件智能推送"
        assert "other_media" not in got


def test_an_answer_columns_head_as_ocr_misreads_it() -> None:
    # 否 read as 香 from a scan's head row: still the 否 column beside 是.
    head = Row((Cell("指标", 0), Cell("填报内容", 1), Cell("是", 2), Cell("香", 3)), "1", 1, 1)
    rows = [head, Row((Cell("是否提供智能问答", 0), Cell("☑", 3)), "2", 1, 1)]
    doc = name_answer_columns(Document(format="image", rows=rows), label_index(default_form()))
    assert [c.text for c in doc.rows[1].cells] == ["是否提供智能问答", "否"]


def test_answer_columns_headed_as_ocr_misreads_them_are_read_so() -> None:
    # The whole reading, not the step alone: its gate must let a 香 head through.
    first = len(BASIC) + 2
    got = _read(
        [
            ("栏目", "指标名称", "填报内容", "是", "香"),
            ("办事服务", "是否发布服务事项目录", None, "☑", None),
            ("互动交流", "是否提供智能问答", None, None, "☑"),
        ],
        merged=(f"B{first}:B{first}",),
    )
    assert got["smart_qa"] is False
