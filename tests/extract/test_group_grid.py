"""A small table of groups by the labels their fields share (微博 and 微信 down, 名称 |
信息发布量 | 关注量 across, or the other way round) is read group by group."""

from __future__ import annotations

import io
from typing import Any

import docx

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.group_grid import group_grids_read, may_grid
from nianbao.extract.labels import label_index
from nianbao.extract.pipeline import extract_bytes
from nianbao.forms import default_form

INDEX = label_index(default_form())
TOP = [
    ["网站名称", "某市人民政府门户网站"],
    ["首页网址", "http://www.example.gov.cn"],
    ["主办单位", "某市人民政府办公室"],
    ["独立用户访问总量（单位：个）", "12345"],
    ["网站总访问量（单位：次）", "678901"],
    ["信息发布总数（单位：条）", "321"],
    ["是否有移动新媒体", "☑是 ☐否"],
]
DOWN = [
    ["账号类别", "名称", "信息发布量（条）", "关注量/订阅数（个）"],
    ["微博", "无", "0", "0"],
    ["微信", "韶关市政务服务", "1126", "595068"],
]
ACROSS = [
    ["项目", "微博", "微信"],
    ["名称", "韶关发布", "韶关市政务服务"],
    ["信息发布量（条）", "2301", "1126"],
    ["关注量/订阅数（个）", "45210", "595068"],
]
MEDIA = {
    "weibo_name": "无",
    "weibo_posts": 0,
    "weibo_followers": 0,
    "wechat_name": "韶关市政务服务",
    "wechat_posts": 1126,
    "wechat_subscribers": 595068,
}


def _docx(grid: list[list[str]]) -> bytes:
    document = docx.Document()
    width = max(len(row) for row in grid)
    rows = [*TOP, *grid, ["填报人", "葛桂子"]]
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
        if len(row) == 2 and width > 2:
            table.cell(r, 1).merge(table.cell(r, width - 1))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _values(data: bytes, name: str) -> dict[str, Any]:
    return extract_bytes(data, name).report.to_json()


def test_groups_down_labels_across() -> None:
    values = _values(_docx(DOWN), "down.docx")
    assert {key: values.get(key) for key in MEDIA} == MEDIA
    assert values["filler"] == "葛桂子"


def test_groups_across_labels_down() -> None:
    values = _values(_docx(ACROSS), "across.docx")
    assert {key: values.get(key) for key in MEDIA} == {
        **MEDIA,
        "weibo_name": "韶关发布",
        "weibo_posts": 2301,
        "weibo_followers": 45210,
    }


def test_a_web_page_s_grid() -> None:
    cells = "".join(
        "<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in [*TOP, *DOWN]
    )
    page = f"<html><meta charset='utf-8'><body><table>{cells}</table></body></html>"
    values = _values(page.encode(), "grid.html")
    assert {key: values.get(key) for key in MEDIA} == MEDIA


def _doc(rows: list[list[str]]) -> Document:
    return Document(
        format="docx",
        rows=[
            Row(tuple(Cell(t, c) for c, t in enumerate(row)), where=f"第 {r} 行")
            for r, row in enumerate(rows, 1)
        ],
    )


def test_each_group_becomes_a_row_of_labels_and_values() -> None:
    read = group_grids_read(_doc(DOWN), INDEX)
    assert [[c.text for c in row.cells] for row in read.rows] == [
        ["微博", "名称", "无", "信息发布量（条）", "0", "关注量", "0"],
        # 关注量 is a label of 微信's 订阅数 too.
        ["微信", "名称", "韶关市政务服务", "信息发布量（条）", "1126", "关注量", "595068"],
    ]
    assert [row.where for row in read.rows] == ["第 2 行", "第 3 行"]


def test_what_is_no_grid_of_groups_is_left_alone() -> None:
    for rows in (
        DOWN[:2],  # one group: its labels over its values, read as they are
        # Rows of no group: an account list under shared labels.
        [["栏目", "名称", "信息发布量"], ["某某", "无", "0"], ["某某", "1", "2"]],
        # Labels no group of the rows has.
        [["账号类别", "网站名称", "网站总访问量"], ["微博", "某某", "0"], ["微信", "某某", "5"]],
    ):
        doc = _doc(rows)
        assert group_grids_read(doc, INDEX) is doc
    assert may_grid("\n账号类别\n名称\n信息发布量（条）\n", INDEX)
    assert may_grid("\n项目\n微博\n微信\n", INDEX)
    assert not may_grid("\n微博\n无\n名称\n某某\n", INDEX)  # a group's own rows
    assert not may_grid("\n网站名称\n某某\n", INDEX)
