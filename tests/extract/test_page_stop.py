"""Paged readers stop after the page on which the report ends: where the instructions
begin, or where the form's last label follows its last section's heading. What comes
after (instructions, a second report in the same file) is never read."""

from __future__ import annotations

from gen.pdf_out import html_to_pdf

from nianbao.extract.labels import label_index
from nianbao.extract.pipeline import extract_all, extract_bytes, read_document, stop_at
from nianbao.forms import default_form

FORM = default_form()
TABLE = "网站名称 某网站\n网站总访问量（单位：次） 12000\n"
"""A page's table text before what a test puts after it."""


def _ends(page: str) -> bool:
    """Whether a file's first page, the table first, ends the report (a new test: it
    keeps state from page to page)."""
    return stop_at(FORM)(TABLE + page)


def test_the_closing_labels_come_from_the_form() -> None:
    heads, ends = label_index(FORM).closing
    last = FORM.fields[-1]
    assert set(ends) <= set(last.labels)
    assert ends
    assert heads
    assert all(len(label) >= 3 for label in (*heads, *ends))  # 日期 is too common a word


def test_a_page_ends_the_report_at_the_instructions_or_after_the_table() -> None:
    assert _ends("政府网站工作年度报表填写说明\n一、基本信息")
    assert _ends("九、创新发展 ☑搜索即服务\n单位负责人：张三 填报人：李四 填报日期：2025年1月5日")
    assert _ends("创新发展  ☐其他\n填表日期：2025-01-05")


def test_a_page_does_not_end_the_report_when_the_table_may_go_on() -> None:
    # The date at the head of the table, the last section on a later page.
    assert not _ends("填报单位：某局 填报日期：2025年1月5日\n一、基本信息 网站名称 某网站")
    # The last section begun, the signatures on the next page.
    assert not _ends("八、移动新媒体 …\n九、创新发展 ☐搜索即服务 ☑其他：智能客服")
    # A short word the value of a field may hold is no signature line.
    assert not _ends("九、创新发展 ☑其他：上线政策日期提醒")


def _report_page(name: str, visits: int) -> str:
    rows = [
        ("网站名称", name),
        ("政府网站标识码", "4300000001"),
        ("独立用户访问总量（单位：个）", str(visits)),
        ("网站总访问量（单位：次）", str(visits * 3)),
        ("注册用户数（单位：个）", "10"),
        ("政务服务事项数量（单位：项）", "3"),
        ("收到意见数量（单位：条）", "2"),
        ("安全检测评估次数（单位：次）", "1"),
        ("创新发展", "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☐其他"),
    ]
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return (
        f"<div style='page-break-after: always'><table>{cells}</table>"
        f"<p>填报人：张三　填报日期：2025年1月10日</p></div>"
    )


def _pdf(pages: list[str]) -> bytes:
    return html_to_pdf(
        "<html><body style='font-family: Noto Sans CJK SC'>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }"
        " table { border-collapse: collapse }</style>" + "".join(pages) + "</body></html>"
    )


def test_a_second_report_in_the_same_pdf_is_not_read_into_the_first() -> None:
    data = _pdf([_report_page("甲网站", 500), _report_page("乙网站", 900)])
    doc = read_document(data, "two.pdf")
    assert doc.pages == 2
    assert {row.page for row in doc.rows} == {1}
    values = extract_bytes(data, "two.pdf").report.to_json()
    assert values["site_name"] == "甲网站"
    assert values["unique_visitors"] == 500


def test_a_long_table_is_read_to_its_last_page() -> None:
    # A table on small pages can run past eight pages: it is read until the report ends.
    filler = "".join(
        f"<p style='page-break-after: always'>（续表 {i}）本页为报表续页，内容见下页。</p>"
        for i in range(10)
    )
    data = _pdf([filler, _report_page("丙网站", 700)])
    doc = read_document(data, "long.pdf")
    assert doc.pages == 11
    values = extract_bytes(data, "long.pdf").report.to_json()
    assert values["site_name"] == "丙网站"
    assert str(values["fill_date"]) == "2025-01-10"


INSTRUCTIONS = (
    "<div style='page-break-after: always'><p>附件2</p><p>政府网站工作年度报表填写说明</p>"
    "<p>一、基本信息</p><p>1.网站名称：请填写网站的中文名称。</p>"
    "<p>9.独立用户访问总量：请填写本年度访问网站的用户总数。</p>"
    "<p>九、创新发展：本项为多选，请根据实际情况勾选。</p></div>"
)


def test_instructions_before_the_report_end_nothing() -> None:
    # A template's instructions page first: the report on the page after it is read.
    ended = stop_at(FORM)
    assert not ended("附件2\n政府网站工作年度报表填写说明\n一、基本信息\n1.网站名称：请填写…")
    assert not ended("九、创新发展：本项为多选 …\n十、填报日期：请填写…")
    assert ended("政府网站工作年度报表\n网站名称 某网站\n政府网站工作年度报表填写说明")


def test_a_report_after_its_instructions_is_read() -> None:
    page = _report_page("丁网站", 300).replace("<table>", "<p>政府网站工作年度报表</p><table>")
    data = _pdf([INSTRUCTIONS, page])
    values = extract_bytes(data, "after.pdf").report.to_json()
    assert values["site_name"] == "丁网站"
    assert values["unique_visitors"] == 300


def test_a_page_opening_with_the_forms_title_after_the_end_is_the_next_report() -> None:
    # A county's reports in one PDF, each from a page of its own under the title.
    pages = [
        _report_page(name, visits).replace(
            "<table>", "<p>附件</p><p>政府网站工作年度报表</p><table>"
        )
        for name, visits in (("甲网站", 500), ("乙网站", 900))
    ]
    data = _pdf(pages)
    assert {row.page for row in read_document(data, "two.pdf").rows} == {1, 2}
    reports = [e.report.to_json() for e in extract_all(data, "two.pdf")]
    assert [(r["site_name"], r["unique_visitors"]) for r in reports] == [
        ("甲网站", 500), ("乙网站", 900),
    ]  # fmt: skip


def test_only_the_title_on_a_pages_first_lines_resumes() -> None:
    ended = stop_at(FORM)
    assert ended(TABLE + "九、创新发展 ☑搜索即服务\n单位负责人：张三 填报日期：2025年1月5日")
    assert ended.resumes(lambda: "附件3\n政府网站工作年度报表\n填报单位：某局")
    assert not ended.resumes(lambda: "政府网站工作年度报表填写说明\n一、基本信息")
    assert not ended.resumes(
        lambda: "（续表）\n" + "网站名称 某网站\n" * 5 + "政府网站工作年度报表"
    )


def test_after_the_instructions_the_next_page_is_not_read() -> None:
    ended = stop_at(FORM)
    assert ended(TABLE + "政府网站工作年度报表填写说明\n一、基本信息")

    def unread() -> str:
        raise AssertionError("the page after the instructions was read")

    assert not ended.resumes(unread)
