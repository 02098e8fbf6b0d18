"""A choice's options one a row, each answered (extract.option_answers), and a choice's
options as a table's column heads over a row of marks (extract.option_columns)."""

from __future__ import annotations

import io

import pytest
from docx import Document as Word

from nianbao.extract.pipeline import extract_bytes
from text_reports import values

_INNOVATION = [("搜索即服务", "否"), ("多语言版本", "是"), ("无障碍浏览", "否"), ("千人千网", "是")]


@pytest.mark.parametrize("prefixed", [True, False])
def test_each_option_answered_on_its_row(prefixed: bool) -> None:
    rows = [*_INNOVATION, ("其他", "是")]
    lead = "" if prefixed else "创新发展\n"
    text = lead + "".join(
        f"{'创新发展—' if prefixed else ''}{name}\t—\t{answer}\n" for name, answer in rows
    )
    got = values(text + "其他创新内容\t开通办事指南智能问答\n")
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == "开通办事指南智能问答"


def test_the_first_option_beside_the_label_and_blank_answers() -> None:
    # 网站类型 | 政府门户网站 over 部门网站 and 专项网站 | 是: the mark's row is the answer.
    got = values("网站类型\t政府门户网站\n部门网站\n专项网站\t是\n")
    assert got["site_type"] == "special"


def test_options_answered_no_throughout_are_left_to_the_walk() -> None:
    text = "".join(f"创新发展—{name}\t否\n" for name, _ in _INNOVATION)
    assert "innovation" not in values(text)


def test_a_dash_after_a_label_named_as_its_group_parts_it() -> None:
    # 创新发展 is the group's name and its list's label: 创新发展—其他创新内容 is the group's
    # other label, but 创新发展：其他 is no label of 移动新媒体's.
    got = values("创新发展—其他创新内容\t建设政策问答库\n")
    assert got["innovation_other"] == "建设政策问答库"


def _word_table(parts: list[str | list[list[str]]]) -> bytes:
    """A Word report: the labels it needs, then `parts`, each a paragraph or a table."""
    doc = Word()
    doc.add_paragraph("政府网站工作年度报表")
    labels = doc.add_table(rows=0, cols=2)
    for label, value in [
        ("网站名称", "某局网站"),
        ("政府网站标识码", "4300000001"),
        ("独立用户访问总量（单位：个）", "500"),
        ("网站总访问量（单位：次）", "1500"),
        ("注册用户数（单位：个）", "10"),
        ("政务服务事项数量（单位：项）", "3"),
        ("收到意见数量（单位：条）", "2"),
        ("安全检测评估次数（单位：次）", "1"),
    ]:
        cells = labels.add_row().cells
        cells[0].text, cells[1].text = label, value
    for part in parts:
        if isinstance(part, str):
            doc.add_paragraph(part)
            continue
        table = doc.add_table(rows=len(part), cols=len(part[0]))
        for row, texts in zip(table.rows, part, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_options_as_column_heads_over_their_marks() -> None:
    data = _word_table(
        [
            "二、网站类型（在对应栏内打“☑”）",
            [["政府门户网站", "部门网站", "专项网站"], ["", "☑", ""]],
            "四、创新发展（可多选，在对应栏内打“☑”）",
            [
                ["搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"],
                ["☑", "", "☑", "", ""],
            ],
        ]
    )
    got = extract_bytes(data, "t.docx").report.to_json()
    assert got["site_type"] == "department"
    assert got["innovation"] == ["search_as_service", "accessibility"]


def test_options_printed_none_marked_answer_nothing() -> None:
    data = _word_table(
        [
            "四、创新发展（可多选，在对应栏内打“☑”）",
            [["搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"]],
            "其他创新内容：",
        ]
    )
    assert "innovation" not in extract_bytes(data, "t.docx").report.to_json()


def test_options_answered_in_codes() -> None:
    # The answers are codes a legend reads (extract.code_legends), which writes the 是 this
    # step looks for: the steps' needs are looked for in the text as the steps before left it.
    rows = [*_INNOVATION, ("其他", "否")]
    text = "".join(
        f"创新发展—{name}（1=是，2=否）\t{1 if answer == '是' else 2}\n" for name, answer in rows
    )
    assert values(text)["innovation"] == ["multilingual", "personalized"]
