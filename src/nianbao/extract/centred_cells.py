"""Values centred (or set left) in their cells under a line of labels abreast, in text
laid out in columns (pdftotext -layout, pdfplumber's layout).

A cell's lines are centred in it, so a long line may start left of its label and a short
one (局, 子）) stand in the middle; lines of the cells beside run into each other's columns
(网站名称  首页网址 … | 宁化县…（挂   http://  宁化县… | … | jyj822.350424.gov.cn/ … |
子）). What stands under a label is what starts flush with it (set left) or is centred under
it: each value cell goes to the label it starts flush with, or else the label whose
centre is nearest its own, when clearly nearer than any other, and each field
takes its cells' lines top to bottom. The dealing stands when every cell of the block has
its label and every field's lines fit it (`cell_lines.lines_fit`); it replaces only a
reading of the walk that is a part of it or cannot be the field's, or none.
"""

from __future__ import annotations

import re

from nianbao.extract.cell_lines import lines_fit
from nianbao.extract.cells import abreast_fields
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token, groups_only
from nianbao.forms.model import Field

Box = tuple[float, float, float, float]
_RUN_TOGETHER_RE = re.compile(r"[\x21-\x7e] [\u4e00-\u9fff（(]|[\u4e00-\u9fff）)] [\x21-\x7e]")
_LINES = 5
"""Lines of values a row of cells may wrap over."""
_FLUSH = 1
"""Columns by which a cell set left in its column may start off its label's start."""
_CLEARLY = 0.5
"""How much nearer (as a share of the distance to the next nearest) a cell's centre must
be to its label's."""


def deal_centred(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 1):
        line = rows[r]
        if not line or line[0].cell.bbox is None or walk.doc.rows[r].page is not None:
            continue
        fields = abreast_fields(line)
        if fields is None or r in rows.ending:
            continue
        labels = [t for t in line if t.piece.kind == "label"]
        # Labels wrapped around the line (公开答复数量(单 | … | 位:条)) have columns too.
        others = [t for k in (r - 1, r + 1) if k >= 0 for t in rows[k] if _other_label(t)]
        block = _block(walk, r + 1, walked)
        if block:
            _deal(walk, match, fields, labels + others, block)


def _block(walk: Placement, start: int, walked: int) -> list[list[Token]]:
    """The lines of values from `start` up to the next line holding a label, or a piece of
    one the walk joined (政府网站标识 | … | 码)."""
    block: list[list[Token]] = []
    for r in range(start, min(walked, start + _LINES)):
        line = [t for t in walk.rows[r] if t.piece.kind != "unit"]
        labelled = any(t.piece.kind == "label" or t.field is not None for t in walk.rows[r])
        if labelled or r in walk.rows.ending:
            break
        if line:
            block.append(line)
    return block


def _deal(
    walk: Placement,
    match: Match,
    fields: list[Field],
    labels: list[Token],
    block: list[list[Token]],
) -> None:
    boxes = [t.cell.bbox for t in labels if t.cell.bbox is not None]
    parts: list[list[tuple[Token, str]]] = [[] for _ in fields]
    for line in block:
        cells: set[int] = set()
        for token in line:
            # A cell's own text: the walk may have joined a wrapped value into its piece.
            if token.cell.copy or id(token.cell) in cells or _inside(token, line):
                continue
            cells.add(id(token.cell))
            if token.used and _read_elsewhere(match, token, fields):
                return  # another field's value
            for text, box in _cells(token):
                at = _column(boxes, box)
                if at is None or at >= len(fields):
                    return  # between two columns, or under a label of another line
                parts[at].append((token, text))
    form = walk.index.form
    texts = [[text for _, text in p] for p in parts]
    if not all(texts) or not all(lines_fit(f, t, form) for f, t in zip(fields, texts, strict=True)):
        return
    for f, pairs, lines in zip(fields, parts, texts, strict=True):
        raw = "".join(lines)
        found = match.candidates.get(f.key, [])
        if any(c.raw.strip() not in raw and has_shape(f, c.raw, form) for c in found):
            continue  # the walk read something else that may be f's: it stands
        first = pairs[0][0]
        match.candidates[f.key] = [Candidate.at(walk.doc, f, raw, (first.row, first.cell), 0.75)]
        match.seen.add(f.key)
        for token, _ in pairs:
            token.used = True


def _inside(token: Token, line: list[Token]) -> bool:
    """Whether a token's cell is a part of another cell of its line (the rest of a cell
    run into the next one, which the walk set apart)."""
    box = token.cell.bbox
    return box is not None and any(
        t.cell is not token.cell
        and t.cell.bbox is not None
        and t.cell.bbox[0] <= box[0]
        and box[2] <= t.cell.bbox[2]
        and len(t.cell.text) > len(token.cell.text)
        for t in line
    )


def _cells(token: Token) -> list[tuple[str, Box]]:
    """The token's text as the cells it holds, each with its place: two cells one blank
    apart (…gov.cn/ 室) run together when the first fills its column; each is placed by
    its share of the characters."""
    box = token.cell.bbox
    assert box is not None
    text = token.cell.text.strip()
    cut = _RUN_TOGETHER_RE.search(text)
    if cut is None:
        return [(text, box)]
    at = cut.start() + 1
    middle = box[0] + (box[2] - box[0]) * (at + 1) / len(text)
    return [
        (text[:at].strip(), (box[0], box[1], middle, box[3])),
        (text[at:].strip(), (middle, box[1], box[2], box[3])),
    ]


def _other_label(token: Token) -> bool:
    """A field's label (not a group's name: 一、基本信息 centred over the row) with a place."""
    if token.piece.kind != "label" or token.cell.bbox is None or token.cell.copy:
        return False
    return not groups_only([token])


def _read_elsewhere(match: Match, token: Token, fields: list[Field]) -> bool:
    """Whether a used token is (part of) the value read on its line for a field not of
    this row."""
    text = token.piece.text.strip()
    keys = {f.key for f in fields}
    return any(
        c.row == token.row and text in c.raw and readable(c.field, c.raw)
        for key, found in match.candidates.items()
        if key not in keys
        for c in found
    )


def _centre(box: Box) -> float:
    return (box[0] + box[2]) / 2


def _column(labels: list[Box], box: Box) -> int | None:
    """The label a cell stands under: the one it starts flush with (set left in its cell),
    or else the one whose centre is clearly nearest its own (centred)."""
    flush = [k for k, label in enumerate(labels) if abs(label[0] - box[0]) <= _FLUSH]
    if len(flush) == 1:
        return flush[0]
    return _nearest([_centre(label) for label in labels], _centre(box))


def _nearest(centres: list[float], x: float) -> int | None:
    """The label whose centre is clearly nearest to `x`, if any."""
    order = sorted(range(len(centres)), key=lambda k: abs(centres[k] - x))
    if len(order) > 1:
        near, next_near = abs(centres[order[0]] - x), abs(centres[order[1]] - x)
        if near > _CLEARLY * next_near:
            return None
    return order[0]
