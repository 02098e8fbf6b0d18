"""Web pages that set the report out as a CSS grid of <div>s or <span>s, not a <table>."""

from __future__ import annotations

import pytest

from locations import CORPUS
from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.html import read_html

SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")


def _rows(page: str) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in read_html(page.encode()).rows]


def _grid(row: str, cell: str, tag: str = "div") -> bytes:
    """The seed as a minified page: one row element a line of the table, one cell element
    a cell, nothing between them."""
    lines = [line.split("\t") for line in SEED.splitlines() if line.strip()]
    body = "".join(
        f'<div class="{row}">' + "".join(f"<{tag} {cell}>{c}</{tag}>" for c in cells) + "</div>"
        for cells in lines
    )
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("row", "cell", "tag"),
    [
        ("tr", 'class="td"', "span"),
        ("tr", 'class="td2"', "span"),
        ("layui-row", 'class="layui-col-md3"', "div"),
        ("row", 'class="col-xs-6 text-left"', "div"),
        ("form-item", 'class="form-label"', "label"),
        ("line", 'style="display:inline-block;width:25%"', "span"),
        ("line", 'style="float: left"', "div"),
    ],
)
def test_a_minified_grid_reads_as_the_table(row: str, cell: str, tag: str) -> None:
    want = extract_bytes(SEED.encode(), "seed.txt").report.to_json()
    assert extract_bytes(_grid(row, cell, tag), "grid.html").report.to_json() == want


def test_grid_cells_are_cells_of_one_row() -> None:
    page = (
        '<div class="row"><div class="col-md-3">网站名称</div>'
        '<div class="col-md-9">某县人民政府门户网站</div></div>'
        '<p>填报人：<span class="value">张三</span></p>'
    )
    assert _rows(page) == [["网站名称", "某县人民政府门户网站"], ["填报人：", "张三"]]


def test_a_cell_class_on_a_container_keeps_its_paragraphs() -> None:
    page = '<div class="col-md-12"><p>网站名称</p><p>某县人民政府门户网站</p></div>'
    assert _rows(page) == [["网站名称"], ["某县人民政府门户网站"]]


def test_spans_without_a_cell_class_stay_one_text() -> None:
    # Word's web pages cut a label into spans wherever its font changes.
    page = "<p><span lang=EN-US>网站</span><span style='font-size:12pt'>名称</span></p>"
    assert _rows(page) == [["网站名称"]]
    spans = "<span class='label'>网站</span><span class='label'>名称</span>"
    cell = f"<table><tr><td>{spans}</td></tr></table>"
    assert _rows(cell) == [["网站名称"]]
