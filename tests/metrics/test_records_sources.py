"""Cases, messages, surveys and interviews → their figures, counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from record_files import run_compute, write_csv, write_xlsx

from nianbao.metrics.compute import Sources, compute
from nianbao.metrics.config import load_config

CASES = """
编号,申请人编号,申请人类型,事项,环节,状态,办结日期
1,P1,自然人,出生登记,受理,已受理,2024-01-03
2,P1,自然人,出生登记,办结,已办结,2024-01-05
3,P1,自然人,出生登记,送达,已办结,2024-01-06
4,P1,自然人,户口迁移,办结,已办结,2024-02-01
5,P2,个人,出生登记,办结,已办结,2024-03-01
6,C1,法人,营业执照,办结,已办结,2024-03-02
7,C1,企业,营业执照,办结,已办结,2024-04-02
8,C2,法人,营业执照,办结,办结,2024-12-31
9,C3,法人,营业执照,办结,已办结,2025-01-02
10,C4,法人,营业执照,办结,已办结,2023-12-30
11,X1,外国人,签证,办结,已办结,2024-05-05
12,P3,自然人,出生登记,办结,已办结,
13,P4,自然人,出生登记,办结,已办结,2023-12-31T17:00:00+00:00
"""


def test_cases(tmp_path: Path) -> None:
    outcome = run_compute(cases=write_csv(tmp_path / "cases.csv", CASES))
    assert outcome.computed.values == {"cases_total": 6, "cases_natural": 4, "cases_legal": 2}
    figures = outcome.computed.figures
    assert figures["cases_total"].explain.rows_skipped == {
        "not_completed": 1,
        "same_applicant_item": 2,
        "outside_year": 2,  # one completed next January, one last December
        "unknown_kind": 1,
        "no_date": 1,
    }
    assert figures["cases_natural"].explain.rows_skipped == {
        "not_completed": 1,
        "same_applicant_item": 1,
        "other_kind": 5,
        "unknown_kind": 1,
        "no_date": 1,
    }
    for figure in figures.values():
        assert (
            figure.explain.rows_read
            == 13
            == figure.value + sum(figure.explain.rows_skipped.values())
        )
    assert any("外国人" in note for note in outcome.computed.notes)


MESSAGES = """
编号,收到日期,办结日期,是否公开
1,2024-01-02,2024-01-02,是
2,2024-01-10,2024-01-13,否
3,2023-12-28,2024-01-04,是
4,2024-12-30,2025-01-03,是
5,2024-12-31,,
6,2024-06-01,2024-06-12,公开
7,2024-06-01,2024-05-01,是
1,2024-01-02,2024-01-02,是
8,,2024-03-01,是
9,2023-01-01,2023-02-01,是
"""


def test_messages_and_year_boundaries(tmp_path: Path) -> None:
    outcome = run_compute(messages=write_csv(tmp_path / "messages.csv", MESSAGES))
    assert outcome.computed.values == {
        "messages_received": 6,  # 1 2 4 5 6 7
        "messages_closed": 4,  # 1 2 3 6 (3: received last December)
        "messages_avg_days": 5.3,  # (0 + 3 + 7 + 11) / 4 = 5.25, rounded half up
        "messages_public": 3,  # 1 3 6
    }
    closed = outcome.computed.figures["messages_closed"].explain
    assert closed.rows_skipped == {
        "duplicate": 1,
        "no_date": 1,
        "not_closed": 2,  # 4 closed next January, 5 still open at the end of the year
        "bad_date": 1,  # 7 closed before it was received
        "outside_year": 1,
    }
    assert "上一年 12 月收到" in closed.rule
    assert any("办结日期早于收到日期" in note for note in outcome.computed.notes)


def test_no_message_closed_gives_no_average(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", "编号,收到时间,办结时间\n1,2024-12-31 10:00,")
    assert run_compute(messages=path).computed.values == {
        "messages_received": 1,
        "messages_closed": 0,
    }


def test_surveys_one_row_each(tmp_path: Path) -> None:
    text = """
    编号,开始日期,意见数,结果公布日期
    S1,2024-02-01,10,2024-03-01
    S2,2024-11-20,5,2025-01-10
    S3,2023-12-01,7,2024-01-15
    S4,2024-05-01,0,
    S1,2024-02-01,10,2024-03-01
    """
    outcome = run_compute(surveys=write_csv(tmp_path / "s.csv", text))
    assert outcome.computed.values == {
        "surveys": 3,  # S1 S2 S4
        "survey_opinions": 15,
        "survey_results_published": 2,  # S1, and S3 of last year published this January
    }


def test_surveys_one_row_per_opinion(tmp_path: Path) -> None:
    rows = [
        ("编号", "开始日期", "意见", "是否公布结果"),
        ("A", "2024-03-01", "意见一", "是"),
        ("A", "2024-03-01", "意见二", "是"),
        ("A", "2024-03-01", None, "是"),
        ("B", "2024-04-01", None, "否"),
        ("C", "2023-04-01", "意见", "是"),
    ]
    outcome = run_compute(surveys=write_xlsx(tmp_path / "s.xlsx", {"Sheet1": rows}))
    assert outcome.computed.values == {
        "surveys": 2,
        "survey_opinions": 2,
        "survey_results_published": 1,
    }


def test_interviews(tmp_path: Path) -> None:
    text = """
    编号,访谈日期,网民留言数,答复数
    I1,2024-03-01,120,80
    I2,2024-12-31,30,30
    I3,2025-01-01,10,10
    I2,2024-12-31,30,30
    """
    outcome = run_compute(interviews=write_csv(tmp_path / "i.csv", text))
    assert outcome.computed.values == {
        "interviews": 2,
        "interview_messages": 150,
        "interview_answers": 110,
    }
    assert outcome.computed.figures["interviews"].explain.rows_skipped == {
        "outside_year": 1,
        "duplicate": 1,
    }


def test_a_missing_column_is_one_clear_message(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cases.csv", "编号,申请人,事项,状态\n1,P,x,已办结")
    outcome = run_compute(cases=path)
    assert outcome.computed.figures == {}
    [(source, error)] = outcome.errors
    assert error.code == "missing_column"
    assert source == str(path)
    assert "缺少“申请人类型”列" in error.message
    assert "“日期”列" in error.message
    assert "申请人类型、申请人类别" in error.message  # the names that were tried
    assert "columns.cases.kind" in error.message


def test_gbk_csv_with_configured_column_names(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "columns:\n  interviews:\n    id: 场次\n    date: [举办时间]\n    messages: 网友提问\n",
        "utf-8",
    )
    path = write_csv(
        tmp_path / "i.csv", "场次,举办时间,网友提问\n1,2024年5月1日,12\n", encoding="gb18030"
    )
    outcome = compute(Sources(interviews=path), 2024, "Asia/Shanghai", load_config(config))
    assert outcome.computed.values == {"interviews": 1, "interview_messages": 12}


@pytest.mark.parametrize("kind", ["content", "cases", "messages", "surveys", "interviews"])
def test_other_sources_are_read_when_one_fails(tmp_path: Path, kind: str) -> None:
    good = write_csv(tmp_path / "i.csv", "编号,访谈日期\n1,2024-01-01")
    sources = {kind: tmp_path / "missing.csv"}
    if kind != "interviews":
        sources["interviews"] = good
    outcome = run_compute(**sources)  # type: ignore[arg-type]
    assert [e.code for _, e in outcome.errors] == ["unreadable"]
    if kind != "interviews":
        assert outcome.computed.values == {"interviews": 1}
