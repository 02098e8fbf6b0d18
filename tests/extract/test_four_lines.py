"""extract.levels with cells of four lines (a long name wrapped), and readers.marks with a
lost symbol font's box ending a line of no other box, its name opening a later line."""

from __future__ import annotations

from nianbao.readers.marks import lost_font_ticks
from text_reports import values

_NAME = "达尔罕茂明安联合旗卫生健康委员会（挂达尔罕茂明安联合旗大数据发展管理局牌子）"
_ROW = (
    "一、基本信息\n"
    "网站名称 网站域名 主办单位名称 网站类型\n"
    "达尔罕茂明安联合旗卫生健 £政府门户网\n"
    "达尔罕茂明安联合旗卫生健康委\n"
    "康委员会（挂达尔罕茂明安 http:// 站 R\n"
    "员会（挂达尔罕茂明安联合旗大\n"
    "联合旗大数据发展管理局牌 sthj166.150223.gov.cn/ 部门网站 £专\n"
    "数据发展管理局牌子）\n"
    "子） 项网站\n"
    "独立用户访问\n"
)


def test_cells_of_four_three_and_two_lines_centred_on_their_row() -> None:
    # pdfplumber: the name and the type take four lines, the sponsor three, the address two.
    got = values(_ROW, without=("网站名称", "首页网址"))
    assert (got["site_name"], got["sponsor"]) == (_NAME, _NAME)
    assert (got["homepage_url"], got["site_type"]) == (
        "http://sthj166.150223.gov.cn/",
        "department",
    )


def test_a_lone_box_ending_a_line_counts_only_where_the_text_holds_others() -> None:
    assert lost_font_ticks("康委员会 http:// 站 R", lone=True).endswith("站 ☑")
    assert lost_font_ticks("康委员会 http:// 站 R") == "康委员会 http:// 站 R"
