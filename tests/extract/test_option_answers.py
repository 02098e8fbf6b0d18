"""A choice's options one a row, each answered (extract.option_answers), a choice's
options as a table's column heads over a row of marks (extract.option_columns), and a
column for each option, named after the choice's label (extract.option_heads)."""

from __future__ import annotations

import csv
import io

import pytest
from docx import Document as Word

from nianbao.coerce import report_from_mapping
from nianbao.extract.pipeline import extract_bytes
from nianbao.forms import default_form
from nianbao.synthetic import synthetic_report
from text_reports import TABLE_PAIRS, values

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


def test_the_label_typed_again_on_each_option_row() -> None:
    # A sheet that repeats the choice's label on every row instead of merging its cell.
    text = "".join(f"创新发展\t{name}\t{answer}\n" for name, answer in _INNOVATION)
    got = values(text + "创新发展\t其他\t否\n")
    assert got["innovation"] == ["multilingual", "personalized"]


def test_options_asked_as_questions_with_a_note_in_the_answer() -> None:
    rows = [(f"是否提供{name}", answer) for name, answer in _INNOVATION]
    text = "".join(f"创新发展\t{name}\t{answer}\n" for name, answer in rows)
    got = values(text + "创新发展\t其他创新功能\t是（智能推荐与个性化订阅）\n")
    assert got["innovation"] == ["multilingual", "personalized", "other"]
    assert got["innovation_other"] == "智能推荐与个性化订阅"


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
    for label, value in TABLE_PAIRS:
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


def _option_columns(values: dict[str, object]) -> tuple[list[str], list[str]]:
    """A system's one-row export of a whole report: a column a field, a column for each
    option of a choice (网站类型-部门网站, 办事服务-是否发布服务事项目录-是) marked √."""
    heads, cells = [], []
    for f in default_form().fields:
        value = values.get(f.key)
        prefix = "-".join([*f.path, f.label]) if f.path[0] != f.label else f.label
        if f.type == "bool":
            for word, meant in (("是", True), ("否", False)):
                heads.append(f"{prefix}-{word}")
                cells.append("√" if value is meant else "")
        elif f.choices:
            chosen = value if isinstance(value, list) else [value]
            for choice in f.choices:
                heads.append(f"{prefix}-{choice.label}")
                cells.append("√" if choice.key in chosen else "")
        else:
            heads.append(prefix)
            cells.append("" if value is None else str(value))
    return heads, cells


@pytest.mark.parametrize("seed", [2, 6])
def test_a_one_row_export_with_a_column_for_each_option(seed: int) -> None:
    values = report_from_mapping(synthetic_report(seed)).to_json()
    heads, cells = _option_columns(values)
    out = io.StringIO()
    csv.writer(out).writerows([["序号", *heads, "审核状态"], ["1", *cells, "已审核"]])
    got = extract_bytes(out.getvalue().encode("gb18030"), "export.csv").report.to_json()
    assert got == values


def test_option_columns_in_a_short_header_over_one_row() -> None:
    heads = ["主办单位", "网站类型-政府门户网站", "网站类型-部门网站", "网站类型-专项网站"]
    heads += ["是否提供智能问答-是", "是否提供智能问答-否", "创新发展-其他创新内容", "联系电话"]
    cells = ["某某市人民政府办公室", "", "", "√", "", "√", "政策问答库", "0898-66512345"]
    got = extract_bytes(_word_table([[heads, cells]]), "t.docx").report.to_json()
    assert got["site_type"] == "special"
    assert got["smart_qa"] is False
    assert got["sponsor"] == "某某市人民政府办公室"
    # 创新发展, the group's name and its list's label, is no head of its own: the heads
    # after it keep their columns.
    assert got["innovation_other"] == "政策问答库"
    assert got["phone"] == "0898-66512345"


def test_other_choices_boxes_beside_under_labels_abreast() -> None:
    # ☑专项网站 | ☑否 under 网站类型 | 是否提供智能问答, the columns not told apart (text).
    got = values("主办单位\t网站类型\t是否提供智能问答\n某局\t☑专项网站\t☑否\n")
    assert got["site_type"] == "special"
    assert got["smart_qa"] is False


def test_a_label_after_a_name_that_is_a_label_too_keeps_its_column() -> None:
    # 创新发展-其他创新内容 in a one-row export: 创新发展 (the group's name and its list's
    # label) read as a head of its own would shift the heads after it by one.
    heads = [label for label, _ in TABLE_PAIRS]
    heads += ["创新发展-搜索即服务", "创新发展-其他", "创新发展-其他创新内容"]
    heads += ["单位负责人", "联系电话"]
    cells = [value for _, value in TABLE_PAIRS] + ["", "√", "政策问答库", "王五", "0898-66512345"]
    out = io.StringIO()
    csv.writer(out).writerows([heads, cells])
    got = extract_bytes(out.getvalue().encode(), "t.csv").report.to_json()
    assert got["innovation"] == ["other"]
    assert got["innovation_other"] == "政策问答库"
    assert got["head"] == "王五"
    assert got["phone"] == "0898-66512345"


def test_an_options_rows_own_answer_stays_with_it() -> None:
    # 搜索即服务 | 是 否☑ under the list's heading: the yes/no names no other choice beside
    # the label, so the row is the option's and its answer (no): nothing chosen.
    text = "九、创新发展\n搜 索 即 服 务\t是  否☑\n多 语 言 版 本\t是  否☑\n"
    assert "innovation" not in values(text)


def test_a_templates_instruction_after_other_is_no_note() -> None:
    got = values("创新功能\t☐搜索即服务 ☑其他 选择“其他”时请注明（不超过200字）\n")
    assert got["innovation"] == ["other"]
    assert "innovation_other" not in got
