"""Content export → 信息发布 and 专栏专题, counted by hand."""

from __future__ import annotations

import datetime
from pathlib import Path

from record_files import run_compute, write_csv, write_xlsx

ITEMS = """
编号,标题,栏目,分类,发布日期,是否外链
1,a,政务要闻,,2024-01-05,否
2,b,通知公告,,2024/02/01,
3,c,机构职能,,2024年3月1日,否
4,d,信息公开/法定主动公开内容,,2024-04-01,否
4,d,政务要闻,,2024-04-01,否
5,e,政务要闻,,2023-12-31,否
6,f,政务要闻,,2025-01-01,否
7,g,政务要闻,,2024-06-01,是
8,h,其他栏目,,2024-06-02,否
9,i,随便什么栏目,政务动态,2024-06-03,否
10,j,政务要闻,,2023-12-31T16:30:00+00:00,否
11,k,政务要闻,,,否
12,l,政务要闻,,not a date,否
1,a,政务要闻,,2024-01-05,否
"""


def test_information_counts(tmp_path: Path) -> None:
    outcome = run_compute(content=write_csv(tmp_path / "items.csv", ITEMS))
    assert outcome.errors == []
    values = outcome.computed.values
    assert values == {
        "info_total": 7,  # 1 2 3 4 8 9 10
        "info_overview": 1,  # 3
        "info_news": 5,  # 1 2 4 9 10
        "info_disclosure": 1,  # 4
    }
    explain = {k: f.explain for k, f in outcome.computed.figures.items()}
    assert explain["info_total"].rows_read == 14
    assert explain["info_total"].rows_skipped == {
        "outside_year": 2,
        "external_link": 1,
        "no_date": 1,
        "bad_date": 1,
        "duplicate": 2,
    }
    assert explain["info_news"].rows_skipped["not_in_category"] == 3
    assert explain["info_news"].rows_skipped["duplicate"] == 1
    for figure in outcome.computed.figures.values():
        skipped = sum(figure.explain.rows_skipped.values())
        assert figure.explain.rows_read == figure.value + skipped
    assert any("not a date" in note for note in outcome.computed.notes)
    assert any("只计入总数" in note for note in outcome.computed.notes)


def test_specials_from_a_workbook(tmp_path: Path) -> None:
    items = [
        ("编号", "标题", "栏目", "发布日期", "是否外链"),
        (1, "a", "专题专栏/乡村振兴/工作动态", datetime.datetime(2024, 8, 1), "否"),
        (2, "b", "党史学习教育", datetime.datetime(2024, 8, 1), "是"),  # external: no update
        (3, "c", "营商环境", datetime.datetime(2023, 8, 1), "否"),  # last year
        (4, "d", "政务要闻", "2024-09-09", None),
    ]
    columns = [
        ("栏目名称", "创建日期", "是否专栏专题"),
        ("乡村振兴", datetime.date(2023, 5, 1), "是"),
        ("党史学习教育", "2024-03-01", "是"),
        ("营商环境", "2024-07-01", "是"),
        ("政务要闻", "2010-01-01", "否"),
        ("乡村振兴", "2023-05-01", "是"),
    ]
    book = write_xlsx(tmp_path / "cms.xlsx", {"信息": items, "栏目": columns})
    outcome = run_compute(content=book)
    values = outcome.computed.values
    assert values["columns_maintained"] == 1
    assert values["columns_new"] == 2
    assert values["info_total"] == 2
    maintained = outcome.computed.figures["columns_maintained"].explain
    assert maintained.rows_read == 5
    assert maintained.rows_skipped == {"not_special": 1, "duplicate": 1, "no_item_this_year": 2}
    new = outcome.computed.figures["columns_new"].explain
    assert new.rows_skipped == {"not_special": 1, "duplicate": 1, "outside_year": 1}
    assert "栏目" in " ".join(new.inputs)


def test_columns_file_alone_gives_new_columns_only(tmp_path: Path) -> None:
    columns = write_csv(tmp_path / "columns.csv", "栏目名称,开设日期\n甲,2024-01-01\n乙,2023-01-01")
    outcome = run_compute(columns=columns)
    assert outcome.computed.values == {"columns_new": 1}
