"""Report pages as government sites publish them: tick boxes drawn as pictures, and the
disclosure page's heading table (索引号, 发布机构, 名称 …) above the report's title."""

from __future__ import annotations

import html
from typing import Any

from nianbao.extract.pipeline import extract_bytes

_ROWS = [
    ("网站名称", "某县人民政府门户网站"),
    ("首页网址", "http://www.mx.gov.cn/"),
    ("政府网站标识码", "3607000001"),
    ("独立用户访问总量（单位：个）", "1516565"),
    ("网站总访问量（单位：次）", "3710118"),
    ("注册用户数（单位：个）", "5"),
    ("征集调查期数（单位：期）", "2"),
    ("访谈期数（单位：期）", "0"),
]


def _page(before: str, rows: list[tuple[str, str]]) -> bytes:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return (
        f"<html><meta charset='utf-8'><body>{before}<p>政府网站工作年度报表</p>"
        f"<p>（2023年度）</p><table>{cells}</table></body></html>"
    ).encode()


def _values(page: bytes) -> dict[str, Any]:
    return extract_bytes(page, "p.html").report.to_json()


def _img(state: str) -> str:
    return f"<img src='/images/ico_{state}.gif' width='13' height='13'>"


def test_tick_boxes_drawn_as_pictures_say_which_they_are_in_words() -> None:
    yes, no = "<img alt='已勾选' src='/i/a.gif'>", "<img alt='未勾选' src='/i/b.gif'>"
    rows = [
        *_ROWS,
        ("网站类型", f"{no}政府门户网站 {yes}部门网站 {no}专项网站"),
        ("是否提供智能问答", f"{yes}是 {no}否"),
        # No words: the picture's file name tells it (ico_uncheck before ico_checked).
        ("是否开展应急演练", f"{_img('uncheck')}是 {_img('checked')}否"),
        ("创新发展", f"{yes}搜索即服务 {no}多语言版本 {yes}千人千网"),
    ]
    found = _values(_page("", rows))
    assert found["site_type"] == "department"
    assert found["smart_qa"] is True
    assert found["emergency_drill"] is False
    assert found["innovation"] == ["search_as_service", "personalized"]


def test_a_pictures_file_name_with_the_boxs_state_after_it() -> None:
    on, off = "<img src='/images/checkbox_on.png'>", "<img src='/images/checkbox_off.png'>"
    rows = [*_ROWS, ("是否提供智能问答", f"{off}是 {on}否")]
    assert _values(_page("", rows))["smart_qa"] is False


def test_a_pictures_other_words_are_no_box() -> None:
    rows = [*_ROWS, ("是否提供智能问答", "<img alt='网站标志' src='/i/logo.png'>☑是 ☐否")]
    assert _values(_page("", rows))["smart_qa"] is True


_HEADING_TABLE = (
    "<table><tr><td>索 引 号：</td><td>370724000/2024-89959</td><td>信息分类：</td>"
    "<td>政府网站年度报表</td></tr><tr><td>发布机构：</td><td>某县人民政府办公室</td>"
    "<td>生成日期：</td><td>2024-02-06</td></tr><tr><td>名　　称：</td>"
    "<td>关于公布某县人民政府门户网站2023年度工作报表的公告</td></tr></table>"
)
_MEDIA = [
    ("是否有移动新媒体", "☑是 ☐否"),
    ("微博", ""),
    ("名称", "某县发布"),
    ("信息发布量（单位：条）", "120"),
    ("微信", ""),
    ("名称", "某县政务"),
    ("信息发布量（单位：条）", "340"),
]


def test_the_name_in_a_pages_heading_table_is_no_accounts_name() -> None:
    found = _values(_page(_HEADING_TABLE, [*_ROWS, *_MEDIA]))
    assert found["weibo_name"] == "某县发布"
    assert found["wechat_name"] == "某县政务"
    assert found["weibo_posts"] == 120
    assert found["wechat_posts"] == 340


def test_a_tables_caption_is_read_above_it() -> None:
    # One table a section, its name in a <caption>; the last one's options have no label
    # cell: the caption is their label.
    table = (
        "<table><caption>九、创新发展</caption><tr><td>☐搜索即服务 ☑多语言版本 ☐无障碍浏览"
        " ☐千人千网 ☑其他：适老化改造</td></tr></table>"
    )
    hidden = "<table><caption style='display:none'>主办单位</caption><tr><td>某局</td></tr></table>"
    got = _values(_page("", _ROWS).replace(b"</body>", f"{table}{hidden}</body>".encode()))
    assert got["innovation"] == ["multilingual", "other"]
    assert got["innovation_other"] == "适老化改造"
    assert "sponsor" not in got  # a caption the page hides is not read


def test_a_report_in_a_frames_srcdoc_is_read() -> None:
    # The CMS page frames the report: its whole page is the <iframe>'s srcdoc attribute,
    # escaped, declaring a charset of its own and drawing its boxes by a style sheet.
    report = _page("", _ROWS).decode().replace("charset='utf-8'", "charset='gbk'")
    report = report.replace(
        "</table>",
        "<tr><td>网站类型</td><td><i class='box on'></i>政府门户网站 <i class='box'></i>"
        "部门网站</td></tr></table><style>.box::before{content:'☐'}"
        ".box.on::before{content:'☑'}</style>",
    )
    escaped = html.escape(report, quote=True)
    page = (
        "<html><meta charset='utf-8'><body><div class='nav'>首页 &gt; 政务公开</div>"
        f"<iframe class='report' srcdoc=\"{escaped}\"></iframe><p>网站标识码：3600000001</p>"
        "</body></html>"
    ).encode()
    got = _values(page)
    assert got["site_name"] == "某县人民政府门户网站"
    assert got["year"] == 2023
    assert got["unique_visitors"] == 1516565
    assert got["site_type"] == "portal"


def test_a_report_in_a_filled_in_script_template_is_read() -> None:
    # The page's script puts the template's markup where the page says 加载中…; a template
    # whose slots are not filled ({{…}}) shows nothing.
    report = _page("", _ROWS).decode()
    body = report[report.index("<body>") + 6 : report.index("</body>")]
    page = (
        "<html><meta charset='utf-8'><body><div id='report'>加载中……</div>"
        f'<script type="text/template" id="tpl">{body}</script>'
        '<script type="text/template"><p>网站名称：{{ site.name }}</p></script>'
        "</body></html>"
    ).encode()
    got = _values(page)
    assert got["site_name"] == "某县人民政府门户网站"
    assert got["unique_visitors"] == 1516565


def test_options_going_on_in_a_row_under_the_labels_merged_cell() -> None:
    # 创新发展 spans two rows: four options a cell on the first, 其他 and its note on the
    # second, whose first cell is the label's repeat.
    table = (
        "<table>"
        + "".join(
            f"<tr><td>{label}</td><td colspan='4'>{value}</td></tr>" for label, value in _ROWS
        )
        + "<tr><td rowspan='2'>创新发展</td><td>☑搜索即服务</td><td>□多语言版本</td>"
        "<td>□无障碍浏览</td><td>□千人千网</td></tr>"
        "<tr><td colspan='4'>☑其他：企业开办“一件事”办事指南智能导航</td></tr>"
        "<tr><td>填报人</td><td colspan='4'>高瑞</td></tr></table>"
    )
    page = f"<html><meta charset='utf-8'><body><p>政府网站工作年度报表</p>{table}</body></html>"
    found = _values(page.encode())
    assert found["innovation"] == ["search_as_service", "other"]
    assert found["innovation_other"] == "企业开办“一件事”办事指南智能导航"
    assert found["filler"] == "高瑞"


def test_the_filling_date_labelled_as_its_time() -> None:
    # 填报时间 is an everyday wording of 填报日期, beside 填报单位 above the table.
    before = "<p>填报单位：某县人民政府办公室　　　　填报时间：2025年1月6日</p>"
    found = _values(_page(before, _ROWS))
    assert found["fill_date"] == "2025-01-06"
    assert found["filing_unit"] == "某县人民政府办公室"


def test_the_year_after_the_title_inside_a_systems_info_line() -> None:
    # A reporting system's page: no title line of its own, the year after the form's
    # title among other words of one cell.
    before = (
        "<table><tr><td>报表名称：政府网站工作年度报表（2024年度）</td>"
        "<td>填报单位：某区人民政府办公室</td><td>报表状态：已报送</td></tr></table>"
    )
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in _ROWS)
    page = f"<html><meta charset='utf-8'><body>{before}<table>{cells}</table></body></html>"
    found = _values(page.encode())
    assert found["year"] == 2024
    assert found["filing_unit"] == "某区人民政府办公室"


def test_a_box_opening_an_options_cell_is_that_options() -> None:
    # A cell an option, the tick before the chosen one's name with a blank between: the
    # box is not the option's to its left, read as one line with it.
    rows = [
        *_ROWS,
        ("网站类型", "政府门户网站</td><td>☑ 部门网站</td><td>专项网站"),
        ("是否使用统一平台", "是</td><td>☑ 否"),
        ("是否提供智能问答", "☑ 是 ☐ 否"),
    ]
    found = _values(_page("", rows))
    assert found["site_type"] == "department"
    assert found["unified_platform"] is False
    assert found["smart_qa"] is True


def test_invisible_characters_inside_labels_and_figures_are_not_read() -> None:
    # Zero-width spaces and soft hyphens a page copied from an editor keeps, as characters
    # and as entities: invisible to the reader, they split labels and figures.
    rows = [
        ("网站名\u200b称", "某县人民政府\u200b门户网站"),
        ("首页网址", "http://www.mx.gov.cn/"),
        ("政府网站标识码", "3607000001"),
        ("独立用户访&#8203;问总量（单&#x200B;位：个）", "1516&shy;565"),
        ("网站总访问量（单位：次）", "371\u00ad0118"),
        ("注册用户数（单位：个）", "5"),
        ("征集调查期数（单位：期）", "2"),
        ("访谈期数（单位：期）", "0"),
    ]
    found = _values(_page("", rows))
    assert found["site_name"] == "某县人民政府门户网站"
    assert found["unique_visitors"] == 1516565
    assert found["page_views"] == 3710118
