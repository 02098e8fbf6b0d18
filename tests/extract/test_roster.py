"""A table of many reports, one a row: each row read as a report of its own."""

from __future__ import annotations

import csv
import html
import io
import itertools
from collections.abc import Sequence

import pytest
from openpyxl import Workbook, load_workbook

from nianbao.coerce import report_from_mapping
from nianbao.errors import ManyReportsError
from nianbao.extract.pipeline import extract_all, extract_bytes
from nianbao.forms import default_form
from nianbao.forms.model import Field
from nianbao.render.summary_book import SummaryBook
from nianbao.synthetic import synthetic_report


def _reports(count: int) -> list[dict[str, object]]:
    return [report_from_mapping(synthetic_report(seed)).to_json() for seed in range(count)]


def _summary(reports: list[dict[str, object]]) -> bytes:
    book = SummaryBook()
    for n, values in enumerate(reports):
        book.add(f"r{n}.json", report_from_mapping(values), [])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_nianbao_summary_read_back_gives_each_report() -> None:
    reports = _reports(3)
    found = extract_all(_summary(reports), "s.xlsx")
    assert [e.source for e in found] == [
        "s.xlsx#1",
        "s.xlsx#2",
        "s.xlsx#3",
    ]
    for values, extraction in zip(reports, found, strict=True):
        assert extraction.report.to_json() == values
        assert extraction.notes[-1].startswith("汇总表中的一份报表：工作表「汇总」第 ")
    # Provenance names the cell in the table the value came from.
    assert found[0].report.provenance["site_name"].where.startswith("工作表「汇总」第 3 行")


# A province's collection sheet: group names over generic labels, a totals row at the end.
_GROUPED = (
    ("基本信息", "网站名称"),
    (None, "政府网站标识码"),
    (None, "独立用户访问总量"),
    ("信息发布", "总数"),
    (None, "概况类信息更新量"),
    (None, "政务动态信息更新量"),
    ("微博", "名称"),
    (None, "信息发布量"),
    (None, "关注量"),
    ("微信", "名称"),
    (None, "信息发布量"),
    (None, "订阅数"),
)
_KEYS = (
    "site_name",
    "site_code",
    "unique_visitors",
    "info_total",
    "info_overview",
    "info_news",
    "weibo_name",
    "weibo_posts",
    "weibo_followers",
    "wechat_name",
    "wechat_posts",
    "wechat_subscribers",
)


def _grouped_sheet(reports: list[dict[str, object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["2023年度全省政府网站工作年度报表汇总"])
    sheet.append(["序号", *(group for group, _ in _GROUPED)])
    sheet.append([None, *(label for _, label in _GROUPED)])
    for n, values in enumerate(reports, 1):
        sheet.append([n, *(values.get(key) for key in _KEYS)])
    sheet.append(["合计", None, None, sum(int(str(v["unique_visitors"])) for v in reports)])
    sheet.merge_cells("B2:D2")
    sheet.merge_cells("E2:G2")
    sheet.merge_cells("H2:J2")
    sheet.merge_cells("K2:M2")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_group_names_over_generic_labels_name_each_column() -> None:
    reports = [r for r in _reports(12) if r.get("weibo_name") and r.get("wechat_name")][:4]
    assert len(reports) == 4
    found = extract_all(_grouped_sheet(reports), "province.xlsx")
    assert len(found) == 4  # the totals row is no report
    for values, extraction in zip(reports, found, strict=True):
        got = extraction.report.to_json()
        assert {k: got.get(k) for k in _KEYS} == {k: values[k] for k in _KEYS}


def test_a_report_laid_out_across_is_one_report() -> None:
    values = _reports(1)[0]
    # One row of labels over one row of values: a single report, whatever its width.
    book = SummaryBook()
    book.add("r.json", report_from_mapping(values), [])
    out = io.BytesIO()
    book.save(out)
    found = extract_all(out.getvalue(), "one.xlsx")
    assert len(found) == 1
    assert found[0].source == "one.xlsx"


def test_a_wide_table_of_one_report_keeps_its_title() -> None:
    # A system's export of one report, a column a field, under a title giving the year:
    # read as a table of one, the title's year with it.
    values = _reports(1)[0]
    year = values.pop("year")
    book = load_workbook(io.BytesIO(_summary([values])))
    sheet = book.worksheets[0]
    sheet.insert_rows(1)
    sheet["A1"] = f"政府网站工作年度报表（{year}年度）"
    out = io.BytesIO()
    book.save(out)
    found = extract_bytes(out.getvalue(), "one.xlsx")
    assert found.source == "one.xlsx"
    assert found.report.to_json() == {**values, "year": year}


def test_one_report_wanted_from_a_table_of_reports_is_refused_with_its_count() -> None:
    with pytest.raises(ManyReportsError, match=r"有 3 份报表.*nianbao extract"):
        extract_bytes(_summary(_reports(3)), "s.xlsx")


def test_sparse_rows_are_reports_notes_under_the_table_are_not() -> None:
    reports = _reports(3)
    book = Workbook()
    sheet = book.active
    labels = ("网站名称", "首页网址", "主办单位", "政府网站标识码", "ICP备案号")
    labels += ("公安机关备案号", "独立用户访问总量", "网站总访问量")
    keys = ("site_name", "homepage_url", "sponsor", "site_code", "icp_number")
    keys += ("police_number", "unique_visitors", "page_views")
    sheet.append(labels)
    sheet.append([reports[0][k] for k in keys])
    sheet.append([reports[1][k] for k in keys[:3]])  # a site that filled three fields
    sheet.append(["注：访问量以统计系统为准。"])
    sheet.append([reports[2][k] for k in keys])
    out = io.BytesIO()
    book.save(out)
    found = extract_all(out.getvalue(), "t.xlsx")
    assert [e.report.values.get("site_name") for e in found] == [
        reports[0]["site_name"],
        reports[1]["site_name"],
        reports[2]["site_name"],
    ]
    assert found[1].report.values.get("page_views") is None


def test_a_header_again_is_no_report_the_row_under_it_is() -> None:
    reports = _reports(4)
    data = _summary(reports[:2])
    book = Workbook()
    sheet = book.active
    source = load_workbook(io.BytesIO(data)).worksheets[0]
    rows = [list(r) for r in source.iter_rows(values_only=True)]
    for row in [*rows[1:4], rows[1], ["x", *rows[2][1:]]]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    found = [e.report.to_json() for e in extract_all(out.getvalue(), "t.xlsx")]
    assert [v["site_name"] for v in found] == [
        reports[0]["site_name"],
        reports[1]["site_name"],
        reports[0]["site_name"],  # the row under the header repeated (a table's next page)
    ]


def test_headers_in_nianbaos_own_names_for_fields() -> None:
    form = default_form()
    keys = ("year", "info_total", "interp_total", "cases_total", "interview_messages")
    keys += ("security_issues_found", "security_issues_fixed", "weibo_posts")
    reports = _reports(2)
    book = Workbook()
    sheet = book.active
    sheet.append([form.by_key[k].display for k in keys])
    for values in reports:
        sheet.append([values[k] for k in keys])
    out = io.BytesIO()
    book.save(out)
    found = extract_all(out.getvalue(), "t.xlsx")
    assert [{k: e.report.to_json().get(k) for k in keys} for e in found] == [
        {k: values[k] for k in keys} for values in reports
    ]


def _rows_of(data: bytes) -> list[list[str]]:
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("kind", ["csv", "html", "tabs"])
def test_tables_of_reports_in_other_formats(kind: str) -> None:
    reports = _reports(3)
    rows = _rows_of(_summary(reports))
    if kind == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        data = out.getvalue().encode()
    elif kind == "html":
        cells = ("".join(f"<td>{html.escape(c)}</td>" for c in row) for row in rows)
        data = f"<html><body><table>{''.join(f'<tr>{c}</tr>' for c in cells)}</table>".encode()
    else:
        data = "\n".join("\t".join(row) for row in rows).encode()
    found = extract_all(data, f"s.{kind}")
    assert [e.report.to_json() for e in found] == reports


def test_a_row_repeated_in_the_table_is_kept() -> None:
    reports = _reports(2)
    found = extract_all(_summary([reports[0], reports[0], reports[1]]), "s.xlsx")
    assert [e.source for e in found] == ["s.xlsx#1", "s.xlsx#2", "s.xlsx#3"]


def _three_row_header_page(values_row: list[str]) -> bytes:
    """A system's export of one report: sections over group names over sub-labels, a
    label with no group spanning the two rows under its section, the head fields
    spanning all three."""
    table = _three_row_table(default_form().fields, values_row)
    return f"<html><body><p>报表导出</p>{table}</body></html>".encode()


def _three_row_table(fields: Sequence[Field], values_row: list[str]) -> str:
    levels: list[list[str | None]] = []
    for field in fields:
        path = field.path
        if path[0] == default_form().sections[0].label:
            levels.append([field.label, None, None])
        elif len(path) > 1:
            levels.append([path[0], path[1], field.label])
        else:
            levels.append([path[0], field.label, None])
    rows = []
    for depth in range(3):
        cells, col = [], 0
        while col < len(levels):
            name = levels[col][depth]
            end = col + 1
            if depth < 2 and name is not None and levels[col][depth + 1] is not None:
                while end < len(levels) and levels[end][: depth + 1] == levels[col][: depth + 1]:
                    end += 1  # a group's name spans the columns of its members
            if name is not None:
                down = next((d for d in range(depth + 1, 3) if levels[col][d] is not None), 3)
                span = f' colspan="{end - col}"' if end - col > 1 else ""
                span += f' rowspan="{down - depth}"' if down - depth > 1 else ""
                cells.append(f"<th{span}>{html.escape(name)}</th>")
            col = end
        rows.append("".join(cells))
    rows.append("".join(f"<td>{html.escape(v)}</td>" for v in values_row))
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return f"<table>{body}</table>"


def test_a_header_three_rows_deep_names_each_column_by_its_deepest_label() -> None:
    values = _reports(1)[0]
    header, row = _rows_of(_summary([values]))[1:3]
    assert len(header) - 1 == len(default_form().fields)  # one column a field, in form order
    found = extract_bytes(_three_row_header_page(row[1:]), "export.html")
    assert found.report.to_json() == values


def test_a_report_laid_out_across_in_several_tables_is_read_from_all() -> None:
    # A form too wide for one table: its first table wide enough to be a table of one
    # report, the next sections in tables of their own, the signatures in a line after.
    values = _reports(1)[0]
    row = _rows_of(_summary([values]))[2][1:]
    form = default_form()
    fields = list(form.fields)
    cuts = [0]
    for section in ("办事服务", "安全防护", "签署"):
        cuts.append(next(k for k, f in enumerate(fields) if f.path[0] == section))
    tables = [_three_row_table(fields[a:b], row[a:b]) for a, b in itertools.pairwise(cuts)]
    signed = "；".join(
        f"{f.label}：{v}" for f, v in zip(fields[cuts[-1] :], row[cuts[-1] :], strict=True)
    )
    page = f"<html><body><p>报表导出</p>{''.join(tables)}<p>{signed}</p></body></html>"
    found = extract_all(page.encode(), "export.html")
    assert len(found) == 1
    assert found[0].report.to_json() == values


def test_a_report_set_across_section_by_section_is_one_report() -> None:
    # Each section a row of labels over a row of values; the last, 创新发展, its options as
    # column heads over a row holding the mark. No table of reports: its rows of marks
    # and options are no report rows.
    book = Workbook()
    sheet = book.active
    for row in (
        ["政府网站工作年度报表（2022年度）"],
        ["填报单位：某市生态环境局"],
        ["基本信息", "网站名称", "首页网址", "主办单位", "网站类型", "政府网站标识码"],
        [
            "",
            "某市生态环境局网站",
            "http://sthjj.a.gov.cn",
            "某市生态环境局",
            "部门网站",
            "5107000036",
        ],
        [
            "移动新媒体",
            "是否有移动新媒体",
            "微博名称",
            "微博信息发布量（条）",
            "微博关注量（个）",
            "微信名称",
            "微信信息发布量（条）",
            "微信订阅数（个）",
            "其他",
        ],
        ["", "是", "某市生态环境", 3832, 76620, "某市生态环境", 1513, 655389],
        ["创新发展", "搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"],
        ["", "", "", "☑", "", ""],
        ["独立用户访问总量（个）", 30241, "网站总访问量（次）", 242130],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    found = extract_all(out.getvalue(), "across.xlsx")
    assert len(found) == 1
    got = found[0].report.to_json()
    assert got["site_name"] == "某市生态环境局网站"
    assert (got["weibo_followers"], got["wechat_subscribers"]) == (76620, 655389)
    assert got["innovation"] == ["accessibility"]
    assert got["year"] == 2022


def test_a_collection_sheets_title_year_bits_and_row_numbers() -> None:
    # A province's collection: its title gives every row's year; yes-or-no columns in
    # 1 and 0, the site's type in short, the rows numbered (序号 is no title's year).
    book = Workbook()
    sheet = book.active
    sheet.append(["六安市政府网站工作年度报表（2019年度）汇总"])
    sheet.append(["制表单位：六安市人民政府办公室"])
    sheet.append(["说明：是否类指标 1=是，0=否；序号为汇总顺序。"])
    labels = ["序号", "网站名称", "首页网址", "网站类型", "政府网站标识码"]
    labels += ["独立用户访问总量", "网站总访问量", "是否发布服务事项目录", "是否有移动新媒体"]
    sheet.append(labels)
    sheet.append([1, "六安市人民政府", "http://www.luan.gov.cn/", "门户", "3415000001"])
    sheet["F5"], sheet["G5"], sheet["H5"], sheet["I5"] = 1724536, 5176861, 1, 0
    sheet.append([2, "六安市自然资源和规划局", "http://zrzy.luan.gov.cn/", "部门", "3415000025"])
    sheet["F6"], sheet["G6"], sheet["H6"], sheet["I6"] = 357727, 2865203, 0, 1
    out = io.BytesIO()
    book.save(out)
    first, second = (e.report.to_json() for e in extract_all(out.getvalue(), "t.xlsx"))
    assert (first["year"], second["year"]) == (2019, 2019)
    assert (first["site_type"], second["site_type"]) == ("portal", "department")
    assert first["service_catalog_published"] is True
    assert first["has_new_media"] is False
    assert second["has_new_media"] is True
    assert "filing_unit" not in first  # the office that drew the table up


def test_a_row_number_under_a_merged_head_is_no_year() -> None:
    # 序号 merged down a header of group names, labels and units, under the title.
    basic = ["网站名称", "首页网址", "主办单位", "网站类型", "政府网站标识码", "ICP备案号"]
    book = Workbook()
    sheet = book.active
    sheet.append(["天水市2021年度政府网站工作年度报表"])
    sheet.append(["序号", "基本信息", *[None] * 5, "访问量", None])
    sheet.append([None, *basic, "独立用户访问总量", "网站总访问量"])
    sheet.append([None, *[None] * 6, "单位：个", "单位：次"])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:G2")
    sheet.merge_cells("H2:I2")
    for n, name in enumerate(["天水市人民政府", "天水市文化广电旅游局", "天水市12345热线"], 1):
        site = ["http://www.ts.gov.cn/", "天水市人民政府办公室", "部门网站", f"620500000{n}"]
        sheet.append([str(n), name, *site, f"甘ICP备1533672{n}号", 2262832 + n, 11321922 + n])
    out = io.BytesIO()
    book.save(out)
    found = [e.report.to_json() for e in extract_all(out.getvalue(), "t.xlsx")]
    assert [values.get("year") for values in found] == [2021, 2021, 2021]


def test_a_choices_options_as_columns_under_its_merged_label() -> None:
    # 创新发展 merged over a column for each option, ticked or left blank.
    options = ["搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"]
    labels = ["网站名称", "政府网站标识码", "网站类型", "独立用户访问总量", "网站总访问量"]
    labels += ["信息发布总数", "是否使用统一平台", "是否有移动新媒体"]
    book = Workbook()
    sheet = book.active
    sheet.append([*labels, "创新发展", *[None] * 4])
    sheet.append([*[None] * len(labels), *options])
    for col in range(1, len(labels) + 1):
        sheet.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    sheet.merge_cells(start_row=1, start_column=len(labels) + 1, end_row=1, end_column=13)
    sheet.append(["甲局网站", "5204000001", "部门网站", 100, 200, 30, "是", "否", "☑", "", "☑"])
    sheet.append(["乙局网站", "5204000002", "部门网站", 100, 200, 30, "是", "否", "", "☑", ""])
    out = io.BytesIO()
    book.save(out)
    first, second = (e.report.to_json() for e in extract_all(out.getvalue(), "t.xlsx"))
    assert first["innovation"] == ["search_as_service", "accessibility"]
    assert second["innovation"] == ["multilingual"]
