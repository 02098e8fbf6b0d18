"""extract.run_wraps: a count wrapped around the line of its row's other values, as its
label wrapped around the line of theirs (text of one cell a line: pdfplumber)."""

from __future__ import annotations

from text_reports import values

_BLOCK = (
    "八、移动新媒体\n"
    "是否有移动新媒体\n"
    "☑是 ☐否\n"
    "微博\n"
    "关注量\n"
    "名称 信息发布量（条）\n"
    "（个）\n"
    "３４７７\n"
    "某某旗人发布 ２４４\n"
    "０４\n"
    "微信\n"
    "订阅数\n"
    "名称 信息发布量（条）\n"
    "（个）\n"
    "４０６３\n"
    "某某旗人力资源和社会保障局 ９１５\n"
    "８\n"
    "其他\n"
)


def test_a_counts_halves_around_the_line_are_one_count_at_its_place() -> None:
    got = values(_BLOCK)
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "某某旗人发布",
        244,
        347704,
    )
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某某旗人力资源和社会保障局",
        915,
        40638,
    )


def test_a_count_whose_field_stands_between_the_others_goes_between_them() -> None:
    got = values(
        "八、移动新媒体\n是否有移动新媒体\n☑是 ☐否\n微博\n"
        "信息发布量\n名称 关注量（个）\n（条）\n"
        "２４４０\n某某旗人发布 ３４７７\n１\n"
        "微信\n名称 信息发布量（条） 订阅数（个）\n某某局 ９１５ ４０６３８\n其他\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "某某旗人发布",
        24401,
        3477,
    )


def test_a_unit_opened_on_the_labels_line_and_closed_below() -> None:
    # The others' labels with units of two words, the label's own unit cut after (单位:.
    block = _BLOCK.replace("名称 信息发布量（条）\n（个）", "名称 信息发布量(单位: 条) (单位:\n个)")
    got = values(block)
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "某某旗人发布",
        244,
        347704,
    )
    assert got["wechat_subscribers"] == 40638
