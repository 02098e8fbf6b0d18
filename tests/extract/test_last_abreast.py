"""A label wrapped below the line of the labels abreast before it, their values one line
after it (extract/around.py, `_last_abreast`)."""

from __future__ import annotations

from typing import Any

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values as text_values

# pypdfium2: no-break spaces around a blank between cells; the fourth label of 信息发布,
# taller, on lines of its own after the other three.
GAP = "\xa0\xa0 \xa0"
BEFORE = (
    "附件1\n政府网站工作年度报表\n（2023年度）\n填报单位：鹤岗市市场监督管理局\n一、基本信息\n"
    "网站名称 首页网址 主办单位 网站类型\n\xa0鹤岗市市场监督管\n理局\xa0\xa0\n\xa0http://\n"
    "网站总访问量(单位:次)\n\xa0675 909\xa0\xa0\n"
)
ROW = (
    "二、信息发布\n"
    "总数(单位:条) 概况类信息更新量(单位:条) 政务动态信息更新量(单\n"
    "位:条)\n"
    "信息公开目录信息\n"
    "更新量(单位:条)\n"
    f"\xa013 803{GAP}3{GAP}611{GAP}13 105\xa0\xa0\n"
)
AFTER = f"三、专栏专题\n维护数量(单位:个) 新开设数量(单位:个)\n\xa00{GAP}0\xa0\xa0\n"


def _values(row: str) -> dict[str, Any]:
    return extract_document(document_from_text(BEFORE + row + AFTER), "t").report.to_json()


def test_the_last_label_of_a_row_wrapped_below_it_takes_the_last_value() -> None:
    got = _values(ROW)
    assert got["info_total"] == 13803
    assert got["info_overview"] == 3
    assert got["info_news"] == 611
    assert got["info_disclosure"] == 13105


def test_a_label_after_labels_of_other_fields_takes_the_value_below() -> None:
    # One value under the labels: the last label's own, the line being no row of theirs.
    got = _values(ROW.replace(ROW.splitlines()[5], "\xa013 105\xa0\xa0"))
    assert got["info_disclosure"] == 13105


def test_not_when_the_line_below_holds_another_label() -> None:
    # pdftotext -layout: the line under 整改问题数量's head holds its count and the next
    # label with its answer, three cells for the three labels, but no run of their values.
    got = text_values(
        "是否提供智能问答         ¨是                           þ否\n"
        "安全检测评估次数(单                      发现问题数量\n"
        "整改问题数量(单位:\n"
        "                 ７              是否建立安全监测预警机制         þ是 ¨否\n"
        "个)\n"
        "是否开展应急演练         þ是 ¨否          是否明确网站安全责任人          þ是"
        "            ¨否\n"
    )
    assert got["security_issues_fixed"] == 7


def test_a_line_of_labels_under_another_lines_values_is_no_wrapped_label() -> None:
    # A table of label lines, each over its values' line (a landscape Word form): the
    # second line of labels, one longer than the first's, is no wrapped last label of it.
    first = ["总数", "概况类信息更新量", "政务动态信息更新量", "信息公开目录信息更新量"]
    first += ["维护数量", "新开设数量", "解读信息发布总数（条）", "解读材料数量（条）"]
    first += [
        "解读产品数量（个）",
        "媒体评论文章数量（篇）",
        "回应公众关注热点或重大舆情数量（次）",
    ]
    second = ["是否发布服务事项目录", "注册用户数（个）", "政务服务事项数量（项）"]
    second += ["可全程在线办理政务服务事项数量（项）", "办件量总数（件）", "自然人办件量（件）"]
    second += ["法人办件量（件）", "是否使用统一平台", "收到留言数量（条）", "办结留言数量（条）"]
    second += ["平均办理时间（天）", "公开答复数量（条）"]
    counts = ["1108", "10", "181", "917", "25", "5", "41", "12", "19", "10", "10"]
    answers = ["是", "0", "912", "816", "2941", "671", "2270", "是", "20", "20", "6.2", "8"]
    groups = [["信息发布（条）", "专栏专题（个）", "解读回应"], ["办事服务", "留言办理"]]
    lines = [groups[0], first, counts, groups[1], second, answers]
    got = text_values("\n".join("\t".join(line) for line in lines) + "\n")
    assert got["info_total"] == 1108
    assert got["registered_users"] == 0
    assert got["service_items"] == 912
    assert got["messages_avg_days"] == 6.2
    assert got["messages_public"] == 8
