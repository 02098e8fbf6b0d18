"""Labels abreast whose cells wrap over different numbers of lines, written by height
(extract/head_levels.py)."""

from __future__ import annotations

import pytest

from nianbao.extract.head_levels import join_head_levels
from nianbao.extract.labels import label_index
from nianbao.forms.registry import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

# pdfplumber: 是否发布服务事项目录, 注册用户数 and 可全程在线办理… wrap over two lines,
# 政务服务事项数量 stands on one between them.
SERVICE = (
    "五、办事服务\n是否发布服务事项目 注 册 用 可全程在线办理政务\n政务服务事项数量（项）\n"
    "录 户 数（个） 服务事项数量（项）\nþ是 ¨否 20,635 20 17\n办件量\n"
)


def test_heads_and_rests_of_labels_abreast_become_one_line_of_labels() -> None:
    got = values(SERVICE, without=("注册用户数", "政务服务事项数量"))
    assert got["service_catalog_published"] is True
    assert (got["registered_users"], got["service_items"]) == (20635, 20)
    assert got["service_items_online"] == 17


def test_heads_and_rests_with_no_line_between() -> None:
    text = "是否发布服务事项目 注 册 用\n录 户 数（个）\nþ是 ¨否 20,635\n办件量\n"
    got = values(text, without=("注册用户数",))
    assert (got["service_catalog_published"], got["registered_users"]) == (True, 20635)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # pdfplumber: 服务事项数量(单位: 项) on the line between, its unit one word with it.
        (
            "五、办事服务\n注 册 用 户 可全程在线办理事\n"
            "是否发布政务服务事项目录 服务事项数量(单位: 项)\n"
            "数(单位: 个) 项数量(单位: 项)\nR是 £否 6,656 619 566\n办件量\n",
            (6656, 619, 566),
        ),
        # pdfplumber: 可全程在线办理政务服务事项数量 fits its line, its unit wraps under it:
        # a whole label takes its unit's line as its rest.
        (
            "五、办事服务\n是否发布 政务服务事项 注 册 用 户 政务服务事项数量(单 "
            "可全程在线办理政务服务事项数量\n目录 数(单位: 个) 位: 项) (单位: 项)\n"
            "þ是 ¨否 32,905 155 121\n办件量\n",
            (32905, 155, 121),
        ),
    ],
)
def test_units_with_blanks_and_whole_labels_over_their_units(
    text: str, counts: tuple[int, int, int]
) -> None:
    got = values(text, without=("注册用户数", "政务服务事项数量"))
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == counts


@pytest.mark.parametrize(
    "text",
    [
        "是否发布服务事项目 注 册 用\n录 某 某\n",  # the rests make no labels
        "总数（条） 概况类\n信息更新量（条） 9\n",  # one label only
        "是否发布服务事项目录 注册用户数\n☑是 ☐否 5\n",  # a line of labels already
    ],
)
def test_lines_that_are_no_heads_and_rests_stay(text: str) -> None:
    doc = document_from_text(text)
    assert join_head_levels(doc, label_index(default_form())) is doc
