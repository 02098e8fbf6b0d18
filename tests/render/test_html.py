"""The HTML page: values by their labels, accessible markup, self-contained, inert text."""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from render_checks import HOSTILE, assert_golden, check_table, hostile_report, load_seed, plain

from nianbao.coerce import report_from_mapping
from nianbao.render import render
from nianbao.render.html_page import render_html
from nianbao.render.layout import TICKED, UNTICKED
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)


def visible_text(element: lxml_html.HtmlElement) -> str:
    """The text a sighted reader sees: without the screen-reader-only alternatives."""
    clone = copy.deepcopy(element)
    for hidden in clone.xpath(".//*[contains(concat(' ', @class, ' '), ' sr-only ')]"):
        hidden.drop_tree()
    return clone.text_content()


def html_rows(page: str) -> list[list[str]]:
    """Table rows as cell texts, cells spanning rows repeated in each row they cover."""
    doc = lxml_html.fromstring(page)
    table = doc.find(".//table")
    columns = len(table.findall("colgroup/col"))
    pending: dict[int, tuple[int, lxml_html.HtmlElement]] = {}
    rows = []
    for tr in table.iter("tr"):
        queue = [c for c in tr if c.tag in ("th", "td")]
        row: list[str] = []
        col = 0
        while col < columns:
            if col in pending:
                left, cell = pending.pop(col)
                if left > 1:
                    pending[col] = (left - 1, cell)
            else:
                cell = queue.pop(0)
                span = int(cell.get("rowspan", "1"))
                if span > 1:
                    pending[col] = (span - 1, cell)
            row.append(visible_text(cell))
            col += int(cell.get("colspan", "1"))
        assert queue == [], "a row has more cells than the table has columns"
        rows.append(row)
    return rows


def test_seed_values_stand_next_to_their_labels(seed_report: Report) -> None:
    check_table(html_rows(render_html(seed_report)), seed_report)


@settings(max_examples=40)
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_reports_values_next_to_labels(seed: int) -> None:
    report = report_from_mapping(synthetic_report(seed))
    check_table(html_rows(render_html(report)), report)


def test_frame_title_year_unit_and_signature(seed_report: Report) -> None:
    doc = lxml_html.fromstring(render_html(seed_report))
    assert doc.findtext(".//h1") == "政府网站工作年度报表"
    text = plain(doc.find(".//main").text_content())
    assert "（2022年度）" in text
    assert "填报单位：海口市卫生健康委员会" in text
    for label, value in [
        ("单位负责人", "潘文利"),
        ("审核人", "冯天国"),
        ("填报人", "梁燕"),
        ("联系电话", "089868723849"),
        ("填报日期", "2023-01-11"),
    ]:
        assert f"{label}：{value}" in text


def test_page_is_accessible_markup(seed_report: Report) -> None:
    doc = lxml_html.fromstring(render_html(seed_report))
    assert doc.get("lang") == "zh-CN"
    assert doc.findtext(".//title").startswith("政府网站工作年度报表（2022年度）")
    table = doc.find(".//table")
    assert "政府网站工作年度报表" in table.findtext("caption")
    headers = table.findall(".//th")
    assert headers, "labels are header cells"
    assert {th.get("scope") for th in headers} == {"row", "rowgroup"}
    for body in table.findall("tbody"):
        section = body.find("tr/th[@scope='rowgroup']")
        if section is not None:
            assert int(section.get("rowspan", "1")) == len(body.findall("tr"))
    # Sub-groups are merged down the second column, as on the paper form.
    groups = [plain(th.text_content()) for th in table.findall(".//th[@class='group']")]
    assert groups == ["解读信息发布", "办件量", "留言办理", "征集调查", "在线访谈", "微博", "微信"]


def test_tick_boxes_carry_text_alternatives(seed_report: Report) -> None:
    doc = lxml_html.fromstring(render_html(seed_report))
    ticks = doc.xpath("//span[@class='tick']")
    assert len(ticks) == 3 + 2 * 7 + 5  # 网站类型, seven 是/否 rows, 创新发展
    for tick in ticks:
        box = tick.find("span[@aria-hidden='true']")
        alternative = tick.find("span[@class='sr-only']")
        assert box.text in (TICKED, UNTICKED)
        assert alternative.text == ("已勾选" if box.text == TICKED else "未勾选")
    # 网站类型 spreads its three options over three cells, as the form does.
    row = doc.xpath("//tr[th[normalize-space()='网站类型']]")[0]
    assert [visible_text(td) for td in row.findall("td")] == [
        f"{UNTICKED}政府门户网站",
        f"{TICKED}部门网站",
        f"{UNTICKED}专项网站",
    ]
    assert row.findall("td")[1].text_content() == f"{TICKED}已勾选部门网站"


def test_page_is_self_contained_and_prints_on_a4(seed_report: Report) -> None:
    page = render_html(seed_report)
    doc = lxml_html.fromstring(page)
    assert doc.xpath("//link | //script | //img | //iframe | //object") == []
    assert doc.xpath("//@src | //@href") == []
    css = doc.findtext(".//style")
    assert "url(" not in css
    assert "@import" not in css
    assert re.search(r"@page\s*{[^}]*size:\s*A4", css)
    assert '"Noto Serif CJK SC"' in css


def test_hostile_text_renders_inert() -> None:
    report = hostile_report()
    page = render_html(report)
    doc = lxml_html.fromstring(page)
    assert doc.xpath("//script | //b") == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x07" not in page
    check_table(html_rows(page), report)
    for value in HOSTILE.values():
        assert plain(value.replace("\x07", "")) in plain(doc.find(".//main").text_content())


def test_render_gives_utf8_bytes(seed_report: Report) -> None:
    assert render(seed_report, "html").decode("utf-8") == render_html(seed_report)
    with pytest.raises(ValueError, match="unknown format"):
        render(seed_report, "odt")  # type: ignore[arg-type]


def test_golden_seed_html(seed_report: Report) -> None:
    assert_golden("seed.html", render_html(seed_report))
