"""A box alone on its line, its option's name on the next (readers/marks.boxes_onto_names)."""

from __future__ import annotations

from nianbao.readers.marks import boxes_onto_names, boxes_over_names
from text_reports import values


def test_a_lone_box_goes_on_its_options_name() -> None:
    assert boxes_onto_names(["是否有移动新媒 体", "☐", "是  ☑", "否", "微博"]) == [
        "是否有移动新媒 体",
        "",
        "☐是",
        "☑否",
        "微博",
    ]


def test_boxes_of_a_lost_font_only_where_the_text_lost_its_fonts() -> None:
    lines = ["是否提供智能问答", "£是", "R", "否"]
    assert boxes_onto_names(lines) == lines
    assert boxes_onto_names(lines, fonts_lost=True) == ["是否提供智能问答", "£是", "", "R否"]


def test_a_box_closing_a_list_and_columns_stay() -> None:
    # A list's last box before its name wrapped is the matcher's to read; laid out in
    # columns, a box stands in its own column.
    lines = ["网站类型 ☑政府门户网站 ☐部门网站 ☐", "专项网站", "      ☐", "   部门网站"]
    assert boxes_onto_names(lines) == lines


def test_answers_whose_boxes_stand_apart() -> None:
    got = values(
        "是否使用统一平台 R是 £否\n是否提供智能问答\n£是\nR\n否\n是否有移动新媒体\nR\n是\n£\n否\n"
    )
    assert got["smart_qa"] is False
    assert got["has_new_media"] is True


def test_boxes_closing_a_line_go_onto_the_names_on_the_next() -> None:
    # pdftotext -raw of a Word table: the boxes beside the label, their names below.
    assert boxes_over_names(["是否提供智能问答 □ ■", "是 否", "安全防护"]) == [
        "是否提供智能问答",
        "□是 ■否",
        "安全防护",
    ]
    lines = ["创新发展 □ □ □ □ □", "搜索即服务 多语言版本 无障碍浏览 千人千网 其他：____"]
    assert boxes_over_names(lines)[1] == "□搜索即服务 □多语言版本 □无障碍浏览 □千人千网 □其他：____"
    # As many names as boxes, or nothing moves; a lone box is boxes_onto_names's.
    for kept in (["网站类型 □ ■", "政府门户网站"], ["是否 ☐", "是"], ["□ ■", "  是 否"]):
        assert boxes_over_names(kept) == kept


def test_names_without_their_boxes_are_not_read_as_chosen() -> None:
    got = values(
        "是否提供智能问答 □ ■\n是 否\n创新发展 □ □ □ □ □\n"
        "搜索即服务 多语言版本 无障碍浏览 千人千网 其他：________\n"
    )
    assert got["smart_qa"] is False
    assert "innovation" not in got
