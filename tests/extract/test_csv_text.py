"""A spreadsheet saved as CSV, read as text whose fields are cells (readers/csv_text.py)."""

from __future__ import annotations

import csv
import io

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.csv_text import as_tab_separated, csv_rows

ROWS = [
    ["附件1", "", "", ""],
    ["政府网站工作年度报表", "", "", ""],
    ["（2023年度）", "", "", ""],
    ["填报单位：龙江县人民政府办公室", "", "", ""],
    ["基\n本\n信\n息", "网站名称", "龙江县人民政府门户网站", ""],
    ["", "首页网址", "http://www.longjiang.gov.cn/", ""],
    ["", "主办单位", "龙江县人民政府办公室", ""],
    ["", "网站类型", "☐政府门户网站 ☑部门网站 ☐专项网站", ""],
    ["", "政府网站标识码", "2302210001", ""],
    ["信息发布", "总数(单位: 条)", "1,234", ""],
    ["", "概况类信息更新量(单位: 条)", "34", ""],
    ["", "政务动态信息更新量(单位: 条)", "600", ""],
    ["", "信息公开目录信息更新量(单位: 条)", "600", ""],
    ["留言办理", "收到留言数量(单位: 条)", "办结留言数量(单位: 条)", "公开答复数量(单位: 条)"],
    ["", "12", "10", "9"],
    ["单位负责人：张三    填报人：李四", "", "", ""],
    # Another form's report after this one, which repeats its labels.
    ["政务新媒体工作年度报表", "", "", ""],
    ["留言办理", "收到留言数量(单位: 条)", "7857", ""],
]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_a_sheet_saved_as_csv_reads_as_its_cells() -> None:
    got = extract_bytes(_csv(ROWS).encode("gb18030"), "报表.csv").report.to_json()
    assert got["site_name"] == "龙江县人民政府门户网站"
    assert (got["site_type"], got["site_code"]) == ("department", "2302210001")
    assert (got["info_total"], got["info_overview"]) == (1234, 34)
    # Labels abreast over their values, and the other form's 7857 left alone.
    assert (got["messages_received"], got["messages_closed"]) == (12, 10)
    assert got["messages_public"] == 9


def test_padding_is_dropped_and_a_hand_wrapped_cell_joined() -> None:
    text = as_tab_separated([["基\n本\n信\n息", "网站名称", "某局网站", ""], ["附件1", "", ""]])
    assert text.splitlines() == ["基本信息\t网站名称\t某局网站", "附件1"]
    assert as_tab_separated([["Open\nData", "x"]]) == "Open Data\tx"


def test_text_with_commas_in_its_counts_is_no_csv() -> None:
    # pdftotext: a few lines hold counts with thousands separators, in no steady number.
    text = "网站名称 某局\n总数 2,531 13 1,922 570\n维护数量 16 15\n注册用户数 11,045\n访谈期数 3\n"
    assert csv_rows(text) is None
    assert csv_rows("网站名称\t某局\n" * 6) is None  # tab-separated
    assert csv_rows(_csv(ROWS[:4])) is None  # too few lines to tell


def test_csv_rows_keep_quoted_commas_and_line_breaks() -> None:
    rows = csv_rows(_csv(ROWS))
    assert rows is not None
    assert rows[4][0] == "基\n本\n信\n息"
    assert rows[9][2] == "1,234"


def _delimited(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC).writerows(rows)
    return out.getvalue()


def test_a_sheet_saved_with_semicolons_reads_as_its_cells() -> None:
    # Where the comma is the decimal mark, the sheet's fields are set apart by semicolons;
    # its text fields are quoted, and commas inside them (1,234) are no separators.
    got = extract_bytes(_delimited(ROWS, ";").encode("utf-8"), "报表.csv").report.to_json()
    assert got["site_name"] == "龙江县人民政府门户网站"
    assert (got["info_total"], got["info_overview"]) == (1234, 34)
    assert got["messages_public"] == 9


def test_a_sheet_saved_as_text_with_quoted_fields_loses_its_quotes() -> None:
    got = extract_bytes(_delimited(ROWS, "\t").encode("gb18030"), "报表.txt").report.to_json()
    assert got["filing_unit"] == "龙江县人民政府办公室"
    assert got["site_name"] == "龙江县人民政府门户网站"
    assert got["site_code"] == "2302210001"


def test_tab_separated_text_without_quotes_is_read_as_before() -> None:
    assert csv_rows("网站名称\t某局\n" * 6) is None
    # A quote opening a line's first field, but lines of no steady width: no sheet.
    assert csv_rows('"某区发布"\t1\n网站名称\t某局\t网址\n' * 3) is None


EXPORT = [
    ("报表年度", "2021"),
    ("填报单位", "吴忠市住房公积金管理中心"),
    ("网站名称", "吴忠市住房公积金网"),
    ("首页网址", "https://gjj.wuzhong.gov.cn/"),
    ("主办单位", "吴忠市住房公积金管理中心"),
    ("政府网站标识码", "6403000938"),
    ("ICP备案号", "宁ICP备19589262号"),
    ("公安机关备案号", "宁公网安备64032402784342号"),
    ("独立用户访问总量", "346179"),
    ("网站总访问量", "2135919"),
    ("信息发布总数", "1253"),
    ("专栏专题维护数量", "32"),
    ("解读信息发布总数", "80"),
    ("注册用户数", "848"),
    ("政务服务事项数量", "798"),
    ("收到留言数量", "4"),
    ("办结留言数量", "4"),
    ("征集调查期数", "1"),
    ("访谈期数", "2"),
    ("安全检测评估次数", "52"),
    ("发现问题数量", "30"),
    ("问题整改数量", "27"),
]


def test_an_export_of_one_report_a_column_a_field() -> None:
    # A system's export: one line of labels, one of values. Two lines only, but each as
    # wide as a table of reports': read as CSV, and as a table of one report.
    text = _csv([[label for label, _ in EXPORT], [value for _, value in EXPORT]])
    assert csv_rows(text) is not None
    assert csv_rows("网站名称,某局\n首页网址,http://a.gov.cn/\n") is None  # too few fields
    extraction = extract_bytes(("\ufeff" + text).encode(), "export.csv")
    got = extraction.report.to_json()
    assert extraction.source == "export.csv"
    assert got["site_name"] == "吴忠市住房公积金网"
    assert got["year"] == 2021
    assert got["unique_visitors"] == 346179
    assert got["security_issues_fixed"] == 27
    assert got["messages_closed"] == 4


def test_an_export_in_sections_of_their_own_widths() -> None:
    # [基本信息] then 项目,内容 rows; [信息发布] then 分组,指标,数值,单位 rows.
    text = "\n".join(
        [
            "报表名称,政府网站工作年度报表",
            "统计年度,2023",
            "填报单位,偃师区退役军人事务局",
            "",
            "[基本信息]",
            "项目,内容",
            "网站名称,偃师区退役军人事务局网站",
            "主办单位,偃师区退役军人事务局",
            "政府网站标识码,4103070119",
            "独立用户访问总量(单位:个),29571",
            "网站总访问量(单位:次),126935",
            "",
            "[解读回应]",
            "分组,指标,数值,单位",
            "解读信息发布,总数,56,条",
            "解读信息发布,解读材料数量,43,条",
            ",回应公众关注热点或重大舆情数量,0,次",
            "",
            "[互动交流]",
            "分组,指标,数值,单位",
            "征集调查,征集调查期数,3,期",
            "在线访谈,访谈期数,1,期",
        ]
    )
    got = extract_bytes(text.encode(), "export.csv").report.to_json()
    assert got["site_name"] == "偃师区退役军人事务局网站"
    assert (got["interp_total"], got["interp_materials"], got["hotspot_responses"]) == (56, 43, 0)
    assert (got["surveys"], got["interviews"]) == (3, 1)
    assert got["year"] == 2023


def test_prose_in_paragraphs_with_commas_is_no_csv() -> None:
    prose = "本网站2023年共发布信息1,234条, 较上年增长12%。\n\n解读材料43条, 产品7个。\n\n"
    assert csv_rows(prose * 3) is None
