"""Field labels with their sub-group's name in front (留言公开答复数量,
征集调查征集调查期数, 在线访谈期数), as tables with two fields a row, or an export's
header row, write them."""

from __future__ import annotations

from nianbao.extract.labels import label_index, normalize_label
from nianbao.forms import default_form
from text_reports import values

INDEX = label_index(default_form())


def _keys(label: str) -> list[str]:
    hit = INDEX.lookup(normalize_label(label))
    return [f.key for f in hit.fields] if hit is not None else []


def test_group_names_in_front_of_their_fields_labels() -> None:
    assert _keys("留言公开答复数量（单位：条）") == ["messages_public"]
    assert _keys("留言办理公开答复数量") == ["messages_public"]
    assert _keys("征集调查收到意见数量") == ["survey_opinions"]
    assert _keys("征集调查征集调查期数") == ["surveys"]
    assert _keys("在线访谈答复网民提问数量") == ["interview_answers"]
    assert _keys("在线访谈访谈期数") == ["interviews"]
    # The group's name shortened as its 访谈期数 is (two fields a row: 在线访谈期数 | 访谈网民…).
    assert _keys("访谈网民留言数量（条）") == ["interview_messages"]
    assert _keys("解读信息发布解读材料数量") == ["interp_materials"]
    assert _keys("微信信息发布量") == ["wechat_posts"]


def test_one_shared_character_is_no_overlap() -> None:
    # 微信 + 信息发布量: 微信信息发布量, never 微信息发布量.
    assert _keys("微信息发布量") == []


def test_a_section_name_goes_in_front_of_no_label() -> None:
    # Sections are headings of their own (安全防护 over 发现问题数量), and a tall cell cuts
    # their names (移动新媒 | 体): written with a label, a dash parts them (group_dashes).
    assert _keys("安全防护发现问题数量") == []
    assert _keys("创新发展创新发展") == []


def test_two_fields_a_row_with_their_groups_in_their_labels() -> None:
    found = values(
        "互动交流\n"
        "收到留言数量（单位：条）\t12\t办结留言数量（单位：条）\t11\n"
        "留言平均办理时间（单位：天）\t3\t留言公开答复数量（单位：条）\t9\n"
        "在线访谈网民留言数量（单位：条）\t40\t在线访谈答复网民提问数量（单位：条）\t38\n",
        without=("网民留言数量", "答复网民提问数量"),
    )
    assert found["messages_public"] == 9
    assert found["interview_messages"] == 40
    assert found["interview_answers"] == 38
