"""The answers of choices abreast, each written as its ticked option alone (☑否 ☑是 under
是否开展应急演练 是否明确网站安全责任人): a report may leave out the boxes not ticked, or a
converter drop them. The walk reads the line whole as the first choice's, two answers at
once, and finds none for the others. When a line of choice labels only stands over a line
of as many ticked options and nothing else, each naming one of its label's options in
order, and none of the fields has an answer it can read, each takes its own."""

from __future__ import annotations

import re

from nianbao.extract.document import TICKED, UNTICKED
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable

_OPTION_RE = re.compile(f"[{TICKED}{UNTICKED}][^{TICKED}{UNTICKED}]+")


def take_ticked_answers(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 1):
        labels = [t for t in rows[r] if t.piece.kind != "unit"]
        if len(labels) < 2 or any(t.piece.kind != "label" or t.field is None for t in labels):
            continue
        fields = [t.field for t in labels if t.field is not None]
        if any(f.type not in CHOICE_TYPES or match.read(f) for f in fields):
            continue
        line = rows[r + 1]
        if not line or any(t.piece.kind != "value" or not t.piece.ticks for t in line):
            continue
        answers = [a.strip() for a in _OPTION_RE.findall(" ".join(t.piece.text for t in line))]
        if len(answers) != len(fields) or any(not a.startswith(TICKED) for a in answers):
            continue
        if not all(readable(f, a) for f, a in zip(fields, answers, strict=True)):
            continue
        place = (line[0].row, line[0].cell)
        for f, answer in zip(fields, answers, strict=True):
            match.candidates[f.key] = [Candidate.at(walk.doc, f, answer, place, 0.6)]
            match.seen.add(f.key)
