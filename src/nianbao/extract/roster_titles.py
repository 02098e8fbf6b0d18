"""The year over a table of reports, for each of its reports: its title's (in its own
words or the form's), else its sheet's name's (extract.roster)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Row
from nianbao.extract.labels import normalize_label
from nianbao.extract.titled_year import HEADLINE_RE
from nianbao.forms.model import Form

_TITLE_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")


def table_titles(lead: list[Row], form: Form) -> list[Row]:
    """The rows over a table of reports that title it with the year they all report on
    (2021年度全市政府网站工作年度报表汇总表, 2020年度全市政府网站办事服务情况统计表): every
    report's, written as the form's title of that year (a title's own words after the year
    would be read as its value: 甘肃省2021年度…年度报表（部分指标）). Its other lead rows (a
    note, the office that drew the table up) are no report's."""
    year = form.by_key.get("year")
    if year is None or not form.title:
        return []
    names = [normalize_label(n) for n in (year.label, *year.variants) if len(n) > 2]
    titles: list[Row] = []
    for row in lead:
        for cell in row.cells:
            reported = _title_year(cell.text, names)
            if reported is not None:
                text = f"{form.title}（{reported}年度）"
                titles.append(dataclasses.replace(row, cells=(Cell(text, cell.col),)))
                break
    return titles


def _title_year(text: str, names: list[str]) -> str | None:
    """The year a table's title names: a headline's, or the year of 年度 in a title of the
    form's or of sites' (or any year in one naming the form)."""
    headline = HEADLINE_RE.search(text)
    if headline is not None:
        return headline[1]
    named = any(n in normalize_label(text) for n in names)
    if not named and "网站" not in text:
        return None
    found = _SITES_YEAR_RE.search(text) or (_TITLE_YEAR_RE.search(text) if named else None)
    return None if found is None else found[1]


_SITES_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年度")
"""The year a table's title names as the year reported on (2020年度全市政府网站…)."""


_SHEET_RE = re.compile(r"工作表「([^」]*)」")


def sheet_title(row: Row, form: Form) -> list[Row]:
    """A title of the form with the year its sheet's name gives (a workbook of a sheet a
    year: 2022年, 2023年), for a table with no title of its own."""
    sheet = _SHEET_RE.match(row.where)
    year = _TITLE_YEAR_RE.search(sheet[1]) if sheet else None
    if sheet is None or year is None or not form.title:
        return []
    title = f"{form.title}（{year[0].rstrip('年').strip()}年度）"
    return [dataclasses.replace(row, cells=(Cell(title, 0),), where=f"工作表「{sheet[1]}」的名称")]
