"""The year run into the form's title after the unit's name (六安市2024年度政府网站工作年度报表):
the title's value before it is the unit's name and the year, which the year's field reads
apart only (2024年度 alone before the title is read as it is)."""

from __future__ import annotations

import re

_YEAR_END_RE = re.compile(r"(.*?\S)\s*((?:19|20)\d{2}\s*年度?)")


def year_apart(text: str) -> tuple[str, ...]:
    """`text` as the name before the year and the year, when it ends with a year after a
    name; else `text` alone."""
    found = _YEAR_END_RE.fullmatch(text)
    if found is None or not re.search(r"[\u4e00-\u9fff]", found[1]):
        return (text,)
    return found[1], found[2]
