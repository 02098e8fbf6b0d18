"""A run of labels and the lines after it aligned when they are not one item a field
(pdftotext's default mode on a merged grid): a name or an address wrapped over lines
(https:// | www.a.gov.c | n/), a field left blank, a value set elsewhere on the page, a
page's header among the values.

The alignment is the best by a score (a field given its item gains, a field left without
one or a line no field takes in between loses), over the fields the walk read with no
value, in the form's order, and the lines up to the next run of labels. Where the best
alignment is not the only one (six counts for seven labels: which one is blank?), the
fields that two opposite tie-breaks give different lines are left alone: only what every
best alignment agrees on is taken."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from nianbao.extract import prose
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.misread import all_option_names
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import readable
from nianbao.extract.run_items import BARE_COUNT_RE, BLANKS, count_fits
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form
from nianbao.rules import value_shapes

_GAIN, _LOSS = 2, 1
_SLACK = 4
"""Items an alignment gives for each field or line it leaves out, at the least."""
_SPAN = 4
"""Lines one item takes at the most: a name, an address or a list of options wrapped."""
_LEAD = 24
"""Lines before the first item searched (a column's head, a browser's header)."""
_WORDS = 6
"""Characters of an option's name written for its tick, at the most (是, 部门网站)."""
_WORDY_RE = re.compile(r"[^\W\d_]")
"""A letter or a Chinese character: what a name has and a count has not."""
_YES_NO = frozenset({"是", "否"})


def _named(text: str) -> bool:
    """Whether `text` may be an option's name written for its tick: a few words."""
    return 0 < len(text) <= _WORDS and not any(c.isdigit() for c in text)


def _coded(text: str, form: Form) -> bool:
    """Whether `text` has the shape of a code or an address the form asks for, or is an
    address of any kind (file:///C:/report.html)."""
    if "://" in text:
        return True
    return any(has_shape(form.by_key[key], text, form) for key in value_shapes(form))


def _listed(text: str, form: Form) -> bool:
    """Whether `text` is two or more of a choice's options' names (搜索即服务 多语言版本)."""
    words = text.split()
    return len(words) >= 2 and all_option_names(words, form)


def _alone(text: str) -> bool:
    """Whether a line is an item of its own, never the rest of a name: a count, 是/否."""
    return BARE_COUNT_RE.fullmatch(text) is not None or text.strip() in _YES_NO


Line = tuple[Token, ...]
"""A line's tokens (units aside) when an item may be it; empty when not (values taken,
a merged cell's repeat)."""
Alignment = dict[int, tuple[int, int]]
"""Field index → the lines (start, stop) of its item."""


def aligned(
    walk: Placement, fields: list[Field], lines: list[Line], least: int
) -> list[tuple[Field, list[Token]]]:
    """The items every best alignment of `fields` with `lines` gives the same lines, when
    `least` fields at least get one."""
    fits = _fitting(walk, fields, lines)
    first, score = _best(fields, lines, fits, prefer_items=True)
    second, _ = _best(fields, lines, fits, prefer_items=False)
    agreed = [(k, span) for k, span in first.items() if second.get(k) == span]
    if len(agreed) < least or (_GAIN * len(first) - score) * _SLACK > len(first):
        return []  # few items, or many fields and lines left out: not the run's values
    taken: list[tuple[Field, list[Token]]] = []
    for k, (start, stop) in agreed:
        tokens = [t for line in lines[start:stop] for t in line]
        if len(tokens) == 1 and tokens[0].piece.text.strip() in BLANKS:
            tokens = []  # the count's place, left blank
        taken.append((fields[k], tokens))
    return taken


def _fitting(
    walk: Placement, fields: list[Field], lines: list[Line]
) -> Callable[[int, int, int], bool]:
    """Whether lines start…stop read as field k's item."""
    form = walk.index.form

    @cache
    def fits(k: int, start: int, stop: int) -> bool:
        f = fields[k]
        span = lines[start:stop]
        if not all(span):
            return False
        tokens = [t for line in span for t in line]
        text = tokens[0].piece.text.strip()
        if f.type in CHOICE_TYPES:
            if len(tokens) == 1 and not tokens[0].piece.ticks and _named(text):
                return readable(f, text)  # the option's name for its tick (是, 部门网站)
            if not all(any(t.piece.ticks for t in line) for line in span):
                return False
            return readable(f, item_text(f, tokens))
        if len(tokens) != len(span) or any(t.piece.ticks for t in tokens):
            return False  # a count or a name: one token a line, no box
        if f.type in COUNT_TYPES:
            if len(tokens) > 1:
                return False
            return count_fits(f, tokens[0], form)
        if not f.identifier and (len(_WORDY_RE.findall(text)) < 2):
            return False  # a name is words (two characters at least: 局 is a name's end)
        if any(_alone(t.piece.text) for t in tokens[1:]) or text in _YES_NO:
            return False  # a count or a yes alone on its line is an item of its own
        if not f.identifier and any(_coded(t.piece.text, form) for t in tokens):
            return False  # a name holds no code nor address (a browser's file:/// header)
        if _listed(text, form):
            return False  # a choice's options printed, none marked: no name
        return has_shape(f, item_text(f, tokens), form)

    return fits


def item_text(f: Field, tokens: list[Token]) -> str:
    """An item's tokens as f's one text: a choice's options with a space between, a
    name's lines as a paragraph's, a code's or an address's with nothing between (as the
    walk joins a wrapped value)."""
    texts = [t.piece.text for t in tokens]
    if f.type in CHOICE_TYPES:
        return " ".join(texts)
    if f.type == "str" and not f.identifier:
        return prose.paragraph_text(texts)
    return "".join(t.strip() for t in texts)


def _best(
    fields: list[Field],
    lines: list[Line],
    fits: Callable[[int, int, int], bool],
    *,
    prefer_items: bool,
) -> tuple[Alignment, int]:
    """One best alignment and its score, ties broken toward giving items early (or
    toward leaving fields and lines out early)."""
    n, m = len(fields), len(lines)
    # score[k][j]: the best score of fields k… over lines j…; move[k][j] how it is got.
    score = [[0] * (m + 1) for _ in range(n + 1)]
    # Lines after the last item cost nothing (the page's, not the run's), but for counts
    # right after it: they may be the run's, shifted.
    for j in range(m - 1, -1, -1):
        line = lines[j]
        if len(line) == 1 and BARE_COUNT_RE.fullmatch(line[0].piece.text):
            score[n][j] = score[n][j + 1] - _LOSS
    move: list[list[tuple[str, int]]] = [[("end", 0)] * (m + 1) for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):
        score[k][m] = score[k + 1][m] - _LOSS
        move[k][m] = ("field", 0)
        for j in range(m - 1, -1, -1):
            options: list[tuple[int, str, int]] = []
            for stop in range(j + 1, min(m, j + _SPAN) + 1):
                if fits(k, j, stop):
                    options.append((score[k + 1][stop] + _GAIN, "item", stop))
            skips = [
                (score[k + 1][j] - _LOSS, "field", 0),
                (score[k][j + 1] - _LOSS, "line", 0),
            ]
            ordered = options + skips if prefer_items else skips + options
            top = max(s for s, _, _ in ordered)
            chosen = next(o for o in ordered if o[0] == top)
            score[k][j], move[k][j] = top, (chosen[1], chosen[2])
    start = _start(score[0], min(m, _LEAD), prefer_items=prefer_items)
    total = score[0][start] - start * _LOSS
    alignment: Alignment = {}
    k, j = 0, start
    while k < n and j <= m:
        kind, stop = move[k][j]
        if kind == "item":
            alignment[k] = (j, stop)
            k, j = k + 1, stop
        elif kind == "field":
            k += 1
        elif kind == "line":
            j += 1
        else:
            break
    return alignment, total


def _start(first_row: list[int], lead: int, *, prefer_items: bool) -> int:
    """The line the items start at, within `lead`: each line before it costs as one
    between two items (a column's head costs every alignment the same; counts before
    the first of the run's may be its own, shifted)."""
    scores = [first_row[j] - j * _LOSS for j in range(lead + 1)]
    top = max(scores)
    starts = [j for j in range(lead + 1) if scores[j] == top]
    return starts[0] if prefer_items else starts[-1]
