"""A sheet printed too wide for its paper: the values' column on the page after the
labels', at the same heights (readers.pdf_beside, read again by the pipeline when the
pages read one after another give few values)."""

from __future__ import annotations

import weasyprint  # type: ignore[import-untyped]

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.geometry import Rulings, Run
from nianbao.readers.pdf_beside import PageRead, side_by_side
from text_reports import TABLE_PAIRS

PAIRS = [
    *TABLE_PAIRS,
    ("主办单位", "某某县粮食和物资储备局"),
    ("信息发布总数（单位：条）", "873"),
    ("概况类信息更新量（单位：条）", "41"),
    ("政务动态信息更新量（单位：条）", "512"),
    ("办结留言数量（单位：条）", "17"),
    ("访谈期数（单位：期）", "4"),
]
_STYLE = (
    "@page{size:A4;margin:15mm}body{margin:0;font-size:11px}.t{height:48px;margin:0}"
    "table{border-collapse:collapse}td{border:1px solid #000;height:22px;padding:0 4px;"
    "white-space:nowrap}"
)


def _sheet(values_page: bool, long_table: bool = False) -> bytes:
    """Page 1: the title and the labels' rows; page 2: the values' column alone at the
    same heights (`values_page`), or the table's second half, labels and values."""
    if long_table:
        half = len(PAIRS) // 2
        first, second = PAIRS[:half], PAIRS[half:]
        rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in first)
        more = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in second)
        page1 = f"<div class=t>政府网站工作年度报表</div><table>{rows}</table>"
        page2 = f"<div class=t></div><table>{more}</table><p>填报人：王五</p>"
    else:
        rows = "".join(f"<tr><td>基本信息</td><td>{label}</td></tr>" for label, _ in PAIRS)
        page1 = (
            f"<div class=t>政府网站工作年度报表</div><table><tr><td>类别</td><td>指标</td></tr>"
            f"{rows}</table><p>填报人：王五</p>"
        )
        cells = "".join(f"<tr><td>{value}</td></tr>" for _, value in PAIRS)
        page2 = f"<div class=t></div><table><tr><td>数值</td></tr>{cells}</table>"
    html = (
        f"<html><head><meta charset=utf-8><style>{_STYLE}</style></head><body>{page1}"
        f"<div style='break-before:page'>{page2}</div></body></html>"
    )
    return bytes(weasyprint.HTML(string=html).write_pdf())


def test_values_printed_on_the_page_after_their_labels_are_theirs() -> None:
    extraction = extract_bytes(_sheet(values_page=True), "wide.pdf")
    got = extraction.report.to_json()
    assert got["unique_visitors"] == 500
    assert got["sponsor"] == "某某县粮食和物资储备局"
    assert got["interviews"] == 4
    assert got["filler"] == "王五"
    assert any("并排读取" in note for note in extraction.notes)


def test_a_table_going_on_down_the_next_page_is_read_down() -> None:
    extraction = extract_bytes(_sheet(values_page=False, long_table=True), "long.pdf")
    got = extraction.report.to_json()
    assert got["unique_visitors"] == 500
    assert got["interviews"] == 4
    assert not any("并排读取" in note for note in extraction.notes)


def _page(index: int, lines: range, columns: tuple[float, ...], text: str) -> PageRead:
    runs = [
        Run(f"{text}{k}", (x, 20.0 * k, x + 30.0, 20.0 * k + 10.0)) for k in lines for x in columns
    ]
    verticals = [(x - 2.0, 0.0, 20.0 * lines.stop) for x in (*columns, columns[-1] + 40.0)]
    return PageRead(index, runs, Rulings.build([], verticals))


def test_pages_printed_down_then_over_join_the_pages_they_go_with() -> None:
    # Excel's default order: the labels' rows 1–30 and 31–60, then their values'.
    labels_top = _page(0, range(1, 31), (50.0, 90.0, 130.0), "标签")
    labels_bottom = _page(1, range(1, 21), (50.0, 90.0, 130.0), "标签")
    values_top = _page(2, range(1, 31), (50.0,), "值")
    values_bottom = _page(3, range(1, 21), (50.0,), "值")
    joined = side_by_side([labels_top, labels_bottom, values_top, values_bottom])
    assert [(p.index, p.joined) for p in joined] == [(0, 1), (1, 1)]
    assert max(r.box[0] for r in joined[0].runs) > 160.0


def test_a_page_of_few_lines_stands_beside_nothing() -> None:
    page = _page(0, range(1, 31), (50.0, 90.0), "标签")
    number = _page(1, range(40, 41), (50.0,), "第2页")
    assert [p.joined for p in side_by_side([page, number])] == [0, 0]
