"""Options of choices whose labels stand one a line, their options after them one a line
too, in the order reading order gives them (pdftotext without -layout: 是否开展应急演练 |
是否明确网站安全责任人 | ☐是 | ☑是 | ☑否). The walk gives the first label the first option
and the second the rest, which makes no answer.

Each option goes to the first choice, in its label's order, that has no option of its name
yet: whichever way reading order goes through cells side by side, a choice's option comes
before the same option of the choice after it. Taken when every choice ends with one
ticked option and an answer it can read, and one of them had none before.
"""

from __future__ import annotations

import re

from nianbao.extract.deferred_runs import label_runs
from nianbao.extract.document import TICKED, UNTICKED
from nianbao.extract.misread import option_names
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.runs import only
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field

_OPTION_RE = re.compile(f"[{TICKED}{UNTICKED}][^{TICKED}{UNTICKED}]+")
_SINGLE = frozenset({"bool", "enum"})
_LEAST = 2
"""Choices a run needs: one label's options after it are the walk's to read."""


def deal_options(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for fields, end in label_runs(walk, walked, _LEAST):
        if all(f.type in _SINGLE for f in fields):
            _deal(walk, match, fields, end, walked)


def _deal(walk: Placement, match: Match, fields: list[Field], end: int, walked: int) -> None:
    if all(match.read(f) for f in fields):
        return
    keys = {f.key for f in fields}
    tokens = _options(walk, match, keys, end, walked)
    if not tokens:
        return
    dealt: list[list[str]] = [[] for _ in fields]
    for token in tokens:
        for option in _OPTION_RE.findall(token.piece.text):
            names = option_names(option)
            k = next((k for k, got in enumerate(dealt) if not names & _named(got)), None)
            if k is None:
                return  # an option of a name every choice has: not these choices'
            dealt[k].append(option.strip())
    answers = [" ".join(options) for options in dealt]
    if any(a.count(TICKED) != 1 for a in answers):
        return
    if not all(readable(f, a) for f, a in zip(fields, answers, strict=True)):
        return
    for token in tokens:
        token.used = True
    place = (tokens[0].row, tokens[0].cell)
    for f, answer in zip(fields, answers, strict=True):
        match.candidates[f.key] = [Candidate.at(walk.doc, f, answer, place, 0.55, explicit=False)]


def _named(options: list[str]) -> frozenset[str]:
    return frozenset().union(*(option_names(o) for o in options))


def _options(walk: Placement, match: Match, keys: set[str], start: int, stop: int) -> list[Token]:
    """The lone tokens of options only on the lines from `start` (lines of units between),
    none another field than those of `keys` took."""
    found: list[Token] = []
    r = start
    while r < stop:
        token = only(walk, r)
        if token is not None and token.piece.kind == "value" and _only_options(token):
            if not token.free and not _held(match, keys, token):
                break
            found.append(token)
        elif not units(walk.rows[r]):
            break
        r += 1
    return found


def _only_options(token: Token) -> bool:
    text = token.piece.text.strip()
    return bool(text) and text[0] in TICKED + UNTICKED and "".join(_OPTION_RE.findall(text)) == text


def _held(match: Match, keys: set[str], token: Token) -> bool:
    return any(c.row == token.row for k in keys for c in match.candidates.get(k, ()))
