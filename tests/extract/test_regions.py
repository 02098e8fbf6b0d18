"""Another form's report in the same file (政务新媒体工作年度报表, before or after the
website's) fills none of this form's fields."""

from __future__ import annotations

import json

import pytest

from locations import CORPUS
from nianbao.errors import NotAReportError
from nianbao.extract.pipeline import extract_bytes, stop_at
from nianbao.extract.regions import heading, titles
from nianbao.forms import default_form

FORM = default_form()
NAMES = titles(FORM)
SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")
TRUTH = {
    k: v
    for k, v in json.loads((CORPUS / "truth" / "000.json").read_text("utf-8")).items()
    if not k.startswith("_")
}
# A new-media account's report as sites publish it beside the website's: most of its
# labels are this form's too, its figures all differ from the seed's.
MEDIA = """
附件2

2022年度政务新媒体工作年度报表

填报单位：某某市卫生健康委员会

名称\t某某卫健\t\t
类型\t<input type="checkbox"/> 微博\t<input checked="" type="checkbox"/> 微信\t
主办单位\t某某市卫生健康委员会\t\t
信息发布\t总数 (单位：条)\t812\t
\t其中：原创量 (单位：条)\t604\t
留言办理\t收到留言数量 (单位：条)\t17\t
\t办结留言数量 (单位：条)\t15\t
\t平均办理时间 (单位：天)\t6\t
\t公开答复数量 (单位：条)\t11\t
征集调查\t征集调查期数 (单位：期)\t5\t
\t收到意见数量 (单位：条)\t44\t
\t公布调查结果期数 (单位：期)\t4\t
在线访谈\t访谈期数 (单位：期)\t7\t
\t网民留言数量 (单位：条)\t9\t
\t答复网民提问数量 (单位：条)\t8\t
创新发展\t<input type="checkbox"/> 服务功能 <input checked="" type="checkbox"/> 其他

单位负责人: 王大明

审核人: 李小红

填报人: 张三

联系电话: 0898-12345678

填报日期: 2023-01-10
"""
INSTRUCTIONS = "政府网站工作年度报表填写说明"


def _table(text: str = SEED) -> str:
    """The seed up to its instructions."""
    return text[: text.index(INSTRUCTIONS)]


def _values(text: str) -> dict[str, object]:
    return extract_bytes(text.encode("utf-8"), "x.txt").report.to_json()


@pytest.mark.parametrize(
    "line",
    [
        "政务新媒体工作年度报表",
        "附件2 2022年度政务新媒体工作年度报表",
        "政 务 新 媒 体 工 作 年 度 报 表",
        "海口市卫生健康委员会2022年政务新媒体工作年度报表",
        "政务新媒体工作年度报表（2022年度）",
    ],
)
def test_another_forms_heading_names_it(line: str) -> None:
    assert heading(line, NAMES) == NAMES.others[0]


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("丽江市古城区人民政府2023年政府信息公开工作年度报告", "政府信息公开工作年度报告"),
        ("2020年度全省政府网站监管工作年度报表", "政府网站监管工作年度报表"),
        ("湖北省政府网站与政务新媒体监管工作年度报表", "政府网站与政务新媒体监管工作年度报表"),
    ],
)
def test_the_other_annual_reports_headings_name_them(line: str, form: str) -> None:
    assert heading(line, NAMES) == form


@pytest.mark.parametrize(
    "line",
    [
        "政府网站工作年度报表",
        "政府网站与政务新媒体工作年度报表",  # both forms follow
        "2022年度政府网站和政务新媒体工作年度报表",
        "政府网站工作年度报表填写说明",
    ],
)
def test_this_forms_heading_names_it(line: str) -> None:
    assert heading(line, NAMES) == NAMES.own


@pytest.mark.parametrize(
    "line",
    [
        "是否有政务新媒体",
        "信息发布 总数",
        "请各单位于1月31日前在门户网站公开政务新媒体工作年度报表，并报送市政府办公室备案。",
        "政府信息公开年报",  # a portal's column, not a report's heading
        "2023年度政府网站工作年度报表已在网站“政府网站年度报表”栏目另行公开。",
    ],
)
def test_other_lines_name_no_form(line: str) -> None:
    assert heading(line, NAMES) is None


def test_another_report_after_this_one_changes_nothing() -> None:
    values = _values(_table() + MEDIA + "\n" + SEED[SEED.index(INSTRUCTIONS) :])
    assert values == TRUTH


def test_another_report_before_this_one_changes_nothing() -> None:
    assert _values(MEDIA + "\n" + SEED) == TRUTH


def test_another_reports_figures_fill_no_field_this_one_left_empty() -> None:
    blank = _table().replace("访谈期数 (单位: 期)\t0", "访谈期数 (单位: 期)\t")
    assert blank != _table()
    extraction = extract_bytes((blank + MEDIA).encode("utf-8"), "x.txt")
    values = extraction.report.to_json()
    assert "interviews" not in values
    assert values["messages_received"] == TRUTH["messages_received"]
    assert values["filler"] == TRUTH["filler"]
    skipped = sum(1 for line in MEDIA[MEDIA.index("2022年度") :].splitlines() if line.strip())
    assert extraction.notes == [f"略过了另一种报表（政务新媒体工作年度报表）的 {skipped} 行。"]


def test_a_heading_of_both_forms_skips_nothing() -> None:
    both = "海口市卫生健康委员会2022年政府网站与政务新媒体工作年度报表\n" + SEED
    extraction = extract_bytes(both.encode("utf-8"), "x.txt")
    assert extraction.report.to_json() == TRUTH
    assert extraction.notes == []


def test_another_form_alone_is_no_report_and_says_which_it_is() -> None:
    with pytest.raises(NotAReportError) as caught:
        extract_bytes(MEDIA.encode("utf-8"), "media.txt")
    assert "政务新媒体工作年度报表" in str(caught.value)
    assert "不是政府网站工作年度报表" in str(caught.value)


# A body's 政府信息公开工作年度报告 tells of its website in prose (总访问量, 安全检测评估):
# enough counts for a report told in prose.
DISCLOSURE = """
丽江市古城区人民政府2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开。2023年，通过政府门户网站主动公开政府信息4312条，其中政策文件92条，政策解读66条，回应社会关切28次。通过政务微信公众号发布信息877条。
（二）依申请公开。全年共收到政府信息公开申请34件，均在法定期限内予以答复。
（三）平台建设。全年网站总访问量892万次，完成安全检测评估8次，整改问题9个。
（四）监督保障。开展业务培训6次，培训125人次。
六、其他需要报告的事项
2023年度政府网站工作年度报表已在网站“政府网站年度报表”栏目另行公开。

网站标识码：5307020001 滇ICP备05006241号-1 滇公网安备 53070202000118号
"""


def test_a_disclosure_report_is_no_report_and_says_which_it_is() -> None:
    with pytest.raises(NotAReportError) as caught:
        extract_bytes(DISCLOSURE.encode("utf-8"), "xxgk.txt")
    assert "文件中是政府信息公开工作年度报告" in str(caught.value)


def test_a_disclosure_report_after_this_one_changes_nothing() -> None:
    assert _values(_table() + DISCLOSURE) == _values(_table())


def test_pages_of_another_report_do_not_end_this_one() -> None:
    ended = stop_at(FORM)
    media = MEDIA.split("征集调查")
    # The other report's first page, its last page (closing labels, no title), then
    # this report's pages.
    assert not ended(media[0])
    assert not ended("征集调查" + media[1])
    assert not ended("政府网站工作年度报表\n网站名称 某网站 九、创新发展 ☐其他")
    assert ended("九、创新发展 ☐其他\n单位负责人：张三 填报人：李四 填报日期：2025年1月5日")


def test_a_page_of_this_report_then_another_ends_at_this_ones_end() -> None:
    ended = stop_at(FORM)
    assert ended("九、创新发展 ☐其他\n填报日期：2025-01-05\n政务新媒体工作年度报表\n名称 某某")


# pdftotext without -layout may write this report's last line into the next one's head.
_UNDATED = _table().replace("填报日期: 2023.01.11", "")
_STRAY = MEDIA.replace(
    "填报单位：某某市卫生健康委员会\n",
    "填报单位：某某市卫生健康委员会\n\n填报日期：2023年1月18日\n",
)


def test_this_reports_date_in_the_next_reports_head_is_this_ones() -> None:
    assert _table() != _UNDATED
    assert _values(_UNDATED + _STRAY)["fill_date"] == "2023-01-18"


def test_the_next_reports_one_date_is_its_own() -> None:
    assert "fill_date" not in _values(_UNDATED + MEDIA)


def test_this_reports_own_date_keeps_the_next_reports_dates_out() -> None:
    assert _values(_table() + _STRAY)["fill_date"] == "2023-01-11"


def test_this_reports_blank_date_keeps_the_next_reports_dates_out() -> None:
    blank = _table().replace("填报日期: 2023.01.11", "填报日期:")
    assert "fill_date" not in _values(blank + _STRAY)
