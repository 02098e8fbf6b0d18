"""A yes/no list its narrow cell wrapped, its ticked rest set apart by reading order
(pdftotext without -layout), is completed by the one line of options nothing took."""

from __future__ import annotations

from text_reports import values

SECURITY = (
    "是否建立安全监测预警机制\n☑是 ☐否\n是否开展应急演练\n☑是 ☐否\n"
    "是否明确网站安全责任人\n☑是 ☐否\n"
)


def test_the_ticked_rest_after_other_rows_completes_the_list() -> None:
    got = values(
        f"是否提供智能问答\n\n☐是\n\n{SECURITY}是否有移动新媒体\n☐是 ☑否\n\n☑否\n创新发展\n"
    )
    assert got["smart_qa"] is False
    assert got["has_new_media"] is False
    assert got["emergency_drill"] is True


def test_two_cut_lists_take_their_rests_in_order() -> None:
    got = values(
        "是否使用统一平台\n☐是\n是否提供智能问答\n☐否\n"
        f"{SECURITY}是否有移动新媒体\n☑是 ☐否\n☑否\n☑是\n微博\n"
    )
    assert got["unified_platform"] is False
    assert got["smart_qa"] is True


def test_a_rest_naming_an_option_the_part_holds_is_no_rest() -> None:
    got = values(f"是否提供智能问答\n☐是\n{SECURITY}☑是\n创新发展\n")
    assert "smart_qa" not in got


def test_more_rests_than_cut_lists_leave_them_alone() -> None:
    got = values(f"是否提供智能问答\n☐是\n{SECURITY}☑否\n☑否\n创新发展\n")
    assert "smart_qa" not in got


def test_a_rest_before_its_part_is_not_its() -> None:
    got = values(
        "是否使用统一平台\n☐是\n收到留言数量\n5\n☑否\n办结留言数量\n3\n☑是\n"
        f"是否提供智能问答\n☐否\n{SECURITY}创新发展\n"
    )
    assert "smart_qa" not in got


def test_a_whole_ticked_list_right_after_a_cut_part_is_the_answer() -> None:
    # The lone 否 is the rest of another list, which reading order set first.
    got = values(f"{SECURITY}是否有移动新媒体\n微博\n移动新媒体\n微信\n☐否\n☑是 ☐否\n名称\n")
    assert got["has_new_media"] is True


def test_a_ticked_rest_the_next_label_took_goes_back_when_its_whole_list_follows() -> None:
    # ☑否 is the smart answer's rest: the list after it, whole and ticked, is the new
    # media's answer.
    got = values(
        f"是否提供智能问答\n安全防护\n£是\n{SECURITY}是否有移动新媒体\n微博\n移动新媒体\n微信\n"
        "R否\nR是 £否\n名称\n"
    )
    assert got["smart_qa"] is False
    assert got["has_new_media"] is True
