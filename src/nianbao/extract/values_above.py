"""Counts written on the line above the labels abreast they answer, in text of one line a
table row's height (pdfplumber without layout).

Such text orders a row's pieces by height; a value cell a little taller than its label's
first line (another font, padding) comes out first: 878条 496条 | 收到留言数量(单 办结留言数量
| 位: 条) (单位: 条). The walk reads values below or beside a label and finds none here.
When a line holds only counts nothing took, as many as the labels abreast on the next
line (or one, over a line of one label), each fitting its label in order, and neither the
line above the counts holds a label still waiting for its value nor the lines under the
labels a value, the counts are the labels', in order.
"""

from __future__ import annotations

from nianbao.extract.cells import abreast_fields, take_words
from nianbao.extract.kinds import COUNT_TYPES, unit_clash
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Match, readable
from nianbao.extract.thousands import regrouped_counts
from nianbao.extract.tokens import Rows, Token, labels_only, units
from nianbao.forms.model import Field

_BELOW = 2
"""Lines under the labels that may hold their units' rests."""


def take_values_above(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    form = walk.index.form
    for r in range(1, walked):
        above = rows[r - 1]
        if _before_pair(walk, match, r, walked):
            continue
        if not above or any(not t.free or t.piece.kind != "value" for t in above):
            continue  # most lines: told by the line above first
        if above[0].cell.bbox is not None:
            continue  # laid out: count_above reads by columns
        fields = abreast_fields(rows[r]) or _one_label(rows, r)
        if fields is None or any(f.type not in COUNT_TYPES or match.read(f) for f in fields):
            continue
        words = " ".join(t.piece.text for t in above).split()
        if len(words) > len(fields):
            # Counts in spaced thousands, joined back the one way they give each label one.
            words = regrouped_counts(words, fields, form) or words
        if len(words) != len(fields):
            continue
        words = ["".join(w.split()) for w in words]
        if any(
            not readable(f, w) or unit_clash((f,), w, form)
            for f, w in zip(fields, words, strict=True)
        ):
            continue
        if r >= 2 and _waiting(rows[r - 2], match):
            continue  # the counts answer the labels above them
        if any(_valued(rows[k]) for k in range(r + 1, min(walked, r + 1 + _BELOW))):
            continue  # the labels' values stand under them
        take_words(walk, match, fields, [above], [[w] for w in words], labels=frozenset({r}))


def _before_pair(walk: Placement, match: Match, r: int, walked: int) -> bool:
    """A lone count label's count opening the line above, before another label and its
    value (56 办结留言数量（条） 52 | 收到留言数量 | （条）: a pair's label wrapped under the
    row's line), its own lines below holding no value: taken; whether it was."""
    rows = walk.rows
    f, above = _lone_field(rows[r]), rows[r - 1]
    first = above[0] if above else None
    if f is None:
        return False
    if first is None or len(above) < 3 or not first.free or first.cell.bbox is not None:
        return False
    if f.type not in COUNT_TYPES or match.read(f) or first.piece.kind != "value":
        return False
    if above[1].piece.kind != "label" or above[2].piece.kind != "value":
        return False
    if not readable(f, first.piece.text) or unit_clash((f,), first.piece.text, walk.index.form):
        return False
    if any(_valued(rows[k]) for k in range(r + 1, min(walked, r + 1 + _BELOW))):
        return False
    take_words(walk, match, [f], [[first]], [[first.piece.text]], labels=frozenset({r}))
    return True


def _one_label(rows: Rows, r: int) -> list[Field] | None:
    """The field of a line of one label (and units): a label wrapped in its cell under the
    count centred beside it (1,442 | 法人办件量 | (单位: 件)), a row of its own: no field's
    label follows (labels one a line, then their values, are a run: `runs`)."""
    f = _lone_field(rows[r])
    if f is None:
        return None
    after = next((rows[k] for k in range(r + 1, len(rows)) if not units(rows[k])), [])
    if any(t.piece.hit is not None and t.piece.hit.fields for t in after):
        return None
    return [f]


def _lone_field(line: list[Token]) -> Field | None:
    """The field of a line of one field's label (and units)."""
    labels = labels_only(line)
    return labels[0].field if labels is not None and len(labels) == 1 else None


def _waiting(line: list[Token], match: Match) -> bool:
    """Whether the line holds a field's label that has no value yet."""
    return any(
        t.field is not None and t.piece.kind == "label" and not match.read(t.field) for t in line
    )


def _valued(line: list[Token]) -> bool:
    return any(t.piece.kind == "value" and t.free for t in line)
