"""A line of labels abreast over a row of values whose cells wrap over different numbers
of lines, each centred in the row: pdfplumber writes the row's lines by height, so a
cell of three lines gives the first, middle and last, a cell of two the second and
fourth, and a cell of one the middle (网站名称 首页网址 主办单位 网站类型 | 某某人力资源和
社会保障 □政府门户网 | http:// 某某局 | 局（某某中 站 √部门网站 □ | scjg.a.gov.cn/ （某某
中心） | 心） 专项网站).

Every way of giving each field a height of one to three lines is tried: the heights say
which fields have a line at each height, and each of those takes one word of that line,
a choice the words left over. The way must give every line exactly its words, and every
field's parts joined must fit it (`cells.lines_fit`); exactly one way may. Text only, as
the other dealings (`cells`, `dealt`).
"""

from __future__ import annotations

from itertools import product

from nianbao.extract.cells import abreast_fields, line_text, lines_fit, take_words
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form

_TALLEST = 3
"""Lines a value's cell may wrap over."""
_LINES = 2 * _TALLEST - 1
"""Heights a row of such cells may have lines at (three-line and two-line cells)."""


def deal_levels(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 3):
        fields = abreast_fields(rows[r])
        if fields is None or r in rows.ending:
            continue
        lines: list[list[Token]] = []
        k = r + 1
        while k < walked and k not in rows.ending and len(lines) <= _LINES:
            line = rows[k]
            if not line or line[0].cell.bbox is not None:
                break
            if any(t.piece.kind != "value" or t.cell.copy for t in line):
                break
            if normalize_label(line_text(line).split()[0]) in walk.index.heads:
                break  # the head of the next row's label
            lines.append(line)
            k += 1
        if not 3 <= len(lines) <= _LINES:
            continue  # two lines: `cells.deal_around`
        parts = _levels(fields, [line_text(line).split() for line in lines], walk.index.form)
        if parts is not None:
            take_words(walk, match, fields, lines, parts)


def _levels(fields: list[Field], lines: list[list[str]], form: Form) -> list[list[str]] | None:
    """Each field's parts, from the one way of giving the fields heights that reads the
    lines; None when none or several do."""
    found: list[list[str]] | None = None
    for heights in product(range(1, _TALLEST + 1), repeat=len(fields)):
        # A cell of m lines centred on the row has lines at 2i - (m - 1), i < m.
        ats = [frozenset(2 * i - (m - 1) for i in range(m)) for m in heights]
        levels = sorted(frozenset().union(*ats))
        if len(levels) != len(lines):
            continue
        parts = _read(fields, ats, levels, lines, form)
        if parts is None:
            continue
        if found is not None:
            return None
        found = parts
    return found


def _read(
    fields: list[Field],
    ats: list[frozenset[int]],
    levels: list[int],
    lines: list[list[str]],
    form: Form,
) -> list[list[str]] | None:
    parts: list[list[str]] = [[] for _ in fields]
    for level, words in zip(levels, lines, strict=True):
        here = [j for j, at in enumerate(ats) if level in at]
        choices = [j for j in here if fields[j].type in CHOICE_TYPES]
        extra = len(words) - len(here)
        if extra < 0 or len(choices) > 1 or (extra and not choices):
            return None
        k = 0
        for j in here:
            take = 1 + (extra if j in choices else 0)
            parts[j].append(" ".join(words[k : k + take]))
            k += take
    if all(lines_fit(f, p, form) for f, p in zip(fields, parts, strict=True)):
        return parts
    return None
