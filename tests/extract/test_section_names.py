"""extract.section_names: names reading order set apart from their labels within their
section (pdftotext without -layout)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: the innovation section's side label comes before the two
# names; the weibo name's lines hold the new-media group's name (移动新媒 | 体).
_NAMES_PAST = (
    "微博\n\n名称\n\n移动新媒\n\n体\n\n信息发布量\n\n条 0\n\n微博关注量\n\n个 0\n\n"
    "微信\n\n名称\n\n创新发展\n\n无\n\n察哈尔右翼中旗交通运输局\n\n信息发布量\n\n条 1288\n\n"
    "关注量\n\n个 98866\n\n其他\n\n移动客户端“察哈尔右通”，下载量 41 万次\n\n创新发展\n\n"
    "☑搜索即服务 ☐多语言版本 ☑无障碍浏览 ☐千人千网 ☐其他\n\n"
)


def test_two_names_past_the_next_sections_name() -> None:
    got = values(_NAMES_PAST)
    assert (got["weibo_name"], got["wechat_name"]) == ("无", "察哈尔右翼中旗交通运输局")


def test_names_between_labels_and_their_units_rests() -> None:
    got = values(
        "微博\n\n名称\n\n信息发布量(单位:\n\n延长县应急管理局发布\n\n条)\n\n"
        "关注量(单位:个)\n\n114\n\n17672\n"
        "微信\n\n名称\n\n信息发布量(单位:\n\n延长县应急管理局\n\n条)\n\n"
        "订阅数(单位:个)\n\n17445\n\n其他\n\n173\n\n创新发展\n\n"
        "☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☑千人千网 ☐其他\n\n"
    )
    # 其他 after the names takes none of them.
    assert (got["weibo_name"], got["wechat_name"]) == ("延长县应急管理局发布", "延长县应急管理局")
    assert "other_media" not in got


def test_a_cut_names_short_rest_is_no_name() -> None:
    # 淮南市文化广电旅游 | … | 局: the name and its rest, the address's two lines between.
    got = values(
        "一、基本信息\n网站名称\n\n首页网址\n\n主办单位\n\n淮南市文化广电旅游\n\nhttp://\n\n"
        "局\n\nwjw313.340400.gov.cn/\n\n政府网站标识码\n\nICP备案号\n\n3404006244\n\n"
        "皖ICP备44517653号\n\n淮南市文化广电旅游局\n\n公安机关备案号\n皖公网安备\n"
        "34040089753337号\n\n",
        without=("网站名称", "首页网址"),
    )
    assert got.get("sponsor") != "局"


def test_a_name_cut_over_two_lines_is_no_two_names() -> None:
    # 新平彝族傣族自治县人 | 民政府办公室: one name, two lines, one label before them.
    got = values(
        "微博\n\n名称\n\n信息发布量(单位: 条)\n\n关注量(单位: 个)\n\n新平彝族傣族自治发布\n\n"
        "240\n\n17,011\n\n微信\n\n名称\n\n信息发布量(单位: 条)\n\n订阅数(单位: 个)\n\n390\n\n"
        "51,637\n\n新平彝族傣族自治县人\n\n民政府办公室\n\n其他\n\n创新发展\n\n"
    )
    assert got.get("wechat_name") not in ("新平彝族傣族自治县人", "民政府办公室")
    assert "other_media" not in got


def test_a_lists_rest_is_no_names_rest() -> None:
    # 站 ends the options' line (□专项网 | 站), not a name: 永定区农业农村局 is the sponsor's.
    got = values(
        "一、基本信息\n网站名称\n\n永定区农业农村局\n\n首页网址\n\n主办单位\n\n网站类型\n"
        "□政府门户网站 √\n\nhttp://\n\n永定区农业农村局\n\nzwfw560.350803.gov.cn/\n\n"
        "政府网站标识码\n\nICP备案号\n\n3508035565\n\n闽ICP备49109991号-2\n\n"
        "部门网站 □专项网\n站\n\n公安机关备案号\n闽公网安备\n35080395448878号\n\n",
        without=("网站名称", "首页网址"),
    )
    assert got["sponsor"] == "永定区农业农村局"


def test_a_section_with_a_cut_names_rest_apart_is_left_alone() -> None:
    # 委员会 ends the first name, lines away: which lines are whole names is unknown.
    got = values(
        "基本信息\n达尔罕茂明安联合旗卫生健康\n\n网站名称\n\n首页网址\n\n委员会\n"
        "达尔罕茂明安联合旗卫生健康\n\n主办单位\n\n1502231002\n\n公安机关备案号\n\n"
        "15022397437611号\n\n□政府门户网站 √部门网站 □专项\n\n网站类型\n\n委员会\n\n"
        "政府网站标识码\n\nhttps://wjw184.150223.gov.cn/\n\n网站\n\nICP备案号\n\n"
        "蒙ICP备52056859号-1\n\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "达尔罕茂明安联合旗卫生健康委员会"


def test_a_labels_cut_head_is_no_names_rest() -> None:
    # 关注 | ０ | ０ | 量(单位:个): a label's head, not a cut name's end.
    got = values(
        "微博\n名称\n\n信息发布量(单位:\n\n无\n\n条)\n\n关注\n\n０\n\n０\n\n量(单位:个)\n微信\n名称\n\n"
        "信 息 发 布 量(单\n\n城关区教育局\n\n位:条)\n\n订阅数(单位:个)\n\n"
        "１０４６\n\n７０１３０\n\n"
        "其他\n创新发展\n创新发展\n\n£搜索即服务 £多语言版本 £无障碍浏\n览 £千人千网 £其他\n\n"
        "其他（注明）\n\n"
    )
    assert (got["weibo_name"], got["wechat_name"]) == ("无", "城关区教育局")
