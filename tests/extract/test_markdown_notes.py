"""Markdown as note apps and converters write it (readers.text): formatting kept as HTML in
a table's cells (语雀's <font style=…>), automatic links, Obsidian's `key:: value` fields,
and a task list's boxes before yes/no questions."""

from __future__ import annotations

from text_reports import TABLE_PAIRS, read, text_cells


def test_html_formatting_in_a_markdown_tables_cells() -> None:
    rows = [*TABLE_PAIRS, ("主办单位", '<font style="color:rgb(38, 38, 38);">某某局</font>')]
    rows += [("首页网址", "<span class='x'><a href='http://a.gov.cn/'>http://a.gov.cn/</a></span>")]
    table = "| 指标 | 数值 |\n| --- | --- |\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    got = read("# 政府网站工作年度报表\n\n" + table)
    assert got["sponsor"] == "某某局"
    assert got["homepage_url"] == "http://a.gov.cn/"


def test_an_obsidian_notes_fields_and_task_boxes() -> None:
    lines = [f"- {label}:: {value}" for label, value in TABLE_PAIRS]
    lines += ["- 首页网址:: <http://www.sanya.gov.cn/>", "- 主办单位:: 三亚市人民政府办公室"]
    lines += ["- [x] 是否建立安全监测预警机制", "- [ ] 是否开展应急演练"]
    got = read("# 政府网站工作年度报表\n" + "\n".join(lines) + "\n")
    assert got["homepage_url"] == "http://www.sanya.gov.cn/"
    assert got["sponsor"] == "三亚市人民政府办公室"
    assert got["security_monitoring"] is True
    assert got["emergency_drill"] is False


def test_the_seeds_input_boxes_are_no_formatting() -> None:
    # <input type="checkbox"/> stays for the marks; only formatting tags go.
    assert text_cells('是否开展应急演练\t<input checked="" type="checkbox"/>是') == [
        ["是否开展应急演练", "☑是"]
    ]


def test_an_emails_quoting_and_emphasis_around_the_title() -> None:
    lines = ["> *政府网站工作年度报表（2022年度）*", "> 填报单位：上海市黄浦区商务委员会"]
    lines += [f">> {label}\t{value}" for label, value in TABLE_PAIRS]
    got = read("\n".join(lines) + "\n")
    assert got["year"] == 2022
    assert got["filing_unit"] == "上海市黄浦区商务委员会"
    assert got["unique_visitors"] == 500


def test_a_converters_nan_for_an_empty_cell_is_no_value() -> None:
    rows = [*TABLE_PAIRS, ("公安机关备案号", "NaN"), ("主办单位", "某局")]
    table = "| 指标 | 数值 | 备注 |\n| --- | --- | --- |\n"
    table += "".join(f"| {a} | {b} | NaN |\n" for a, b in rows)
    got = read("# 政府网站工作年度报表\n" + table)
    assert "police_number" not in got
    assert got["sponsor"] == "某局"


def test_a_table_without_outer_pipes_and_its_links() -> None:
    # html2text: rows without the outer pipes, an empty first cell as a row opening with |.
    rows = ["网站名称 | 湄潭县人民政府网 | ", "---|---|---"]
    rows += ["首页网址 | [http://www.meitan.gov.cn](http://www.meitan.gov.cn) | "]
    rows += [f"{label} | {value} | " for label, value in TABLE_PAIRS[1:]]
    rows += ["**信息发布** | 总数（单位：条） | 2833", " | 概况类信息更新量（单位：条） | 10"]
    got = read(
        "[首页](/) > [政务公开](/zwgk/)\n\n**政府网站工作年度报表**\n\n" + "\n".join(rows) + "\n"
    )
    assert got["site_name"] == "湄潭县人民政府网"
    assert got["homepage_url"] == "http://www.meitan.gov.cn"
    assert (got["info_total"], got["info_overview"]) == (2833, 10)


def test_boxes_written_as_tex() -> None:
    from nianbao.extract.pipeline import extract_bytes  # noqa: PLC0415

    lines = [f"{label}\t{value}" for label, value in TABLE_PAIRS]
    lines += [
        "网站类型\t$\\square$ 政府门户网站 $\\surd$ 部门网站",
        "是否提供智能问答\t$\\surd$ 是 $\\square$ 否",
    ]
    got = extract_bytes(
        ("政府网站工作年度报表\n" + "\n".join(lines)).encode(), "m.md"
    ).report.to_json()
    assert got["site_type"] == "department"
    assert got["smart_qa"] is True


def test_a_path_under_the_signatures_other_name() -> None:
    lines = [f"{label}\t{value}" for label, value in TABLE_PAIRS]
    lines += ["填报信息/单位负责人\t方志亮", "填报信息/联系电话\t0851-28221234"]
    got = read("政府网站工作年度报表\n" + "\n".join(lines) + "\n")
    assert (got["head"], got["phone"]) == ("方志亮", "0851-28221234")
