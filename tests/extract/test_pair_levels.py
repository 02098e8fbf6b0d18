"""Rows of label–value pairs whose labels wrap, written line by line by height
(pdfplumber without layout): extract/pair_levels.py."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract import pair_levels
from nianbao.forms import default_form
from text_reports import values


def test_the_label_that_starts_above_its_neighbour_keeps_its_value() -> None:
    # 新开设数量（单位：个） wraps over three lines, 维护数量（单位：个） over two: the right
    # label's first line comes first, the values stand on the middle line.
    got = values(
        "专栏专题\n新开设数量\n维护数量（单\n17个 （单位： 16个\n位：个）\n个）\n"
        "解读回应\n解读信息发布\n解读材料数\n解读信息发布总\n41条 量（单位： 23条\n"
        "数（单位：条）\n条）\n"
    )
    assert (got["columns_maintained"], got["columns_new"]) == (17, 16)
    assert (got["interp_total"], got["interp_materials"]) == (41, 23)


def test_a_code_wrapped_as_its_label_is_around_the_next_pairs_count() -> None:
    # 公安机关备案号 and its number wrap over two lines each, around the line of the next
    # pair's count, whose label wraps too.
    got = values(
        "公安机关备 湘公网安备 独立用户访问总量\n208 584\n案号 43040818643495号 (单位: 个)\n"
        "网站总访问\n量 970 432\n(单位: 次)\n"
    )
    assert got["police_number"] == "湘公网安备43040818643495号"
    assert got["unique_visitors"] == 208584


def test_a_name_wrapped_around_its_label() -> None:
    # 名称 on one line, the account's name on the lines above and below, beside the next
    # pair's label wrapped around its count; 名称 and 信息发布量 are 微信's, not 微博's.
    got = values(
        "微博\n信息发布量（单位：\n名称 伊春市人力资源和发布 493\n条）\n关注量（单位：个） 73,565\n"
        "微信\n伊春市人力资源和社会 信息发布量（单位：\n名称 177\n保障局 条）\n"
        "订阅数（单位：个） 37,680\n"
    )
    assert got["wechat_name"] == "伊春市人力资源和社会保障局"
    assert got["wechat_posts"] == 177
    assert (got["weibo_name"], got["weibo_posts"]) == ("伊春市人力资源和发布", 493)


def test_a_group_name_and_the_signature_line_are_no_wrapped_value() -> None:
    # 其他（注明） left blank: the group's name above and the line below are no text of it.
    got = values(
        "创新发展\n创新发展 □搜索即服务 □多语言版本 √无障碍浏览 □千人千网 □其他 其他（注明）\n"
        "单位负责人：张国强 审核人：许明伟 填报人：宋强 联系电话：0591-5591813\n"
    )
    assert got["innovation"] == ["accessibility"]
    assert "innovation_other" not in got


def test_choices_and_their_middle_pieces() -> None:
    # Both labels wrap over three lines, their middle pieces standing between the answers.
    got = values(
        "安全防护\n是否明确网\n是否开展应急演\n☐是 ☑否 站安全责任 ☑是 ☐否\n练\n人\n",
        without=("安全检测评估次数",),
    )
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_counts_in_spaced_thousands_joined_the_one_way_that_fits() -> None:
    got = values("专栏专题\n新开设数量\n维护数量（单\n1 171 （单位： 42\n位：个）\n个）\n")
    assert (got["columns_maintained"], got["columns_new"]) == (1171, 42)


def test_a_unit_starts_no_label() -> None:
    # （条） above is the last row's unit, 其他 below the next group's name: no label
    # （条）其他 wrapped around 订阅数's row.
    got = values("微信 421\n（条）\n订阅数（个） 9 1750\n其他\n")
    assert got.get("other_media") != "1750"


@given(
    st.lists(
        st.sampled_from(["☑", "☐", "☑是", "☐否", "是", "否", "12", "3个", "量（单位："]), max_size=8
    )
)
def test_values_counts_lists_of_options_once(words: list[str]) -> None:
    counted = pair_levels._values(words)
    counts = sum(1 for w in words if w[0].isdigit())
    assert counts <= counted <= counts + sum(1 for w in words if w[0] in "☑☐")


def test_blanks_a_converter_set_inside_label_pieces() -> None:
    # Both labels of the row wrap over three lines; a gap inside a piece came out as a blank
    # (可全程 在线办理政务, 量(单位: 项)), so a line holds more words than pieces.
    got = values(
        "办事服务\n是否发布服务\n☑是 ☐否 注册用户数(单位: 个) 5120\n事项目录\n"
        "政务服务事项 可全程 在线办理政务\n数 412 服务事项数量(单位: 198\n量(单位: 项) 项)\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (412, 198)


def test_a_letter_spaced_label_beside_a_lone_ticked_option() -> None:
    # 注 册 用 户 | 数(单位: 个): a label set out with a blank between characters; the choice
    # shows only its ticked option, and the count after it is the next pair's.
    got = values("办事服务\n是否发布服务事项 注 册 用 户\n√是 5 120\n目录 数(单位: 个)\n")
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 5120


def test_a_middle_piece_split_by_a_blank() -> None:
    # 可全程在线办理政 | 务 服务事项数量(单 | 位: 项): the right label's middle piece, between
    # the two values, came out as two words.
    got = values(
        "办事服务\n可全程在线办理政\n政务服务事项数量\n"
        "75 务 服务事项数量(单 31\n(单位: 项)\n位: 项)\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (75, 31)


def test_a_name_ticked_again_starts_another_list() -> None:
    assert pair_levels._values(["☑否", "☑是", "☐否"]) == 2
    assert pair_levels._values(["☑", "是", "☐", "否"]) == 1
    assert pair_levels._values(["☑是", "☐否"]) == 1


def test_a_label_with_a_blank_beside_a_choice_of_one_line() -> None:
    # 是否明确 网站安全责任 | 是否开展应急演练 √否 √是 □否 | 人: the taller label's pieces
    # above and below the line holding the other pair and both answers.
    got = values("安全防护\n是否明确 网站安全责任\n是否开展应急演练 √否 √是 □否\n人\n移动新媒体\n")
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_an_option_named_again_is_the_next_pairs() -> None:
    # ☑是 ☐否 ☑是 ☐否 between two labels of two lines: not ☑是 | ☐否 ☑是 ☐否.
    officer = default_form().by_key["security_officer"]
    assert pair_levels._value_text(officer, "☐否 ☑是 ☐否") is None
    assert pair_levels._value_text(officer, "☑是 ☐否") == "☑是 ☐否"
