"""A page's running head and foot between the two parts of a table cut by the page end."""

from __future__ import annotations

from nianbao.extract.document import Cell, Row
from nianbao.readers.page_chrome import opening_keys, without_running_lines


def _row(text: str, block: int) -> Row:
    return Row(tuple(Cell(t, k) for k, t in enumerate(text.split(" | "))), text, block=block)


PAGE_ONE = [
    _row("某局 政务公开", 0),
    _row("政府网站工作年度报表", 0),
    _row("网站名称 | 某局网站", 1),
    _row("解读产 | 26", 1),
    _row("第 1 页，共 4 页", 0),
]


def test_the_running_head_and_the_page_number_go() -> None:
    done = list(PAGE_ONE)
    page = [_row("某局 政务公开", 2), _row("品数量（单位：个）", 3), _row("访谈期数 | 2", 3)]
    kept = without_running_lines(done, page, opening_keys(PAGE_ONE))
    assert [r.where for r in kept] == ["品数量（单位：个）", "访谈期数 | 2"]
    assert done[-1].where == "解读产 | 26"


def test_a_second_reports_title_opening_a_page_stays() -> None:
    # The title again, then free lines: another report begins, no running head.
    done = list(PAGE_ONE)
    page = [_row("政府网站工作年度报表", 2), _row("（2023年度）", 2), _row("网站名称 | 乙", 3)]
    assert without_running_lines(done, page, opening_keys(PAGE_ONE)) == page
    assert done == PAGE_ONE


def test_a_head_with_a_date_in_it_is_the_same_head() -> None:
    done = list(PAGE_ONE[:4])
    heads = opening_keys([_row("某局 2024年1月5日", 0), *PAGE_ONE[1:]])
    page = [_row("某局 2024年1月6日", 2), _row("访谈期数 | 2", 3)]
    assert [r.where for r in without_running_lines(done, page, heads)] == ["访谈期数 | 2"]
