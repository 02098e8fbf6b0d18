"""Tables of reports in the shapes provinces print and collect them: a header repeated on
every printed page, a sheet per city, subtotal rows, a unit's cell merged down over its
sites (readers' merges and pages, read by extract.roster)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from nianbao.extract.pipeline import extract_all

_LABELS = ["序号", "网站名称", "主办单位", "政府网站标识码", "网站类型", "首页网址"]
_LABELS += ["独立用户访问总量", "网站总访问量", "信息发布总数", "概况类信息更新量"]
_LABELS += ["政务动态信息更新量"]


def _site(n: int) -> list[object]:
    site = [n, f"某市第{n}局网站", f"某市第{n}局", f"33010000{n:02d}", "部门网站"]
    return [*site, f"http://j{n}.example.gov.cn/", 1000 + n]


def _row(n: int) -> list[object]:
    return [*_site(n), 5000 + n, 300 + n, 10 + n, 200 + n]


def _saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _names(data: bytes) -> list[object]:
    return [e.report.to_json().get("site_name") for e in extract_all(data, "t.xlsx")]


def _group_header(sheet: Worksheet) -> None:
    """Groups' names over the labels, 序号 merged down both rows."""
    top = sheet.max_row + 1
    sheet.append(["序号", "基本信息", *[None] * 4, "访问量", None, "信息发布", None, None])
    labels = [*_LABELS[1:-3], "总数", "概况类信息更新量", "政务动态信息更新量"]
    sheet.append([None, *labels])
    for first, last in ((1, 1), (2, 6), (7, 8), (9, 11)):
        sheet.merge_cells(start_row=top, start_column=first, end_row=top, end_column=last)
    sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)


def _merged_down_header(sheet: Worksheet) -> None:
    """信息发布 merged over its three counts, the other labels merged down both rows."""
    top = sheet.max_row + 1
    sheet.append([*_LABELS[:-3], "信息发布", None, None])
    sheet.append([*[None] * (len(_LABELS) - 3), "总数", "概况类信息更新量", "政务动态信息更新量"])
    for col in range(1, len(_LABELS) - 2):
        sheet.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    end = len(_LABELS)
    sheet.merge_cells(start_row=top, start_column=end - 2, end_row=top, end_column=end)


def test_a_table_printed_over_pages_goes_on_under_its_repeated_header() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["某省2020年度政府网站工作年度报表数据汇总"])
    _group_header(sheet)
    for n in (1, 2, 3):
        sheet.append(_row(n))
    sheet.append(["第 1 页，共 2 页"])
    sheet.append(["某省2020年度政府网站工作年度报表数据汇总（续表）"])
    _group_header(sheet)  # its groups' names are no site's
    sheet.append(_row(4))  # the last page's one site
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("site_name") for v in found] == [f"某市第{n}局网站" for n in (1, 2, 3, 4)]
    assert [v.get("year") for v in found] == [2020] * 4


def test_a_workbook_of_a_sheet_per_city_gives_every_sheets_sites() -> None:
    book = Workbook()
    for k, city in enumerate(["南京市", "无锡市"]):
        sheet = book.active if not k else book.create_sheet(city)
        sheet.title = city
        sheet.append([f"{city}2023年度政府网站工作年度报表汇总表"])
        sheet.append([f"报送单位：{city}人民政府办公室"])
        _merged_down_header(sheet)
        for n in range(1 + 3 * k, 4 + 3 * k - k):
            sheet.append(_row(n))
    assert _names(_saved(book)) == [f"某市第{n}局网站" for n in (1, 2, 3, 4, 5)]


def test_subtotal_rows_beside_a_city_merged_down_are_no_reports() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["设区市", *_LABELS])
    sheet.append(["福州市", *_row(1)])
    sheet.append([None, *_row(2)])
    sheet.append([None, None, "小计", None, "2个网站", None, None, 2003, 10003, 603, 23, 403])
    sheet.append(["厦门市", *_row(3)])
    sheet.append([None, *_row(4)])
    sheet.append([None, None, "小计", None, "2个网站", None, None, 2007, 10007, 607, 27, 407])
    sheet.append(["总计", None, None, None, "4个网站", None, None, 4010, 20010, 1210, 50, 810])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("A5:A7")
    sheet.merge_cells("A8:C8")
    assert _names(_saved(book)) == [f"某市第{n}局网站" for n in (1, 2, 3, 4)]


def test_a_units_cell_merged_down_over_its_sites_is_each_sites() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(_LABELS)
    sheet.append(_row(1))
    service = [2, "某市政务服务网", None, "3301000099", "专项网站", "http://zw.example.gov.cn/"]
    sheet.append([*service, 77, 88, 9, 1, 5])
    sheet.append(_row(3))
    sheet.merge_cells("C2:C3")  # 某市第1局 runs the portal and the service site
    sponsors = [e.report.to_json().get("sponsor") for e in extract_all(_saved(book), "t.xlsx")]
    assert sponsors == ["某市第1局", "某市第1局", "某市第3局"]


def _turned(top: list[str], columns: list[list[object]]) -> bytes:
    """Labels down the first column, a column of values for each of `top`'s names."""
    book = Workbook()
    sheet = book.active
    sheet.append(["指标", *top])
    for k, label in enumerate(_LABELS[1:], 1):
        sheet.append([label, *(column[k] for column in columns)])
    return _saved(book)


def test_a_table_of_a_column_per_site_gives_each_column() -> None:
    data = _turned(["甲局", "乙局", "丙局"], [_row(1), _row(2), _row(3)])
    found = [e.report.to_json() for e in extract_all(data, "t.xlsx")]
    assert [v.get("sponsor") for v in found] == ["某市第1局", "某市第2局", "某市第3局"]
    assert [v.get("info_news") for v in found] == [201, 202, 203]
    where = extract_all(data, "t.xlsx")[1].report.provenance["sponsor"].where
    assert where == "工作表「Sheet」第 3 列 第 3 格"


def test_a_csv_of_a_column_per_site_gives_each_column() -> None:
    columns = [_row(1), _row(2), _row(3)]
    lines = ["指标,甲局,乙局,丙局"]
    lines += [
        ",".join([label, *(str(c[k]) for c in columns)]) for k, label in enumerate(_LABELS[1:], 1)
    ]
    found = [e.report.to_json() for e in extract_all("\n".join(lines).encode(), "t.csv")]
    assert [v.get("site_code") for v in found] == ["3301000001", "3301000002", "3301000003"]


def test_a_column_per_site_under_a_title_with_a_column_of_groups_names() -> None:
    # 栏目 | 指标 | 网站1 | 网站2 | 网站3 under the sheet's title, the groups' names once.
    book = Workbook()
    sheet = book.active
    sheet.append(["某市政府网站工作年度报表（2023年度）"])
    sheet.append(["栏目", "指标", "网站1", "网站2", "网站3"])
    columns = [_row(1), _row(2), _row(3)]
    for k, label in enumerate(_LABELS[1:], 1):
        group = "基本信息" if k == 1 else ("信息发布" if label == "信息发布总数" else None)
        sheet.append([group, label, *(column[k] for column in columns)])
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("sponsor") for v in found] == ["某市第1局", "某市第2局", "某市第3局"]
    assert [v.get("year") for v in found] == [2023, 2023, 2023]


def test_this_year_beside_last_year_is_one_report() -> None:
    for top in (["本年", "上年"], ["2023年", "2022年"], ["数值", "单位"]):
        assert len(extract_all(_turned(top, [_row(1), _row(2)]), "t.xlsx")) == 1


def test_a_reports_columns_of_units_and_values_after_its_labels_are_no_sites() -> None:
    # 序号 | 指标名称 | 计量单位 | 填报数值: one report, its units' and values' columns.
    book = Workbook()
    sheet = book.active
    sheet.append(["政府网站工作年度报表（2025年度）"])
    sheet.append(["序号", "指标名称", "计量单位", "填报数值"])
    for k, (label, value) in enumerate(zip(_LABELS[1:], _row(1)[1:], strict=False), 1):
        sheet.append([k, label, "—" if k < 6 else "个", value])
    found = extract_all(_saved(book), "t.xlsx")
    assert len(found) == 1
    assert found[0].report.to_json().get("sponsor") == "某市第1局"


def test_a_systems_field_codes_over_its_labels_are_no_values() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["xh", "wzmc", "zbdw", "wzbsm", "wzlx", "sydz", "dlyh", "zfwl", "xxzs", "gk", "zw"]
    )
    sheet.append(_LABELS)
    first = _row(1)
    first[5] = None  # 首页网址 left blank: no code from the row above in its place
    sheet.append(first)
    sheet.append(_row(2))
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("site_name") for v in found] == ["某市第1局网站", "某市第2局网站"]
    assert "homepage_url" not in found[0]


def test_a_workbook_of_a_sheet_a_year_gives_each_sheets_year() -> None:
    book = Workbook()
    for k, year in enumerate(["2022年", "2023年"]):
        sheet = book.active if not k else book.create_sheet()
        sheet.title = year
        sheet.append(_LABELS)
        sheet.append(_row(1))
        sheet.append(_row(2))
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("year") for v in found] == [2022, 2022, 2023, 2023]


def test_a_headline_in_its_own_words_gives_the_year() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["柳州市政府网站2019年度工作报表数据汇总"])
    sheet.append(["制表单位：柳州市人民政府办公室"])
    sheet.append(["说明：数据来源于各网站报送的年度报表。"])
    sheet.append(_LABELS)
    sheet.append(_row(1))
    sheet.append(_row(2))
    assert [e.report.to_json().get("year") for e in extract_all(_saved(book), "t.xlsx")] == [
        2019,
        2019,
    ]


def test_a_site_yet_to_report_is_listed_by_name_and_code() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(_LABELS)
    sheet.append(_row(1))
    sheet.append([None, "某市未报送网站", None, "3301000077"])
    sheet.append(_row(2))
    sheet.append(["注：未报送的网站仅列名称。"])
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("site_name") for v in found] == [
        "某市第1局网站",
        "某市未报送网站",
        "某市第2局网站",
    ]
    assert found[1] == {"site_name": "某市未报送网站", "site_code": "3301000077"}


def test_a_name_broken_in_its_cell_reads_whole() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(_LABELS)
    for n in (1, 2):
        row = _row(n)
        row[1] = f"某市第{n}局\n门户网站"
        sheet.append(row)
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("site_name") for v in found] == ["某市第1局门户网站", "某市第2局门户网站"]


def test_heads_cut_short_to_fit_narrow_columns() -> None:
    heads = [*_LABELS[:4], "类型", *_LABELS[5:], "回应热点数量", "办件量总数"]
    book = Workbook()
    sheet = book.active
    sheet.append(heads)
    for n in (1, 2):
        row = _row(n)
        row[4] = "部门"  # the type cut short as well
        sheet.append([*row, 3 + 2 * n, 100])
    found = [e.report.to_json() for e in extract_all(_saved(book), "t.xlsx")]
    assert [v.get("site_type") for v in found] == ["department", "department"]
    assert [v.get("hotspot_responses") for v in found] == [5, 7]


def _short_table(heads: list[str], rows: list[list[object]], lead: list[str]) -> bytes:
    """A summary of a few fields under heads cut short, lines of what and who over it."""
    book = Workbook()
    sheet = book.active
    sheet.append(["某省2023年度政府网站工作年度报表汇总表"])
    for line in lead:
        sheet.append([line])
    sheet.append(heads)
    for row in rows:
        sheet.append(row)
    return _saved(book)


def _values(data: bytes, key: str) -> list[object]:
    return [e.report.to_json().get(key) for e in extract_all(data, "t.xlsx")]


_SHORT_HEADS = ["序号", "网站名称", "标识码", "类型", "收到留言", "办结留言", "公开答复"]
_SHORT_HEADS += ["智能问答", "访谈网民留言"]


def _short_row(n: int, kind: object = "部门") -> list[object]:
    return [n, f"某市第{n}局", f"33010000{n:02d}", kind, 40 + n, 30 + n, 20 + n, "是", n]


def test_a_table_under_heads_cut_short_is_a_table_of_reports() -> None:
    # Four heads are labels; five more are cut short (收到留言 for 收到留言数量).
    data = _short_table(_SHORT_HEADS, [_short_row(n) for n in (1, 2, 3)], [])
    assert _values(data, "messages_closed") == [31, 32, 33]
    assert _values(data, "interview_messages") == [1, 2, 3]


def test_the_code_table_over_a_table_reads_its_coded_cells() -> None:
    legend = "说明：网站类型：1门户 2部门 3专项；是否类指标：1是 2否"
    rows = [_short_row(n, kind) for n, kind in ((1, 1), (2, 3))]
    rows[1][7] = 2
    data = _short_table(_SHORT_HEADS, rows, [legend])
    assert _values(data, "site_type") == ["portal", "special"]
    assert _values(data, "smart_qa") == [True, False]


def test_who_drew_a_table_up_is_no_reports_unit() -> None:
    lead = ["填报单位（盖章）：某省人民政府办公厅政务公开办"]
    data = _short_table(_SHORT_HEADS, [_short_row(n) for n in (1, 2)], lead)
    assert _values(data, "filing_unit") == [None, None]
    assert _values(data, "site_name") == ["某市第1局", "某市第2局"]


def test_a_head_cut_to_what_no_other_head_names_is_that_field() -> None:
    # 事项数 is in both 政务服务事项数量 and 可全程在线办理政务服务事项数量: 全程在线 names the
    # second. 法人 is 法人办件量's start; 留言数 is a label variant of 收到留言数量.
    heads = [*_SHORT_HEADS[:4], "事项数", "全程在线", "自然人", "法人", "留言数", "注册用户"]
    rows = [[*_short_row(n)[:4], 100 + n, 50 + n, 7 + n, 3 + n, 9 + n, 6] for n in (1, 2)]
    data = _short_table(heads, rows, [])
    assert _values(data, "service_items") == [101, 102]
    assert _values(data, "service_items_online") == [51, 52]
    assert _values(data, "cases_legal") == [4, 5]
    assert _values(data, "messages_received") == [10, 11]


def test_an_options_column_left_blank_is_not_chosen() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([*[None] * len(_SHORT_HEADS), "创新发展"])
    sheet.append([*_SHORT_HEADS, "搜索即服务", "多语言版本", "无障碍浏览"])
    sheet.append([*_short_row(1), "☑", None, "☑"])
    sheet.append([*_short_row(2), None, None, None])
    innovation = _values(_saved(book), "innovation")
    assert innovation == [["search_as_service", "accessibility"], None]


def test_a_subtotal_named_after_its_city_is_no_report() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(_LABELS)
    sheet.append(_row(1))
    sheet.append(_row(2))
    sheet.append(["南昌市小计", None, None, None, None, None, 2003, 10003, 603, 23, 403])
    sheet.append(_row(3))
    assert _names(_saved(book)) == ["某市第1局网站", "某市第2局网站", "某市第3局网站"]


def test_the_year_a_tables_title_or_its_column_names() -> None:
    rows = [_short_row(n) for n in (1, 2)]
    for title, year in [
        ("2020年度全市政府网站办事服务情况统计表", 2020),
        ("甘肃省2021年度政府网站工作年度报表（部分指标）", 2021),
        ("洛阳市政府网站年度报表情况（2025年度）", 2025),
    ]:
        book = Workbook()
        sheet = book.active
        sheet.append([title])
        sheet.append(_SHORT_HEADS)
        for row in rows:
            sheet.append(row)
        assert _values(_saved(book), "year") == [year, year], title
    book = Workbook()
    book.active.append(["年份", *_SHORT_HEADS])
    for n, row in enumerate(rows):
        book.active.append([2022 + n, *row])
    assert _values(_saved(book), "year") == [2022, 2023]


def test_heads_listing_their_answers_and_a_row_of_units_under_them() -> None:
    # 网站类型（门户/部门/专项）, 是否…（Y/N）: the answers the column takes, after its label.
    # A row of the heads' units under them is no site's report.
    text = (
        "2023年度全市政府网站工作年度报表汇总表\n"
        "网站名称,政府网站标识码,网站类型（门户/部门/专项）,是否使用统一平台（Y/N）,网站总访问量,"
        "独立用户访问总量,信息发布总数,注册用户数,收到留言数量\n"
        ",,,,（次）,（个）,（条）,（个）,（条）\n"
        "甲市人民政府网,4100000001,门户,Y,125000,5200,930,12,40\n"
        "乙市教育局网站,4100000002,部门,N,3600,800,120,0,3\n"
    )
    found = [e.report.to_json() for e in extract_all(text.encode(), "t.csv")]
    assert [r.get("site_name") for r in found] == ["甲市人民政府网", "乙市教育局网站"]
    assert [r.get("site_type") for r in found] == ["portal", "department"]
    assert [r.get("unified_platform") for r in found] == [True, False]
    assert [r.get("page_views") for r in found] == [125000, 3600]
