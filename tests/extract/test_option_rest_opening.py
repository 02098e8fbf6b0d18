"""A choice's options cut at a line's end, the next line opening with the cut name's rest
and going on with the other options, in text laid out by a converter that spaces cells
(extract/option_wraps.py, `options_continued`)."""

from __future__ import annotations

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text

# pypdfium2: no-break spaces between the cells; 其他（注明） closes the options' second line.
TEXT = (
    "位：个） \xa0３９１２８１\xa0\xa0\n"
    "其他 \xa0移动客户端“鄠邑区人通”，下载量 16 万次；今日头条号“鄠邑区发布”，信息发布量\n"
    "创新发展 ☐搜索即服务\xa0\xa0☑多语言版本\xa0\xa0☑无障\n"
    "碍浏览\xa0\xa0☑千人千网\xa0\xa0☐其他 其他（注明）\n"
    "单位负责人：胡娜\xa0\xa0\xa0\xa0\xa0审核人：余秀\xa0\xa0\xa0\xa0\xa0填报人：郭伟\xa0\xa0\xa0\xa0\xa0"
    "联系电话：0991-52404372\xa0\xa0\xa0\xa0\xa0填报日期：2024-01-29\n"
)


def test_the_rest_opening_the_next_line_brings_its_options() -> None:
    got = extract_document(document_from_text(TEXT), "t").report.to_json()
    assert got["innovation"] == ["multilingual", "accessibility", "personalized"]


def test_not_when_the_next_line_opens_with_no_rest_of_the_name() -> None:
    text = TEXT.replace("碍浏览\xa0\xa0☑千人千网", "☑千人千网\xa0\xa0碍浏览")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert "personalized" not in got.get("innovation", [])
