"""A piece of another cell's label run into a code (贵公网安备52030044242631 总 | 号, the
middle line of 独立用户访问 | 总 | 量 beside it): text laid out in columns sets a tall label's
lines on the lines of the value next to it, and the walk joins the value's lines with it.

A value that fails the shape the form's rules give its field loses the first run of
Chinese characters after a blank (or the run's shortest head or tail) that is a piece of
some field's label and whose removal gives it that shape; with none, it stays as read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match
from nianbao.extract.shaped import has_shape
from nianbao.rules import value_shapes

_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 4
"""Characters of a label's line run into a value: a narrow cell's line of a tall label."""


def drop_stray_pieces(walk: Placement, match: Match, walked: int) -> None:
    form = walk.index.form
    for key in value_shapes(form):
        found = match.candidates.get(key)
        if not found or len(found) != 1:
            continue
        c = found[0]
        if " " not in c.raw.strip() or has_shape(c.field, c.raw, form):
            continue  # most reports: a code read whole, or not one the walk joined
        fixed = next(
            (kept for kept in _without_pieces(walk.index, c.raw) if has_shape(c.field, kept, form)),
            None,
        )
        if fixed is not None:
            match.candidates[key] = [dataclasses.replace(c, raw=fixed)]


def _without_pieces(index: LabelIndex, raw: str) -> Iterator[str]:
    """`raw` less each part of a run of Chinese characters (a run's head or tail, or all of
    it) that is a piece of a field's label, one at a time (made as asked: the first that
    fits ends the search)."""
    for run in _RUN_RE.finditer(raw):
        text, start, end = run.group(), run.start(), run.end()
        # Only a run standing after a blank: a label's line, not the code's own words.
        if start == 0 or raw[start - 1] != " ":
            continue
        for cut in range(1, min(len(text), _LONGEST) + 1):
            if _in_label(index, text[:cut]):
                yield raw[:start] + text[cut:] + raw[end:]
            if cut < len(text) and _in_label(index, text[-cut:]):
                yield raw[:start] + text[:-cut] + raw[end:]


def _in_label(index: LabelIndex, piece: str) -> bool:
    norm = normalize_label(piece)
    return bool(norm) and any(norm in label for label in index.fields)
