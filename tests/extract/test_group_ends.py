"""A group's name its tall cell cut over several lines, among the rows beside it
(extract/group_ends.py): its last piece is no rest of the value above it."""

from __future__ import annotations

from text_reports import values

OFFICIAL = (
    "是否明确网站安全责任人 þ是 ¨否\n是否有移动新媒\nþ是 ¨否\n体\n"
    "名称 某某市文化广电旅发布\n信息发布\n微 １５１２\n量(单位:条)\n博\n关注量(单\n"
    "移动 ４６９９８\n位:个)\n新媒\n名称 某某市文化广电旅游局\n体\n信息发布\n微 ８\n"
    "量(单位:条)\n信\n订阅数(单\n９\n位:个)\n其他\n"
)


def test_a_group_names_last_piece_is_no_rest_of_the_name_above() -> None:
    # 移动 | 新媒 | 体 (移动新媒体) stand among the rows of 微博 and 微信, one piece a line.
    got = values(OFFICIAL)
    assert got["wechat_name"] == "某某市文化广电旅游局"
    assert got["weibo_name"] == "某某市文化广电旅发布"


def test_a_lone_tail_that_ends_no_group_name_goes_on_the_name() -> None:
    # 局 after 新媒 reads as no group's name: the name's cut end.
    got = values(
        OFFICIAL.replace("新媒\n名称 某某市文化广电旅游局\n体", "新媒\n名称 某某市文化广电旅游\n局")
    )
    assert got["wechat_name"] == "某某市文化广电旅游局"


def test_a_group_names_longer_head_alone_above_the_name_takes_its_end() -> None:
    # pdfplumber: 移动新媒 | 名称 某局 | 体 (移动新媒体's head of four characters).
    got = values(
        "是否有移动新媒体 ☑是 ☐否\n名称 木里藏族自治县人发布\n信息发布\n量(单位: 171条\n微博\n"
        "条)\n关注量(单\n41074个\n位: 个)\n"
        "移动新媒\n"
        "名称 木里藏族自治县人力资源和社会保障局\n"
        "体\n"
        "信息发布\n量(单位: 66条\n微信\n条)\n订 阅 数\n10856个\n(单位: 个)\n"
    )
    assert got["wechat_name"] == "木里藏族自治县人力资源和社会保障局"
