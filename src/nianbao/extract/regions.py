"""Other forms in the same file: their rows are not this form's.

A page or file often holds a website's report together with one or more reports of
another form (政务新媒体工作年度报表), before or after it. Their tables repeat many of
this form's labels (信息发布 总数, 留言办理, 填报人 …): read as this form's, they would
fill its fields, or overwrite them, with another report's figures. The form file names
those forms (`other_forms`); a heading naming one starts a region of rows that are not
read, and a heading naming this form ends it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import label_normal_form
from nianbao.forms.model import Form

_BEFORE, _AFTER = 30, 8
"""Characters a heading may hold before another form's title (附件2, a unit's name, the
year) and after it (（2022年度）): a text with more names the form in passing (a
sentence, a notice)."""

_DIGIT_RE = re.compile(r"\d")
# Headings are seen once each: the label cache would only fill up with them.
_normalize = label_normal_form


@dataclass(frozen=True)
class Titles:
    own: str
    """This form's title, normalised."""
    own_word: str
    """What tells this form's title from the others' (政府网站): a heading naming it
    before another form's title names both (政府网站与政务新媒体工作年度报表)."""
    others: tuple[str, ...]
    marks: tuple[str, ...]
    """The characters titles end with (表, 告): lines without one name no form."""

    def marked(self, text: str) -> bool:
        return any(mark in text for mark in self.marks)


@cache
def titles(form: Form) -> Titles:
    own = _normalize(form.title)
    others = tuple(t for t in (_normalize(title) for title in form.other_forms) if t)
    # The longest ending this title shares with another (工作年度报表) is no part of it.
    shared = max((_shared_end(own, other) for other in others), default=0)
    word = own[: len(own) - shared] if shared < len(own) else own
    ends = sorted({t[-1] for t in (own, *others) if t})
    return Titles(own, word, others, tuple(ends))


def _shared_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def heading(text: str, names: Titles) -> str | None:
    """The form a line of text is the heading of: this form's title (`names.own`), another
    form's title, or None for a line that names no form."""
    if not names.marked(text):
        return None
    norm = _normalize(text)
    at = norm.find(names.own)
    if at >= 0:
        # A sentence naming this form in passing (本年度政府网站工作年度报表已另行公开。)
        # in another form's report is no heading of this one.
        if _SENTENCE_END in text and not _heading_like(norm, at, names.own):
            return None
        return names.own
    for other in names.others:
        at = norm.find(other)
        if at < 0:
            continue
        if names.own_word and names.own_word in norm[:at]:
            return names.own  # both forms' heading: this form's table follows too
        if _heading_like(norm, at, other):
            return other
    return None


_SENTENCE_END = "。"


def _heading_like(norm: str, at: int, title: str) -> bool:
    return at <= _BEFORE and len(norm) - at - len(title) <= _AFTER


def heading_text(row: Row) -> str | None:
    """The text of a row that may be a heading: a title, maybe beside 附件2 or the year, in
    a row of one or two cells (and the repeats of a merged one); None for the table rows
    of more, most rows."""
    cells = row.cells
    if len(cells) > 2:
        cells = tuple(c for c in cells if not c.copy) if cells[-1].copy else ()
    if not 0 < len(cells) <= 2:
        return None
    return cells[0].text if len(cells) == 1 else f"{cells[0].text} {cells[1].text}"


def own_rows(doc: Document, form: Form) -> tuple[Document, list[str]]:
    """`doc` without the rows of other forms' regions, and those forms' titles (as the
    form file writes them) in the order they were met."""
    names = titles(form)
    if not names.others:
        return doc, []
    found: list[str] = []
    skipped: list[int] = []
    skipping = False
    for r, row in enumerate(doc.rows):
        text = heading_text(row)
        named = heading(text, names) if text is not None else None
        if named is not None:
            skipping = named != names.own
            if skipping and named not in found:
                found.append(named)
        if skipping:
            skipped.append(r)
    if not found:
        return doc, []
    dropped = set(skipped) - _stray_dates(doc, form, skipped)
    keep = [row for r, row in enumerate(doc.rows) if r not in dropped]
    shown = [_shown(form, other) for other in found]
    note = f"略过了另一种报表（{'、'.join(shown)}）的 {len(skipped)} 行。"
    return dataclasses.replace(doc, rows=keep, notes=[*doc.notes, note]), shown


def _stray_dates(doc: Document, form: Form, skipped: list[int]) -> set[int]:
    """The rows of this form's dates that reading order set in the next form's region
    (pdftotext without -layout: 附件2 | 政务新媒体工作年度报表 | 填报单位：… |
    填报日期：2024年1月15日 | … | 填报日期：2023-01-12): in a region after this form's rows
    that holds a date's label twice, the first, with a date, when this form's rows hold
    no date's label (a blank one included)."""
    dates = [f for f in form.fields if f.type == "date"]
    labels = {_normalize(n) for f in dates for n in (f.label, *f.variants)}
    dated = [r for r, row in enumerate(doc.rows) if _date_label(row.cells, labels) is not None]
    if not dated or not skipped or skipped[0] == 0:
        return set()
    gone = set(skipped)
    if any(r not in gone for r in dated):
        return set()  # this form's date's label where it belongs
    strays: set[int] = set()
    for region in _regions(skipped):
        inside = [r for r in dated if r in region]
        if len(inside) >= 2 and _date_label(doc.rows[inside[0]].cells, labels):
            strays.add(inside[0])
    return strays


def _date_label(cells: tuple[Cell, ...], labels: set[str]) -> str | None:
    """A row's date written after a date's label (填报日期：2024年1月15日): the date, "" when
    blank, None for a row without such a label."""
    text = cells[0].text if len(cells) == 1 else " ".join(c.text for c in cells)
    head, colon, rest = text.replace(":", "：").partition("：")
    if not colon or _normalize(head) not in labels:
        return None
    return rest.strip() if _DIGIT_RE.search(rest) else ""


def _regions(skipped: list[int]) -> list[range]:
    """Runs of consecutive rows."""
    runs: list[range] = []
    start = prev = skipped[0]
    for r in skipped[1:]:
        if r != prev + 1:
            runs.append(range(start, prev + 1))
            start = r
        prev = r
    runs.append(range(start, prev + 1))
    return runs


def own_lines(lines: Iterable[str], form: Form, skipping: bool) -> tuple[list[str], bool]:
    """The lines of a page that are not another form's, and whether the last of them
    leaves such a region open (for the next page), given whether the page opens in one."""
    names = titles(form)
    if not names.others:
        return list(lines), False
    kept = []
    for line in lines:
        named = heading(line, names)
        if named is not None:
            skipping = named != names.own
        if not skipping:
            kept.append(line)
    return kept, skipping


def _shown(form: Form, norm: str) -> str:
    return next((t for t in form.other_forms if _normalize(t) == norm), norm)


def titled_below(doc: Document, r: int, form: Form) -> bool:
    """Whether a row after row r is a heading naming the form: what stands above it
    (a page's own heading table: 索引号, 发布机构, 名称 …) is no part of the report."""
    names = titles(form)
    for row in doc.rows[r + 1 :]:
        text = heading_text(row)
        if text is not None and heading(text, names) == names.own:
            return True
    return False
