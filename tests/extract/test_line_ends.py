"""A label cut by a line end whose rest a converter's stray blank split:
extract/line_ends.py, and the block of labels it leaves (extract/dealt.py)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.line_ends import label_cut
from nianbao.forms import default_form
from text_reports import values

INDEX = label_index(default_form())


def test_a_rest_split_by_a_blank_and_going_on_with_its_unit() -> None:
    assert label_cut("回应公众关注热点或重", "大 舆情数量（单位： 7次", INDEX) == 0
    got = values("解读回应\n回应公众关注热点或重\n大 舆情数量（单位： 7次\n次）\n办事服务\n")
    assert got["hotspot_responses"] == 7


def test_a_rest_of_one_character_and_a_word_with_the_unit() -> None:
    # pdftotext: 注册用 | 户 数(单位:个), the block's values after all its labels.
    got = values(
        "五、办事服务\n是否发布服务事项目录\n注册用\n户 数(单位:个)\n政务服务事项数量(单位:\n项)\n"
        "可全程在线办理政务服务事项\n数量(单位:项)\n☑是 ☐否\n18,647\n369\n129\n"
    )
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == (
        18647,
        369,
        129,
    )


def test_a_head_moved_to_the_next_line_leaves_the_block_of_labels_whole() -> None:
    # pypdfium2: the head of 可全程在线办理政务服务事项数量 goes on the line of its rest; the
    # line it left empty does not end the block the values' line is dealt to.
    got = values(
        "五、办事服务\n是否发布政 务服务事项目录 注册用户数量（个） 政务服务事项数量\n（项）\n"
        "可全程在线办理政务\n服 务事项数量（项）\nR是 £否 17 847 60 14\n办件量\n"
    )
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == (
        17847,
        60,
        14,
    )


def test_a_head_alone_on_its_line_split_by_a_stray_blank() -> None:
    # pypdfium2: 是否发 布服务 | 事项目录 ☐是 ☑否, the blank a no-break space or a plain one.
    for blank in ("\xa0", " "):
        assert label_cut(f"是否发{blank}布服务", "事项目录 ☐是  ☑否", INDEX) == 0
    got = values("办事服务\n是否发\xa0布服务\n事项目录 ☐是  ☑否\n注册用户数(单\n位: 个)  13621\n")
    assert got["service_catalog_published"] is False
    assert got["registered_users"] == 13621


def test_a_spaced_label_cut_after_its_groups_spaced_name() -> None:
    # pypdfium2: 微 信 订 阅 | 数(单位: 个): the label is 微信订阅数 whole, not the group's
    # name and a value.
    text = "名称 信息发布量(单位: 条) 微 信 订 阅"
    assert label_cut(text, "数(单位: 个)", INDEX) == text.index("微")
    got = values(
        "微博\n名称 信息发布量(单位: 条) 关注量(单位: 个)\n某县人民政府办发布 0 81572\n"
        "微信\n名称 信息发布量(单位: 条) 微 信 订 阅\n数(单位: 个)\n某县人民政府办公室 1139 30850\n"
        "九、创新发展\n"
    )
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某县人民政府办公室",
        1139,
        30850,
    )


def test_a_spaced_head_whose_rest_is_spaced_too() -> None:
    # pypdfium2: 新 开 设 | 数 量（个）: the rest set out with spaces, no colon after it.
    text = "维 护 数 量（个） 0个 新 开 设 "
    assert label_cut(text, "数 量（个） 0个", INDEX) == text.index("新")
    got = values("专栏专题\n维 护 数 量（个） 3个 新 开 设 \n数 量（个） 2个\n解读回应\n")
    assert (got["columns_maintained"], got["columns_new"]) == (3, 2)
