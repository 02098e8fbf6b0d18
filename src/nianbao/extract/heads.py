"""A count after its label's first line, the label's rest moved away.

pdftotext may write a tall cell's last line after the whole section (可全程在线办理 | 项 |
8 | 总数 … | 政务服务事项数量): the walk then reads a label's head, the field's unit and
its value with no label to join them to. A head that begins one field's labels only,
followed by nothing but that field's own unit and a count, is that field's label.
"""

from __future__ import annotations

from nianbao.extract.kinds import COUNT_TYPES, fits
from nianbao.extract.labels import normalize_label, unit_word
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_LINES = 3
"""Lines the head, the unit and the value may take."""


def take_headed(walk: Placement, match: Match, walked: int) -> None:
    """Candidates for counts with none, read after their label's lone head (text only)."""
    if walk.doc.format != "text":
        return
    heads = walk.index.field_heads
    for r in range(walked):
        tokens = walk.rows[r]
        head = tokens[0] if tokens else None
        if head is None or not head.free or len(head.piece.text) > 40:
            continue
        f = heads.get(normalize_label(head.piece.text))
        if f is None or f.type not in COUNT_TYPES or not f.unit or f.key in match.candidates:
            continue
        value = _unit_and_value(walk, r, walked, f)
        if value is not None:
            head.used = value.used = True
            head.field = f
            place = (value.row, value.cell)
            match.add(Candidate.at(walk.doc, f, value.piece.text, place, 0.6))


def _unit_and_value(walk: Placement, r: int, walked: int, f: Field) -> Token | None:
    """The count after the head opening line r when only f's unit comes between."""
    following = [t for q in range(r, min(r + _LINES, walked)) for t in walk.rows[q]][1:]
    if len(following) < 2:
        return None
    unit, value = following[0], following[1]
    if unit.piece.kind != "unit" or unit_word(unit.piece.text) != f.unit:
        return None
    return value if value.free and fits(f, value) else None
