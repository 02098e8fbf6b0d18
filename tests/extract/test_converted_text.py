"""Text as PDF-to-text tools give it: pdftotext -layout (columns counted in characters,
labels wrapped in their cells around their values), pdfplumber and pypdfium2 (one line
per row, one space between cells), and text whose tick boxes lost their symbol font."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from nianbao.extract.document import Cell
from nianbao.extract.kinds import words_for_count
from nianbao.extract.labels import label_index
from nianbao.extract.piece import Piece
from nianbao.extract.pieces import segment
from nianbao.extract.pipeline import extract_document
from nianbao.extract.tokens import Token
from nianbao.forms import default_form
from nianbao.readers.marks import lost_font_ticks
from nianbao.readers.text import document_from_text
from text_reports import read as read_alone
from text_reports import values as report_values

INDEX = label_index(default_form())
# Enough labels for the text to count as a report, tab-separated (unplaced) so that they
# take no part in how the lines under test are laid out.
BASIC = "".join(
    f"{label}\t{value}\n"
    for label, value in [
        ("主办单位", "某局"),
        ("网站名称", "某局网站"),
        ("首页网址", "http://a.gov.cn"),
        ("征集调查期数", "3"),
        ("收到意见数量", "0"),
        ("安全检测评估次数", "1"),
        ("发现问题数量", "0"),
        ("问题整改数量", "0"),
    ]
)


def values(text: str) -> dict[str, Any]:
    return extract_document(document_from_text(BASIC + text), "t").report.to_json()


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in segment(text, INDEX)]


# ---------------------------------------------------------------- cells and units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("条 537", [("unit", "条"), ("value", "537")]),
        ("个 227,418", [("unit", "个"), ("value", "227,418")]),
        ("天 1.5", [("unit", "天"), ("value", "1.5")]),
        ("次 １２９３４４２", [("unit", "次"), ("value", "１２９３４４２")]),
        # After a label, ending its cell (the value two spaces on: 223523个).
        ("独立用户访问总量 个", [("label", "独立用户访问总量"), ("unit", "个")]),
        # A measure word before no number, or inside a word, stays where it is.
        ("个别 537", [("value", "个别 537")]),  # (个人 heads a label: 个人办件量)
        ("条 例", [("value", "条 例")]),
        ("某局 个", [("value", "某局 个")]),
    ],
)
def test_a_unit_column_run_into_its_value_is_a_unit(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(text) == expected


def test_a_word_before_a_label_set_out_a_character_at_a_time_is_no_part_of_it() -> None:
    # 网站 首 页 网 址 reads as 网站首页网址, a variant; the mixed spacing says 网站 is the
    # last word of the name above (…人民政府门户 | 网站 首 页 网 址 https://…).
    assert kinds("网站 首 页 网 址") == [("value", "网站"), ("label", "首 页 网 址")]
    assert kinds("网 站 首 页 网 址") == [("label", "网 站 首 页 网 址")]
    assert kinds("网站首页网址") == [("label", "网站首页网址")]
    text = (
        "网站名称 达尔罕茂明安联合旗人民政府门户\n网站 首 页 网 址 https://jyj436.150223.gov.cn/\n"
        "主办单位 达尔罕茂明安联合旗人民政府办公室\n"
    )
    rest = BASIC.replace("网站名称\t某局网站\n", "").replace("首页网址\thttp://a.gov.cn\n", "")
    got = extract_document(document_from_text(rest + text), "t").report.to_json()
    assert got["site_name"] == "达尔罕茂明安联合旗人民政府门户网站"
    assert got["homepage_url"] == "https://jyj436.150223.gov.cn/"


def test_a_labels_head_set_out_a_character_at_a_time_stays_whole() -> None:
    # 名 reads as a unit alone; 微 信 名 is the head of 微信名称, wrapped around its value.
    assert kinds("微 信 名") == [("value", "微 信 名")]
    assert kinds("微 信") == [("label", "微 信")]
    got = values(
        "       新媒\n             微信\n       体\n             微 信 名\n"
        "                       天涯区人民政府办公室\n             称\n             信息发布\n"
        "                    条  693\n             量\n             订阅数    个  62571\n"
    )
    assert got["wechat_name"] == "天涯区人民政府办公室"


def test_a_line_opening_with_the_rest_of_a_cut_unit_reads_on() -> None:
    assert kinds("位：条） 政务动态信息更新量 499") == [
        ("unit", "位：条）"),
        ("label", "政务动态信息更新量"),
        ("value", "499"),
    ]


def test_a_unit_its_line_cut_ends_the_value_before_it_mid_line() -> None:
    # Text of one space between words (pdfplumber): 信息发布量 | 名称 … （单位： 1453条 | 条）.
    # The unit's start is no part of the name; the count after it is a value of its own.
    assert kinds("名称 高邮市人民政府办发布 （单位： 1453条") == [
        ("label", "名称"),
        ("value", "高邮市人民政府办发布"),
        ("unit", "（单位："),
        ("value", "1453条"),
    ]
    got = values(
        "微博\n信息发布量\n名称 高邮市人民政府办发布 （单位： 1453条\n条）\n"
        "关注量（单位：\n58743个\n个）\n微信\n"
    )
    assert (got["weibo_name"], got["weibo_posts"]) == ("高邮市人民政府办发布", 1453)


def test_a_long_label_after_one_space_ends_the_value_before_it() -> None:
    # pdfplumber and pypdfium2 write a row's cells with one space between them.
    assert kinds("ICP备案号 甘ICP备98183279号-1 公安机关备案号 62102130741733号") == [
        ("label", "ICP备案号"),
        ("value", "甘ICP备98183279号-1"),
        ("label", "公安机关备案号"),
        ("value", "62102130741733号"),
    ]
    # A short label inside running text still needs its colon (名称, 总数 are words too).
    assert [k for k, _ in kinds("某局 名称 甲")] == ["value"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Four characters are enough for a label no value holds after a blank.
        (
            "网站名称 龙南市生态环境局 首页网址 http://a.gov.cn/",
            [
                ("label", "网站名称"),
                ("value", "龙南市生态环境局"),
                ("label", "首页网址"),
                ("value", "http://a.gov.cn/"),
            ],
        ),
        # A short one with its unit, set out with spaces or not.
        (
            "某某发布 信 息 发 布 量（条） 633",
            [("value", "某某发布"), ("label", "信 息 发 布 量"), ("value", "633")],
        ),
        ("某某 订阅数（个） 12", [("value", "某某"), ("label", "订阅数"), ("value", "12")]),
        # A list of options ends there too.
        (
            "是否发布服务事项目录 ☑是 ☐否 注册用户数（个） 11030",
            [
                ("label", "是否发布服务事项目录"),
                ("value", "☑是 ☐否"),
                ("label", "注册用户数"),
                ("value", "11030"),
            ],
        ),
        # Without its unit, a short label is a word of the value.
        ("某局 订阅数 多", [("value", "某局 订阅数 多")]),
    ],
)
def test_one_space_rows_split_at_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_one_space_rows_read_whole() -> None:
    got = values(
        "政府网站标识码 3607833364 ICP备案号 赣ICP备98861054号\n"
        "是否发布服务事项目录 R是 £否 注册用户数（个） 11030\n"
        "是否开展应急演练 R是 是否明确安全责任人 R是 £否\n"
        "是否有政务新媒体 R是\n"
        "微博\n"
        "微博名称 某某发布 信 息 发 布 量（条） 633\n"
    )
    assert got["site_code"] == "3607833364"
    assert (got["service_catalog_published"], got["registered_users"]) == (True, 11030)
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)
    assert got["has_new_media"] is True
    assert (got["weibo_name"], got["weibo_posts"]) == ("某某发布", 633)


def test_one_space_between_label_unit_and_value() -> None:
    got = values("独立用户访问总量 个 227,418\n网站总访问量 次 1,220,930\n")
    assert (got["unique_visitors"], got["page_views"]) == (227418, 1220930)


# ---------------------------------------------------------------- tick boxes without fonts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("þ是 ¨否", "☑是 ☐否"),
        ("R是 £否", "☑是 ☐否"),
        ("R是£否", "☑是☐否"),
        ("¨政府门户网站 þ部门网站 ¨专项网站", "☐政府门户网站 ☑部门网站 ☐专项网站"),
        ("是否使用统一平台   þ是      ¨否", "是否使用统一平台   ☑是      ☐否"),
        ("þ是", "☑是"),  # only the ticked answer shown, alone in its cell
        (" ¨否 ", " ☐否 "),
        ("是否有政务新媒体 R是", "是否有政务新媒体 ☑是"),  # or set off by blanks
    ],
)
def test_boxes_whose_symbol_font_was_lost(line: str, expected: str) -> None:
    assert lost_font_ticks(line) == expected


@pytest.mark.parametrize(
    "line",
    ["R语言 是 好", "Video号o否", "Zoom o否认", "¨项目", "R是啊", "PR部门 o人员", "þ", "AR是 x"],
)
def test_letters_that_are_no_boxes_stay(line: str) -> None:
    assert lost_font_ticks(line) == line


@given(st.text(alphabet="þ¨R£oý是否 abc项目", max_size=30))
def test_lost_font_boxes_keep_the_line_length(line: str) -> None:
    # Positions of the cells after them must not move.
    assert len(lost_font_ticks(line)) == len(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("网 R其他", "网 ☑其他"), ("局 a.gov.cn/ 站 ¨专项网站", "局 a.gov.cn/ 站 ☐专项网站")],
)
def test_a_lone_box_counts_where_the_text_lost_its_fonts(line: str, expected: str) -> None:
    # A list of options wrapped onto the line: one box alone there.
    assert lost_font_ticks(line) == line
    assert lost_font_ticks(line, lone=True) == expected


@given(st.text(alphabet="þ¨R£oý是否 abc项目", max_size=30))
def test_lone_lost_font_boxes_keep_the_line_length(line: str) -> None:
    assert len(lost_font_ticks(line, lone=True)) == len(line)


def test_a_list_of_lost_font_boxes_wrapped_onto_a_line_of_one_box() -> None:
    got = values(
        "是否使用统一平台 þ是 ¨否\n"
        "创新发展 ¨搜索即服务 ¨多语言版本 ¨无障碍浏览 þ千人千\n网 þ其他\n单位负责人：某某\n"
    )
    assert got["innovation"] == ["personalized", "other"]


def test_a_text_with_lost_fonts_reads_its_choices() -> None:
    got = values("是否使用统一平台       þ是            ¨否\n网站类型  ¨政府门户网站 þ部门网站\n")
    assert got["unified_platform"] is True
    assert got["site_type"] == "department"


# ---------------------------------------------------------------- positions on the line


def _pad(cells: list[str], width: int, *, wide: bool) -> str:
    def size(text: str) -> int:
        if not wide:
            return len(text)
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    return "".join(c + " " * (width - size(c)) for c in cells).rstrip()


@pytest.mark.parametrize("wide", [True, False])
def test_columns_are_counted_as_the_text_counts_them(wide: bool) -> None:
    """pdftotext -layout counts a Chinese character as one column, a terminal as two:
    either way the cells of one column start at the same place."""
    lines = [
        ["网站名称", "首页网址", "主办单位"],
        ["张家口市公共资源交易网", "http://a.gov.cn/", "某局"],
        ["独立用户访问总量", "网站总访问量", "政府网站标识码"],
        ["1", "22", "1307003130"],
    ]
    doc = document_from_text("\n".join(_pad(cells, 30, wide=wide) for cells in lines))
    for row in doc.rows:
        assert [c.bbox[0] for c in row.cells if c.bbox] == [0, 30, 60]


def test_cleaning_a_line_moves_no_cell() -> None:
    # (√) → ☑ shortens the text before 9584, which still stands under its label.
    lines = [
        ["是否发布服务事项目录", "注册用户数（单位：个）"],
        ["（√） 是 （ ） 否", "9584"],
        ["办件量（单位：件）", "总数"],
    ]
    doc = document_from_text("\n".join(_pad(cells, 26, wide=True) for cells in lines))
    label, value = doc.rows[0].cells[1], doc.rows[1].cells[1]
    assert value.text == "9584"
    assert label.bbox is not None
    assert value.bbox is not None
    assert label.bbox[0] == value.bbox[0] == 26


# ---------------------------------------------------------------- labels wrapped in tall cells


def _line(*cells: tuple[int, str]) -> str:
    """A line as pdftotext -layout sets it: each text at its column, counted in characters."""
    line = ""
    for column, text in cells:
        line += " " * max(2, column - len(line)) if line else " " * column
        line += text
    return line


# Labels of other fields, with values: enough for a text to count as a report when the
# lines under test hold the labels BASIC has.
_OTHER_NAMES = (
    "注册用户数",
    "收到留言数量",
    "访谈期数",
    "发现问题数量",
    "问题整改数量",
    "办件总量",
)
_OTHER_LABELS = [_line((0, label), (15, "5")) for label in _OTHER_NAMES]


LAYOUT = "\n".join(
    [
        _line((0, "政府网站标识码"), (12, "6210218490")),
        _line((0, "独立用户访问总")),
        _line((12, "420916个")),
        _line((0, "量（单位：个）")),
        _line((0, "网站总访问量（单位：次）"), (40, "3963243次")),
        _line((11, "解读信息发布"), (31, "解读产品数量（单")),
        _line((0, "解读回应"), (40, "2")),
        _line((31, "位：个）")),
        _line((25, "访谈期数（单位：期）"), (40, "7")),
        _line((25, "网民留言数量（单位：")),
        _line((10, "在线访谈"), (42, "17")),
        _line((25, "条）")),
        _line((0, "是否发布服务事项"), (36, "注册用户数")),
        _line((13, "þ是 ¨否"), (47, "17502个")),
        _line((0, "目录"), (36, "(单位:个)")),
    ]
)


def test_pdftotext_layout_labels_wrapped_around_their_values() -> None:
    got = values(LAYOUT)
    assert got["unique_visitors"] == 420916  # 独立用户访问总 | value | 量（单位：个）
    assert got["interp_products"] == 2  # a label whose unit goes on two lines down
    assert got["interview_messages"] == 17  # beside a group's name centred in its cell
    # A choice between its label's halves takes only the options in its columns.
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 17502


def test_one_line_a_row_labels_wrapped_around_their_values() -> None:
    # pdfplumber and pypdfium2: every line flush left, no columns to go by.
    got = values("独立用户访问总\n169 933\n量（单位：个）\n网站总访问量\n1 905 761\n（单位：次）\n")
    assert got["unique_visitors"] == 169933
    assert got["page_views"] == 1905761


def test_labels_abreast_wrapped_over_lines_above_their_values() -> None:
    text = "\n".join(
        [
            _line((42, "政务服务事项数量(单")),
            _line((0, "是否发布服务事项目录"), (18, "注册用户数(单位:个)")),
            _line((42, "位:项)")),
            _line((0, "þ是 ¨否"), (18, "54,460"), (42, "279")),
        ]
    )
    got = values(text)
    assert got["service_items"] == 279  # three lines down, nothing in its column between
    assert got["registered_users"] == 54460
    assert got["service_catalog_published"] is True


def test_a_value_beside_another_label_below_is_not_taken() -> None:
    # 其他 (移动新媒体) has no value; the options below belong to 创新发展 before them.
    text = "                         其他\n创新发展                 ☐ 搜索即服务 ☑ 多语言版本\n"
    got = values(text)
    assert got["innovation"] == ["multilingual"]
    assert "other_media" not in got


# ---------------------------------------------------------------- Markdown with HTML tables

MINERU = """\
# 政府网站工作年度报表

（2023年度）

填报单位：某县人民政府办公室

<table><tr><td rowspan="2">基本信息</td><td>网站名称</td>\
<td colspan="2">某县人民政府门户网站</td></tr>\
<tr><td>主办单位</td><td colspan="2">某县人民政府办公室</td></tr>\
<tr><td rowspan="2">办件量（单位：件）</td><td>总数</td><td colspan="2">30</td></tr>\
<tr><td>自然人办件量</td><td colspan="2">20</td></tr>\
<tr><td>互动交流</td><td>是否使用统一平台</td><td colspan="2">þ是 ¨否</td></tr></table>

单位负责人：张三  审核人：李四
"""


def test_markdown_whose_tables_are_html_reads_its_grid() -> None:
    # MinerU and Marker keep a table with merged cells as HTML among the Markdown lines.
    from nianbao.readers.text import read_text  # noqa: PLC0415

    doc = read_text(MINERU.encode())
    got = extract_document(doc, "t").report.to_json()
    assert doc.format == "text"
    assert got["year"] == 2023
    assert got["filing_unit"] == "某县人民政府办公室"
    assert got["site_name"] == "某县人民政府门户网站"
    assert (got["cases_total"], got["cases_natural"]) == (30, 20)
    assert got["unified_platform"] is True  # Wingdings boxes whose font was lost
    assert (got["head"], got["reviewer"]) == ("张三", "李四")


@pytest.mark.parametrize(
    "text",
    [
        "<table><tr><td>网站名称</td><td>甲</td></tr>",  # never closed
        "<table><tr><td>网站名称<table><tr><td>甲</td></tr></table></td></tr></table>",
        "</table><table><tr><td>网站名称</td><td>甲</td></tr></table> 1 < 2",
    ],
)
def test_html_tables_in_text_are_read_however_they_are_cut(text: str) -> None:
    from nianbao.readers.html_tables import as_page  # noqa: PLC0415
    from nianbao.readers.text import read_text  # noqa: PLC0415

    assert "网站名称" in as_page(text)
    cells = [c.text for row in read_text(text.encode()).rows for c in row.cells]
    assert any("网站名称" in c for c in cells)
    assert any("甲" in c for c in cells)


@given(
    st.lists(
        st.sampled_from(
            [
                "<table>",
                "</table>",
                "<tr>",
                "<td>",
                "</td>",
                "<td rowspan=3>",
                "网站名称",
                "甲",
                "\n",
                "# ",
                "þ是 ¨否",
                "<br>",
                "<input checked>",
                "&",
                "<",
                " ",
            ]
        ),
        max_size=40,
    )
)
@example(parts=[" ", " ", "<table>", "\n", "# "])  # a line that is a bare Markdown #
def test_any_mix_of_table_tags_reads_without_error(parts: list[str]) -> None:
    from nianbao.readers.text import read_text  # noqa: PLC0415

    text = "<table><td>" + "".join(parts)
    doc = read_text(text.encode())
    assert doc.format == "text"


def test_a_value_wrapped_around_its_labels_line() -> None:
    # A long value in a tall cell beside a label of one line: its lines above and below.
    rows = [
        _line((0, "网站名称"), (17, "某某市市场监督管理局")),
        _line((44, "https://")),
        _line((0, "首页网址")),
        _line((44, "www508.120000.gov.cn/")),
        _line((0, "政府网站标识码"), (17, "1200003517")),
    ]
    rows += [
        _line((0, label), (17, "5"))
        for label in [
            "独立用户访问总量",
            "网站总访问量",
            "注册用户数",
            "政务服务事项数量",
            "收到留言数量",
        ]
    ]
    got = extract_document(document_from_text("\n".join(rows)), "t").report.to_json()
    assert got["homepage_url"] == "https://www508.120000.gov.cn/"
    assert got["site_name"] == "某某市市场监督管理局"
    assert got["site_code"] == "1200003517"


def test_a_chinese_value_wrapped_around_its_label_as_the_page_shows_it() -> None:
    # pdftotext -layout counts each Chinese character one column: the rest, centred under
    # the first line as the page shows it, stands right of where that line seems to end.
    name = "特克斯县市场监督管理局（挂特克斯县大数据发展管理局牌子）"
    rows = [
        _line((38, name[:-2])),
        _line((13, "网站名称")),
        _line((67, name[-2:])),
        _line((2, "首页网址"), (36, "http://jyj631.654027.gov.cn/")),
        _line((38, name[:-2])),
        _line((13, "主办单位")),
        _line((67, name[-2:])),
        _line((13, "网站类型"), (48, "□政府门户网站 √部门网站 □专项网站")),
    ]
    rows += [
        _line((0, label), (30, "5"))
        for label in ["独立用户访问总量", "网站总访问量", "注册用户数", "收到留言数量"]
    ]
    got = extract_document(document_from_text("\n".join(rows)), "t").report.to_json()
    assert (got["site_name"], got["sponsor"]) == (name, name)


def test_a_label_cut_after_its_latin_head_around_its_value() -> None:
    rows = [
        _line((0, "IC")),
        _line((12, "黑ICP备19382269号-2"), (31, "公安机关备案号"), (45, "黑公网安备2301296332号")),
        _line((0, "P备案")),
        _line((0, "独立用户访问总量（个）"), (45, "475,240")),
    ]
    got = values("\n".join(rows) + "\n")
    assert got["icp_number"] == "黑ICP备19382269号-2"
    assert got["police_number"] == "黑公网安备2301296332号"


def test_values_wrapped_around_a_line_of_two_labels() -> None:
    # Label | value | label | value, both values in tall cells: each value's two lines
    # stand right of its label and left of the next label.
    text = "\n".join(
        [
            _line((15, "黄陵县交通运输局（黄陵县地"), (46, "https://")),
            _line((0, "网站名称"), (33, "首页网址")),
            _line((15, "方志编纂中心）"), (46, "wjw212.610632.gov.cn/")),
            _line((15, "黄陵县交通运输局（黄陵县地"), (46, "□政府门户网站 √部门网站 □")),
            _line((0, "主办单位"), (33, "网站类型")),
            _line((15, "方志编纂中心）"), (46, "专项网站")),
            # A label wrapped around its value beside another label and its value.
            _line((33, "独立用户访问总量")),
            _line((0, "公安机关备案号"), (15, "61063236651966号"), (48, "44 356")),
            _line((33, "(单位: 个)")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_name"] == got["sponsor"] == "黄陵县交通运输局（黄陵县地方志编纂中心）"
    assert got["homepage_url"] == "https://wjw212.610632.gov.cn/"
    assert got["site_type"] == "department"
    assert got["police_number"] == "61063236651966号"
    assert got["unique_visitors"] == 44356


def test_a_label_wrapped_around_its_value_ends_the_value_before_it() -> None:
    # 信息公开目录信息 is no value of the label before it on its line: the head of a label
    # whose value stands on the line below and whose rest two lines down.
    text = "\n".join(
        [
            _line((0, "政务动态信息更新量"), (33, "信息公开目录信息")),
            _line((15, "233"), (46, "501")),
            _line((0, "(单位: 条)"), (33, "更新量(单位: 条)")),
        ]
    )
    got = values(text)
    assert (got["info_news"], got["info_disclosure"]) == (233, 501)


def test_a_choice_ends_before_the_value_of_a_label_wrapped_around_it() -> None:
    text = "\n".join(
        [
            _line((33, "注册用户数(单位:")),
            _line((0, "是否发布服务事项目录 √是 □否"), (62, "5 233")),
            _line((33, "个)")),
        ]
    )
    got = values(text)
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 5233


def test_options_wrapped_around_their_labels_line_in_several_cells() -> None:
    text = "\n".join(
        [
            _line(
                (15, "某某区人力资源和社会"), (46, "☐政府门户网站"), (60, "☑部门网站"), (70, "☐")
            ),
            _line((0, "主办单位"), (33, "网站类型")),
            _line((15, "保障局"), (46, "专项网站")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["sponsor"] == "某某区人力资源和社会保障局"
    assert got["site_type"] == "department"


def test_counts_under_labels_abreast_one_line_a_row() -> None:
    # pypdfium2 and pdfplumber keep no positions: labels abreast on a line, their counts
    # one space apart on the next (a unit's rest may stand between).
    got = values(
        "维护数量(单位:个) 新开设数量(单位:个)\n6 7\n解读信息发布\n"
        "总数(单位:条) 解读材料数量(单位:条) 解读产品数量(单位:个) 媒体评论文章数量\n"
        "(单位:篇)\n27 12 2 13\n"
    )
    assert (got["columns_maintained"], got["columns_new"]) == (6, 7)
    assert [got[k] for k in ("interp_total", "interp_materials", "interp_products")] == [27, 12, 2]
    assert got["interp_media"] == 13


def test_counts_with_their_units_under_labels_abreast() -> None:
    got = values(
        "维护数量（个） 新开设数量（个）\n31个 20个\n办结留言数量 公开答复数量\n1,204条 ８条\n"
    )
    assert (got["columns_maintained"], got["columns_new"]) == (31, 20)
    assert (got["messages_closed"], got["messages_public"]) == (1204, 8)


def test_counts_not_matching_their_labels_are_not_dealt_out() -> None:
    # Three labels, two counts (or one written with a space): no way to tell whose.
    got = values("收到留言数量 办结留言数量 公开答复数量\n1 234\n")
    assert not {"messages_closed", "messages_public"} & got.keys()


def test_one_count_fewer_than_labels_abreast_leaves_the_one_that_may_be_blank() -> None:
    # pypdfium2: 平均办理时间 may be left blank, and only it, as nothing was closed.
    got = values(
        "留言办理\n收到留言数量（条） 办结留言数量（条） 平均办理时间（天） 公开答复数量（条）\n"
        "7 0 5\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (7, 0)
    assert (got.get("messages_avg_days"), got["messages_public"]) == (None, 5)
    # Were something closed, no label could stand blank: no telling which count is whose.
    got = values(
        "留言办理\n收到留言数量（条） 办结留言数量（条） 平均办理时间（天） 公开答复数量（条）\n"
        "7 3 5\n征集调查\n"
    )
    assert "messages_received" not in got
    assert "messages_public" not in got
    # A label twice on the line reads without error.
    values("留言办理\n收到留言数量（条） 收到留言数量（条） 公开答复数量（条）\n7 5\n征集调查\n")


def test_a_labels_last_line_sorted_to_the_end_of_its_first() -> None:
    # PyMuPDF's get_text(sort=True): a tall cell's second line at the first line's end.
    got = values("     信息公开目录信息更新                条 1135条     量\n")
    assert got["info_disclosure"] == 1135


def test_a_value_below_its_label_beside_a_unit_column() -> None:
    # pypdfium2 of units in a column of their own: the unit opens the value's line.
    got = values("注册用户数\n个  ６１４２  \n")
    assert got["registered_users"] == 6142


def test_a_label_alone_on_its_line_owns_the_options_below_it() -> None:
    # PyMuPDF: each cell its own line, the options set apart by double spaces.
    got = values("网 站 类 型\n☐政府门户网站  ☑部门网站  ☐专项网站\n政府网站标识码\n")
    assert got["site_type"] == "department"


def test_a_value_below_its_label_goes_on_with_its_cut_end() -> None:
    # Reading order: a registration number's closing 号, and a name's closing bracket,
    # alone on the next line.
    got = values(
        "ICP备案号\n辽ICP备39227591\n号-2\n公安机关备案号\n21010454769151\n号\n"
        "填报单位\n广阳区卫生健康委员会（广阳\n区档案馆）\n独立用户访问总量\n"
    )
    assert got["icp_number"] == "辽ICP备39227591号-2"
    assert got["police_number"] == "21010454769151号"
    assert got["filing_unit"] == "广阳区卫生健康委员会（广阳区档案馆）"


def test_a_numbers_cut_end_before_the_next_label_on_its_line() -> None:
    got = values("ICP备案号 桂ICP备87265174\n号-2 公安机关备案号 45010762461028号\n")
    assert got["icp_number"] == "桂ICP备87265174号-2"
    assert got["police_number"] == "45010762461028号"


def test_a_label_end_read_below_a_label_takes_no_more() -> None:
    # A cut label's end taken as a code's value (量) is not joined to what follows.
    got = values("政府网站标识码\n量\n5406241026\n")
    assert got.get("site_code") != "量5406241026"


def test_a_value_past_the_names_of_tall_cells_in_reading_order() -> None:
    # pdftotext without -layout reads the section cells to the left between a label and
    # its value.
    got = values(
        "网站总访问量\n(单位: 次)\n信息发布(单位: 条)\n专栏专题(单位: 个)\n解读回应\n办事服务\n"
        "1,996,317\n总数\n"
        "是否使用统一平台\n留言办理\n互动交流\n征集调查\n在线访谈\nþ是 ¨否\n收到留言数量（条）\n"
    )
    assert got["page_views"] == 1996317
    assert got["unified_platform"] is True


def test_past_the_names_of_tall_cells_only_a_value_of_the_labels_kind() -> None:
    got = values("网站总访问量\n信息发布\n解读回应\n☑是 ☐否\n是否使用统一平台\n留言办理\n12\n")
    assert "page_views" not in got
    assert "unified_platform" not in got


def test_stacked_labels_then_as_many_values_one_cell_a_line() -> None:
    # pdftotext without -layout: a column of labels, then the column of their values.
    got = values("独立用户访问总量(单位:个)\n网站总访问量(单位:\n次)\n216035个\n333153次\n")
    assert (got["unique_visitors"], got["page_views"]) == (216035, 333153)


def test_stacked_labels_broken_over_two_lines_with_group_names_before_the_values() -> None:
    # A tall label's two lines are one label of the run; the names of the tall cells to the
    # left come between the labels and the values.
    got = values(
        "ICP备案号\n新ICP备92681603\n号-2\n公安机关备案号\n独立用户访问总\n量(单位:个)\n"
        "网站总访问量(单位:\n次)\n信息发布(单位:条)\n专栏专题(单位:个)\n"
        "新公网安备65322525769837号\n102129个\n1258428次\n总数\n6453条\n"
    )
    assert got["police_number"] == "新公网安备65322525769837号"
    assert (got["unique_visitors"], got["page_views"]) == (102129, 1258428)


def test_stacked_labels_the_first_joined_over_a_line_with_its_unit() -> None:
    # 政务服务事项数 | 量 (单位: 项): the walk joined the label's two lines, the second with
    # its unit; the run still opens there and pairs both labels with the counts after it.
    got = values(
        "注册用户数(单位: 个)\n37520个\n政务服务事项数\n量(单位: 项)\n"
        "可全程在线办理政务服务事项数量(单位: 项)\n2742项\n478项\n办件量(单位: 件)\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (2742, 478)


def test_stacked_labels_the_first_a_group_names_word_joined_with_its_rest() -> None:
    # 信息发布 is a group's name alone; with 量(单位: 条) the label of 信息发布量. The run
    # opens there too; the group's own name (微信) comes after its rows.
    got = values(
        "微博\n名称\n信 息 发 布 量(单位: 条)\n关注量(单位: 个)\n无\n0\n0\n名称\n信息发布\n"
        "量(单位: 条)\n订阅数\n(单位: 个)\n某某市住房和城乡建设局\n137\n11 821\n微信\n其他新媒体\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == ("无", 0, 0)
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "某某市住房和城乡建设局",
        137,
        11821,
    )


def test_stacked_labels_the_first_after_its_groups_name() -> None:
    # The group's tall cell's name (信息发布, its unit cut) on the line of its first row's
    # label: that label still opens the run.
    got = values(
        "总数\n\n4163条\n\n信息发布(单 概况类信息更新量\n位: 条)\n政务动态信息更新量\n\n"
        "18条\n3513条\n\n信息公开目录信息更新量\n专栏专题\n"
    )
    assert (got["info_overview"], got["info_news"]) == (18, 3513)


def test_stacked_labels_with_more_values_than_labels_are_not_paired() -> None:
    # A value wrapped onto a second line (号): no telling whose value is whose, not even
    # the last label's, whose line the first value follows.
    got = values("独立用户访问总量\n网站总访问量\n216035\n333153\n17\n")
    assert "unique_visitors" not in got
    assert "page_views" not in got


def test_a_value_of_a_row_before_first_in_a_runs_values() -> None:
    # pdftotext: a tall cell's value of the section before opens the run's values; only
    # without it are the values of their labels' kinds.
    got = values(
        "是否使用统一平台\n收到留言数量（单\n位：条）\n办结留言数量（单\n留言办理\n\n位：条）\n"
        "平均办理时间（单\n位：天）\n\n安全防护\n\n12\n\n☑是 ☐否\n770\n\n71\n\n13\n"
    )
    assert got["unified_platform"] is True
    assert (got["messages_received"], got["messages_closed"]) == (770, 71)
    assert got["messages_avg_days"] == 13


def test_a_labels_cut_end_first_in_a_runs_values_is_no_value() -> None:
    # The run missed the label whose end (数) opens the values: no telling whose is whose.
    got = report_values(
        "安全检测评估次\n\n发现问题数量\n\n问题整改数量\n\n数(单位: 次)\n\n(单位: 个)\n\n"
        "(单位: 个)\n\n４\n\n０\n\n０\n\n是否建立安全监测预警机制\nR是 £否\n"
    )
    assert got.get("security_issues_found") != 4


def test_a_number_read_by_the_order_of_values_keeps_its_cut_end() -> None:
    # pdftotext: two labels, then their values, the second's 号 alone on the next line.
    got = report_values(
        "政府网站标识码\nICP备案编号\n\n4306006911\n湘ICP备81567543\n号\n\n公安机关备案\n号\n\n"
        "独立用户访问总量(单位:个)\n网站总访问量(单位:\n次)\n\n216035个\n\n333153次\n"
    )
    assert got["icp_number"] == "湘ICP备81567543号"


def test_a_value_of_no_labels_kind_after_a_run_is_the_next_rows() -> None:
    got = values("是否开展应急演练\n是否明确网站安全责任人\n☑是 ☐否\n☐是 ☑否\n371条\n")
    assert (got["emergency_drill"], got["security_officer"]) == (True, False)


def test_stacked_labels_whose_cut_end_reads_as_a_unit() -> None:
    # pdftotext: 人 alone on its line finishes a label, though alone it reads as a unit.
    got = report_values(
        "发现问题数量（个）\n是否建立安全监测预警\n机制\n是否明确网站安全责任\n人\n\n"
        "2\n\n√是 □否\n\n√是 □否\n",
        without=("发现问题数量",),
    )
    assert got["security_issues_found"] == 2
    assert (got["security_monitoring"], got["security_officer"]) == (True, True)


def test_stacked_choices_whose_options_stand_one_a_line() -> None:
    # pdftotext: a choice's two options each on a line of their own are one answer.
    got = report_values(
        "是否建立安全监测预警\n机制\n是否开展应急演练\n是否明确网站安全责任\n人\n\n"
        "☐是\n\n☑否\n\n☑是\n\n☐否\n☑是 ☐否\n\n是否有移动新媒体\n\n☑是\n\n☐否\n"
    )
    assert (got["security_monitoring"], got["emergency_drill"]) == (False, True)
    assert got["security_officer"] is True


def test_stacked_labels_after_a_code_whose_value_is_elsewhere() -> None:
    # pdftotext: 公安机关备案号 (joined over two lines) opens the run, but neither count has
    # a code's shape: the counts are the other labels', in order.
    got = report_values(
        "政府网站标识码\nICP备案编号\n\n4306006911\n湘ICP备81567543\n号\n\n公安机关备案\n号\n\n"
        "独立用户访问总量(单位:个)\n网站总访问量(单位:\n次)\n\n216035个\n\n333153次\n"
    )
    assert (got["unique_visitors"], got["page_views"]) == (216035, 333153)


def test_stacked_labels_whose_last_code_wrapped_comes_later() -> None:
    # pdftotext: the police number's cell wraps over two lines, which come after the next
    # row's label; the values before it are the first labels'.
    got = report_values(
        "政府网站标识码\n\nICP备案号\n\n公安机关备案号\n\n4690281565\n\n琼ICP备55651446号-2\n\n"
        "独立用户访问总\n量(单位: 个)\n\n琼公网安备\n46902824198117号\n\n１５１２３４３\n\n"
        "网站总访问量\n(单位: 次)\n４９５１９６８\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("4690281565", "琼ICP备55651446号-2")


def test_a_names_line_ending_with_the_count_of_the_label_below() -> None:
    # pypdfium2: the count's cell stands beside the name's; its label wrapped below them.
    got = values(
        "微博\n名称 昌平区应急管理局发布 798\n信息发布量\n(单位:条)\n"
        "关注量(单位:\n个) 47,016\n微信\n"
    )
    assert (got["weibo_name"], got["weibo_posts"]) == ("昌平区应急管理局发布", 798)
    assert got["weibo_followers"] == 47016
    # A name that ends in a number of its own keeps it when the label below has a value.
    got = values("微博\n名称 某某发布 2\n信息发布量 15\n关注量 47\n微信\n")
    assert (got["weibo_name"], got["weibo_posts"]) == ("某某发布 2", 15)


def test_a_names_line_ending_with_the_count_of_the_label_around_it() -> None:
    # pdfplumber: the count's label wrapped in its cell around the name's line.
    got = values(
        "微信\n信 息 发 布\n名称 岫岩满族自治县文化广电旅游局 ４９０\n量(单位: 条)\n"
        "订阅数(单位: 个) ７９５７８\n其他\n"
    )
    assert (got["wechat_name"], got["wechat_posts"]) == ("岫岩满族自治县文化广电旅游局", 490)
    assert got["wechat_subscribers"] == 79578
    # The count written with its unit (650条); another unit after it is no such count.
    text = "微信\n信 息 发\n名称 辛集市人民政府办公室 650条\n布 量（单位：条）\n"
    text += "订阅数（单位：个） 56341个\n其他\n"
    got = values(text)
    assert (got["wechat_name"], got["wechat_posts"]) == ("辛集市人民政府办公室", 650)
    assert values(text.replace("650条", "650号")).get("wechat_posts") != 650


def test_values_one_a_line_after_interleaved_label_pieces_go_by_kind() -> None:
    # pdftotext: the labels' pieces interleaved, then the values one a line, the choice's
    # answer second: each kind to the block's fields of that kind, in the form's order.
    got = report_values(
        "五、办事服务\n可全程在线办理政务\n是否发布政务服务事项目录\n注册用户数量（单位：\n"
        "政务服务事项数\n服\n个）\n量（单位：项）\n务事项数量（单位：\n项）\n"
        "5,343\nR是 £否\n1,100\n886\n办件量\n"
    )
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 5343
    assert (got["service_items"], got["service_items_online"]) == (1100, 886)


def test_a_run_of_counts_right_after_its_labels_is_not_moved_to_a_later_run() -> None:
    # The message labels' counts follow them at once; the three counts under the security
    # labels further down are those labels'.
    got = report_values(
        "六、互动交流\n留言办理\n收到留言数量(单位: 条)\n\n办结留言数量(单位: 条)\n\n"
        "公开答复数量(单位: 条)\n\n56\n\n45\n\n19\n是否提供智能问答\n☑是 ☐否\n七、安全防护\n"
        "安全检测评估次\n\n发现问题数量\n\n问题整改数量(单位:\n\n是否建立安全监测预\n\n"
        "数(单位: 次)\n\n(单位: 个)\n\n个)\n\n警机制\n\n12\n\n0\n\n0\n☑是 ☐否\n"
    )
    assert (got["messages_received"], got["messages_closed"], got["messages_public"]) == (
        56,
        45,
        19,
    )


def test_values_one_a_line_the_first_read_by_the_last_label_go_by_kind() -> None:
    # The walk reads the first count as the label just above its: it is one of the block's.
    got = report_values(
        "五、办事服务\n是否发 布服务事项目录\n\n注册用户数(单位: 个)\n\n政务服务事项数量(单\n"
        "位: 项)\n\n可全程在线办理政务\n服务事项数量(单位:\n项)\n20431\n\n☑是 ☐否\n\n512\n\n"
        "208\n\n办件量\n"
    )
    assert got["service_catalog_published"] is True
    assert got["registered_users"] == 20431
    assert (got["service_items"], got["service_items_online"]) == (512, 208)


def test_a_block_a_label_of_it_names_only_by_its_cut_end_is_not_dealt() -> None:
    # 政务服务 | 事项数量 are the online items' label's pieces, not the items' own label: the
    # count the walk read under them stays the online items'.
    got = report_values(
        "五、办事服务\n是否发布服务事项目录\n☑是 ☐否\n注册用户数(单\n位: 个)\n29,655\n273\n"
        "可全程在线办理\n政务服务\n事项数量(单位:\n项)\n235\n3,018\n自然人办件数量\n(单位: 件)\n"
    )
    assert got.get("service_items_online") == 235
    assert got.get("service_items") != 235


def test_counts_one_a_line_after_interleaved_label_pieces_go_by_unit() -> None:
    # The counts written with their units, the 个 one last: each unit's to its fields.
    got = report_values(
        "五、办事服务\n可全程在线办理政务\n是否发布政务服务事项目录\n注册用户数量（单位：\n"
        "政务服务事项数\n服\n个）\n量（单位：项）\n务事项数量（单位：\n项）\n"
        "R是 £否\n189项\n181项\n26971个\n办件量\n"
    )
    assert got["registered_users"] == 26971
    assert (got["service_items"], got["service_items_online"]) == (189, 181)


def test_stacked_labels_pair_only_values_of_their_kind() -> None:
    # Options cannot be a count's: the order on the page was not the order of the lines.
    got = values("收到留言数量(单位:条)\n是否使用统一平台\n☑是\n6\n")
    assert got["unified_platform"] is True
    assert "messages_received" not in got  # not 6, which stood after the options


@pytest.mark.parametrize("gap", ["  ", " "])
def test_a_value_after_the_rest_of_its_labels_cut_unit(gap: str) -> None:
    # pypdfium2 wraps a cell's lines: the label's unit goes on at the next line's start.
    got = values(f"总数（单位：条）{gap}838条{gap}概况类信息更新量（单\n位：条）{gap}44条\n")
    assert (got["info_total"], got["info_overview"]) == (838, 44)


def test_one_space_rows_wrapped_values_go_on() -> None:
    # A registration number or address without a digit was cut by its line end; the name
    # of a list's last option stands alone on the next line.
    got = values(
        "公安机关备案号 晋公网安备\n14031175200015号\n"
        "网站类型 □政府门户网站 □部门网站 √\n专项网站\n"
    )
    assert got["police_number"] == "晋公网安备14031175200015号"
    assert got["site_type"] == "special"


def test_texts_in_tall_cells_centred_on_their_labels_line() -> None:
    # pdftotext -layout sets a label on the middle line of its value's cell.
    text = "\n".join(
        [
            _line((9, "延边朝鲜族自治州数据开放平")),
            _line(
                (0, "网站名称"),
                (9, "台（延边朝鲜族自治州档案"),
                (31, "首页网址"),
                (42, "https://a.gov.cn/"),
            ),
            _line((9, "馆）")),
            _line((9, "延边朝鲜族自治州人民政府办")),
            _line((0, "主办单位")),
            _line(
                (9, "公室（延边朝鲜族自治州档案"), (31, "网站类型"), (42, "☐政府门户网站 ☑专项网站")
            ),
            _line((0, "名称")),
            _line((9, "馆）")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_name"] == "延边朝鲜族自治州数据开放平台（延边朝鲜族自治州档案馆）"
    assert got["sponsor"] == "延边朝鲜族自治州人民政府办公室（延边朝鲜族自治州档案馆）"


def test_a_label_inside_its_values_bracket_with_another_cells_lines_between() -> None:
    # pdfplumber -layout: the address wrapped beside the name puts its lines between.
    text = "\n".join(
        [
            _line((12, "黔东南州交通运输局（挂黔东南州")),
            _line((40, "https://")),
            _line((0, "网站名称"), (12, "大数据发展管理"), (30, "首页网址")),
            _line((40, "www516.522600.gov.cn/")),
            _line((12, "局牌子）")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_name"] == "黔东南州交通运输局（挂黔东南州大数据发展管理局牌子）"
    assert got["homepage_url"] == "https://www516.522600.gov.cn/"


def test_a_text_centred_in_its_cell_around_its_label() -> None:
    # Each line of the name is centred in its cell: the shorter last one starts further in.
    text = "\n".join(
        [
            _line((20, "营山县人民政府门户网站（营山县")),
            _line((6, "网站名称"), (50, "首页网址"), (62, "https://a.gov.cn/")),
            _line((27, "档案馆）")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_name"] == "营山县人民政府门户网站（营山县档案馆）"


def test_a_group_name_opening_the_line_of_a_wrapped_labels_value() -> None:
    # pdfplumber: the group's name, centred in its tall cell, lands on the value's line.
    got = values("网民留言数量(单位:\n在线访谈 82\n条)\n答复网民提问数量(单位:条) 8\n")
    assert got["interview_messages"] == 82


def test_a_group_name_and_the_value_between_a_labels_halves() -> None:
    # pdfplumber: the label wrapped in its cell, the tall cell's group name and the value
    # on the line between its halves.
    got = values(
        "政务服务事项数量（项） 298\n可全程在线办理政\n办事服务 296\n务服务事项数量（项）\n"
        "总数 4,518\n"
    )
    assert got["service_items"] == 298
    assert got["service_items_online"] == 296


def test_a_group_name_and_the_value_a_line_each_between_a_labels_halves() -> None:
    got = values(
        "政务服务事项数量(单位:项) 121项\n可全程在线办理事\n办事服务\n80项\n项数量(单位:项)\n"
        "总数 3925件\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (121, 80)


def test_a_group_name_alone_between_a_labels_head_and_its_rest() -> None:
    # pdfplumber: the head's rest reads as a label of its own, its value after it.
    got = values(
        "政务服务事项数\n项 457\n量\n可全程在线办理\n办事\n政务服务事项数 项 87\n服务\n量\n"
        "办件量\n总数 件 1 423\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (457, 87)
    # pdftotext: the rest a piece of its own, the value further on.
    got = values(
        "征集调查\n期数(单位:\n\n3\n\n期)\n收到意见\n征集调查\n\n数量(单位:\n\n12\n\n条)\n"
        "公布调查\n结果期数\n(单位:期)\n\n0\n\n"
    )
    assert got["survey_opinions"] == 12


# pdftotext without -layout: labels and values scattered by the cells' heights; the
# catalog's answer is the one ticked pair no other choice's label takes.
_SCATTERED_SERVICE = (
    "量\n是否发布服务事项目录\n注册用户数\n个\n9 356\n政务服务事项数量\n项\n305\n项\n146\n"
    "可全程在线办理政务服务事项数\n办事服务\n√是 □否\n量\n办件量\n互动交流\n总数\n件\n7 581\n"
    "自然人办件量\n件\n1 351\n法人办件量\n件\n6 230\n是否使用统一平台\n√是 □否\n留言办理\n"
    "收到留言数量\n条\n0\n办结留言数量\n条\n平均办理时间\n天\n公开答复数量\n条\n0\n0\n"
    "征集调查\n征集调查期数\n期\n1\n收到意见数量\n条\n80\n公布调查结果期数\n期\n1\n在线访谈\n"
    "访谈期数\n期\n0\n网民留言数量\n条\n0\n答复网民提问数量\n条\n0\n是否提供智能问答\n□是\n"
    "√否\n安全检测评估次数\n次\n6\n发现问题数量\n个\n14\n问题整改数量\n个\n4\n安全防护\n"
    "是否建立安全监测预警机制\n□是 √否\n是否开展应急演练\n□是 √否\n是否明确网站安全责任人\n"
    "√是 □否\n是否有移动新媒体\n√是 □否\n"
)


def test_a_group_name_a_line_before_options_or_a_labels_head_splits_no_label() -> None:
    # The choice's options on the line after the name are no value of the label's; nor
    # is the next label's head, though the section heading above and 量 read 信息发布量.
    got = extract_document(document_from_text(_SCATTERED_SERVICE), "t").report.to_json()
    assert got["service_catalog_published"] is True
    got = values("二、信息发布\n三、专栏专题\n专栏专题维护数\n量(单位: 个)\n20\n")
    assert got.get("weibo_posts") is None
    assert got["columns_maintained"] == 20


def test_a_group_name_and_the_unit_column_between_a_labels_halves() -> None:
    # pdfplumber: the unit column (项) runs into the line between too.
    got = values(
        "政务服务事项数量 项 576\n可全程在线办理政务服务事项数\n办事服务 项 501\n量\n"
        "办件量\n总数 件 41\n"
    )
    assert got["service_items"] == 576
    assert got["service_items_online"] == 501
    assert got["cases_total"] == 41


def test_a_labels_rest_with_a_stray_space_after_its_cut() -> None:
    # pypdfium2: a gap in the rest's first characters written as a space.
    got = values("媒体评论文章数量 篇 11篇\n回应公众关注热点\n或 重大舆情数量 次 62次\n办事服务\n")
    assert got["interp_media"] == 11
    assert got["hotspot_responses"] == 62


def test_laid_out_a_label_in_pieces_around_its_value() -> None:
    # pdftotext -layout: a narrow cell wraps the label over four lines, the value between.
    text = (
        "基本信息\n"
        "主办单位       某地区市场监督管理局            网站类型\n"
        "政府网站标识码    6532007620             ICP备案号    新ICP备62826308号\n"
        "网站总访问量\n           808,037\n（单位：次）\n"
        "解读回应\n解读信息发布\n"
        "总数（单位：                            解读材料数量\n"
        "           67                               46\n"
        "条）                                （单位：条）\n"
        "解读产品数量                            媒体评论文章数\n"
        "           21                               0\n"
        "（单位：个）                            量（单位：篇）\n"
        "回应公众关注热\n点或重\n           1\n大舆情数量（单\n位：次）\n办事服务\n"
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["interp_products"] == 21
    assert got["hotspot_responses"] == 1


def test_one_line_a_row_text_cut_by_its_labels_line() -> None:
    # Its bracket left open above the label's line and closed below it.
    text = "某某县人民政府办公室（挂\n网站名称 首页网址 http://a.gov.cn/\n某某中心牌子）\n"
    text += "".join(f"{label} 5\n" for label in _OTHER_NAMES)  # one line a row, no columns
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["site_name"] == "某某县人民政府办公室（挂某某中心牌子）"


def test_one_line_a_row_fragment_above_a_label_is_not_joined_without_a_sign() -> None:
    # 项网站 ends the option list before; the code below stands on its own.
    got = values("网站类型 ☐政府门户网站 ☐部门网站 ☑专\n项网站\n政府网站标识码\n3507024913\n")
    assert got["site_code"] == "3507024913"


def test_a_label_broken_over_three_lines_of_its_own() -> None:
    # A narrow cell wraps a long label over three lines; its value follows.
    got = values(
        "政务服务事项数量（单位：项）\n380项\n可全程在线办\n理政务服\n务事项数量（单位：项）\n326项\n"
    )
    assert got["service_items_online"] == 326


def test_stacked_labels_broken_over_three_lines() -> None:
    got = values(
        "注册用户数（单位：个）\n政务服务事项\n数\n量（单位：项）\n可全程在线办\n理政务服\n"
        "务事项数量\n（单位：项）\n8643个\n34项\n10项\n"
    )
    assert (got["registered_users"], got["service_items"]) == (8643, 34)
    assert got["service_items_online"] == 10


def test_a_count_takes_no_value_from_a_label_wrapped_around_its_own() -> None:
    # 是否发布服务 | ☐是 ☑否 | 事项目录 is a label around its answer, not the count's value.
    got = values("回应公众关注\n热点或重大舆\n情数量\n是否发布服务\n¨是 þ否\n事项目录\n")
    assert got["service_catalog_published"] is False
    assert "hotspot_responses" not in got


def test_a_box_alone_begins_no_label() -> None:
    # The box and its option's name on lines of their own: ☑ | 是 | 政务服务事项总数.
    got = values("是否发布服务事项目录\n\n√\n是\n\n政务服务事项总数（单位：\n项）\n1\n")
    assert got["service_catalog_published"] is True


def test_a_count_takes_no_words_for_its_value() -> None:
    # Laid out: a label's rest (测预警机制) stands between a count's label and its unit's
    # rest, where a value would.
    others = [
        "注册用户数",
        "收到留言数量",
        "访谈期数",
        "发现问题数量",
        "征集调查期数",
        "网民留言数量",
    ]
    text = "\n".join(
        [
            _line((1, "问题整改"), (29, "是否建立安全监")),
            _line((0, "数量(单位:"), (23, "1"), (55, "☑是 ☐否")),
            _line((30, "测预警机制")),
            _line((3, "个)")),
            *(_line((0, label), (15, "5")) for label in others),
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got.get("security_issues_fixed") != "测预警机制"
    assert got["security_monitoring"] is True


def test_words_are_no_count() -> None:
    by_key = default_form().by_key

    def token(text: str) -> Token:
        return Token(0, Cell(text, 0), Piece("value", text))

    assert words_for_count(by_key["security_issues_fixed"], token("测预警机制"))
    assert not words_for_count(by_key["security_issues_fixed"], token("12个"))
    assert not words_for_count(by_key["security_issues_fixed"], token("无"))  # no value
    assert not words_for_count(by_key["sponsor"], token("某局"))


def _without_names(text: str) -> dict[str, Any]:
    """`values` without BASIC's site name, sponsor and address."""
    counts = "".join(
        line + "\n" for line in BASIC.splitlines() if "网" not in line and "主办" not in line
    )
    return extract_document(document_from_text(counts + text), "t").report.to_json()


def test_stacked_labels_then_their_cells_lines_by_height() -> None:
    # pdftotext without -layout: a row of labels one a line, then each height's lines of
    # the row's cells (each cell wrapped in two), one a line.
    got = _without_names(
        "网站名称\n首页网址\n主办单位\n网站类型\n"
        "陵水黎族自治县农业\nhttps://\n陵水黎族自治县农业农村\n£政府门户网站 R部门网\n"
        "农村局\nwww221.469028.gov.cn/\n局\n站 £专项网站\n"
        "政府网站标识码\n4690281565\n"
    )
    assert got["site_name"] == "陵水黎族自治县农业农村局"
    assert got["homepage_url"] == "https://www221.469028.gov.cn/"
    assert got["sponsor"] == "陵水黎族自治县农业农村局"
    assert got["site_type"] == "department"


def test_stacked_labels_then_their_cells_lines_cell_after_cell() -> None:
    got = _without_names(
        "网站名称\n首页网址\n主办单位\n网站类型\n"
        "宝山区交通运输局\nhttps://\nwww330.310113.gov.cn/\n宝山区交通运输局\n"
        "☐政府门户网站 ☑部门\n网站 ☐专项网站\n政府网站标识码\n3101132018\n"
    )
    assert got["site_name"] == got["sponsor"] == "宝山区交通运输局"
    assert got["homepage_url"] == "https://www330.310113.gov.cn/"
    assert got["site_type"] == "department"


def test_a_value_past_another_label_wrapped_around_the_line_is_that_labels() -> None:
    # pdftotext -layout: the police number in two lines around its label's line, and the
    # visitors' label in two lines around its value on that line.
    text = "\n".join(
        [
            _line(
                (0, "政府网站标识码"),
                (14, "3417004609"),
                (40, "ICP备案号"),
                (51, "皖ICP备67148136号-2"),
            ),
            _line((14, "皖公网安备"), (40, "独立用户访问总量(单")),
            _line((0, "公安机关备案号"), (56, "158652个")),
            _line((14, "34170003759479号"), (41, "位: 个)")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["police_number"] == "皖公网安备34170003759479号"
    assert got["unique_visitors"] == 158652


def test_a_group_name_above_a_label_claims_no_value() -> None:
    # 微博 is centred over its rows: the name beside 名称 is still 名称's.
    text = "\n".join(
        [
            _line((47, "微博")),
            _line((32, "名称"), (58, "代县农业农村局发布")),
            _line((30, "信息发布量"), (47, "条"), (62, "105")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["weibo_name"] == "代县农业农村局发布"


def test_a_registration_number_among_a_run_of_labels_is_passed_over() -> None:
    # Reading order put another row's police number between the labels and their values.
    got = values(
        "四、解读回应\n解读信息发布\n总数（单位：条）\n解读材料数量（单位：条）\n解读产品数量（单位：个）\n"
        "媒体评论文章数量（单位：篇）\n回应公众关注热点或重大舆情数量（单位：次）\n办事服务\n"
        "13082647969809号\n是否发布服务事项目录\n32\n14\n15\n3\n0\n☑是\n注册用户数（单位：个）\n"
    )
    keys = ("interp_total", "interp_materials", "interp_products", "interp_media")
    assert [got.get(k) for k in keys] == [32, 14, 15, 3]
    assert got["hotspot_responses"] == 0
    assert got["service_catalog_published"] is True


def test_a_laid_out_label_of_three_lines_around_its_unit_and_value() -> None:
    text = "\n".join(
        [
            _line((0, "解读"), (8, "解读产品数量"), (22, "个"), (26, "６")),
            _line((6, "回应公众关注热")),
            _line((6, "点或重大舆情数"), (22, "次"), (26, "１１")),
            _line((6, "量")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["hotspot_responses"] == 11


def test_a_group_name_cut_in_two_between_a_label_and_its_value() -> None:
    # pdftotext without -layout: 移动新媒体's tall cell, cut in two, comes between 名称 and
    # the account's name.
    got = _without_names(
        "微博\n名称\n移动新媒\n体\n南山区交通运输局发布\n信息发布量\n条 253\n关注量\n"
    )
    assert got["weibo_name"] == "南山区交通运输局发布"
    assert got["weibo_posts"] == 253


def test_a_group_name_cut_in_three_between_a_label_and_its_value() -> None:
    # The same, the cell narrower: 移动 | 新媒 | 体, then the account's name 无.
    got = _without_names("微博\n名称\n移动\n新媒\n体\n无\n信息发布\n量\n条 0\n关注量\n")
    assert got["weibo_name"] == "无"


def test_a_value_between_a_labels_second_and_third_pieces() -> None:
    got = values(
        "媒体评论文章数量（篇）\n４\n回应公众关注热\n点\n０\n或重大舆情数量\n（次）\n办事服务\n"
    )
    assert got["hotspot_responses"] == 0


def test_labels_abreast_open_a_run_of_labels() -> None:
    # pdftotext without -layout: a row's two labels on one line, the next row's two on
    # lines of their own, then the four values in order.
    got = values(
        "解读信息发布总数(单位:条) 解读材料数量(单位:条)\n解读产品数量(单位:个)\n"
        "媒体评论文章(单\n位:篇)\n23条\n15条\n1个\n7篇\n"
    )
    assert [got.get(k) for k in ("interp_total", "interp_materials")] == [23, 15]
    assert [got.get(k) for k in ("interp_products", "interp_media")] == [1, 7]


def test_a_labels_cut_end_is_no_value_of_the_run() -> None:
    got = values(
        "收到留言数量(单位:条)\n办结留言数\n量(单位:条)\n公开答复数量(单位:条)\n107条\n83条\n63条\n"
        "安全检测评估次数 6\n"
    )
    keys = ("messages_received", "messages_closed", "messages_public")
    assert [got.get(k) for k in keys] == [107, 83, 63]


def test_a_label_cut_after_the_label_before_it_and_their_values_line() -> None:
    # pypdfium2: 新开设数量 cut after 维护数量 on its line, the two counts on one line.
    got = values("三、专栏专题\n维 护 数 量（个） 新 开 设 \n数 量（个）\n ５ １ \n四、解读回应\n")
    assert (got["columns_maintained"], got["columns_new"]) == (5, 1)


def test_a_labels_head_ending_a_line_after_a_choice_is_no_value() -> None:
    # pypdfium2: 是否明确网站安全责任 | 人 cut after the answer before it; its own answer
    # on the line after its rest.
    got = values("是否开展应急演练 √是  □否 是否明确网站 安全责任\n人\n√是  □否\n移动新媒体\n")
    assert got["emergency_drill"] is True
    assert got["security_officer"] is True


def test_an_address_centred_around_its_label_with_a_longer_second_line() -> None:
    # pdftotext -layout: the scheme's short line is centred over the host's longer one.
    text = "\n".join(
        [
            _line((61, "https://")),
            _line((6, "网站名称"), (16, "奎文区应急管理局"), (46, "首页网址")),
            _line((53, "scjg338.370705.gov.cn/")),
            *_OTHER_LABELS,
        ]
    )
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert got["homepage_url"] == "https://scjg338.370705.gov.cn/"


def test_a_choices_label_takes_no_text_above_it_as_options() -> None:
    # pdfplumber's layout: the section's name centred between 其他's text and the options.
    got = values(
        "\n"
        "       订阅数（个）                               32,822\n"
        "\n"
        "                 移动客户端“垦利区人通”，下载量     84 万次；抖音号“垦利区”，发布短视频  "
        "  8454 条，粉丝 3703\n"
        "          其他\n"
        "                              人；“垦利区”政务服务小程序，累计访问      5758 "
        "万次\n"
        "                                      创新发展\n"
        "\n"
        "        创新   ☐搜索即服务   ☐多语言版本   ☑无障碍浏览   ☑千人千网  "
        "☑其他：提供政策智能匹配与免申即享服务；\n"
        "\n"
        "        发展             开通“垦利区”政策问答专区，提供政策原文、解读、问答一站式查询\n"
        "       单位负责人：周磊     审核人：袁艳文     填报人：冯艳杰    联系电话：17460926081 "
        " 填报日期：2024年1月\n"
        "       18日\n"
    )
    assert got["innovation"] == ["accessibility", "personalized", "other"]


def test_an_empty_texts_label_takes_no_options_below_it() -> None:
    # pdfplumber's layout: 其他 (other new media) is empty; the options are 创新发展's.
    got = values(
        "                              发现安全问题数量(单位:   个)                 "
        "  0\n"
        "                               问题整改数量(单位:   个)                  "
        "  0\n"
        "           安全防护\n"
        "                              是否建立安全监测预警机制                     √"
        "是 □否\n"
        "                                 是否开展应急演练                   √是  "
        "     □否\n"
        "                                是否明确安全责任人                      √"
        "是 □否\n"
        "                                  是否有移动新媒体                   □是 "
        "     √否\n"
        "                                          名称\n"
        "                         微博          信息发布量(单位:  条)\n"
        "                                      关 注 量(单位: 个)\n"
        "           移动新媒体\n"
        "                                          名称\n"
        "                         微信          信息发布量(单位:  条)\n"
        "                                       订阅数(单位: 个)\n"
        "                                       其他\n"
        "         创新发展              √搜索即服务   □多语言版本   □无障碍浏览   √千人千网  □其他"
        "\n"
        "       负 责 人：徐燕\n"
    )
    assert "other_media" not in got
    assert got["innovation"] == ["search_as_service", "personalized"]


def test_options_around_their_label_end_before_another_fields_text() -> None:
    # pdftotext -layout: 其他（注明）'s text wrapped around its own label, under the options.
    got = values(
        "\n"
        "                       其他\n"
        "\n"
        "                       ☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n"
        "\n"
        "  创新发展\n"
        "                                      提供政策智能匹配与免申即享服务；建设适老化专区，\n"
        "                    其他（注明）\n"
        "                                         提供大字版、语音读屏和简洁版页面\n"
        "\n"
    )
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"].startswith("提供政策智能匹配与免申即享服务；建设适老化专区，")


def test_a_labels_head_alone_below_a_name_label_is_no_name() -> None:
    # pdftotext: 信息 | 发布量 is 信息发布量 broken over two lines, not the account's name.
    got = values("微信\n名称\n信息\n发布量\n订阅数\n其他\n创新发展\n")
    assert "wechat_name" not in got


def test_a_label_read_on_into_its_cut_end_below_it() -> None:
    # pdftotext: 答复网民提问数 reads whole, but 量（单位：条） on the next line is its end.
    got = values(
        "在线访谈\n答复网民提问数\n量（单位：条）\n11\n是否提供智能问答\n☐是\n☑否\n安全防护\n"
    )
    assert got["interview_answers"] == 11


def test_a_yes_no_answer_one_option_a_line() -> None:
    got = values("是否提供智能问答\n☐是\n☑否\n安全防护\n")
    assert got["smart_qa"] is False
    got = values("是否有移动新媒体\n☑是\n☑否\n微博\n")
    assert got.get("has_new_media") is True  # a second ticked answer is another field's


def test_a_block_of_four_wrapped_labels_over_one_line_of_values() -> None:
    # pypdfium2: a row's four labels, each over two lines, then the row's values.
    got = values(
        "五、办事服务\n是否发布服务事项目\n录\n注册用户数(单位:\n个)\n政务服务事项数量(单位:\n项)\n"
        "可全程在线办理政务服务事项数量(单\n位: 项)\nþ是  ¨否 ４４２８ １７０ ４１\n办件量\n"
    )
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"]) == (4428, 170)
    assert got["service_items_online"] == 41


def test_an_unticked_rest_after_a_run_of_answers_is_not_the_runs() -> None:
    # pdftotext: the rest of the line before's wrapped list (☐否) follows the run's values.
    got = values(
        "是否建立安 全监测预警\n机制\n\n☑是\n\n是否开展应急演练\n\n是否明确网站安全责任人\n\n"
        "☑是 ☐否\n\n☐是 ☑否\n\n☐否\n\n八、移动新媒体\n"
    )
    assert got["security_monitoring"] is True
    assert got["emergency_drill"] is True
    assert got["security_officer"] is False


def test_the_units_rests_of_labels_abreast_on_a_line_of_their_own() -> None:
    # pdfplumber: each label's unit cut after 单位：, the rests one after another, then the
    # counts, 平均办理时间 left blank as no message was closed.
    got = values(
        "留言办理\n收到留言数量（单位： 办结留言数量（单位： "
        "平均办理时间（单位： 公开答复数量（单位：\n"
        "条） 条） 天） 条）\n0 0 0\n征集调查\n"
    )
    assert (got["messages_received"], got["messages_closed"], got["messages_public"]) == (0, 0, 0)
    assert "messages_avg_days" not in got


def test_a_code_cut_before_its_digits_in_a_line_of_values() -> None:
    # pypdfium2: the police number's head ends the line of values, its digits alone on the
    # next line, the visitors' count on the line after.
    got = values(
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总\n量（单位：个）\n"
        "3601126228 赣ICP备61763706号-1 赣公网安备\n36011211687841号\n485,476\n"
        "网站总访问量（单位：次）\n4,901,473\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("3601126228", "赣ICP备61763706号-1")
    assert got["police_number"] == "赣公网安备36011211687841号"
    assert got["unique_visitors"] == 485476


def test_a_codes_head_alone_on_a_line_after_the_line_of_values() -> None:
    # pypdfium2: the police number's head and digits each on a line of their own.
    got = values(
        "政府网站标识码 ICP备案号 公安机关备案号 独立用户访问总\n量（个）\n"
        "3404216317 皖ICP备33122857号\n皖公网安备\n34042193682890号\n589,089\n"
        "网站总访问量（单位：次）\n4,901,473\n"
    )
    assert (got["site_code"], got["icp_number"]) == ("3404216317", "皖ICP备33122857号")
    assert got["police_number"] == "皖公网安备34042193682890号"
    assert got["unique_visitors"] == 589089


def test_a_groups_name_closing_a_line_heads_a_label_the_next_line_finishes() -> None:
    # pdfplumber: 信 息 发 布 (also the name of a section) | 量(单位: 条) is 信息发布量.
    got = values(
        "微博\n名称 信 息 发 布\n量(单位: 条) 关 注 量(单位: 个)\n无 0 0\n微信\n"
        "名称 信息发布量(单位: 条) 订 阅 数\n(单位: 个)\n公主岭市卫生健康委员会 135 17594\n其他\n"
    )
    assert (got["weibo_name"], got["weibo_posts"], got["weibo_followers"]) == ("无", 0, 0)
    assert got["wechat_posts"] == 135


def test_a_lone_label_of_the_next_column_is_no_rest_of_a_label_above() -> None:
    # pdftotext -layout: 可全程在线办理 (right column) reads on under 政务服务事项数量 (left
    # column, the next line alone), not into it: its own column goes on two lines down.
    got = values(
        "                              办事服务\n"
        "                             可全程在线办理\n"
        "政务服务事项数量\n"
        "             ５０４             事项数量(单位:   １２０\n"
        "  (单位:项)\n"
        "                                  项)\n\n"
        "                      办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (504, 120)


def test_a_groups_name_with_its_unit_after_a_value_ends_it() -> None:
    # pypdfium2: 办件量's heading with its fields' unit run onto the line of the count before.
    got = report_values(
        "可全程在线办理政务服务事项数量（单位：项） 42 办件量（单位：件）\n总数 431\n"
        "自然人办件量\n0\n法 人 办 件 量 431\n互动交流\n"
    )
    assert got["service_items_online"] == 42
    assert (got["cases_total"], got["cases_legal"]) == (431, 431)


def test_two_sections_runs_side_by_side_pair_their_counts_by_unit() -> None:
    # pdftotext without -layout, two sections' tall cells side by side: the first run of
    # labels, one count, the second run, the other counts, each beside its unit.
    got = report_values(
        "独立用户访问总量\n个 436 286\n网站总访问量\n次 2 438 994\n"
        "总数\n信息发布\n概况类信息更新量\n政务动态信息更新量\n信息公开目录信息更新量\n"
        "条 1 980\n专栏专题\n维护数量\n新开设数量\n个 46\n条 10\n条 1 135\n条 835\n个 25\n"
        "解读信息发布\n"
    )
    assert [got[k] for k in ("info_total", "info_overview", "info_news", "info_disclosure")] == [
        1980,
        10,
        1135,
        835,
    ]
    assert (got["columns_maintained"], got["columns_new"]) == (46, 25)


# ------------------------------------------------------ Markdown's emphasis and backslashes


def test_markdown_hard_line_breaks_and_escapes_are_no_part_of_the_values() -> None:
    # pandoc: bold labels, a backslash ending each line of a paragraph, escaped brackets.
    lines = [
        "**网站名称：**某局网站",
        "**首页网址：**http://www.a.gov.cn/",
        "**网站类型：**\\[ \\]政府门户网站 \\[√\\]部门网站 \\[ \\]专项网站",
        "**独立用户访问总量（单位：个）：**71029",
        "**信息发布总数（单位：条）：**236",
    ]
    got = report_values("\\\n".join(lines) + "\n")
    assert (got["site_name"], got["homepage_url"]) == ("某局网站", "http://www.a.gov.cn/")
    assert got["site_type"] == "department"
    assert (got["unique_visitors"], got["info_total"]) == (71029, 236)


def test_a_text_browsers_link_numbers_are_no_part_of_the_address() -> None:
    # lynx -dump: each link's number before it, resolved in a list at the end.
    got = report_values("首页网址 [6]http://www.qdn.gov.cn/\n", without=("首页网址",))
    assert got["homepage_url"] == "http://www.qdn.gov.cn/"


def test_a_markdown_images_tick_box_pictures() -> None:
    # html2text of a page whose boxes are pictures without words: their file names tell.
    on, off = "![](/images/checkbox_on.png)", "![](/images/checkbox_off.png)"
    got = report_values(
        f"是否提供智能问答 | {on}是 {off}否\n网站类型 | {off}政府门户网站 {on}部门网站\n"
    )
    assert (got["smart_qa"], got["site_type"]) == (True, "department")


def test_emphasis_outside_markdowns_html_tables_is_dropped() -> None:
    from nianbao.readers.text import read_text  # noqa: PLC0415

    text = MINERU.replace("（2023年度）", "**（2023年度）**").replace("填报单位", "**填报单位**")
    got = extract_document(read_text(text.encode()), "t").report.to_json()
    assert got["year"] == 2023
    assert got["filing_unit"] == "某县人民政府办公室"


def test_a_note_closing_a_list_before_a_blank_line_is_read() -> None:
    # A Notion export's last option, its note after it, then a blank line and a heading:
    # the line after the note's had no tokens (an IndexError once).
    text = (
        "## 七、安全防护\n\n- **安全检测评估次数（次）**：2\n- **发现问题数量（个）**：无\n"
        "- **问题整改数量（个）**：无\n- **是否建立安全监测预警机制**：✅是 ⬜否\n"
        "- **是否开展应急演练**：✅是 ⬜否\n- **是否明确网站安全责任人**：✅是 ⬜否\n\n"
        "## 八、移动新媒体\n\n- **是否有移动新媒体**：✅是 ⬜否\n- **微博**\n"
        "    - **名称**：微赣州生态环境\n    - **信息发布量（条）**：657\n"
        "    - **关注量（个）**：174,594\n- **其他**：\n\n## 九、创新发展\n\n"
        "- ⬜ 搜索即服务\n- ✅ 千人千网\n- ✅ 其他：网站集约化平台统一用户中心\n\n"
        "## 签署\n\n- 单位负责人：朱敏波\n"
    )
    got = read_alone(text)
    assert got["innovation"] == ["personalized", "other"]
    assert got["innovation_other"] == "网站集约化平台统一用户中心"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "首页网址：http://a.gov.cn/col/col12/，主办单位：某局",
            ["http://a.gov.cn/col/col12/", "某局"],
        ),  # the address keeps its last slash
        (
            "单位负责人：张三、审核人：李四，填报人：王五",
            ["张三", "李四", "王五"],
        ),  # 三、 no numbering
    ],
)
def test_a_label_run_into_the_word_before_it_leaves_the_word_whole(
    text: str, expected: list[str]
) -> None:
    assert [t for kind, t in kinds(text) if kind == "value"] == expected


def test_a_tables_column_head_is_no_value() -> None:
    # pdftotext's reading order sets the head row's last word after the first row's label
    # (类别 | 项目 | 网站名称 | 指标 | 首页网址 …).
    got = report_values("类别\n项目\n网站名称\n\n指标\n\n主办单位\n", without=("网站名称",))
    assert "site_name" not in got


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("独立访客数（个）", "unique_visitors"),
        ("发现安全问题数", "security_issues_found"),
        ("安全问题整改数", "security_issues_fixed"),
    ],
)
def test_labels_templates_reword(label: str, key: str) -> None:
    assert report_values(f"{label}\t7\n")[key] == 7


def test_innovation_said_as_its_functions_with_a_choices_note() -> None:
    got = report_values("创新发展功能（多选）\t搜索即服务、千人千网\n")
    assert got["innovation"] == ["search_as_service", "personalized"]
