"""A text going on after its label's rest: a label its narrow cell wrapped inside a
bracket (其他（注 | 明）) has its value beside each of its lines, so the text's second line
follows the label's rest (pdfplumber: 其他（注 提供…政策原文、 | 展 | 明） 解读、问答一站式查询;
展 is a group's name down its own cell between).

A text field read beside a label whose bracket its line leaves open, the text ending
mid-sentence, takes the words after the label's rest opening one of the next two lines
(a lone word of a few characters between)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.labels import normalize_label
from nianbao.extract.piece import has_ticks
from nianbao.extract.placement import Placement
from nianbao.extract.prose import GOES_ON, joined
from nianbao.extract.ranking import Match
from nianbao.extract.tokens import Token

_REST_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,4}[)）])\s+(\S.*)")
"""A label's rest closing its bracket, then text."""
_AFTER_OPTIONS_RE = re.compile(r"(.*\S)\s+([\u4e00-\u9fff]{1,4}[)）])\s+(\S.*)")
"""Options' rests, then a label's rest closing its bracket, then text."""
_BETWEEN = 3
"""Characters of a lone word (a group's name's piece) standing between at the most."""


def take_rest_notes(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    for key, found in list(match.candidates.items()):
        if len(found) != 1 or found[0].field.type != "str":
            continue
        c = found[0]
        if c.raw.rstrip().endswith("。") or not 0 <= c.row < walked:
            continue
        label = next((t for t in walk.rows[c.row] if t.field is c.field), None)
        if label is None or label.piece.kind != "label" or not unclosed_bracket(label.piece.text):
            continue
        rest = _rest_line(walk, c.row, walked, label)
        if rest is None:
            continue
        token, text = rest
        if not token.used and not c.raw.rstrip().endswith(GOES_ON):
            continue  # a line of its own may be any text's: only after a sentence cut
        token.used = True
        match.candidates[key] = [dataclasses.replace(c, raw=joined(c.raw.rstrip(), text))]


def _rest_line(walk: Placement, r: int, walked: int, label: Token) -> tuple[Token, str] | None:
    """The token opening one of the two lines after r with the label's rest, and the text
    after that rest."""
    for q in (r + 1, r + 2):
        line = walk.rows[q] if q < walked else []
        if len(line) != 1:
            return None
        token = line[0]
        found = _REST_RE.fullmatch(token.piece.text) if not token.used else None
        if found is None and q == r + 1:
            # After the rests of the options' lines beside the label, which a choice read
            # (展 网 ☑其他 明） 享服务): the line is the choice's, its end the text's.
            found = _AFTER_OPTIONS_RE.fullmatch(token.piece.text)
            found = found if found is not None and has_ticks(found[1]) else None
        if found is not None and not token.cell.copy:
            whole = walk.index.lookup(normalize_label(label.piece.text + found.groups()[-2]))
            if whole is not None and label.field in whole.fields:
                return token, found.groups()[-1].strip()
            return None
        if q == r + 2 or len(token.piece.text.strip()) > _BETWEEN:
            return None
    return None
