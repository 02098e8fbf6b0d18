"""Text of one line a row (pdfplumber, pypdfium2): two fields of a shape abreast, each
label wrapped over two lines with a line of values between (ICP备案 公安机关备 | 12400885
14030273771442号 | 号 案号). The first code stands centred in its tall cell, its head on
the line above and its tail on the line below (晋ICP备 | … | 号-2), or in pieces between
the labels' halves (ICP备案 渝ICP备 公安机关备 | 50015388681672号 | 号 56747829号 案号).

The walk reads the second label's head as a value and runs the codes together. Here the
words of the three lines, less the labels' halves, and a lone word on the line above and
below are dealt to the two fields in reading order, the first label's column to the first,
the second's to the second, the middle line split once between them: the reading stands
when one dealing alone, using every word of the three lines, gives both their shapes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from nianbao.extract.kinds import DIGIT_RE
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field
from nianbao.rules import value_shapes


@dataclass(frozen=True, slots=True)
class _Word:
    token: Token
    text: str


_Halves = tuple[list[_Word], list[_Word]]
_Labels = tuple[set[str], set[str]]


def take_codes_abreast(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    shapes = value_shapes(form)
    shaped = [f for f in form.fields if f.key in shapes]
    for a, b in itertools.pairwise(shaped):
        if b.order != a.order + 1 or (_shaped(walk, match, a) and _shaped(walk, match, b)):
            continue
        labels = _labels(walk, a), _labels(walk, b)
        for r in range(1, min(walked, len(walk.rows) - 2)):
            if _read(walk, match, r, (a, b), labels):
                break


def _shaped(walk: Placement, match: Match, f: Field) -> bool:
    return any(has_shape(f, c.raw, walk.index.form) for c in match.candidates.get(f.key, []))


def _read(
    walk: Placement, match: Match, r: int, fields: tuple[Field, Field], labels: _Labels
) -> bool:
    a, b = fields
    heads = _halves(walk, r, labels)
    if heads is None:
        return False
    top, bottom = heads
    middle = _words(walk.rows[r + 1])
    if middle is None:
        return False
    readings: dict[tuple[str, str], tuple[int, _Word, _Word, list[_Word]]] = {}
    for above in _lone(walk, r - 1, head=True):
        for below in _lone(walk, r + 3):
            for texts, own in _dealings(walk, (top, middle, bottom), above, below, (a, b)):
                lone = [w for w in (above, below) if w is not None]
                readings.setdefault(texts, (len(lone), own[0][0], own[1][0], lone))
    if not readings:
        return False
    most = max(n for n, *_ in readings.values())
    best = [(texts, read) for texts, read in readings.items() if read[0] == most]
    if len(best) != 1:
        return False
    texts, (_, first_a, first_b, lone) = best[0]
    for f, text, first in ((a, texts[0], first_a), (b, texts[1], first_b)):
        place = (first.token.row, first.token.cell)
        match.candidates[f.key] = [Candidate.at(walk.doc, f, text, place, 0.7)]
    for token in (*walk.rows[r], *walk.rows[r + 1], *walk.rows[r + 2], *(w.token for w in lone)):
        token.used = True
    return True


def _halves(walk: Placement, r: int, labels: _Labels) -> tuple[_Halves, _Halves] | None:
    """Lines r and r + 2 opening with the first field's label's halves (`labels`: each
    field's normalised labels) and holding the second's further on: the words between the
    halves and after the second's, on each line."""
    top, bottom = _words(walk.rows[r]), _words(walk.rows[r + 2])
    if not top or not bottom:
        return None
    labels_a, labels_b = labels
    if normalize_label(top[0].text + bottom[0].text) not in labels_a:
        return None
    for j in range(1, len(top)):
        for k in range(1, len(bottom)):
            if normalize_label(top[j].text + bottom[k].text) in labels_b:
                return (top[1:j], top[j + 1 :]), (bottom[1:k], bottom[k + 1 :])
    return None


def _labels(walk: Placement, f: Field) -> set[str]:
    return {norm for norm, fields in walk.index.fields.items() if f in fields}


def _words(line: list[Token]) -> list[_Word] | None:
    """The line's words, for a line of one cell a row (no box: pdfplumber's text)."""
    if not line or any(t.cell.bbox is not None for t in line):
        return None
    return [_Word(t, w) for t in line for w in t.piece.text.split()]


def _lone(walk: Placement, r: int, *, head: bool = False) -> Iterator[_Word | None]:
    """Nothing, and line r's one word when it is a free value alone on its line; above,
    a code's head: its prefix, no digit (晋ICP备, not 粤ICP备1)."""
    yield None
    line = walk.rows[r] if 0 <= r < len(walk.rows) else []
    if len(line) == 1 and line[0].free and line[0].cell.bbox is None:
        words = line[0].piece.text.split()
        if len(words) == 1 and not (head and DIGIT_RE.search(words[0])):
            yield _Word(line[0], words[0])


def _dealings(
    walk: Placement,
    lines: tuple[_Halves, list[_Word], _Halves],
    above: _Word | None,
    below: _Word | None,
    fields: tuple[Field, Field],
) -> Iterator[tuple[tuple[str, str], tuple[list[_Word], list[_Word]]]]:
    """Each dealing of the words that gives both fields their shapes: their texts and
    words. The middle line is cut once; the lone words above and below go to either."""
    (top_a, top_b), middle, (bottom_a, bottom_b) = lines
    form = walk.index.form
    for cut in range(len(middle) + 1):
        for above_to, below_to in ((0, 0), (0, 1), (1, 0), (1, 1)):
            own: tuple[list[_Word], list[_Word]] = ([], [])
            if above is not None:
                own[above_to].append(above)
            own[0].extend([*top_a, *middle[:cut], *bottom_a])
            own[1].extend([*top_b, *middle[cut:], *bottom_b])
            if below is not None:
                own[below_to].append(below)
            if not own[0] or not own[1]:
                continue
            texts = "".join(w.text for w in own[0]), "".join(w.text for w in own[1])
            if all(has_shape(f, t, form) for f, t in zip(fields, texts, strict=True)):
                yield texts, own
