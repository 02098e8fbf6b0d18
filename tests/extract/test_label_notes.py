"""What a label asks of the one filling it in, in brackets after it (填报单位（盖章）,
单位负责人（签字）, 创新发展（可多选）), is part of the label; a unit in the label is
followed by the label's own colon (总数（单位：条）：732); the form's title may follow the
unit's name in one word (某某局政府网站工作年度报表)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from nianbao.extract.labels import label_index
from nianbao.extract.pieces import segment
from nianbao.extract.pipeline import extract_bytes
from nianbao.forms import default_form
from text_reports import BASIC, TABLE_PAIRS, read, values

INDEX = label_index(default_form())


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in segment(text, INDEX)]


def test_a_signing_note_after_a_label_is_no_part_of_the_value() -> None:
    assert _pieces("填报单位（盖章）：海口市发展和改革委员会　　填报日期：2026年1月24日") == [
        ("label", "填报单位（盖章）"),
        ("value", "海口市发展和改革委员会"),
        ("label", "填报日期"),
        ("value", "2026年1月24日"),
    ]
    assert _pieces("单位负责人(签字)：张三") == [("label", "单位负责人(签字)"), ("value", "张三")]
    assert _pieces("填报单位（公章）") == [("label", "填报单位（公章）")]
    # After a name, the note is the name's (刘娜（签字）): left as it is.
    assert _pieces("张三（签字）") == [("value", "张三（签字）")]


def test_a_note_on_how_many_options_to_tick_belongs_to_the_label() -> None:
    assert _pieces("创新发展（可多选）") == [("label", "创新发展（可多选）")]
    found = values("创新发展（可多选）\t☑搜索即服务 ☐多语言版本 ☑其他：政策问答专区\n")
    assert found["innovation"] == ["search_as_service", "other"]
    assert found["innovation_other"] == "政策问答专区"


def test_a_units_colon_is_the_labels_not_the_values() -> None:
    assert _pieces("8.独立用户访问总量（单位：个）：56514") == [
        ("label", "8.独立用户访问总量"),
        ("value", "56514"),
    ]
    found = values("信息发布\n1.总数（单位：条）：751\n2.概况类信息更新量（单位：条）：58\n")
    assert found["info_total"] == 751
    assert found["info_overview"] == 58


def test_the_forms_title_after_the_units_name() -> None:
    assert _pieces("驻马店市民政局政府网站工作年度报表") == [
        ("value", "驻马店市民政局"),
        ("label", "政府网站工作年度报表"),
    ]
    assert _pieces("潍坊市人社局政府网站工作年度报表（2020年度）") == [
        ("value", "潍坊市人社局"),
        ("label", "政府网站工作年度报表"),
        ("value", "（2020年度）"),
    ]
    # A name ending with a field's label other than the title stays a name.
    assert _pieces("某某局政务动态信息更新量") == [("value", "某某局政务动态信息更新量")]
    assert read("驻马店市民政局政府网站工作年度报表\n（2021年度）\n" + BASIC)["year"] == 2021


def test_a_signing_note_after_the_value_is_the_forms_not_the_values() -> None:
    # The form's note printed after the blank the name is written into (某局（盖章）).
    got = values("填报单位：某县人民政府办公室（盖章）\n单位负责人：刘娜（签字）\n")
    assert got["filing_unit"] == "某县人民政府办公室"
    assert got["head"] == "刘娜"
    # Or before it, where the form prints it after the label's colon (（盖章）某局).
    got = values("填报单位：（盖章）株洲市生态环境局\n")
    assert got["filing_unit"] == "株洲市生态环境局"
    # The table's units' legend after a wide gap in the unit's cell.
    book = Workbook()
    sheet = book.active
    sheet.append(["政府网站工作年度报表"])
    sheet.append(["填表单位：德阳市旌阳区人民政府办公室　　　　　　单位：条、个、次"])
    for pair in TABLE_PAIRS:
        sheet.append(pair)
    out = io.BytesIO()
    book.save(out)
    got = extract_bytes(out.getvalue(), "t.xlsx").report.to_json()
    assert got["filing_unit"] == "德阳市旌阳区人民政府办公室"
    # A bracket that is the name's own stays (某局（挂某中心牌子）).
    assert values("主办单位：某局（挂某中心牌子）\n")["sponsor"] == "某局（挂某中心牌子）"


def test_a_note_in_a_cell_of_its_own_after_the_label() -> None:
    # 创新发展 | （可多选） | ☑…: the note joins its label; spaced out (创　新　发　展) too.
    for label in ("创新发展", "创　新　发　展"):
        rows = [*TABLE_PAIRS, (label, "（可多选）", "☑搜索即服务 ☐多语言版本 ☑千人千网")]
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        page = f"<html><meta charset=utf-8><body><table>{cells}</table></body></html>"
        got = extract_bytes(page.encode(), "p.html").report.to_json()
        assert got["innovation"] == ["search_as_service", "personalized"]


def test_a_systems_name_for_the_innovation_list() -> None:
    assert values("创新功能\t☐搜索即服务 ☑多语言版本\n")["innovation"] == ["multilingual"]


def test_how_many_to_choose_in_a_remarks_column_is_no_answer() -> None:
    got = values("创新发展\t\t\t搜索即服务、无障碍浏览\t多选\n")
    assert got["innovation"] == ["search_as_service", "accessibility"]


def test_a_note_after_the_unit_in_its_brackets_is_the_units() -> None:
    # How the count is made, after the unit in the same brackets.
    got = values(
        "独立用户访问总量（单位：个，按自然日去重统计）\t9650\n"
        "网站总访问量（单位：次；含页面重复访问）\t29556\n"
    )
    assert (got.get("unique_visitors"), got.get("page_views")) == (9650, 29556)


def test_the_tables_units_said_once_over_its_first_row_are_no_value() -> None:
    # Laid out: the units' legend in the value column, over the first row.
    got = read(
        "政府网站工作年度报表\n"
        "                                        单位：条、个、次、项、件、篇、期、天\n"
        "基本信息-网站名称                           某区人民政府\n"
        "基本信息-首页网址                           http://www.a.gov.cn/\n"
        "基本信息-主办单位                           某区人民政府办公室\n"
        "基本信息-政府网站标识码                     5203030001\n"
        "基本信息-ICP备案号                          黔ICP备05004178号-1\n"
        "基本信息-独立用户访问总量                   2837\n"
        "基本信息-网站总访问量                       9271\n"
        "信息发布-总数                               231\n"
    )
    assert got["site_name"] == "某区人民政府"
