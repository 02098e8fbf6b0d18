"""Yes or no set out as a line of its own, a mark before a statement (✔ 已发布服务事项目录,
✘ 未提供智能问答): the 数说 posts' way with the form's questions, which have no label to
read them by."""

from __future__ import annotations

from nianbao.extract.placement import Placement
from nianbao.extract.prose_facts import facts
from nianbao.extract.ranking import Candidate, Match

_MARKS = {"☑": True, "✔": True, "✓": True, "√": True, "✘": False, "✗": False, "×": False}
"""A line's opening mark, and whether it says the statement after it holds."""


def take_fact_lines(walk: Placement, match: Match, walked: int) -> None:
    form = walk.index.form
    for r in range(walked):
        row = walk.doc.rows[r]
        if len(row.cells) != 1:
            continue
        text = row.cells[0].text.strip()
        holds = _MARKS.get(text[:1])
        if holds is None or any(t.used for t in walk.rows[r]):
            continue
        taken = {key for key, found in match.candidates.items() if found}
        for f, answer in facts(text[1:].strip(), form, taken):
            said = answer if holds else ("否" if answer == "是" else answer)
            place = (r, row.cells[0])
            match.add(Candidate.at(walk.doc, f, said, place, 0.8, explicit=False))
