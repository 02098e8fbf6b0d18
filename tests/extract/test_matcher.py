"""The form-driven matcher on small documents: one layout rule per test."""

from __future__ import annotations

from typing import Any

import pytest

import text_reports
from nianbao.errors import NotAReportError
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.matcher import match_document
from nianbao.extract.pipeline import extract_document
from nianbao.extract.prose import column_heads
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text

FORM = default_form()
# Enough unambiguous rows for the input to count as a report.
BASIC = "".join(
    f"{label}\t{value}\n"
    for label, value in [
        ("主办单位", "某局"),
        ("政府网站标识码", "4300000001"),
        ("独立用户访问总量", "50"),
        ("网站总访问量", "100"),
        ("注册用户数", "0"),
        ("政务服务事项数量", "3"),
        ("收到意见数量", "0"),
        ("安全检测评估次数", "1"),
    ]
)


def raw(text: str, **doc: Any) -> dict[str, str]:
    document = document_from_text(text)
    for key, value in doc.items():
        setattr(document, key, value)
    return {k: c.raw for k, c in match_document(document, FORM).chosen.items()}


def values(text: str) -> dict[str, Any]:
    return extract_document(document_from_text(BASIC + text), "t").report.to_json()


def test_generic_labels_follow_the_nearest_group_label() -> None:
    got = raw("办件量（单位：件）\n总数\t30\n信息发布（单位：条）\n总数\t12\n")
    assert got["cases_total"] == "30"
    assert got["info_total"] == "12"


def test_a_unit_in_a_generic_label_tells_its_field() -> None:
    # Reading order set 解读信息发布's 总数 after 办件量: its unit (条) says whose it is.
    got = raw("信息发布\t总数\t100\n办件量\t\t总数(单位:条)\t12\n总数\t17377\n")
    assert got["info_total"] == "100"
    assert got["interp_total"] == "12"
    assert got["cases_total"] == "17377"


def test_generic_labels_without_groups_take_the_next_unfilled_field_in_form_order() -> None:
    got = raw("是否有移动新媒体\t☑是 ☐否\n名称\t甲\n名称\t乙\n信息发布量\t5\n")
    assert (got["weibo_name"], got["wechat_name"]) == ("甲", "乙")
    assert got["wechat_posts"] == "5"  # after 乙, the next unfilled 信息发布量 is WeChat's


def test_a_group_label_printed_in_another_groups_row_still_sets_the_context() -> None:
    got = raw(
        "解读回应\t解读信息发布\t总数\t3\n"
        "\t办事服务\t是否发布服务事项目录\t☑ 是\n"
        "办件量\t\t总数\t9\n"
    )
    assert got["interp_total"] == "3"
    assert got["service_catalog_published"] == "☑ 是"
    assert got["cases_total"] == "9"


def test_value_below_a_label_when_the_row_has_none() -> None:
    got = raw(
        "网站名称\n\n某市教育局\n网站类型\n☐政府门户网站 ☑部门网站 ☐专项网站\n其他\n创新发展\n"
    )
    assert got["site_name"] == "某市教育局"
    assert got["site_type"] == "☐政府门户网站 ☑部门网站 ☐专项网站"
    assert "other_media" not in got  # the row below starts with a label: no value


def test_labels_broken_over_two_cells_or_two_lines() -> None:
    got = raw("回应公众关注热点或\t重大舆情数量\t7\n可全程在线办理\n政务服务事项数量\t5\n")
    assert got["hotspot_responses"] == "7"
    assert got["service_items_online"] == "5"
    assert "service_items" not in got  # the second half alone is another field's label


def test_units_standing_alone_are_neither_labels_nor_values() -> None:
    got = raw("独立用户访问总量\t（单位：个）\t453\n网站总访问量\n次\n900\n")
    assert got["unique_visitors"] == "453"
    assert got["page_views"] == "900"


def test_copies_of_merged_cells_are_never_values() -> None:
    doc = Document(
        format="html",
        rows=[
            Row((Cell("网站名称", 0), Cell("某局", 1), Cell("某局", 2, copy=True)), "r1"),
            Row((Cell("主办单位", 0), Cell("某局", 1, copy=True)), "r2"),
        ],
    )
    chosen = match_document(doc, FORM).chosen
    assert chosen["site_name"].raw == "某局"
    assert "sponsor" not in chosen


def test_reading_stops_where_the_instructions_begin() -> None:
    got = raw(
        "网站名称\t甲\n附件2\n政府网站工作年度报表填写说明\n主办单位：请填写网站的主办单位全称。\n"
    )
    assert got == {"site_name": "甲"}


def test_text_beside_a_ticked_option_goes_to_its_note_field() -> None:
    got = values("创新发展\t☐搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☑其他：政策智能匹配\n")
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "政策智能匹配"


def test_the_densest_table_wins_over_page_chrome() -> None:
    rows = [Row((Cell("主办单位：某市政府办公室", 0),), "nav", block=0)]
    rows += [
        Row((Cell(label, 0), Cell(value, 1)), f"t{i}", block=1)
        for i, (label, value) in enumerate(
            [("网站名称", "甲"), ("主办单位", "某局"), ("首页网址", "http://a.gov.cn")]
        )
    ]
    rows += [Row((Cell("联系电话：0898-1", 0),), "sig", block=2)]
    rows += [
        Row((Cell("主办单位：某市政府办公室 联系电话：010-2", 0),), f"foot{i}", block=2)
        for i in range(3)
    ]
    chosen = match_document(Document(format="html", rows=rows), FORM).chosen
    assert chosen["sponsor"].raw == "某局"
    assert chosen["phone"].raw == "0898-1"


def test_near_miss_labels_count_only_in_ocr_documents() -> None:
    text = "独立用户访问总贵\t12\n"
    assert raw(text) == {}
    assert raw(text, fuzzy=True) == {"unique_visitors": "12"}


def test_a_box_edge_read_as_a_cell_of_its_own_is_passed_over_in_ocr_documents() -> None:
    # OCR: a box's left edge in a narrow cell between the label and its options.
    text = "是否开展应急演练\t[\t☑是\t☐否\n"
    assert raw(text, fuzzy=True)["emergency_drill"] == "☑是 ☐否"
    assert "emergency_drill" not in raw(text)  # born-digital text says what it says


def test_a_value_that_cannot_be_read_loses_to_one_that_can() -> None:
    got = raw("政府网站工作年度报表\n附件1\n政府网站工作年度报表\n（2023年度）\n")
    assert got["year"] == "（2023年度）"


def test_label_like_text_that_matches_no_field_is_reported() -> None:
    document = document_from_text(BASIC + "网站访问次数排名（单位：名）\t3\n备注：\n网站名称\t甲\n")
    assert match_document(document, FORM).unmatched == ["网站访问次数排名", "备注："]


def test_too_few_labels_is_not_a_report() -> None:
    with pytest.raises(NotAReportError, match="只认出 1 个栏目名称"):
        extract_document(document_from_text("网站名称\t甲\n随便写的一段话\n"), "x")


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("单位负责人：张三  审核人：李四", "reviewer", "李四"),
        ("单位负责人：张三审核人：李四", "reviewer", "李四"),
        ("填报日期：2024年1月15日", "fill_date", "2024-01-15"),
        ("政府网站工作年度报表（2023年度）", "year", 2023),
        # The year in front of the title, or in brackets without 年度.
        ("2023年政府网站工作年度报表", "year", 2023),
        ("2023年度政府网站工作年度报表", "year", 2023),
        ("政府网站工作年度报表(2023)", "year", 2023),
        ("是否有移动新媒体 (√)是 ( )否", "has_new_media", True),
        ("ICP 备案号\t琼 ICP 备 19003404 号-2", "icp_number", "琼ICP备19003404号-2"),
        ("1.网站名称：某某网", "site_name", "某某网"),
        ("| 收到留言数量 | 12 |", "messages_received", 12),
    ],
)
def test_one_line_layouts(line: str, key: str, value: object) -> None:
    assert values(line + "\n")[key] == value


def test_a_name_before_the_title_is_no_year() -> None:
    assert "year" not in values("海口市卫生健康委员会政府网站工作年度报表\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("填报人：邓芳涛   填报日期：2025年1\n月17日\n", "2025-01-17"),  # cut by the line end
        ("填报日期：2025年1月\n17日\n", "2025-01-17"),
        ("填报日期：2025-01-\n17\n", "2025-01-17"),
        ("填报日期：2025年1月17日\n18\n", "2025-01-17"),  # complete: the next line stays apart
        ("填报日期：无\n2025年1月17日\n", None),  # marked absent: nothing to continue
    ],
)
def test_a_value_cut_by_a_line_end_continues_on_the_next_line(
    text: str, expected: str | None
) -> None:
    assert values(text).get("fill_date") == expected


SIGNED = "单位负责人：张三 审核人：李四 填报人：李兰 "


@pytest.mark.parametrize(
    "text",
    [
        SIGNED + "联系\n电话：0571-38369646 填报日期：2025年1月17日\n",
        SIGNED + "联系电\n话：0571-38369646     填报日期：2025年1月17日\n",
        SIGNED + "联系电话：0571-38369646 填报日\n期：2025年1月17日\n",
        "单位负责人：张三 审\n核人：李四 填报人：李兰 联系电话：0571-38369646"
        " 填报日期：2025年1月17日\n",
    ],
    ids=["phone-2+2", "phone-3+1", "date-3+1", "reviewer-1+2"],
)
def test_a_label_cut_by_a_line_end_is_joined_to_its_rest_on_the_next_line(text: str) -> None:
    got = values(text)
    assert (got["head"], got["reviewer"]) == ("张三", "李四")
    assert (got["filler"], got["phone"]) == ("李兰", "0571-38369646")
    assert got["fill_date"] == "2025-01-17"


@pytest.mark.parametrize(
    ("text", "filler"),
    [
        # 同志电话 is no label; a name keeps no blank between its Chinese characters.
        (SIGNED + "同志\n电话：0571-38369646\n", "李兰同志"),
        ("填报人：李兰联系\n电话：0571-38369646\n", "李兰联系"),  # not set off: part of the name
    ],
    ids=["no-label", "not-set-off"],
)
def test_a_last_word_that_is_no_label_head_stays_in_its_value(text: str, filler: str) -> None:
    got = values(text)
    assert (got["filler"], got["phone"]) == (filler, "0571-38369646")


def test_a_cut_value_is_not_joined_to_a_line_with_more_than_one_cell() -> None:
    got = raw(BASIC + "填报日期：2025年1\n月17日\t其他\n")
    assert got["fill_date"] == "2025年1"


def test_labels_abreast_take_the_options_under_them_not_the_whole_row() -> None:
    got = raw(
        "是否发布服务事项目录\t注册用户数\t政务服务事项数量\t可全程在线办理政务服务事项数量\n"
        "☑是 ☐否\t12\t91\t90\n"
        "是否开展应急演练\t是否明确网站安全责任人\n"
        "☐是 ☑否\t☑是 ☐否\n"
    )
    assert got["service_catalog_published"] == "☑是 ☐否"
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == (
        "12",
        "91",
        "90",
    )
    assert (got["emergency_drill"], got["security_officer"]) == ("☐是 ☑否", "☑是 ☐否")


def test_a_denser_table_wins_over_a_page_footer_nearer_the_main_table() -> None:
    def row(text: str, value: str | None, block: int, n: int) -> Row:
        cells = (Cell(text, 0),) if value is None else (Cell(text, 0), Cell(value, 1))
        return Row(cells, f"r{n}", block=block)

    basic = [("网站名称", "甲"), ("主办单位", "某局"), ("政府网站标识码", "4300000001")]
    rows = [row(label, value, 1, i) for i, (label, value) in enumerate(basic)]
    main = [("收到留言数量", "1"), ("办结留言数量", "1"), ("平均办理时间", "2"), ("访谈期数", "0")]
    rows += [row(label, value, 2, 10 + i) for i, (label, value) in enumerate(main * 3)]
    rows += [row("主办单位：某市政府办公室 网站标识码：9900000000", None, 3, 30)]
    chosen = match_document(Document(format="html", rows=rows), FORM).chosen
    assert chosen["sponsor"].raw == "某局"
    assert chosen["site_code"].raw == "4300000001"


def _pdf_row(cells: list[tuple[str, int, float]], page: int, n: int) -> Row:
    """A row of PDF cells: (text, column, left edge); each cell 100 points wide."""
    return Row(
        tuple(Cell(t, col, bbox=(x, 10.0 * n, x + 100, 10.0 * n + 9)) for t, col, x in cells),
        f"p{page}r{n}",
        page=page,
    )


def test_a_label_row_broken_across_a_page_keeps_its_values_below() -> None:
    rows = [
        _pdf_row(
            [("总数", 0, 0), ("政务动态信息更新量", 1, 100), ("信息公开目录信息更", 2, 200)], 1, 1
        ),
        _pdf_row([("新量（条）", 2, 200)], 2, 2),
        _pdf_row([("12", 0, 0), ("7", 1, 100), ("5", 2, 200)], 2, 3),
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    assert chosen["info_total"].raw == "12"
    assert chosen["info_news"].raw == "7"
    assert chosen["info_disclosure"].raw == "5"


def test_values_on_the_next_page_are_matched_by_position_not_column_number() -> None:
    # The new page's rulings number its columns afresh: 189 | (empty) | 97 | 13.7 | 21.
    rows = [
        _pdf_row(
            [("收到留言数量", 0, 0), ("办结留言数量", 1, 100), ("平均办理时间", 2, 200)], 1, 1
        ),
        _pdf_row([("189", 0, 0), ("97", 2, 100), ("13.7", 3, 200)], 2, 2),
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    assert [
        chosen[k].raw for k in ("messages_received", "messages_closed", "messages_avg_days")
    ] == [
        "189",
        "97",
        "13.7",
    ]


def test_a_label_finished_on_the_next_page_in_a_renumbered_column() -> None:
    # Page 1 numbers the columns 0-3, page 2 (its own rulings) 0, 2, 4, 5: the rest of the
    # last label is found by position, and the values under the labels too.
    rows = [
        _pdf_row(
            [
                ("是否发布服务事项目录", 0, 0),
                ("注册用户数（单位：个）", 1, 100),
                ("政务服务事项数量（单位：项）", 2, 200),
                ("可全程在线办理政务服务", 3, 300),
            ],
            1,
            1,
        ),
        _pdf_row([("事项数量（单位：项）", 5, 300)], 2, 2),
        _pdf_row([("☑是 ☐否", 0, 0), ("1268", 2, 100), ("111", 4, 200), ("79", 5, 300)], 2, 3),
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    assert chosen["service_catalog_published"].raw == "☑是 ☐否"
    assert [chosen[k].raw for k in ("registered_users", "service_items")] == ["1268", "111"]
    assert chosen["service_items_online"].raw == "79"


@pytest.mark.parametrize("cut", ["（单位：", "(单位:", "(单"])
def test_a_label_whose_unit_a_page_end_cut_keeps_its_value_beside_it(cut: str) -> None:
    # LibreOffice draws a cut row's borders on both pages: the unit's rest stands alone.
    rows = [
        _pdf_row([("总数（单位：件）", 0, 0), ("5584", 1, 100)], 1, 1),
        _pdf_row([("法人办件量" + cut, 0, 0), ("0", 1, 100)], 1, 2),
        _pdf_row([("件)", 0, 0)], 2, 3),
        _pdf_row([("互动交流", 0, 0)], 2, 4),
    ]
    match = match_document(Document(format="pdf", rows=rows), FORM)
    assert match.chosen["cases_legal"].raw == "0"
    assert not [u for u in match.unmatched if "件" in u]


def test_a_unit_cut_in_half_by_a_page_end_is_neither_value_nor_label() -> None:
    rows = [
        _pdf_row(
            [("注册用户数（单位：个）", 0, 0), ("可全程在线办理政务服务事项数量（单", 1, 100)], 1, 1
        ),
        _pdf_row([("位：项）", 3, 100)], 2, 2),
        _pdf_row([("1268", 0, 0), ("79", 3, 100)], 2, 3),
    ]
    match = match_document(Document(format="pdf", rows=rows), FORM)
    assert match.chosen["registered_users"].raw == "1268"
    assert match.chosen["service_items_online"].raw == "79"
    assert "位：项）" not in match.unmatched


def test_labels_cut_by_a_page_end_beside_their_values() -> None:
    # Label | value | label | value, each label finished in its own column on the next
    # page; a unit's halves likewise (总数 (单 | 位: 条)).
    rows = [
        _pdf_row([("征集", 0, 0), ("6", 1, 100), ("收到意见", 2, 200), ("18", 3, 300)], 1, 1),
        _pdf_row([("调查期数（单位：期）", 0, 0), ("数量（单位：条）", 2, 200)], 2, 2),
        _pdf_row([("解读信息发布", 0, 0)], 2, 3),
        _pdf_row(
            [("总数 (单", 0, 0), ("17", 1, 100), ("解读材料数量 (单", 2, 200), ("7", 3, 300)], 2, 4
        ),
        _pdf_row([("位: 条)", 0, 0), ("位: 条)", 2, 200)], 3, 5),
    ]
    match = match_document(Document(format="pdf", rows=rows), FORM)
    got = {k: c.raw for k, c in match.chosen.items()}
    assert got["surveys"] == "6"
    assert got["survey_opinions"] == "18"
    assert got["interp_total"] == "17"
    assert got["interp_materials"] == "7"
    assert not [u for u in match.unmatched if "单" in u]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("填报单位：某局（挂某区大数据发展管理局牌\n子）\n", "某局（挂某区大数据发展管理局牌子）"),
        ("填报单位：某局（挂某区大数据\n发展管理局牌子）\n", "某局（挂某区大数据发展管理局牌子）"),
        # Closed, or not closed by the next line: that line stays apart.
        ("填报单位：某区农业农村局\n（盖章）\n", "某区农业农村局"),
        ("填报单位：某局（挂某中心\n牌子 其他\n", "某局（挂某中心"),
    ],
    ids=["closing-bracket", "longer-rest", "closed", "still-open"],
)
def test_a_name_whose_bracket_the_next_line_closes_continues_there(text: str, unit: str) -> None:
    assert raw(BASIC + text)["filing_unit"] == unit


def test_a_row_cut_by_a_page_end_finishes_labels_beside_new_ones() -> None:
    # 信息公开目录 | 信息更新量 cut apart; the labels between them only on the new page.
    rows = [
        _pdf_row([("总数（单位：条）", 0, 0), ("信息公开目录", 3, 300)], 1, 1),
        _pdf_row(
            [("概况类信息更新量", 1, 100), ("政务动态信息更新量", 2, 200), ("信息更新量", 3, 300)],
            2,
            2,
        ),
        _pdf_row([("2428", 0, 0), ("33", 1, 100), ("652", 2, 200), ("1476", 3, 300)], 2, 3),
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    keys = ("info_total", "info_overview", "info_news", "info_disclosure")
    assert [chosen[k].raw for k in keys] == ["2428", "33", "652", "1476"]


@pytest.mark.parametrize(
    ("cut", "rest", "read"),
    [
        # 无障碍浏 is no option, 无障碍浏览 is: the list goes on at the top of the next page.
        ("☐搜索即服务 ☑多语言版本 ☐无障碍浏", "览 ☐千人千网 ☑其他", "☐无障碍浏览 ☐千人千网 ☑其他"),
        # Complete as it stands: the next row stays apart.
        ("☐搜索即服务 ☑多语言版本 ☐无障碍浏览", "千人千网 ☑其他", "☐无障碍浏览"),
        # 无障碍 is a short name of 无障碍浏览, but 浏览 alone is no option: one option cut.
        ("☐搜索即服务 ☑多语言版本 ☐无障碍", "浏览 ☐千人千网 ☑其他", "☐无障碍浏览 ☐千人千网 ☑其他"),
    ],
    ids=["cut", "complete", "cut-after-a-short-name"],
)
def test_an_option_list_cut_by_a_page_end_continues_on_the_next_page(
    cut: str, rest: str, read: str
) -> None:
    rows = [
        _pdf_row([("创新发展", 0, 0)], 1, 1),
        _pdf_row([(cut, 0, 0)], 1, 2),
        _pdf_row([(rest, 0, 0)], 2, 3),
    ]
    chosen = match_document(Document(format="pdf", rows=[*_filler_rows(), *rows]), FORM).chosen
    assert chosen["innovation"].raw == "☐搜索即服务 ☑多语言版本 " + read


def _filler_rows() -> list[Row]:
    return list(document_from_text(BASIC).rows)


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("网  站  名  称      某网站\n", "site_name", "某网站"),
        ("单  位  负  责  人  张三\n", "head", "张三"),
        ("填  报  人：张三    审  核  人：李四\n", "reviewer", "李四"),
        ("审  核：李四    填  报  人：张三\n", "filler", "张三"),
    ],
)
def test_labels_set_out_with_spaces_read_as_one_word(line: str, key: str, value: str) -> None:
    assert raw(BASIC + line)[key] == value


@pytest.mark.parametrize(
    ("right", "filler"),
    [(350.0, "邓芳涛"), (250.0, "邓芳")],
    ids=["line-full", "line-short"],
)
def test_a_name_wrapped_at_the_end_of_a_full_line_goes_on(right: float, filler: str) -> None:
    # The signature line under a table 356 points wide: when it reaches the right edge it
    # was wrapped, and the fragment before the next label is the end of its last value.
    lines = [
        ("单位负责人：冯艳静     审核人：李强     填报人：邓芳", (63, 455, right, 466)),
        ("涛     联系电话：0571-38369646     填报日期：2025-01-17", (63, 472, 298, 483)),
    ]
    chosen = match_document(Document(format="pdf", rows=_signed_page(lines)), FORM).chosen
    assert chosen["filler"].raw == filler
    assert (chosen["phone"].raw, chosen["fill_date"].raw) == ("0571-38369646", "2025-01-17")


@pytest.mark.parametrize(
    ("first", "second", "key", "value"),
    [
        # A name's last character, tied by non-breaking spaces to the label after it.
        ("审核人：程洋文  填报人：刘", "娜  联系电话：0531-3316381", "filler", "刘娜"),
        # A phone number broken after its dash: the digits did not fit.
        ("联系电话：022-", "66635649  填报日期：2022-01-11", "phone", "022-66635649"),
        # A note that does not run on from the value stays apart.
        ("审核人：程洋文  填报人：刘娜", "（盖章）  联系电话：0531-3316381", "filler", "刘娜"),
    ],
    ids=["name", "phone", "apart"],
)
def test_a_word_wrapped_from_a_nearly_full_line_goes_on(
    first: str, second: str, key: str, value: str
) -> None:
    # The line ends three line heights short of the right edge (356): too short to count as
    # full, but the next line's first fragment goes on from the value.
    lines = [(first, (63, 455, 356 - 3 * 11, 466)), (second, (63, 472, 250, 483))]
    chosen = match_document(Document(format="pdf", rows=_signed_page(lines)), FORM).chosen
    assert chosen[key].raw == value


def test_a_full_line_reaches_the_texts_edge_not_a_wider_tables() -> None:
    # A small page: the table (356 wide) runs past the text's width (300), which the
    # instructions' lines fill; the signature line reaching 290 is full.
    lines = [
        ("审核人：陈明  填报人：于超", (63, 455, 290, 466)),
        ("丽  联系电话：0898-94884985", (63, 472, 250, 483)),
        *[(f"填写说明第{k}行，" * 3, (63, 500 + 12 * k, 300, 510 + 12 * k)) for k in range(3)],
    ]
    chosen = match_document(Document(format="pdf", rows=_signed_page(lines)), FORM).chosen
    assert chosen["filler"].raw == "于超丽"


def test_a_number_cut_after_its_dash_goes_on_wherever_its_line_ended() -> None:
    # Tied to the label after it by non-breaking spaces, the whole number went on.
    lines = [
        ("填报人：袁明  联系电话：0771-", (63, 455, 200, 466)),
        ("72347699  填报日期：2022-01-14", (63, 472, 250, 483)),
    ]
    chosen = match_document(Document(format="pdf", rows=_signed_page(lines)), FORM).chosen
    assert chosen["phone"].raw == "0771-72347699"
    assert chosen["fill_date"].raw == "2022-01-14"


def _signed_page(lines: list[tuple[str, tuple[float, float, float, float]]]) -> list[Row]:
    """BASIC as a table 356 points wide, then signature lines outside it."""
    table = [
        Row(
            (
                Cell(label, 0, bbox=(63, 10.0 * i, 200, 10.0 * i + 9)),
                Cell(value, 1, bbox=(200, 10.0 * i, 356, 10.0 * i + 9)),
            ),
            f"r{i}",
            page=1,
            block=1,
        )
        for i, (label, value) in enumerate(line.split("\t") for line in BASIC.strip().split("\n"))
    ]
    signed = [
        Row((Cell(t, 0, bbox=box),), f"s{i}", page=1, block=2) for i, (t, box) in enumerate(lines)
    ]
    return [*table, *signed]


def test_a_label_head_below_a_label_is_no_value_for_it() -> None:
    # 创新发展 (the section) over 创新 | 发展 cut by a page end: 创新 is no value of the
    # section's field but the head of its label, whose options follow on its row.
    rows = [
        _pdf_row([("创新发展", 0, 0)], 1, 1),
        _pdf_row([("创新", 0, 0), ("☐搜索即服务 ☑多语言版本 ☐无障碍浏览", 1, 100)], 1, 2),
        _pdf_row([("发展", 0, 0), ("☐千人千网 ☑其他", 1, 100)], 2, 3),
    ]
    chosen = match_document(Document(format="pdf", rows=[*_filler_rows(), *rows]), FORM).chosen
    assert chosen["innovation"].raw.startswith("☐搜索即服务 ☑多语言版本")


def test_a_spaced_label_cut_by_a_line_end_is_joined() -> None:
    text = (
        BASIC + "审核人：徐敏 填报人：唐霞娟 联\n系 电 话：029-73462900 填 报 日 期：2023-01-09\n"
    )
    got = raw(text)
    assert (got["filler"], got["phone"]) == ("唐霞娟", "029-73462900")


@pytest.mark.parametrize("kept", [True, False], ids=["same-column", "other-column"])
def test_a_text_cell_cut_by_a_page_end_goes_on_in_its_column(kept: bool) -> None:
    # The page end cut the cell between two lines; the word before the cut (信息发布) and
    # the rest (量 2522 条) read as a label, but no colon follows: it is the text going on.
    first = "移动客户端“某县通”，下载量 43 万次；今日头条号“某县发布”，信息发布"
    rest = "量 2522 条，关注量 59676 个"
    left = 301.0 if kept else 85.0
    rows = [
        *document_from_text(BASIC).rows,
        Row(
            (Cell("其他", 0, bbox=(85, 692, 301, 718)), Cell(first, 1, bbox=(301, 692, 517, 718))),
            "p2",
            page=2,
            block=3,
        ),
        Row((Cell(rest, 1, bbox=(left, 72, 517, 111)),), "p3", page=3, block=5),
    ]
    chosen = match_document(Document(format="pdf", rows=rows), FORM).chosen
    expected = first + rest if kept else first
    assert chosen["other_media"].raw == expected


def test_a_label_set_out_with_spaces_run_into_the_value_before_it() -> None:
    line = "联系电话：0971-95682440填 报 日 期： 2022 年 1 月 13 日\n"
    got = raw(BASIC + line)
    assert (got["phone"], got["fill_date"]) == ("0971-95682440", "2022 年 1 月 13 日")


def test_group_names_read_before_their_rows_all_count_as_context() -> None:
    # pdftotext's reading order puts tall group cells first: 微博 | 移动新媒体 | 微信, then
    # the weibo rows. A generic label goes to the earliest of them it fits, in form order.
    got = raw(
        "是否有移动新媒体\t☑是\n微博\n移动新媒体\n微信\n名称\n甲\n信息发布量\n5\n"
        "名称\n乙\n信息发布量\n8\n"
    )
    assert (got["weibo_name"], got["weibo_posts"]) == ("甲", "5")
    assert (got["wechat_name"], got["wechat_posts"]) == ("乙", "8")


def test_of_two_readings_the_one_among_its_groups_values_wins() -> None:
    # pdftotext: another report's signature date set in the table by reading order.
    got = values(
        "总数（条）\n388\n填报日期：2021-01-27\n概况类信息更新量（条）\n17\n"
        "单位负责人：赵一平\n审核人：孙文华\n填报人：王大明\n联系电话：0790-72950754\n"
        "填报日期：2022.01.17\n"
    )
    assert got["fill_date"] == "2022-01-17"


def test_a_registration_numbers_head_below_its_label_goes_on_before_the_next_label() -> None:
    # pypdfium2: ICP备案号 wrapped in its cell, the number's head on a line of its own, its
    # digits opening the next line before the next label.
    got = text_reports.values(
        "政府网站标识码 6211250443\nICP备\n案号\n甘ICP备\n"
        "47605771号-1 公安机关备案号 62112509452702号\n独立用户访问总量（单位：个） 119,146\n",
        without=("首页网址",),
    )
    assert (got["icp_number"], got["police_number"]) == ("甘ICP备47605771号-1", "62112509452702号")


def test_the_tables_column_heads_under_the_unit_are_no_rest_of_its_name() -> None:
    # pdftotext -raw: the head row's cells on one line under 填报单位, whose line is as wide
    # as the report's lines of a label, a unit and a count.
    text = (
        "政府网站工作年度报表\n（2022年度）\n填报单位：某某市人民政府办公室\n指标 单位 填报内容\n"
        "一、基本信息\n网站名称 某某市人民政府网\n首页网址 https://www.a.gov.cn\n"
        "主办单位 某某市人民政府办公室\n网站类型 ✔政府门户网站☐部门网站☐专项网站\n"
        "政府网站标识码 3407000005\nICP备案号 皖ICP备05001538号\n"
        "公安机关备案号 皖公网安备34070202000012号\n独立用户访问总量 个 1549656\n"
        "网站总访问量 次 9302548\n二、信息发布\n信息发布总数 条 1518\n概况类信息更新量 条 50\n"
        "政务动态信息更新量 条 418\n信息公开目录信息更新量 条 1050\n三、专栏专题\n"
        "专栏专题维护数量 个 38\n专栏专题新开设数量 个 1\n"
    )
    assert raw(text)["filing_unit"] == "某某市人民政府办公室"


def test_column_heads_one_spaced_out_or_several_on_a_line() -> None:
    assert column_heads("数 值", FORM)  # one head set out to fill its cell
    assert column_heads("指标 单位 填报内容", FORM)
    assert not column_heads("某局 单位", FORM)
    assert not column_heads("", FORM)


@pytest.mark.parametrize("heads", ["项目", "指标名称\n\n填报内容\n"])
def test_the_tables_column_heads_one_a_line_are_no_rest_of_its_name(heads: str) -> None:
    # pdftotext without -layout: each head cell on a line of its own under 填报单位.
    text = (
        f"政府网站工作年度报表\n（2020年度）\n填报单位：厦门市公共资源交易中心\n{heads}\n"
        "一、基本信息\n网站名称\n\n厦门市公共资源交易网\n\n首页网址\n\nhttp://www.a.gov.cn\n\n"
        "政府网站标识码\n\n3502000001\n\n独立用户访问总量（单位：个）\n\n1549656\n\n"
        "网站总访问量（单位：次）\n\n9302548\n\n信息发布总数（单位：条）\n\n1518\n\n"
        "概况类信息更新量（单位：条）\n\n50\n\n政务动态信息更新量（单位：条）\n\n418\n\n"
        "专栏专题维护数量（单位：个）\n\n38\n"
    )
    assert raw(text)["filing_unit"] == "厦门市公共资源交易中心"
