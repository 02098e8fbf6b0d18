"""A label written after its section's or group's name in one cell, a dash between."""

from __future__ import annotations

import pytest

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.group_dashes import split_group_dashes
from nianbao.extract.labels import label_index
from nianbao.forms import default_form
from text_reports import values

INDEX = label_index(default_form())


def _split(text: str) -> list[str]:
    doc = Document(format="html", rows=[Row((Cell(text, 0), Cell("1", 1)), "r")])
    return [c.text for c in split_group_dashes(doc, INDEX).rows[0].cells]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("办事服务—注册用户数（单位：个）", ["办事服务", "注册用户数（单位：个）", "1"]),
        ("互动交流—留言办理—收到留言数量", ["互动交流", "留言办理", "收到留言数量", "1"]),
        ("信息发布：总数", ["信息发布", "总数", "1"]),
        ("移动新媒体-微博名称", ["移动新媒体", "微博名称", "1"]),
        ("解读回应—解读产", ["解读回应", "解读产", "1"]),  # a label's head, the page cut it
        # Text without columns (pdftotext -raw): the row's number, its unit and value.
        (
            "11 信息发布—概况类信息更新量 条 51",
            ["11", "信息发布", "概况类信息更新量", "条 51", "1"],
        ),
    ],
)
def test_group_names_before_a_label_become_cells(text: str, cells: list[str]) -> None:
    assert _split(text) == cells


@pytest.mark.parametrize(
    "text",
    [
        "填报单位：某局",  # a label and its value
        "总数（单位：条）",  # a unit's colon
        "办事服务—某局网站",  # no label after the name
        "网站名称—首页网址",  # a label before, no group's name
    ],
)
def test_other_dashed_text_stays_one_cell(text: str) -> None:
    assert _split(text) == [text, "1"]


def test_a_table_of_section_prefixed_labels() -> None:
    found = values(
        "办事服务—是否发布服务事项目录\t是\n"
        "办事服务—注册用户数（单位：个）\t1781\n"
        "办事服务—政务服务事项数量（单位：项）\t471\n"
        "互动交流—收到留言数量（单位：条）\t79\n"
        "安全防护—安全检测评估次数（单位：次）\t13\n"
        "移动新媒体—微博—信息发布量（单位：条）\t5\n"
    )
    assert found["service_catalog_published"] is True
    assert (found["registered_users"], found["service_items"]) == (1781, 471)
    assert found["messages_received"] == 79
    assert found["security_assessments"] == 13
    assert found["weibo_posts"] == 5
