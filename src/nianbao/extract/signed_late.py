"""Lines of a label and its value that reading order set after the instructions' title,
and a date left alone among the signature lines.

pdftotext without -layout may write the last cells of the table's page (the signature
lines: 填报人：罗洋杰, 联系电话：…, 填报日期：…) after the first lines of the next page
(附件2 | 政府网站工作年度报表填写说明 | 一、基本信息 | 网站名称：请填写…), where the walk,
stopped at the title, never reads them. A field without a value whose label opens such a
line, a short value after it that the field reads (or a date cut in its month, whose
rest `leftover` finds) and no instruction's prose (请填写…, a sentence), takes it.

The signature lines' cells may also part a date from its label the other way: the date
stays among them (单位负责人：冯静 | 2023-01-20 | 审核人：…) while 填报日期： goes past the
title. The form's one date field, without a value, takes the one date alone on its line
near the signature labels that nothing took.
"""

from __future__ import annotations

import re

from nianbao.extract.labels import normalize_label
from nianbao.extract.leftover import CUT_DATE_RE, label_rows, take_moved
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.forms.model import Field

ROWS = 30
"""Lines after the instructions' title searched."""
_SHORT = 24
"""Characters a value of such a line has at most: a name, a phone number, a date."""
_SIGNED = 3
"""Lines from a signature label a date alone may stand."""
_COLON_RE = re.compile(r"\s*[：:]\s*")
_PROSE_RE = re.compile(r"^(?:请|指|按|如|本)|[。；;，]")
"""What an instruction's text opens with or holds, and no short value does."""


def take_signed_late(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text" or walked >= len(walk.rows):
        return
    rows = walk.doc.rows
    # The lines as read, not segmented: the instructions' prose is long, and only lines of
    # a label, a colon and a short value are worth a look.
    for r in range(walked, min(len(rows), walked + ROWS)):
        cells = rows[r].cells
        if len(cells) != 1 or cells[0].copy:
            continue
        parts = _COLON_RE.split(cells[0].text.strip(), maxsplit=1)
        if len(parts) != 2:
            continue
        head, text = parts[0], parts[1].strip()
        if not text or len(text) > _SHORT or _PROSE_RE.search(text):
            continue
        hit = walk.index.lookup(normalize_label(head))
        if hit is None or len(hit.fields) != 1:
            continue
        f = hit.fields[0]
        if f.key in match.candidates or not (readable(f, text) or _cut_date(f, text)):
            continue
        match.add(Candidate.at(walk.doc, f, text, (r, cells[0]), 0.7))


def _cut_date(f: Field, text: str) -> bool:
    return f.type == "date" and CUT_DATE_RE.fullmatch(text) is not None


def take_signed_date(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    dates = [f for f in walk.index.form.fields if f.type == "date"]
    if len(dates) != 1 or dates[0].key in match.candidates:
        return
    f = dates[0]
    rows = walk.rows
    signatures = {g.key for g in walk.index.form.fields if g.group_ids == f.group_ids}
    signed = label_rows(walk, walked, signatures).values()
    near = sorted(
        {q for r in signed for q in range(r - _SIGNED, r + _SIGNED + 1) if 0 <= q < walked}
    )
    found = [
        rows[q][0]
        for q in near
        if len(rows[q]) == 1
        and rows[q][0].piece.kind == "value"
        and not rows[q][0].used
        and readable(f, rows[q][0].piece.text)
    ]
    if len(found) == 1:
        take_moved(walk, match, f, found[0])
