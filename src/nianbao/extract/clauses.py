"""A report told in sentences rather than a table (a CMS article, a page of paragraphs):
one cell holds several fields, a clause each, parted by ，；。 or brackets (总数：4436条，其中
概况类信息更新量13条，政务动态信息更新量1699条; 微博：名称 某某发布；信息发布量 2202条). When
every clause of a cell is a field's label and its value, the cell becomes a label and a
value cell for each, as a table would have them (a group's name opening it stays a cell)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.tokens import CJK_RE

_ENDING = "，；;（("
_UNIT = "[条个次项件篇期天]"
"""A count's unit after it."""
_COUNT_ENDS = (r"[\d无]", r"[\d无]\s", rf"[\d无]{_UNIT}", rf"[\d无]\s{_UNIT}")
_RUN_IN_RE = re.compile("|".join(f"[{_ENDING}](?<={end}[{_ENDING}])" for end in _COUNT_ENDS))
"""A count's last digit (or 无), its unit perhaps, then a comma, a semicolon or a bracket: a
clause ended by a count. Looked for from the punctuation back (a lookbehind for each
shape of the count's end), as punctuation is rarer than digits: the whole text of a
document is searched before every walk."""
_CLAUSE_END_RE = re.compile(r"[，；。、;()（）]|,(?!\d{3}(?!\d))")
"""Where a clause ends: prose's punctuation and brackets (but a unit's, kept apart, and a
comma setting off thousands)."""
_UNIT_BRACKET_RE = re.compile(r"[（(](单位[:：][^()（）]{1,4})[)）]")
_COUNT_RE = re.compile(
    rf"(?P<label>.*?[^\d\s:：])[\s:：]*(?P<value>\d[\d,]*(?:\.\d+)?\s*(?:万|余)?{_UNIT}?)"
)
"""A label and its count, its unit after it or not (概况类信息更新量13条, 关注量 740223个)."""
_TEXT_RE = re.compile(
    r"(?P<label>[^\s:：“「]+)(?:\s*[:：]\s*|\s+|(?=[“「]))(?P<value>[^\d\s:：]\S*)"
)
"""A label and a name after a colon, a blank or its opening quote (名称 某某, 名称“某某”)."""
_QUOTES = {"“": "”", "「": "」"}
_BLANK_RE = re.compile(r"(?P<label>.+?)\s*[:：]?\s*(?P<value>[—–－/／-]+)")
"""A label and a dash or slash for no value (平均办理时间—)."""
_GROUP_RE = re.compile(
    r"(?P<group>[^:：（(]+(?:[（(]单位[:：][^)）]*[)）])?)\s*[:：]\s*(?P<rest>.+)"
)
"""A group's name, its unit perhaps, and a colon before the first clause."""
_OPENERS = ("其中", "另外", "以及", "和", "及")
"""Words a clause may open with before its label."""
_GOES_ON = ("，", "；", "、", ",", ";")
_PROSE_RE = re.compile("[，；]")
_ENDS = "，；。,;:：)）"
"""What a line ends with whose sentence its end did not cut."""
_MOST = 400
"""Characters a cell of sentences has at most (a longer text is a note, not fields)."""


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether the cells' text may hold a cell of clauses (`_RUN_IN_RE`)."""
    return _RUN_IN_RE.search(text) is not None


def clauses_apart(doc: Document, index: LabelIndex) -> Document:
    rows: list[Row] | None = None
    for r, row in enumerate(doc.rows):
        if r and _goes_on(doc.rows[r - 1], index):
            continue
        cells = _parted(row.cells, index)
        if cells is not None:
            rows = rows if rows is not None else list(doc.rows)
            rows[r] = dataclasses.replace(row, cells=cells)
    doc = doc if rows is None else dataclasses.replace(doc, rows=rows)
    return _wraps_joined(doc, index)


def _goes_on(row: Row, index: LabelIndex) -> bool:
    """Whether a line of prose ends inside a sentence (…，信息 | 发布量 4699 条，关注量 …):
    the next line goes on with it, its clauses a free text's, not fields'."""
    cells = [c for c in row.cells if not c.copy]
    text = cells[-1].text.strip() if cells else ""
    if text.endswith(_GOES_ON):
        return True
    return (
        CJK_RE.match(text[-1:]) is not None
        and _PROSE_RE.search(text) is not None
        and _pairs(text, index) is None
    )


def _parted(cells: tuple[Cell, ...], index: LabelIndex) -> tuple[Cell, ...] | None:
    out: list[Cell] = []
    changed = False
    for cell in cells:
        parts = None if cell.copy else _pairs(cell.text, index)
        if parts is None:
            out.append(cell)
            continue
        changed = True
        out += _cells(cell, parts)
    return tuple(out) if changed else None


def _wraps_joined(doc: Document, index: LabelIndex) -> Document:
    """Sentences a line's end cut (…，信息公开目录 | 信息更新量2563条。): a line of one cell
    and the next, of one cell too, joined when only together they read as clauses."""
    rows = doc.rows
    out: list[Row] | None = None
    r = 0
    while r < len(rows):
        row = rows[r]
        parts = _joined_parts(row, rows[r + 1], index) if r + 1 < len(rows) else None
        if parts is None:
            if out is not None:
                out.append(row)
            r += 1
            continue
        out = out if out is not None else list(rows[:r])
        cell = row.cells[0]
        out.append(dataclasses.replace(row, cells=tuple(_cells(cell, parts))))
        r += 2
    return doc if out is None else dataclasses.replace(doc, rows=out)


def _joined_parts(row: Row, below: Row, index: LabelIndex) -> list[str] | None:
    if len(row.cells) != 1 or len(below.cells) != 1 or row.cells[0].copy or below.cells[0].copy:
        return None
    text, rest = row.cells[0].text.strip(), below.cells[0].text.strip()
    if not text or text[-1] in _ENDS or not rest or not _RUN_IN_RE.search(text):
        return None
    return _pairs(text + rest, index)


def _cells(cell: Cell, parts: list[str]) -> list[Cell]:
    return [dataclasses.replace(cell, text=text) for text in parts]


def _pairs(text: str, index: LabelIndex) -> list[str] | None:
    """The cell's texts as label, value, label, value … (a group's name alone first), when
    it holds two clauses or more and each is a field's label and its value; else None."""
    text = text.strip()
    if len(text) > _MOST or not _RUN_IN_RE.search(text + "，"):
        return None
    # A unit's brackets (（单位：条）) end no clause: they stand apart while it is cut.
    kept = _UNIT_BRACKET_RE.sub(lambda m: f"\x00{m[1]}\x01", text)
    clauses = [
        c.strip().replace("\x00", "（").replace("\x01", "）")
        for c in _CLAUSE_END_RE.split(kept)
        if c.strip()
    ]
    if len(clauses) < 2:
        return None
    group, clauses[0] = _group_opening(clauses[0], index)
    pairs = [_pair(clause, index) for clause in clauses]
    if any(pair is None for pair in pairs) or sum(_counted(p) for p in pairs if p) < 2:
        return None
    return [*([group] if group else []), *(text for pair in pairs if pair for text in pair)]


def _counted(pair: tuple[str, str]) -> bool:
    """Whether the clause gives a count (无 for none)."""
    return pair[1][:1].isdigit() or pair[1] == "无"


def _group_opening(clause: str, index: LabelIndex) -> tuple[str | None, str]:
    """A group's name before a colon opening the first clause (办件量：总数30974件), apart."""
    found = _GROUP_RE.fullmatch(clause)
    if found is not None and _names_group(found["group"], index):
        return found["group"], found["rest"]
    return None, clause


def _pair(clause: str, index: LabelIndex) -> tuple[str, str] | None:
    for opener in _OPENERS:
        if clause.startswith(opener) and len(clause) > len(opener) + 1:
            rest = clause[len(opener) :].lstrip(" ：:")
            if _field(_split_label(rest), index) is not None:
                clause = rest
            break
    for pattern in (_COUNT_RE, _TEXT_RE, _BLANK_RE):
        found = pattern.fullmatch(clause)
        if found is not None and _field(found["label"], index) is not None:
            return found["label"].strip(), _unquoted(found["value"].strip())
    return None


def _unquoted(value: str) -> str:
    """A name as a sentence quotes it (名称“黄山文旅”): the quotes are the sentence's, not
    the name's (but those of a name quoting only a part of it, “南平人社”抖音号)."""
    close = _QUOTES.get(value[:1])
    if close is not None and value.endswith(close) and close not in value[1:-1]:
        return value[1:-1]
    return value


def _split_label(clause: str) -> str:
    found = _COUNT_RE.fullmatch(clause) or _TEXT_RE.fullmatch(clause)
    return found["label"] if found is not None else clause


def _field(label: str, index: LabelIndex) -> LabelHit | None:
    hit = index.lookup(normalize_label(label))
    return hit if hit is not None and hit.fields else None


def _names_group(text: str, index: LabelIndex) -> bool:
    hit = index.lookup(normalize_label(text))
    return hit is not None and bool(hit.groups)
