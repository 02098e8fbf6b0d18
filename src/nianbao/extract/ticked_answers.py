"""The answers of choices abreast, over one line of options read whole as the first
choice's (the walk cannot tell where one choice's options end): each written as its
ticked option alone (☑否 ☑是 under 是否开展应急演练 是否明确网站安全责任人: a report may
leave out the boxes not ticked, or a converter drop them), or each choice's options in
full, cells parted as the options inside them (☑是  ☐否 ☑是  ☐否). When a line of choice
labels only stands over a line of options only that cuts into as many answers in order,
one ticked option each, or lists that each name an option once, every list fitting its
label's field, and no field was read from another line, each takes its own."""

from __future__ import annotations

import re

from nianbao.extract.document import TICKED, UNTICKED
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.misread import option_names
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import labels_only
from nianbao.forms.model import Field

_OPTION_RE = re.compile(f"[{TICKED}{UNTICKED}][^{TICKED}{UNTICKED}]+")


def take_ticked_answers(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 1):
        labels = labels_only(rows[r])
        if labels is None or len(labels) < 2 or any(t.field is None for t in labels):
            continue
        fields = [t.field for t in labels if t.field is not None]
        if any(f.type not in CHOICE_TYPES or match.read(f, {r + 1}) for f in fields):
            continue
        line = rows[r + 1]
        if not line or any(t.piece.kind != "value" or not t.piece.ticks for t in line):
            continue
        options = [o.strip() for o in _OPTION_RE.findall(" ".join(t.piece.text for t in line))]
        answers = _answers(options, fields)
        if answers is None:
            continue
        place = (line[0].row, line[0].cell)
        for f, answer in zip(fields, answers, strict=True):
            match.candidates[f.key] = [Candidate.at(walk.doc, f, answer, place, 0.6)]
            match.seen.add(f.key)


def _answers(options: list[str], fields: list[Field]) -> list[str] | None:
    """The options cut into one answer a field, in order: one ticked option each, or
    lists that each name an option once; None unless every answer fits its field."""
    if len(options) == len(fields) and all(o.startswith(TICKED) for o in options):
        answers = options
    else:
        groups: list[list[str]] = []
        for option in options:
            named = set().union(*(option_names(o) for o in groups[-1])) if groups else set()
            if not groups or option_names(option) & named:
                groups.append([])
            groups[-1].append(option)
        answers = [" ".join(g) for g in groups]
    if len(answers) != len(fields) or any(a.count(TICKED) != 1 for a in answers):
        return None
    return answers if all(readable(f, a) for f, a in zip(fields, answers, strict=True)) else None
