"""Rows of wrapped labels whose values line leaves something out or whose heads run on
(extract/dealt.py, extract/block_labels.py), in text of one space between words
(pdfplumber, pypdfium2)."""

from __future__ import annotations

from nianbao.extract.block_names import _spaced_head
from text_reports import values

KEYS = ("registered_users", "service_items", "service_items_online")


def test_a_choices_options_on_a_line_of_their_own_leave_the_counts_to_the_others() -> None:
    # pdfplumber sets the boxes' taller glyphs on a line after the counts'.
    got = values(
        "五、办事服务\n"
        "政务服务事项数 可全程在线办理政务服务事\n"
        "是否发布服务事项目录 注册用户数（单位：个）\n"
        "量（单位：项） 项数量（单位：项）\n"
        "８２８０ １０３９ １９８\n"
        "☑是 ☐否\n"
        "办件量\n"
    )
    # The options are the leftover step's, once the report's other yes/no fields are read.
    assert [got.get(k) for k in KEYS] == [8280, 1039, 198]


def test_counts_fewer_than_the_non_choices_stay_unread() -> None:
    got = values(
        "五、办事服务\n"
        "政务服务事项数 可全程在线办理政务服务事\n"
        "是否发布服务事项目录 注册用户数（单位：个）\n"
        "量（单位：项） 项数量（单位：项）\n"
        "８２８０ １０３９\n"
        "☑是 ☐否\n"
        "办件量\n"
    )
    assert [got.get(k) for k in KEYS] == [None, None, None]


def test_a_heads_words_after_it_are_where_its_rest_goes_on() -> None:
    # 可全程在线办理 政 | … | 务服务事项数量: the label on the line between (政务服务事项数量)
    # is a field of its own, not the head's rest.
    got = values(
        "五、办事服务\n"
        "可全程在线办理 政\n"
        "是否发布服务事项目录 注册用户数（个） 政务服务事项数量（项）\n"
        "务服务事项数量（项）\n"
        "☑是 ☐否 ８２８７１ １８６ ７\n"
        "办件量\n"
    )
    assert [got.get(k) for k in KEYS] == [82871, 186, 7]


def test_a_head_finishes_one_of_two_same_labels_below_it() -> None:
    # 可全程在 线办理 | … 政务服务事项数量 政务服务事项数量: one is its rest, one 政务服务事项数量.
    got = values(
        "五、办事服务\n"
        "可全程在 线办理\n"
        "是否发布服务事项目录 注 册 用 户 数（个） 政务服务事项数量（项） 政务服务事项数量\n"
        "（项）\n"
        "☑是 ☐否 7306个 6469项 3738项\n"
        "办件量\n"
    )
    assert [got.get(k) for k in KEYS] == [7306, 6469, 3738]


def test_a_head_the_walk_joined_to_its_rest_finishes_no_other_label() -> None:
    got = values(
        "五、办事服务\n"
        "可全程在线 办理\n"
        "政务服务事项数量\n"
        "是否发布服 务事项目录 注册用户数（个） 政务服务事项数量\n"
        "（项）\n"
        "（项）\n"
        "☑是 ☐否 0 435 285\n"
        "办件量\n"
    )
    assert [got.get(k) for k in KEYS] == [0, 435, 285]


def test_a_line_under_choices_and_texts_keeps_the_choices() -> None:
    # pdftotext -layout: a name wrapped around its counts (和硕县…社会保障 | 562  10 | 局); the
    # counts are no values of the texts below (其他, 创新发展's 其他（注明）).
    got = values(
        "八、移动新媒体\n"
        "微信\n"
        "名称               信息发布量(单位: 条)      订阅数(单位: 个)\n"
        "和硕县人力资源和社会保障\n"
        "             ５６２                   １０\n"
        "局\n"
        "其他\n"
        "\n"
        "九、创新发展\n"
        "创新发展             其他（注明）\n"
        "¨搜索即服务 þ多语言版\n"
        "本 ¨无障碍浏览 ¨千人千\n"
        "网 ¨其他\n"
    )
    assert (got.get("wechat_posts"), got.get("wechat_subscribers")) == (562, 10)


def test_a_spaced_heads_rest_below_with_the_next_cells_label_beside_the_head() -> None:
    # 问 题 整 | 改 数(单位:个): the spaced label's head shares its line with the head of the
    # next cell's label (是否建立安全监测 | 预警机制).
    got = values(
        "七、安全防护\n"
        "安全检测评估数量(单位: 问 题 整 是否建立安全监测\n"
        "发现问题数量(单位:个)\n"
        "次) 改 数(单位:个) 预警机制\n"
        "11 5 5 ☑是 ☐否\n"
        "是否开展应急演练 是否明确网站安全责任人\n"
        "☑是 ☐否 ☑是 ☐否\n"
        "八、移动新媒体\n"
    )
    keys = ("security_assessments", "security_issues_found", "security_issues_fixed")
    assert [got.get(k) for k in keys] == [11, 5, 5]
    assert got.get("security_monitoring") is True


def test_a_spaced_head_is_two_or_more_words_of_one_character() -> None:
    assert _spaced_head("问 题 整 是否建立安全监测") == "问 题 整"
    # One character before a label is a tall cell's name, no label's head (微 名称).
    assert _spaced_head("微 名称") == "微 名称"
    assert _spaced_head("政务服 务事项") == "政务服 务事项"
