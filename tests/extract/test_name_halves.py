"""Names cut by their cells' line ends, their halves set apart by reading order among
other cells' text (extract/name_halves.py)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: each name's second line comes after the next row's label.
HALVES = """\
基本信息
网站名称
主办单位
船山区人民政府门户网站（挂船山
首页网址
区大数据发展管理局牌子）
船山区人民政府办公室（挂船山区
网站类型
大数据发展管理局牌子）
政府网站标识码
5109032331
"""
SITE = "船山区人民政府门户网站（挂船山区大数据发展管理局牌子）"
SPONSOR = "船山区人民政府办公室（挂船山区大数据发展管理局牌子）"


def _names(text: str) -> tuple[object, object]:
    got = values(text, without=("网站名称", "首页网址"))
    return got.get("site_name"), got.get("sponsor")


def test_each_head_goes_with_the_first_rest_after_it() -> None:
    assert _names(HALVES) == (SITE, SPONSOR)


def test_a_middle_line_between_a_head_and_a_rest_leaves_them() -> None:
    # 某局（挂西 | 丰县大数据发展管理局牌 | 子）: the head and the rest alone are no name.
    got = values(
        "基本信息\n网站名称\n首页网址\n主办单位\n网站类型\n西丰县农业农村局（挂西\nhttps://\n"
        "丰县大数据发展管理局牌\nscjg12.211223.gov.cn/\n子）\n\n西丰县农业农村局（挂西丰\n"
        "县大数据发展管理局牌子）\n☑政府门户网站 ☐部门网站 ☐专项网站\n政府网站标识码\n2112230001\n",
        without=("网站名称", "首页网址"),
    )
    assert got.get("site_name") != "西丰县农业农村局（挂西子）"


def test_halves_the_walk_joined_are_another_names() -> None:
    # The site's name stands above its label; the sponsor's halves, one under the other,
    # are the sponsor's name whole: not the site's.
    got = values(
        "基本信息\n乌拉特前旗人民政府门户网站（乌拉特前旗档\n案馆）\n\n网站名称\n首页网址\n\n"
        "https://scjg267.150823.gov.cn/\n\n主办单位\n\n乌拉特前旗人民政府办公室（乌拉特前旗档案\n"
        "馆）\n\n网站类型\n\n☑政府门户网站 ☐部门网站 ☐专项网站\n\n政府网站标识码\n\n1508231566\n",
        without=("网站名称", "首页网址"),
    )
    assert got.get("site_name") != "乌拉特前旗人民政府办公室（乌拉特前旗档案馆）"
    assert got.get("sponsor") == "乌拉特前旗人民政府办公室（乌拉特前旗档案馆）"
