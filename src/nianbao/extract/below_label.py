"""A value right below its label, when what the walk read farther off cannot be the
field's.

Text laid out in columns need not set a value under its label: pdftotext -layout may
write a centred title's second line at the line's start (政府网站工作年度报表 |
（2022年度）), and the walk, looking down the title's columns, reads some line far below
(https://), which no year can be. When the field's one reading fails its kind and the
line right after its label holds one value alone that nothing took and that reads as the
field's, that value is the field's, and the far one is let go for its own label.
"""

from __future__ import annotations

from nianbao.cells import is_blank
from nianbao.extract.kinds import fits
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, fails, readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field
from nianbao.normalize import NONE_WORDS


def take_below_label(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for f in walk.index.form.fields:
        found = match.candidates.get(f.key, [])
        if len(found) != 1 or not fails(f, found[0].raw) or _absent(found[0].raw):
            continue  # read, or marked absent (无)
        label = _label_row(walk, f, walked)
        if label is None or label + 1 >= walked or label in rows.ending:
            continue
        line = rows[label + 1]
        if len(line) != 1 or not line[0].free or line[0].row == found[0].row:
            continue
        value = line[0]
        if not fits(f, value) or not readable(f, value.piece.text):
            continue
        for token in rows[found[0].row]:
            if token.used and token.piece.text.strip() == found[0].raw.strip():
                token.used = False
        value.used = True
        place = (value.row, value.cell)
        match.candidates[f.key] = [Candidate.at(walk.doc, f, value.piece.text, place, 0.7)]


def _absent(raw: str) -> bool:
    return is_blank(raw) or raw.strip(" ：:") in NONE_WORDS


def _label_row(walk: Placement, f: Field, walked: int) -> int | None:
    """The row of f's label as the walk read it, when it read it once."""
    rows = [r for r in range(walked) if any(_of(t, f) for t in walk.rows[r])]
    return rows[0] if len(rows) == 1 else None


def _of(token: Token, f: Field) -> bool:
    return token.piece.kind == "label" and token.field is f
