"""The year run into the form's title after the unit's name (extract.title_year)."""

from __future__ import annotations

import pytest

from nianbao.extract.pipeline import extract_bytes
from nianbao.extract.title_year import year_apart
from text_reports import BASIC_PAIRS, read, values


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("六安市2024年度", ("六安市", "2024年度")),
        ("枝江市交通运输局 2022年", ("枝江市交通运输局", "2022年")),
        ("2024年度", ("2024年度",)),
        ("第12345年度", ("第12345年度",)),
        ("某某局", ("某某局",)),
    ],
)
def test_year_apart(text: str, parts: tuple[str, ...]) -> None:
    assert year_apart(text) == parts


@pytest.mark.parametrize(
    "title",
    ["六安市2024年度政府网站工作年度报表", "2024年度政府网站工作年度报表"],
)
def test_the_year_before_the_title_is_read(title: str) -> None:
    assert values(f"{title}\n")["year"] == 2024


@pytest.mark.parametrize(
    "title",
    ["青岚县人民政府网2023年度工作年报", "桐溪县门户网站2023年度网站工作年报", "2023年度工作年报"],
)
def test_the_year_before_a_site_s_own_name_for_the_report(title: str) -> None:
    # Sites title the report in their own words (某网站2023年度工作年报): the year's 年度
    # is the year's, not the start of the label.
    got = values(f"{title}\n")
    assert got["year"] == 2023


@pytest.mark.parametrize(
    "title",
    ["河阳县农业农村局网站 2019 年度工作年报", "河阳县农业农村局 2019 年度政府网站工作年度报表"],
)
def test_the_year_set_apart_by_a_converter_s_blanks(title: str) -> None:
    # LibreOffice's PDFs set a blank between Chinese characters and digits.
    assert values(f"{title}\n")["year"] == 2019


def test_the_year_under_a_title_naming_the_unit_s_site() -> None:
    # 某局网站工作年度报表 (no 政府), the year on the line under it.
    assert values("清源县卫生健康局网站工作年度报表\n（2024年度）\n")["year"] == 2024


def test_links_to_other_years_reports_under_the_report_give_no_year() -> None:
    # The page lists the unit's reports of other years under the report (相关链接): their
    # titles hold years too, among the signature's lines after the table.
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in BASIC_PAIRS)
    links = "".join(
        f"<li><a href='/{y}.html'>绵阳市民政局网站{y}年度政府网站工作年度报表</a></li>"
        for y in (2021, 2020)
    )
    page = (
        "<html><meta charset='utf-8'><body><h1>绵阳市民政局2022年度政府网站工作年度报表</h1>"
        f"<p>政府网站工作年度报表</p><p>（2022年度）</p><table>{rows}</table>"
        "<p>单位负责人：张三 审核人：王五 填报人：李四</p><p>联系电话：08162222222</p>"
        f"<p>填报日期：2023年1月5日</p><h3>相关链接</h3><ul>{links}</ul></body></html>"
    )
    assert extract_bytes(page.encode(), "p.html").report.to_json()["year"] == 2022


def test_the_year_under_its_display_name() -> None:
    # nianbao's own name for the field, as an export of reports heads its column.
    assert values("报表年度\t2022年度\n")["year"] == 2022


@pytest.mark.parametrize(
    "headline",
    [
        "数说2021丨吴江区政府门户网站年度工作报表",
        "▼ 一图读懂2021年度政府网站工作年度报表",
        "宁波市市场监督管理局2021年度政府网站工作总结",
        "思明区人民政府网站2021年工作总结",
    ],
)
def test_the_year_of_a_headline_naming_the_report_in_its_own_words(headline: str) -> None:
    # No form title with its year anywhere: the post's or the summary's headline tells it.
    got = read(
        f"{headline}\n发布时间：2022-01-19\n"
        + "".join(f"{label}\t{value}\n" for label, value in BASIC_PAIRS)
    )
    assert got["year"] == 2021
