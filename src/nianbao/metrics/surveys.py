"""Consultations and surveys (征集调查) → 期数, 收到意见数量, 公布调查结果期数 (六、3).

Either one row per survey — 编号, 开始日期, 结束日期 (optional), 意见数,
结果公布 — or one row per opinion received, the survey's columns repeated
on each and an 意见 column (its text or id; a survey without opinions has
one row with it blank). Rows with the same 编号 are one survey; its
attributes are read from its first row.

* 征集调查期数: surveys that started this year (by the site's calendar).
* 收到意见数量: the opinions of those surveys.
* 公布调查结果期数: when 结果公布 holds a date, surveys whose result was
  published this year, whenever they started; when it holds yes/no, surveys
  of this year whose result is published.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from nianbao.metrics.cellvalues import (
    BadCells,
    CellError,
    to_count,
    to_day,
    to_flag,
    to_text,
)
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Record, Records
from nianbao.metrics.sitetime import SiteTime
from nianbao.readers.tabular import Cell

SURVEYS = "surveys"
OPINIONS = "survey_opinions"
PUBLISHED = "survey_results_published"
ROLES = ("id", "start")
OPTIONAL = ("end", "opinions", "opinion", "published")


@dataclass
class _Survey:
    start: datetime.date | None
    start_skip: str | None
    opinions: int
    published: bool
    published_day: datetime.date | None


def _published(raw: Cell, zone: datetime.tzinfo) -> tuple[bool, datetime.date | None]:
    """A 结果公布 cell: yes/no, or the date the result was published (blank: no)."""
    try:
        return bool(to_flag(raw)), None
    except CellError:
        pass
    try:
        day = to_day(raw, zone)
    except CellError:
        return False, None
    return day is not None, day


def _first_row(
    records: Records, record: Record, per_opinion: bool, when: SiteTime, bad: BadCells
) -> _Survey:
    cells = record.cells
    start, why = records.day(record, "start", when.zone, bad)
    opinions = 0
    if per_opinion:
        opinions = 1 if to_text(cells.get("opinion")) else 0
    elif records.has("opinions"):
        try:
            opinions = to_count(cells.get("opinions")) or 0
        except CellError as exc:
            name = records.column_name("opinions")
            bad.add(records.source, name, record.row, cells.get("opinions"), str(exc))
    published, day = _published(cells.get("published"), when.zone)
    return _Survey(start, why, opinions, published, day)


def count_surveys(records: Records, when: SiteTime, bad: BadCells, inputs: list[str]) -> Computed:
    per_opinion = records.has("opinion") and not records.has("opinions")
    surveys: dict[str, _Survey] = {}
    repeats = 0
    for record in records:
        key = to_text(record.cells["id"]) or f"第{record.row}行"
        survey = surveys.get(key)
        if survey is None:
            surveys[key] = _first_row(records, record, per_opinion, when, bad)
            continue
        repeats += 1
        if per_opinion and to_text(record.cells.get("opinion")):
            survey.opinions += 1
    rows = records.rows_read
    this_year = [s for s in surveys.values() if s.start is not None and when.in_year(s.start)]
    skipped: dict[str, int] = {"duplicate": repeats} if repeats else {}
    for survey in surveys.values():
        if survey.start is None or not when.in_year(survey.start):
            reason = survey.start_skip or "outside_year"
            skipped[reason] = skipped.get(reason, 0) + 1
    computed = Computed()
    computed.add(
        SURVEYS,
        len(this_year),
        Explain(
            "征集调查期数（六、3(1)）：开始（发布）日期（按网站所在时区）在本年度内的征集调查期数，"
            "按编号去重（同一编号的多行是同一期）。",
            inputs,
            rows,
            skipped,
        ),
    )
    if records.has("opinions") or records.has("opinion"):
        how = "每行一条意见（“意见”列非空的行数）" if per_opinion else "各期“意见数”之和"
        computed.add(
            OPINIONS,
            sum(s.opinions for s in this_year),
            Explain(
                f"收到意见数量（六、3(2)）：本年度开始的征集调查收到的意见条数，{how}。",
                inputs,
                rows,
                skipped,
            ),
        )
    if records.has("published"):
        computed.add(PUBLISHED, *_count_published(surveys, when, repeats, inputs, rows))
    return computed


def _count_published(
    surveys: dict[str, _Survey], when: SiteTime, repeats: int, inputs: list[str], rows: int
) -> tuple[int, Explain]:
    published = 0
    skipped: dict[str, int] = {"duplicate": repeats} if repeats else {}
    for survey in surveys.values():
        started = survey.start is not None and when.in_year(survey.start)
        if survey.published_day is not None:
            ok, reason = when.in_year(survey.published_day), "outside_year"
        else:
            ok = survey.published and started
            reason = "not_published" if started else (survey.start_skip or "outside_year")
        if ok:
            published += 1
        else:
            skipped[reason] = skipped.get(reason, 0) + 1
    rule = (
        "公布调查结果期数（六、3(3)）：“结果公布”为日期时，结果在本年度内公布的期数（无论何时开始）；"
        "为是/否时，本年度开始且已公布结果的期数。"
    )
    return published, Explain(rule, inputs, rows, skipped)
