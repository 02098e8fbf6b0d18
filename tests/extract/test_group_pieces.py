"""A group's name split over the line starts of its rows (pdfplumber without layout):
extract/group_pieces.py."""

from __future__ import annotations

from nianbao.extract.group_pieces import lift_group_pieces
from nianbao.extract.labels import label_index
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

INDEX = label_index(default_form())


def _lines(text: str) -> list[str]:
    doc = lift_group_pieces(document_from_text(text), INDEX)
    return [row.cells[0].text for row in doc.rows]


def test_the_pieces_make_a_heading_of_their_own() -> None:
    assert _lines("信息\n政务动态信息更\n发布 条 3 796\n新量\n") == [
        "信息发布",
        "政务动态信息更",
        "条 3 796",
        "新量",
    ]
    assert _lines("安全 安全检测评估次\n次 1\n防护 数\n") == [
        "安全防护",
        "安全检测评估次",
        "次 1",
        "数",
    ]
    # Where only the second piece stood alone, the name takes its place.
    assert _lines("政府网站标识\n1507842453\n基本 码\n信息\n")[2:] == ["码", "基本信息"]


def test_a_wrapped_label_and_spaced_characters_are_no_pieces() -> None:
    kept = ["信息发\n布 量(单位:条)\n", "微博\n微 博 名 称 某局发布\n信 息 发\n布 量（条） 587\n"]
    for text in kept:
        assert _lines(text) == text.rstrip("\n").split("\n")


def test_labels_wrapped_around_their_values_read_past_the_pieces() -> None:
    got = values(
        "总数 条 4 329\n概况类信息更新\n条 72\n量\n信息\n政务动态信息更\n发布 条 3 796\n新量\n"
        "信息公开目录信\n条 451\n息更新量\n"
    )
    assert (got["info_total"], got["info_overview"], got["info_news"]) == (4329, 72, 3796)
    assert got["info_disclosure"] == 451


def test_the_heading_goes_before_a_labels_head_its_first_piece_follows() -> None:
    # Not between 可全程在线办理 and the rest of its label.
    assert _lines("可全程在线办理\n办事 政务服务事项数 项 １３\n服务 量\n办件量\n") == [
        "办事服务",
        "可全程在线办理",
        "政务服务事项数 项 １３",
        "量",
        "办件量",
    ]
    got = values(
        "五、办事服务\n服务事项数量 项 ２６７\n可全程在线办理\n办事 政务服务事项数 项 １３\n"
        "服务 量\n办件量\n"
    )
    assert got["service_items_online"] == 13


def test_a_names_last_character_alone_after_a_line_its_head_opens() -> None:
    assert _lines("可全程在线办理政务 服\n办事服 项 20\n务事项数量\n务\n办件量\n") == [
        "可全程在线办理政务 服",
        "项 20",
        "务事项数量",
        "办事服务",
        "办件量",
    ]


def test_a_names_pieces_each_alone_stay_for_the_walk() -> None:
    assert _lines("信息发\n布\n总数 条 5\n") == ["信息发", "布", "总数 条 5"]


def test_a_names_first_character_before_a_count_and_a_name_in_three_pieces() -> None:
    # pdfplumber: 微 | 博 and 移动 | 新媒 | 体 open lines of the rows beside them.
    text = (
        "名称 某某发布\n信息发布\n微 １５１２\n量(单位:条)\n博\n关注量(单\n移动 ４６９９８\n"
        "位:个)\n新媒\n名称 某某局\n体\n"
    )
    assert _lines(text) == [
        "名称 某某发布",
        "信息发布",
        "１５１２",
        "量(单位:条)",
        "微博",
        "关注量(单",
        "４６９９８",
        "位:个)",
        "名称 某某局",
        "移动新媒体",
    ]


def test_a_first_character_before_words_is_no_names_piece() -> None:
    # Only a count after it tells a name's first character from a word set out in spaces.
    assert _lines("微 某某发布\n名称\n博\n") == ["微 某某发布", "名称", "博"]


def test_a_names_characters_before_a_labels_cut_unit_go_before_the_label() -> None:
    # 微 | 博 open the lines of 信息发布量's cut unit; the name goes before 信息发布, which the
    # next line's word goes on (信息发布量), not between them.
    assert _lines("名称 某某发布\n信息发布\n微 量(单位: 517\n博 条)\n关注量(单\n")[:4] == [
        "名称 某某发布",
        "微博",
        "信息发布",
        "量(单位: 517",
    ]


def test_a_sections_cut_name_lines_away_from_its_rest_is_no_value() -> None:
    # pdftotext without -layout: 移动新媒 opens the section's tall cell between 名称 and its
    # value, its 体 eight lines down.
    got = values(
        "是否明确网站安全责任人\n√是 □否\n是否有政务新媒体\n√是 □否\n微博\n名称\n移动新媒\n"
        "东阿县应急管理局发布\n信息发布量\n条\n111条\n粉丝量\n个\n63681个\n体\n微信\n账号名称\n"
        "东阿县应急管理局\n信息发布量\n条\n1231条\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "东阿县应急管理局发布",
        111,
        63681,
    )
    assert got["wechat_name"] == "东阿县应急管理局"


def test_a_names_tail_is_no_label_head_whose_rest_follows_past_a_lifted_name() -> None:
    # pdfplumber without layout: 信 息 | 移 条 110 | 发 布 量 is 信息发布量 broken around
    # 移动新媒体's first character; the name above does not end with 信 息.
    got = values(
        "是否有移动新媒体 ☑是 ☐否\n微博\n名称 龙湾区人民政府办发布\n信 息\n移 条 110\n发 布 量\n"
        "动\n新 关注量 个 6789\n媒 微信\n体\n名称 龙湾区人民政府办公室\n信息发布量 条 264\n"
        "订阅数 个 161099\n其他\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == (
        "龙湾区人民政府办发布",
        110,
        6789,
    )


def test_a_labels_spaced_head_under_an_empty_name_past_a_lifted_name() -> None:
    # pdfplumber with its layout, no names given: 信 息 under 名称 is 信息发布量's head, its
    # rest two lines down past 移动新媒体's 移 and the unit.
    got = values(
        "              是否有移动新媒体                                 ¨是        þ否\n\n"
        "              微博\n              名称\n              信 息\n"
        "       移                                       条\n              发 布 量\n"
        "       动\n       新      关注量                              个\n       媒\n"
        "              微信\n       体\n              名称\n"
        "              信 息 发 布 量                        条\n"
        "              订 阅 数                            个\n              其他\n"
    )
    assert got.get("weibo_name") is None
    assert got.get("wechat_name") is None


def test_a_names_pieces_after_a_whole_label_its_unit_follows_go_before_the_label() -> None:
    # 信息发布量 is whole, no label's head; the unit on the next line goes on with it all the
    # same, so 微博 goes before it.
    assert _lines("名称 某某发布\n信息发布量\n微 （单位： 295\n博 条）\n")[:3] == [
        "名称 某某发布",
        "微博",
        "信息发布量",
    ]


def test_a_names_last_character_before_a_subgroups_name() -> None:
    # pdfplumber: 移动 | 新媒 | 体 微信: the last piece opens the line of 微信, the subgroup.
    text = "微博\n名称 某某发布\n信息发布量 条 ２２６\n移动 关 注 量 个 １０\n新媒\n"
    text += "体 微信\n名称 某某局\n"
    assert _lines(text)[3:6] == ["移动新媒体", "关 注 量 个 １０", "微信"]
    assert (
        values(text + "信息发布量 条 ２２２\n订阅数 个 １５６８８\n其他\n")["weibo_followers"] == 10
    )


def test_two_whole_names_around_a_cut_label_go_on_a_line_before() -> None:
    # pdfplumber: 解读信息发布 and 解读回应 open the lines of 解读产品数 | 量（单位： 33.
    text = (
        "解读材料数\n量（单位： 46\n条）\n解读信息发布 解读产品数\n解读回应 量（单位： 33\n个）\n"
    )
    doc = lift_group_pieces(document_from_text(text), INDEX)
    assert [[c.text for c in row.cells] for row in doc.rows[3:6]] == [
        ["解读信息发布", "解读回应"],
        ["解读产品数"],
        ["量（单位： 33"],
    ]
    got = values(text + "媒体评论文\n章数量（单 20\n位：篇）\n")
    assert (got["interp_materials"], got["interp_products"]) == (46, 33)
    # Not when what follows the names makes no label.
    assert _lines("解读信息发布 某某\n解读回应 量（单位： 33\n")[0] == "解读信息发布 某某"


def test_a_names_head_and_last_character_around_the_label_centred_beside_them() -> None:
    # 解读信息发布's cell wraps 布 onto the line after 总数, which pdftotext sets between
    # (a Word table, labels then values): a heading, so the run of labels goes on past it.
    assert _lines("解读材料数量（单位：条）\n解读信息发\n总数（单位：条）\n布\n") == [
        "解读材料数量（单位：条）",
        "解读信息发布",
        "总数（单位：条）",
    ]
    labels = "主办单位\n网站类型\n解读信息发\n总数（单位：条）\n布\n解读材料数量（单位：条）\n"
    got = values(labels + "\n某市人民政府\n☑政府门户网站 □部门网站 □专项网站\n63\n30\n")
    assert (got.get("sponsor"), got.get("interp_total"), got.get("interp_materials")) == (
        "某市人民政府",
        63,
        30,
    )
