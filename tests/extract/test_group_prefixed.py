"""Field labels with their sub-group's or section's name in front (留言公开答复数量,
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
    assert _keys("解读信息发布解读材料数量") == ["interp_materials"]
    assert _keys("微信信息发布量") == ["wechat_posts"]


def test_one_shared_character_is_no_overlap() -> None:
    # 微信 + 信息发布量: 微信信息发布量, never 微信息发布量.
    assert _keys("微信息发布量") == []


def test_section_names_in_front_of_their_fields_labels() -> None:
    # A table with one cell a label writes the section in it (办事服务—注册用户数), before
    # a sub-group's field (互动交流—收到留言数量) or its group-prefixed label too.
    assert _keys("安全防护发现问题数量") == ["security_issues_found"]
    assert _keys("办事服务—注册用户数（单位：个）") == ["registered_users"]
    assert _keys("互动交流—收到留言数量") == ["messages_received"]
    assert _keys("互动交流—留言办理—收到留言数量") == ["messages_received"]
    assert _keys("办事服务—办件量总数") == ["cases_total"]
    assert _keys("移动新媒体—微博名称") == ["weibo_name"]


def test_a_prefixed_label_two_fields_share_is_generic() -> None:
    # 移动新媒体 + 名称 names 微博's and 微信's alike, as 名称 does: the context decides.
    assert sorted(_keys("移动新媒体名称")) == ["wechat_name", "weibo_name"]


def test_a_prefixed_label_the_form_gives_another_field_keeps_it() -> None:
    # 解读回应 + 解读信息发布总数 overlaps into no new label; 信息发布总数 stays info_total.
    assert _keys("信息发布总数") == ["info_total"]
    assert _keys("解读信息发布总数") == ["interp_total"]


def test_a_table_of_section_prefixed_labels() -> None:
    found = values(
        "办事服务—是否发布服务事项目录\t是\n"
        "办事服务—注册用户数（单位：个）\t1781\n"
        "办事服务—政务服务事项数量（单位：项）\t471\n"
        "互动交流—收到留言数量（单位：条）\t79\n"
        "安全防护—安全检测评估次数（单位：次）\t13\n"
    )
    assert found["service_catalog_published"] is True
    assert (found["registered_users"], found["service_items"]) == (1781, 471)
    assert found["messages_received"] == 79
    assert found["security_assessments"] == 13


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
