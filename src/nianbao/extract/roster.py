"""A table of many reports, one a row under a header row of field labels: a province's
collection sheet, or `nianbao summary`'s own workbook read back. Each row is one report.

Read as one report, such a table gave its first row's values and silently dropped the
others. Each report row is instead read as a document of its own, laid out as the form
sets a report out: each header label beside the row's value in its column, under the
names the head rows above the header give its column (信息发布 over 总数). Read as a
header row over a row of values, two labels side by side took one another for values.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex, is_unit, label_index, normalize_label
from nianbao.extract.misread import choice_option_names
from nianbao.extract.roster_codes import roster_codes
from nianbao.extract.roster_pairs import displayed, listed_options, report_pairs, shortened
from nianbao.extract.roster_titles import sheet_title, table_titles
from nianbao.extract.titled_year import HEADLINE_RE
from nianbao.extract.tokens import CJK_RE
from nianbao.forms.model import Form

MIN_HEADER_LABELS = 8
"""Field labels a header row needs, each in a cell of its own (a report's own rows hold
at most six cells)."""

MIN_REPORTS = 2
"""Rows under the header filling half its columns or more needed to call it a table of
reports: one row of values under a row of labels is a single report laid out across."""

WIDE_HEADER = 20
"""Field labels a header row has when one row of values under it is a table of one report
(a system's export of a report, a column a field): a report laid out across the page sets
a dozen labels a row at most. A header of twice as many heads is one too, with fewer heads
that are field labels (a column for each option: 网站类型-政府门户网站 …)."""

MIN_FILLED = 3
"""Values a row under the header needs to be a report (a sparse one still is: a site that
left most fields empty); fewer, and it is a note under the table."""

MAX_HEAD_ROWS = 2
"""Rows above the header kept as its heads (group names over generic labels)."""

_PATH_RE = re.compile(r"\s*[—－\-–]\s*(?![^(（]*[)）])")
"""The dashes between a path's names (outside brackets: 总数（单位：条）)."""
_TOTAL_RE = re.compile(r"\s*(合\s*计|总\s*计|小\s*计|平\s*均|汇\s*总)")
"""A row of sums or averages under the reports: no report of its own."""
_SUBTOTAL_END_RE = re.compile(r"(?:合|总|小)\s*计\s*[:：]?$")
"""A sum named after what it sums (南昌市小计)."""


@dataclass(frozen=True, slots=True)
class Roster:
    head: list[Row]
    """The header row and the head rows above it, top down."""
    reports: list[Row]
    """One row per report, in table order (totals, averages and notes left out)."""
    index: LabelIndex
    start: int
    """The first head row's place in the document: the rows before it are the lead."""
    across: tuple[Across, ...] = ()
    """A single report's further tables, laid out across as its first is (a form too wide
    for one table: 基本信息 … 解读回应 in one, 办事服务 and 互动交流 in the next …)."""
    header: tuple[tuple[int, str], ...] = ()
    """The header row's own cells (column, text): a later table with the same header goes
    on with the reports (a page's repeated header, a workbook's next sheet)."""
    lead_from: int = 0
    """Where the rows over the table begin (the end of the table before it)."""


@dataclass(frozen=True, slots=True)
class Across:
    """One more table of a report laid out across: head rows over one row of values."""

    start: int
    """The table's first head row's place in the document."""
    head: list[Row]
    report: int
    """Its row of values' place in the document."""


def find_rosters(doc: Document, form: Form) -> list[Roster]:
    """The tables of reports `doc` holds: the first, and after it those that go on with it
    under its header repeated (a printed table's next page, a workbook's next sheet) or
    under a header of their own."""
    first = find_roster(doc, form)
    if first is None or first.across:
        return [] if first is None else [first]
    found = [first]
    while True:
        last = found[-1]
        end = _place(doc.rows, last.reports[-1], last.start) + 1
        more = find_roster(doc, form, end, again=first.header)
        if more is None or more.across:
            return found
        found.append(more)


def find_roster(
    doc: Document, form: Form, start: int = 0, again: tuple[tuple[int, str], ...] = ()
) -> Roster | None:
    """The table of reports `doc` holds from row `start` on, if it is one; under a header
    the same as `again`, one report row is enough (the last page's of a long table)."""
    index = label_index(form)
    rows = doc.rows
    for h in range(start, len(rows)):
        row = rows[h]
        if len(row.cells) < MIN_HEADER_LABELS:
            continue  # nearly every row: a report's rows hold at most six cells
        columns = {c.col for c in _header_cells(rows, h, start) if _heads_field(c, index)}
        if len(columns) < MIN_HEADER_LABELS:
            continue
        last = _deepest(rows, h, index)
        above = _head(rows, h)[:-1]
        above = above[len(above) - min(len(above), h - start) :]
        head = _levels([*above, *rows[h : last + 1]])
        columns = {c.col for c in head[-1].cells if _heads_field(c, index)}
        heads = {_own_cells(r) for r in rows[h - len(above) : last + 1]}
        named = {c.col for c in head[-1].cells if _identifies(c, index)}
        reports, full = _report_rows(rows, last, columns, index, heads=heads, named=named)
        wide = len(columns) >= WIDE_HEADER or len(head[-1].cells) >= 2 * WIDE_HEADER
        header = _own_cells(row)
        if full >= (1 if wide or (again and header == again) else MIN_REPORTS):
            roster = Roster(head, reports, index, h - len(above), (), header, start)
            if len(reports) > 1 or start:
                return roster
            at = _place(rows, reports[0], last + 1)
            return dataclasses.replace(roster, across=_across(rows, at + 1, index))
    return None


def _header_cells(rows: list[Row], h: int, start: int) -> list[Cell]:
    """Row h's own cells and those merged down into it from the row above (a header two
    rows deep: 网站名称 spanning both, 信息发布 over 总数 | 概况类信息更新量 …)."""
    up = {c.col: c.text for c in rows[h - 1].cells} if h > start else {}
    return [c for c in rows[h].cells if not c.copy or up.get(c.col) == c.text]


def _own_cells(row: Row) -> tuple[tuple[int, str], ...]:
    return tuple((c.col, c.text.strip()) for c in row.cells if not c.copy and c.text.strip())


def _place(rows: list[Row], row: Row, start: int) -> int:
    """Where `row` itself (not a row equal to it) stands in `rows`, looked for from `start`."""
    return next(r for r in range(start, len(rows)) if rows[r] is row)


MIN_ACROSS_LABELS = 4
"""Field labels, each in a cell of its own, in the header of a further table of a report
laid out across (its first has WIDE_HEADER; a further one may hold a section or two)."""


def _across(rows: list[Row], start: int, index: LabelIndex) -> tuple[Across, ...]:
    """The further tables of a report laid out across, from row `start` on: each a header
    of field labels (under head rows of names) over a single row of values filling half
    its columns or more."""
    found: list[Across] = []
    h = start
    while h < len(rows):
        row = rows[h]
        labels = {c.col for c in row.cells if not c.copy and is_field_label(c, index)}
        if len(labels) < MIN_ACROSS_LABELS:
            h += 1
            continue
        last = _deepest(rows, h, index)
        above = _head(rows, h)[:-1]
        above = above[len(above) - min(len(above), h - start) :]  # none of a table before
        head = _levels([*above, *rows[h : last + 1]])
        columns = {c.col for c in head[-1].cells if is_field_label(c, index)}
        reports, full = _report_rows(rows, last, columns, index)
        if len(reports) != 1 or not full:
            h += 1
            continue
        at = _place(rows, reports[0], last + 1)
        found.append(Across(h - len(above), head, at))
        h = at + 1
    return tuple(found)


def roster_documents(doc: Document, roster: Roster) -> list[Document]:
    """One document per report row, laid out as the form is: each header label beside the
    row's value in its column, under the names the head rows give that column when they
    change (信息发布 over 总数, 概况类…). Each value cell keeps its column, so the report's
    provenance names the cell it came from."""
    *above, header = roster.head
    if len(roster.reports) == 1 and not roster.lead_from:
        return [_one_across(doc, roster)]
    form = roster.index.form
    # A table's own title, else those over the tables before it (a page's repeated header)
    titles = table_titles(doc.rows[roster.lead_from : roster.start], form)
    titles = titles or sheet_title(roster.reports[0], form)
    titles = titles or table_titles(doc.rows[: roster.start], form)
    codes = roster_codes(doc.rows[roster.lead_from : roster.start], roster.index)
    return [
        dataclasses.replace(
            doc,
            rows=[*titles, *report_pairs(above, header, row, roster.index, before, codes=codes)],
            notes=[*doc.notes, _note(row)],
        )
        for before, row in zip([None, *roster.reports], roster.reports, strict=False)
    ]


def _one_across(doc: Document, roster: Roster) -> Document:
    """The document of a table of one report (a report laid out across, a system's export
    of one): the lines over it (its title, with the year: 政府网站工作年度报表（2022年度）)
    and those after it (the signatures) kept, each of its tables read as the form sets a
    report out."""
    rows = doc.rows
    report = roster.reports[0]
    *above, header = roster.head
    out = [*rows[: roster.start], *report_pairs(above, header, report, roster.index)]
    done = _place(rows, report, roster.start) + 1
    for table in roster.across:
        *names, labels = table.head
        out += [
            *rows[done : table.start],
            *report_pairs(names, labels, rows[table.report], roster.index),
        ]
        done = table.report + 1
    out += rows[done:]
    return dataclasses.replace(doc, rows=out, notes=[*doc.notes, _note(report)])


def _note(row: Row) -> str:
    return f"汇总表中的一份报表：{row.where}"


def _report_rows(
    rows: list[Row],
    h: int,
    columns: set[int],
    index: LabelIndex,
    *,
    heads: Collection[tuple[tuple[int, str], ...]] = (),
    named: Collection[int] = (),
) -> tuple[list[Row], int]:
    """The report rows under header row h (totals, notes and spacers left out) and how many
    of them fill half the header's columns or more; up to one of the `heads` (the head rows'
    own cells) repeated, where the table goes on under its header again."""
    header = rows[h]
    found: list[Row] = []
    full = 0
    for row in rows[h + 1 :]:
        if row.block != header.block or (heads and _own_cells(row) in heads):
            break
        if _total(row):
            continue
        filled = [c for c in row.cells if c.col in columns and not c.copy and c.text.strip()]
        if filled and all(is_unit(c.text) or c.text.strip() in _UNIT_HEADS for c in filled):
            continue  # the heads' units, a row of their own under them: (个) (次) …
        labels = sum(is_field_label(c, index) or _is_listed_option(c, index) for c in filled)
        if labels >= 2 and 2 * labels > len(filled):
            break  # another table's header, or the next section's of a report set across
        if len(filled) < MIN_FILLED and not _listed(filled, named):
            continue  # a note under the table, a spacer
        found.append(row)
        full += 2 * len(filled) >= len(columns)
    return found, full


def _listed(filled: list[Cell], named: Collection[int]) -> bool:
    """Whether a row of two values is a site listed by its name and its code (one yet to
    report: a report of those alone), not a note under the table."""
    return len(filled) == 2 and any(c.col in named and not _COLON_RE.search(c.text) for c in filled)


_COLON_RE = re.compile("[:：]")
_UNIT_HEADS = frozenset({"单位", "计量单位"})
_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")
_YEARS_TITLE_RE = re.compile(r"(?:19|20)\d{2}\s*年度")
"""A title naming its year (2020年度全市政府网站…统计表): no group's name."""
_TITLE_CHARS = 10
"""Characters a title naming its year is longer than (a group's name 2023年度 is short)."""


def _lead_line(text: str) -> bool:
    """Whether a cell over a table is its title or a line of what and who (统计时间：…), no
    group's name: a colon outside brackets (信息发布（单位：条） is a name), a headline, or
    a title naming its year."""
    if _COLON_RE.search(_BRACKETED_RE.sub("", text)):
        return True
    if len(text) > _TITLE_CHARS and _YEARS_TITLE_RE.search(text):
        return True
    return bool(HEADLINE_RE.search(text))


def _identifies(cell: Cell, index: LabelIndex) -> bool:
    """Whether the head names a field that identifies a site (政府网站标识码)."""
    hit = index.lookup(normalize_label(cell.text))
    return hit is not None and bool(hit.fields) and all(f.identifier for f in hit.fields)


def _total(row: Row) -> bool:
    """Whether the row sums or averages those above: its first cell says so (合计), or one
    of its first own cells alone does (a city's 小计 in the name's column, the city's name
    merged down beside it)."""
    if row.cells and _TOTAL_RE.match(row.cells[0].text):
        return True
    own = [c.text.strip() for c in row.cells if not c.copy and c.text.strip()][:_TOTAL_CELLS]
    return any(
        len(text) <= _TOTAL_WORDS and (_TOTAL_RE.match(text) or _SUBTOTAL_END_RE.search(text))
        for text in own
    )


_TOTAL_CELLS = 3
"""Own cells of a row where a word of sums may stand (序号, a group's name, the name's)."""
_TOTAL_WORDS = 8
"""Characters of such a cell (小计, 合计：): longer is a name that opens with the word."""


def _deepest(rows: list[Row], h: int, index: LabelIndex) -> int:
    """The last header row at or under header row h: rows right under it in its table that
    hold sub-labels, field labels most of their own cells and no numbers (a header three
    rows deep: 解读回应 / 解读信息发布 / 总数 解读材料数量 …), or a choice's options under
    its label (创新发展 / 搜索即服务 多语言版本 …, a column for each)."""
    last = h
    options = choice_option_names(index.form)
    for r in range(h + 1, min(len(rows), h + 1 + MAX_HEAD_ROWS)):
        row = rows[r]
        own = [c for c in row.cells if not c.copy and c.text.strip()]
        labels = sum(is_field_label(c, index) or normalize_label(c.text) in options for c in own)
        if row.block != rows[h].block or labels < 2 or 2 * labels <= len(own):
            break
        if any(_is_number(c) for c in own):
            break
        last = r
    return last


def _levels(head: list[Row]) -> list[Row]:
    """The head rows, top down, with the header made of each column's own label: the cell
    deepest in the head that is no merge's copy, or the cell a row span carries down to
    the header from a row above (填报单位 standing over all three rows). Where a column's
    label stands in a row above the header, that row's name is blanked for the column,
    so the label is not also read as its own group's name."""
    grid = [{c.col: c for c in row.cells} for row in head]
    own: dict[int, int] = {}
    cells: list[Cell] = []
    for col in sorted(grid[-1]):
        for k in range(len(head) - 1, -1, -1):
            cell = grid[k].get(col)
            if cell is None:
                break
            if not cell.copy:
                if cell.text.strip():
                    own[col] = k
                    cells.append(cell)
                break
            above = grid[k - 1].get(col) if k else None
            if above is None or above.text != cell.text:
                break  # a column span's copy: the column has no label of its own
    levels = [
        dataclasses.replace(
            row,
            cells=tuple(
                Cell("", c.col) if own.get(c.col, len(head)) <= k else c for c in row.cells
            ),
        )
        for k, row in enumerate(head[:-1])
    ]
    return [*levels, dataclasses.replace(head[-1], cells=tuple(cells))]


def _head(rows: list[Row], h: int) -> list[Row]:
    """The header row and, above it in the same table, rows of names only (no numbers):
    group names spanning the generic labels under them."""
    head = [rows[h]]
    for row in reversed(rows[max(0, h - MAX_HEAD_ROWS) : h]):
        if row.block != rows[h].block or any(_is_number(c) for c in row.cells):
            break
        if not any(CJK_RE.search(c.text) for c in row.cells):
            break  # a system's field codes over its labels (wzmc | wzbsm …): no names
        if any(_lead_line(c.text) for c in row.cells):
            break  # the table's title, or who drew it up (填报单位（盖章）：某办): no names
        head.insert(0, row)
    return head


def is_field_label(cell: Cell, index: LabelIndex) -> bool:
    """Whether the cell is a field's label, alone or after its groups' names and a dash
    (基本信息-网站名称, 互动交流-留言办理-收到留言数量: a system's headers name the path)."""
    norm = normalize_label(cell.text)
    hit = index.lookup(norm)
    if (hit is not None and bool(hit.fields)) or norm in displayed(index.form):
        return True
    last = _PATH_RE.split(cell.text)[-1]
    if last == cell.text:
        return False
    hit = index.lookup(normalize_label(last))
    return hit is not None and bool(hit.fields)


def _heads_field(cell: Cell, index: LabelIndex) -> bool:
    """Whether the cell heads a field's column: with its label, or with one cut short to fit
    (类型, 办件总数, 自然人办件) that names one field (`shortened`)."""
    return is_field_label(cell, index) or (
        cell.text.strip() != "" and shortened(normalize_label(cell.text), index.form) is not None
    )


def _is_listed_option(cell: Cell, index: LabelIndex) -> bool:
    """Whether the cell is one of the options of a choice of several answers (搜索即服务):
    a head of its own column in a report set across (创新发展 | 搜索即服务 | 多语言版本 …);
    in a table of reports one at most of a row's cells (the one option a site chose)."""
    return normalize_label(cell.text) in listed_options(index.form)


def _is_number(cell: Cell) -> bool:
    text = cell.text.replace(",", "").strip()
    return bool(text) and text.replace(".", "", 1).isdigit()
