"""A frame drawn round a whole page's content (a site page captured or printed with its
layout borders): the text between the tables in it is free lines, not one cell
(readers.geometry.page_rows), while a plain table keeps its cells."""

from __future__ import annotations

import pytest

from nianbao.readers.geometry import Rulings, Run, Segment, page_rows


def _table(x0: float, x1: float, ys: list[float], xs: list[float]) -> list[list[Segment]]:
    """The borders of a grid: rows at `ys`, columns at `xs` (outer ones included)."""
    horizontal = [(y, x0, x1) for y in ys]
    vertical = [(x, ys[0], ys[-1]) for x in xs]
    return [horizontal, vertical]


def _run(text: str, x: float, y: float) -> Run:
    return Run(text, (x, y, x + 20.0 * len(text), y + 20.0))


def _page(links: bool = False) -> tuple[list[Run], Rulings]:
    # A frame (0–1000 × 0–1000) round two tables, a title above the first, signature lines
    # between them and a page footer below, set wider than the tables; with `links`, a
    # column of the site's links (-300–0) beside it, in the same layout row.
    main = _table(50, 450, [100, 140, 180], [50, 250, 450])
    other = _table(50, 350, [500, 540, 580], [50, 200, 350])
    frame = _table(-300 if links else 0, 1000, [0, 1000], [-300, 0, 1000] if links else [0, 1000])
    horizontal = main[0] + other[0] + frame[0]
    vertical = main[1] + other[1] + frame[1]
    runs = [
        _run("政府网站工作年度报表", 60, 50),
        _run("网站名称", 60, 110),
        _run("某某网", 260, 110),
        _run("首页网址", 60, 150),
        _run("http://a.gov.cn", 260, 150),
        _run("单位负责人：张三", 60, 250),
        _run("审核人：李四", 60, 300),
        _run("填报人：王五联系电话：010-12345678", 60, 350),
        _run("名称", 60, 510),
        _run("某某发布", 210, 510),
        _run("主办：某某市人民政府办公室", 500, 800),
    ]
    if links:
        runs.append(_run("首页", -280, 10))
    return runs, Rulings.build(horizontal, vertical)


@pytest.mark.parametrize("links", [False, True])
def test_the_lines_between_tables_in_a_frame_are_rows_of_their_own(links: bool) -> None:
    runs, rulings = _page(links)
    rows = [[cell.text for cell in row.cells] for row in page_rows(runs, rulings, 1, 0)]
    assert rows == [["首页"]] * links + [
        ["政府网站工作年度报表"],
        ["网站名称", "某某网"],
        ["首页网址", "http://a.gov.cn"],
        ["单位负责人：张三"],
        ["审核人：李四"],
        ["填报人：王五联系电话：010-12345678"],
        ["名称", "某某发布"],
        ["主办：某某市人民政府办公室"],
    ]


def test_a_plain_table_keeps_its_cells_and_a_tall_cell_its_lines() -> None:
    # No frame: the table alone, one of its cells two lines high.
    horizontal, vertical = _table(50, 450, [100, 140, 220], [50, 250, 450])
    words = (("网站名称", 60, 110), ("某某网", 260, 110), ("其他", 60, 160))
    runs = [_run(*word) for word in (*words, ("移动客户端", 260, 150), ("下载量", 260, 180))]
    rows = page_rows(runs, Rulings.build(horizontal, vertical), 1, 0)
    assert [[cell.text for cell in row.cells] for row in rows] == [
        ["网站名称", "某某网"],
        ["其他", "移动客户端下载量"],
    ]


def test_a_box_holds_a_table_when_two_borders_lie_within_it() -> None:
    frame = (0.0, 0.0, 1000.0, 1000.0)
    inner = [(y, 50.0, 450.0) for y in (100.0, 140.0)]
    sides = [(0.0, 0.0, 1000.0), (1000.0, 0.0, 1000.0)]
    edges = [(0.0, 0.0, 1000.0), (1000.0, 0.0, 1000.0)]
    assert Rulings.build(edges + inner, sides).holds_table(frame)
    assert not Rulings.build(edges + inner[:1], sides).holds_table(frame)  # a stray line


def test_a_scans_broken_row_border_holds_no_table() -> None:
    # A two-row box in the last column, its middle border broken in the scan: a stretch of
    # it runs in from the columns on the left (twice, in two such boxes' rows).
    box = (1437.0, 880.0, 1969.0, 1024.0)
    horizontal = [(880.0, 136.0, 1969.0), (1024.0, 136.0, 1969.0)]
    horizontal += [(916.0, 136.0, 1600.0), (988.0, 136.0, 1700.0)]
    vertical = [(x, 880.0, 1024.0) for x in (136.0, 1290.0, 1437.0, 1969.0)]
    assert not Rulings.build(horizontal, vertical).holds_table(box)
