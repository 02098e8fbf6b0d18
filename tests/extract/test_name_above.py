"""A text set before its label by reading order (extract/name_above.py), and a web
address right after its own label in a run of lone labels (runs._stray)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: the site's name, two lines in a tall cell, starts above its
# label; 首页网址's address right after it; the sponsor's name after its label.
ABOVE = (
    "填报单位：金山区人民政府办公室\n一、基本信息\n金山区人民政府门户网站（挂金山区大数据发展管\n"
    "理局牌子）\n网站名称\n首页网址\nhttps://www990.310116.gov.cn/\n主办单位\n"
    "金山区人民政府办公室（挂金山区大数据发展管理\n局牌子）\n网站类型\n"
    "√政府门户网站 □部门网站 □专项网站\n政府网站标识码\n3101160287\n"
)
BASIC = ("网站名称", "首页网址")


def test_a_name_above_its_label() -> None:
    got = values(ABOVE, without=BASIC)
    assert got["site_name"] == "金山区人民政府门户网站（挂金山区大数据发展管理局牌子）"
    assert got["homepage_url"] == "https://www990.310116.gov.cn/"


def test_an_address_after_its_own_label_keeps_the_run_of_labels_apart() -> None:
    # The address is 首页网址's, no stray code: 主办单位 starts a run of its own, and the
    # sponsor's two lines are its value, not the site's name and the sponsor's.
    got = values(ABOVE, without=BASIC)
    assert got["sponsor"] == "金山区人民政府办公室（挂金山区大数据发展管理局牌子）"


def test_a_names_last_characters_after_the_labels() -> None:
    # The site's name: its first line above its label, its last after the next label.
    got = values(
        "基本信息\n白塔区住房和城乡建设\n网站名称\n首页网址\n局\n白塔区住房和城乡建设\n主办单位\n"
        "2110027687\n公安机关备案号\n21100233198969号\n□政府门户网站 √部门网站 □专项网\n网站类型\n"
        "局\n政府网站标识码\nhttp://scjg591.211002.gov.cn/\n站\nICP备案号\n辽ICP备39940367号\n",
        without=BASIC,
    )
    assert got["site_name"] == "白塔区住房和城乡建设局"


def test_lines_above_after_another_value_are_that_values() -> None:
    # The line above 网站名称 goes on with the filing unit's name: no lone line of words.
    got = values("填报单位：某局\n一、基本信息\n网站名称\n某局网站\n首页网址\nhttp://a.gov.cn\n")
    assert got["site_name"] == "某局网站"


def test_prose_above_its_label() -> None:
    # 其他's text over three lines before its label, the last word alone (人).
    got = values(
        "微信\n名称\n长武县人民政府办公室\n信息发布量(单位: 条)\n1625\n订阅数(单位: 个)\n11546\n"
        "移动客户端“长武县人通”，下载量 1 万次；今日头条号“长武县发布”，信息发布\n"
        "量 324 条，关注量 38952 个；抖音号“长武县”，发布短视频 2025 条，粉丝 85577\n人\n其他\n"
        "创新发展\n创新发展\n单位负责人：余杰\n"
    )
    assert got["other_media"] == (
        "移动客户端“长武县人通”，下载量 1 万次；今日头条号“长武县发布”，信息发布量 324 条，"
        "关注量 38952 个；抖音号“长武县”，发布短视频 2025 条，粉丝 85577 人"
    )


# pdftotext -layout: 其他 centred in its tall cell, between its text's two lines; the
# second opens with a label's word (关注量).
_CENTRED = (
    "微博\n"
    "名称        某县教育局发布                 信息发布量(单位:条)    1013条\n"
    "关注量(单位:\n"
    "          88494个\n"
    "个)\n"
    "          移动客户端“某县教通”，下载量 79 万次；今日头条号“某县发布”，信息发布量 4566 条，\n"
    "其他\n"
    "          关注量 71198 个；“某县”政务服务小程序，累计访问 5230 万次\n"
    "创新发展\n"
    "单位负责人：赵静       审核人：林刚国    填报人：谢娟\n"
)


def test_prose_going_on_below_its_centred_label() -> None:
    got = values(_CENTRED)
    assert got["other_media"] == (
        "移动客户端“某县教通”，下载量 79 万次；今日头条号“某县发布”，信息发布量 4566 条，"
        "关注量 71198 个；“某县”政务服务小程序，累计访问 5230 万次"
    )
    assert got["weibo_followers"] == 88494


def test_a_finished_line_above_takes_no_line_below() -> None:
    got = values(_CENTRED.replace("4566 条，", "4566 条"))
    assert got["other_media"] == (
        "移动客户端“某县教通”，下载量 79 万次；今日头条号“某县发布”，信息发布量 4566 条"
    )


def test_a_name_wrapped_around_its_label_under_the_filing_unit() -> None:
    # pdfplumber: 网站名称 centred in its row, the site's name wrapped around it. The line
    # above is no rest of the filing unit's name (`prose.paragraph_rest`), nor a slot's
    # value by position only: the label's own text, its last characters after the label.
    got = values(
        "填报单位：某某傣族拉祜族佤族自治县人民政府办公室\n某某傣族拉祜族佤族自治县人民政府门户\n"
        "网站名称\n网站\n首页网址 http://a.gov.cn/\n",
        without=("网站名称", "首页网址"),
    )
    assert got["filing_unit"] == "某某傣族拉祜族佤族自治县人民政府办公室"
    assert got["site_name"] == "某某傣族拉祜族佤族自治县人民政府门户网站"
