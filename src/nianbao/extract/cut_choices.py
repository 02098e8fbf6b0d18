"""A choice whose options its narrow cell wrapped, the rest set apart by reading order.

In a narrow answer cell a yes/no list wraps (☐是 | ☑否); pdftotext without -layout may
write the second line far from the first, after other rows (是否提供智能问答 | ☐是 | … |
是否有移动新媒体 | ☐是 ☑否 | ☑否). The part read with the label holds no tick, so it
answers nothing; a line of ticked options that nothing took, naming just the options the
part lacks, is its rest. Fields so cut and such lines are paired in reading order
when there are as many of each and every pair fits. A part right before the field's whole
list with a tick is another list's rest: the whole list is the answer, and a ticked part so
read is free to be the rest it is.
"""

from __future__ import annotations

import dataclasses

from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.misread import option_labels, option_names
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_FAR = 80
"""Rows after a cut list searched for its rest: reading order may put whole blocks of
rows between them."""


def complete_cut_choices(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    cut: list[tuple[Field, frozenset[str]]] = []
    for f in walk.index.form.fields:
        found = match.candidates.get(f.key, [])
        if f.type not in CHOICE_TYPES or len(found) != 1:
            continue
        names = option_names(found[0].raw)
        if "☑" in found[0].raw:
            # A ticked part right before the field's whole list is another list's rest (是否
            # 提供智能问答 | ☐是 | … | 是否有移动新媒体 | … | ☑否 | ☑是 ☐否): free for that list.
            row = found[0].row
            if names < option_labels(f) and _whole_after(walk, match, f, walked):
                for token in walk.rows[row]:
                    token.used = False
            continue
        lacking = option_labels(f) - names
        if names and lacking and names <= option_labels(f):
            if _whole_after(walk, match, f, walked):
                continue
            cut.append((f, lacking))
    if not cut:
        return
    first = min(match.candidates[f.key][0].row for f, _ in cut)
    rests = [
        line
        for r in range(first + 1, min(walked, first + _FAR))
        if (line := _ticked_options(walk.rows[r])) is not None
    ]
    if len(rests) != len(cut):
        return
    pairs = list(zip(cut, rests, strict=True))
    for (f, lacking), line in pairs:
        if line[0].row <= match.candidates[f.key][0].row or option_names(_text(line)) != lacking:
            return
    for (f, _), line in pairs:
        part = match.candidates[f.key][0]
        for token in line:
            token.used = True
        raw = f"{part.raw.strip()} {_text(line)}"
        match.candidates[f.key] = [dataclasses.replace(part, raw=raw, confidence=0.6)]


def _whole_after(walk: Placement, match: Match, f: Field, walked: int) -> bool:
    """Whether the line right after f's cut part, nothing taken, is f's whole list with a
    tick: the answer, the part another list's rest reading order set first (是否有移动新媒体
    | ☐否 | ☑是 ☐否); taken if so."""
    part = match.candidates[f.key][0]
    r = part.row + 1
    line = _ticked_options(walk.rows[r]) if r < walked else None
    if line is None or option_names(_text(line)) != option_labels(f):
        return False
    for token in line:
        token.used = True
    place = (r, line[0].cell)
    match.candidates[f.key] = [Candidate.at(walk.doc, f, _text(line), place, 0.6)]
    return True


def _ticked_options(line: list[Token]) -> list[Token] | None:
    """A line of options only, one ticked at least, that nothing took."""
    if not line or not all(
        t.piece.ticks and t.piece.kind == "value" and not (t.used or t.cell.copy) for t in line
    ):
        return None
    return line if "☑" in _text(line) else None


def _text(line: list[Token]) -> str:
    return " ".join(t.piece.text for t in line)
