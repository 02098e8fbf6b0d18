"""A Word cell whose lines set labels and values apart with tabs: a table within the cell."""

from __future__ import annotations

import io
from typing import Any

import docx

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS

NEW_MEDIA = (
    "是否有移动新媒体\t☑是\u3000☐否\n微博：\n\u3000\u3000名称\t无\n"
    "\u3000\u3000信息发布量（单位：条）\t0\n微信：\n\u3000\u3000名称\t某市微发布\n"
    "\u3000\u3000订阅数（单位：个）\t27626\n其他\t某市发布APP，下载量86841次"
)


def _read(section: str, text: str) -> dict[str, Any]:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in [*TABLE_PAIRS, (section, text)]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].paragraphs[0].add_run(value)  # \t and \n become w:tab and w:br
    out = io.BytesIO()
    document.save(out)
    return extract_bytes(out.getvalue(), "tabs.docx").report.to_json()


def test_lines_of_labels_and_values_set_apart_with_tabs() -> None:
    got = _read("移动新媒体", NEW_MEDIA)
    assert got["has_new_media"] is True
    assert (got["weibo_name"], got["weibo_posts"]) == ("无", 0)
    assert (got["wechat_name"], got["wechat_subscribers"]) == ("某市微发布", 27626)
    assert got["other_media"] == "某市发布APP，下载量86841次"


def test_lines_of_labels_and_values_set_apart_with_colons() -> None:
    # One cell a section, its lines split by breaks: a line's options run on into the
    # next line's label when the lines are joined.
    got = _read(
        "安全防护",
        "安全检测评估次数：2次\n发现问题数量：15个\n问题整改数量：13个\n"
        "是否建立安全监测预警机制：是☑ 否☐\n是否开展应急演练：是☐ 否☑\n"
        "是否明确网站安全责任人：是☑ 否☐",
    )
    assert got["security_issues_fixed"] == 13
    assert got["security_monitoring"] is True
    assert got["emergency_drill"] is False
    assert got["security_officer"] is True


def test_a_free_texts_lines_each_with_a_colon_are_one_value() -> None:
    # 其他's cell: three accounts a line, each 名称：…; the lines are its one text.
    lines = [
        "移动客户端：渝快办（APP），下载量86万次；",
        "抖音号：重庆12345，粉丝3.2万；",
        "今日头条号：某热线",
    ]
    got = _read("其他", "\n".join(lines))
    assert got["other_media"] == " ".join(lines)
