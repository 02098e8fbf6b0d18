"""Option lists as templates and converters write them: boxes after the names (是☑ 否☐),
the options chosen named without any box (其他（开通英文版）), Markdown's task lists
(- [x] 是)."""

from __future__ import annotations

import pytest

from nianbao.extract.notes import option_notes
from nianbao.extract.option_lists import boxes_first
from nianbao.forms import default_form
from nianbao.normalize import parse_choices
from nianbao.readers.marks import canonical_ticks
from text_reports import read, values

FORM = default_form()


def test_boxes_after_their_names_go_before_them() -> None:
    qa, innovation = FORM.field("smart_qa"), FORM.field("innovation")
    assert boxes_first(qa, "是☐ 否☑") == "☐是 ☑否"
    assert boxes_first(innovation, "千人千网☑ 其他☑：建设政策库") == "☑千人千网 ☑其他：建设政策库"
    # A line's end between a name and the next one's box (政府门户网站☑ 部门网站 | ☐ 专项网站☐).
    site_type = FORM.field("site_type")
    assert boxes_first(site_type, "政府门户网站☑ 部门网站 ☐ 专项网站☐") == (
        "☑政府门户网站 ☐部门网站 ☐专项网站"
    )


def test_only_the_answer_ticked_after_its_name() -> None:
    qa, innovation = FORM.field("smart_qa"), FORM.field("innovation")
    assert boxes_first(qa, "是 否☑") == "是 ☑否"  # the list ends with a name and its box
    assert boxes_first(qa, "是 ☑ 否☐") == "☑是 ☐否"
    # In brackets, as 是（√） is written.
    assert boxes_first(innovation, "搜索即服务（☑） 千人千网（☑） 其他（☑）：跨省通办专区") == (
        "☑搜索即服务 ☑千人千网 ☑其他：跨省通办专区"
    )


def test_boxes_before_their_names_stay() -> None:
    qa = FORM.field("smart_qa")
    assert boxes_first(qa, "☑是 ☐否") == "☑是 ☐否"
    assert boxes_first(qa, "是 ☑否") == "是 ☑否"  # 是 has no box; the box is 否's
    assert boxes_first(qa, "是☑否") == "是☑否"  # no blank after the box: 否's


def test_rows_of_answers_with_boxes_after_their_names() -> None:
    # The box ending a row's list waits for no name on the next row.
    found = values(
        "是否建立安全监测预警机制\t是☑ 否☐\n是否开展应急演练\t是☐ 否☑\n"
        "是否明确网站安全责任人\t是☑ 否☐\n创新发展\t搜索即服务☐ 千人千网☑ 其他☑：政策库\n"
    )
    assert found["security_monitoring"] is True
    assert found["emergency_drill"] is False
    assert found["security_officer"] is True
    assert found["innovation"] == ["personalized", "other"]
    assert found["innovation_other"] == "政策库"


def test_options_named_without_boxes_with_a_note() -> None:
    innovation = FORM.field("innovation")
    options = innovation.choice_options()
    assert parse_choices("其他（开通网站英文版）", options) == ["other"]
    assert parse_choices("搜索即服务、其他：政策问答、智能客服", options) == [
        "search_as_service",
        "other",
    ]
    notes = option_notes(innovation, "搜索即服务、其他（开通网站英文版）", FORM)
    assert [(f.key, note) for f, note in notes] == [("innovation_other", "开通网站英文版")]


def test_markdown_task_list_boxes() -> None:
    assert canonical_ticks("- [x] 政府门户网站") == "- ☑ 政府门户网站"
    assert canonical_ticks("[X]是 [ ]否") == "☑是 ☐否"
    assert canonical_ticks("(x)是") == "(x)是"  # a cross in round brackets is no tick


def test_an_option_named_with_its_note_beside_the_choices_label() -> None:
    # 其他 is the 移动新媒体 row's label too: its cell is still the choice's answer.
    found = values("其他\t\n创新发展\t其他：开设适老化专区，提供长者模式\n")
    assert found["innovation"] == ["other"]
    assert found["innovation_other"] == "开设适老化专区，提供长者模式"
    assert "other_media" not in found


def test_the_options_as_printed_none_marked_answer_nothing() -> None:
    # A template that marks only the ticked options (☑政府门户网站 部门网站 专项网站): a
    # list of every option, none marked, was left unticked.
    got = values(
        "网站类型\t☑政府门户网站 部门网站 专项网站\n"
        "是否提供智能问答\t是\u00a0\u00a0否\n"
        "创新发展\t搜索即服务 多语言版本 无障碍浏览 千人千网 其他\n"
    )
    assert got["site_type"] == "portal"
    assert "smart_qa" not in got
    assert "innovation" not in got


def test_some_options_named_without_marks_are_the_answer() -> None:
    got = values("创新发展\t搜索即服务 多语言版本\n")
    assert got["innovation"] == ["search_as_service", "multilingual"]


def test_a_box_after_an_options_note_is_the_options() -> None:
    f = default_form().by_key["innovation"]
    text = "搜索即服务☐ 多语言版本☑ 其他：适老化改造，提供长者模式☑"
    assert boxes_first(f, text) == "☐搜索即服务 ☑多语言版本 ☑其他：适老化改造，提供长者模式"
    got = values(f"创新发展\t{text}\n")
    assert got["innovation"] == ["multilingual", "other"]
    assert got["innovation_other"] == "适老化改造，提供长者模式"


def test_options_marked_another_way_are_no_printed_list() -> None:
    got = values("创新发展\t●搜索即服务 ○多语言版本 ○无障碍浏览 ●千人千网 ●其他\n")
    assert got["innovation"] == ["search_as_service", "personalized", "other"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "●搜索即服务 ○多语言版本 ○ 无障碍浏览 ●其他：开通",
            "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☑其他：开通",
        ),
        ("●是 ○否", "☑是 ☐否"),
        ("● 网站名称：某局", "● 网站名称：某局"),  # a bullet
        ("二○二四年一月", "二○二四年一月"),  # a year's 〇
        ("○是", "○是"),  # one alone tells nothing
    ],
)
def test_radio_buttons_as_round_marks(text: str, marked: str) -> None:
    assert canonical_ticks(text) == marked


def test_a_numbered_line_of_options_is_no_text_for_the_label_above() -> None:
    got = values("8.其他：\n\n九、创新发展\n1.□搜索即服务  □多语言版本  ■千人千网  □其他\n")
    assert got["innovation"] == ["personalized"]
    assert "other_media" not in got


def test_a_list_of_several_answers_goes_on_with_a_line_of_more() -> None:
    # The line's end came after a whole name; the next line opens with a box, its options
    # the list's, none named yet (laid out, or one line a row).
    for text in (
        "创新发展 ☐搜索即服务 ☐多语言版本\n☐无障碍浏览 ☑千人千网 ☐其他\n",
        "创新发展 （ ）搜索即服务 （ ）多语言版本＿＿＿＿＿＿\n"
        "                  （ ）无障碍浏览 （√）千人千网 （ ）其他\n",
    ):
        assert values(text)["innovation"] == ["personalized"]


def test_the_next_lines_yes_or_no_is_no_more_options() -> None:
    got = values("创新发展 ☑搜索即服务 ☐多语言版本\n☐是 ☑否\n")
    assert got["innovation"] == ["search_as_service"]


@pytest.mark.parametrize(
    "written",
    [
        "☑其他（政策计算器（惠企政策精准匹配））",
        "☑其他：政策计算器（惠企政策精准匹配）",
        "☑其他 政策计算器（惠企政策精准匹配）",
    ],
)
def test_an_others_note_with_brackets_of_its_own(written: str) -> None:
    got = values(f"创新发展\t☐搜索即服务 {written}\n")
    assert got["innovation_other"] == "政策计算器（惠企政策精准匹配）"


def test_footnote_marks_after_labels_and_boxes_with_a_square_inside() -> None:
    got = values(
        "总数（单位：条）①\t4432\n平均办理时间（单位：天）②\t0\n是否提供智能问答\t▣是 ☐否\n"
    )
    assert (got["info_total"], got["messages_avg_days"], got["smart_qa"]) == (4432, 0, True)


def test_a_list_of_five_options_one_a_line_under_its_label() -> None:
    # A cell's options each on a line of its own (<br> between them): the fifth as much as
    # the first four.
    got = values(
        "创新发展\n☑搜索即服务\n☐多语言版本\n☐无障碍浏览\n☑千人千网\n☑其他：电子缴存证明自助打印\n"
        "单位负责人\n白永刚\n"
    )
    assert got["innovation"] == ["search_as_service", "personalized", "other"]
    assert got["innovation_other"] == "电子缴存证明自助打印"
    assert got["head"] == "白永刚"


@pytest.mark.parametrize(
    "lines",
    ["政府门户网站☐ 部门网\n站☑ 专项网站☐", "政府门户网站（ ） 部门网\n站（√） 专项网站（ ）"],
)
def test_boxes_after_names_a_name_cut_by_the_line_end(lines: str) -> None:
    # A narrow cell's list, each box after its name, a name's rest and box on the next line.
    got = values(f"网站类型 {lines}\n政府网站标识码 2306000028\n")
    assert got["site_type"] == "department"
    assert got["site_code"] == "2306000028"


@pytest.mark.parametrize(
    "written", ["☑其他（注明：开通专区）", "☑其他（注明）：开通专区", "☑其他（请注明）：开通专区"]
)
def test_the_forms_prompt_before_the_note_is_no_part_of_it(written: str) -> None:
    innovation = FORM.field("innovation")
    notes = option_notes(innovation, f"☑搜索即服务 ☐千人千网 {written}", FORM)
    assert [(f.key, note) for f, note in notes] == [("innovation_other", "开通专区")]


def test_a_printed_list_one_option_a_line_is_no_answer() -> None:
    # A browser copy of a page that showed its ticks as images: one cell a line, the
    # options left bare. 是 | 否 under a question is its printed list, not 是.
    found = read(
        "网站名称\n某市人民政府\n网站类型\n政府门户网站\n部门网站\n专项网站\n"
        "政府网站标识码\n2302000002\n独立用户访问总量（单位：个）\n764218\n"
        "是否发布服务事项目录\n是\n否\n注册用户数（单位：个）\n215364\n"
        "是否使用统一平台\n是\n否\n收到留言数量（单位：条）\n2368\n"
        "是否提供智能问答\n是\n否\n安全检测评估次数（单位：次）\n12\n"
    )
    for key in ("site_type", "service_catalog_published", "unified_platform", "smart_qa"):
        assert key not in found, key
    assert (found["unique_visitors"], found["registered_users"]) == (764218, 215364)
    # An answer under its question stays one.
    assert (
        values("是否发布服务事项目录\n否\n注册用户数（单位：个）\n215364\n")[
            "service_catalog_published"
        ]
        is False
    )


def test_bare_options_under_a_run_of_labels_are_no_texts_value() -> None:
    # 其他 (new media, left blank), then 创新发展 and its options bare: the options are
    # no value of 其他.
    found = values(
        "移动新媒体\n其他\n\n创新发展\n搜索即服务\n多语言版本\n无障碍浏览\n千人千网\n其他\n"
    )
    assert "other_media" not in found
    assert "innovation" not in found
