"""The year after the form's title inside a cell of other words (报表名称：政府网站工作年度报表
（2024年度） | 填报单位：…, a reporting system's page), where the walk, which reads the title
as the year's label only when a cell opens with it, read no year."""

from __future__ import annotations

import re
from functools import cache

from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.forms.model import Field, Form

_OPENING_ROWS = 12
"""Rows at a document's head searched for the title inside another cell."""


def take_title_year(walk: Placement, match: Match, walked: int) -> None:
    found = _titled(walk.index.form)
    if found is None or found[0].key in match.candidates:
        return
    f, title = found
    for pattern in (title, HEADLINE_RE):
        for r in range(min(walked, _OPENING_ROWS)):
            for cell in walk.doc.rows[r].cells:
                year = pattern.search(cell.text) if not cell.copy else None
                if year is not None:
                    place = (r, cell)
                    match.candidates[f.key] = [
                        Candidate.at(walk.doc, f, year[1], place, 0.7, explicit=False)
                    ]
                    return


HEADLINE_RE = re.compile(
    r"((?:19|20)\d{2})\s*年?度?[^\d\n，。；]{0,24}?(?:年度?报表|工作报表|年报|工作总结|工作报告|年度报告)"
)
"""A headline naming the year and the report in its own words (某市人民政府网站2023年度工作报表,
数说2021丨…年度工作报表, …2024年工作总结), when the form's title with its year is nowhere."""


@cache
def _titled(form: Form) -> tuple[Field, re.Pattern[str]] | None:
    """The field the form's title labels (the year: 政府网站工作年度报表（2024年度）) and a
    pattern of the title with the year after it."""
    title = "".join(form.title.split())
    field = next((f for f in form.fields if title in f.labels and f.type == "int"), None)
    if field is None or not title:
        return None
    words = r"\s*".join(map(re.escape, title))
    return field, re.compile(words + r"\s*[（(]?\s*((?:19|20)\d{2})\s*年")
