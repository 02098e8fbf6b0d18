"""A Document's rows as tokens (labels, values, units) for the matcher's walk, cut on
first use; and the label-like texts no field claimed (`unmatched`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nianbao.display import wide_chars
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.leads import lead_cut
from nianbao.extract.line_ends import label_cut
from nianbao.extract.piece import Piece, PieceKind
from nianbao.extract.pieces import index_cache, segment
from nianbao.forms.model import Field

NUMERIC_RE = re.compile(r"[\d\s,.，．]+")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_ATTACHMENT_RE = re.compile(r"附\s*[件表]\s*[\d０-９一二三四五六七八九十]{1,3}\s*[:：]?")
"""A document's mark of which attachment a page holds (附件2), alone on its line: a
heading a converter may set among the values (pdftotext), never a value."""


@dataclass(slots=True)
class Token:
    row: int
    cell: Cell
    piece: Piece
    used: bool = False
    field: Field | None = None
    """The field the walk read this label as."""

    # Written out, as extract.document.Cell's: a document makes a hundred or more.
    def __init__(
        self, row: int, cell: Cell, piece: Piece, used: bool = False, field: Field | None = None
    ) -> None:
        self.row = row
        self.cell = cell
        self.piece = piece
        self.used = used
        self.field = field

    @property
    def free(self) -> bool:
        """Whether this is a value nothing took: no label, no box, no merged cell's repeat."""
        return not (self.used or self.cell.copy or self.piece.kind != "value" or self.piece.ticks)


def _looks_like_label(token: Token, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] (a value token) reads like a label the form does not have."""
    text = token.piece.text
    if token.used or token.cell.copy or token.piece.ticks or not 2 <= len(text) <= 30:
        return False
    if not CJK_RE.search(text) or NUMERIC_RE.fullmatch(text):
        return False
    if text.endswith((":", "：")):
        return True
    following = tokens[k + 1 :]
    nxt = next((t for t in following if t.piece.kind != "unit"), None)
    units = any(t.piece.kind == "unit" for t in following[:1])
    return units or (nxt is not None and bool(NUMERIC_RE.fullmatch(nxt.piece.text)))


def unmatched(rows: Iterable[list[Token]]) -> list[str]:
    found: list[str] = []
    for tokens in rows:
        for k, token in enumerate(tokens):
            if token.piece.kind == "value" and _looks_like_label(token, tokens, k):
                text = " ".join(token.piece.text.split())
                if text not in found:
                    found.append(text)
    return found[:50]


class Rows:
    """Each row's tokens, cut on first use: the walk stops at the instructions, so the
    text after them is never segmented."""

    def __init__(self, doc: Document, index: LabelIndex) -> None:
        self.doc = doc
        self.index = index
        self.cache: list[list[Token] | None] = [None] * len(doc.rows)
        """Each row's tokens once cut (a list: the walk asks for rows thousands of times a
        document, and indexing beats hashing)."""
        self.outside: dict[int, list[Token]] = {}
        """Tokens asked for by an index out of the rows' range (a row before the first)."""
        self.segments = index_cache(index, doc.fuzzy)
        self.ending: set[int] = set()
        """Rows where the form's instructions start."""
        self.cuts: dict[int, int | None] = {}
        self.leads: dict[int, tuple[int, int] | None] = {}

    def __len__(self) -> int:
        return len(self.doc.rows)

    def __getitem__(self, r: int) -> list[Token]:
        cache = self.cache
        tokens = cache[r] if 0 <= r < len(cache) else self.outside.get(r)
        if tokens is None:
            fuzzy = self.doc.fuzzy
            segments = self.segments
            tokens = []
            cells = self.doc.rows[r].cells
            last = len(cells) - 1
            # The head of a label cut by the line end moves from the line's last cell to
            # the start of the next line's first cell.
            tail = self.cut(r) if last >= 0 else None
            head = self.cut(r - 1) if r > 0 else None
            # A label cut at the start of a line takes its rest from the next line's start.
            lead = self.lead(r) if last >= 0 and head is None else None
            taken = self.taken(r)
            for position, cell in enumerate(cells):
                text = cell.text
                if position == last and tail is not None:
                    text = text[:tail]
                if position == 0 and head is not None:
                    text = self.doc.rows[r - 1].cells[-1].text[head:].rstrip() + text.lstrip()
                if position == 0 and taken is not None:
                    text = text[taken:].lstrip()
                if position == 0 and lead is not None:
                    # One label's rest, or two's: a group's name and the field's label it
                    # shares its cut with (创新发 创新发 ☑… | 展 展 …).
                    rests = self.doc.rows[lead[1]].cells[0].text[: lead[0]].split()
                    words = text.lstrip().split(None, len(rests))
                    joined = [w + t for w, t in zip(words, rests, strict=False)]
                    text = " ".join(joined + words[len(rests) :])
                # segment() itself, minus its call and cache lookup when the text is known.
                pieces = segments.get(text)
                if pieces is None:
                    pieces = segment(text, self.index, fuzzy)
                split = _value_cells(cell, pieces) if text is cell.text else None
                for k, piece in enumerate(pieces):
                    tokens.append(Token(r, cell if split is None else split[k], piece))
                    if piece.ends:
                        self.ending.add(r)
            if len(tokens) == 1 and _ATTACHMENT_RE.fullmatch(tokens[0].piece.text.strip()):
                tokens[0].used = True
            if 0 <= r < len(cache):
                cache[r] = tokens
            else:
                self.outside[r] = tokens
        return tokens

    def after(self, token: Token, kind: PieceKind | None = None) -> Token | None:
        """The token after `token` on its line (when of `kind`, if given)."""
        found = self.beside(token, 1)
        return found if found is not None and kind in (None, found.piece.kind) else None

    def beside(self, token: Token, step: int) -> Token | None:
        """The token `step` places after `token` on its line (before it when negative).
        Found by identity: two tokens of one cell may hold equal pieces."""
        line = self[token.row]
        for k, other in enumerate(line):
            if other is token:
                at = k + step
                return line[at] if 0 <= at < len(line) else None
        return None

    def lead(self, r: int) -> tuple[int, int] | None:
        """How much of the first cell of a row after r finishes the label row r's starts
        with (leads.lead_cut), and that row: the next, or the one after when the next
        holds nothing but a group's name centred in its tall cell (创新发 ☑… | 创新发展 |
        展 …)."""
        if r in self.leads:
            return self.leads[r]
        found = None
        rows = self.doc.rows
        cells = rows[r].cells if 0 <= r < len(rows) else ()
        if cells and not cells[0].copy and r + 1 < len(rows):
            above = rows[r - 1].cells if r else []
            before = above[0].text if above and not above[0].copy else ""
            alone = len(cells) == 1
            for rest in (r + 1, r + 2):
                following = rows[rest].cells if rest < len(rows) else ()
                if not following or following[0].copy:
                    break
                cut = lead_cut(cells[0].text, following[0].text, self.index, before, alone=alone)
                if cut is not None and (rest == r + 1 or self._group(r + 1)):
                    found = (cut, rest)
                    break
                if len(rows[r + 1].cells) != 1:
                    break  # only a group's name alone on its line stands between
        self.leads[r] = found
        return found

    def taken(self, r: int) -> int | None:
        """How much of row r's first cell a label cut at the start of a row before took."""
        for before in (r - 1, r - 2):
            if before < 0 or (before > 0 and self.cut(before - 1) is not None):
                continue  # that row's first cell took the line before's cut label instead
            found = self.lead(before)
            if found is not None and found[1] == r:
                return found[0]
        return None

    def _group(self, r: int) -> bool:
        """Whether row r's one cell is a group's name."""
        hit = self.index.lookup(normalize_label(self.doc.rows[r].cells[0].text))
        return hit is not None and bool(hit.groups)

    def cut(self, r: int) -> int | None:
        """Where a label cut by row r's end starts in its last cell (line_ends.label_cut)."""
        if r in self.cuts:
            return self.cuts[r]
        cut = None
        if r + 1 < len(self.doc.rows):
            cells, following = self.doc.rows[r].cells, self.doc.rows[r + 1].cells
            if cells and following and not cells[-1].copy and not following[0].copy:
                cut = label_cut(cells[-1].text, following[0].text, self.index, self.doc.fuzzy)
                if cut is not None and _goes_on_below(cells[-1], following):
                    cut = None
        self.cuts[r] = cut
        return cut


def _goes_on_below(last: Cell, following: Sequence[Cell]) -> bool:
    """Laid out, whether a cell of the next line past its first starts where a line's last
    cell does: a label that cell cuts goes on in its own column (信息公开目录信息 | 更  527), not
    at the start of the next line, another column's."""
    box = last.bbox
    if box is None or following[0].bbox is None or following[0].bbox[0] >= box[0]:
        return False
    # Set flush with it: text of one space between cells wraps its lines anywhere.
    return any(c.bbox is not None and abs(c.bbox[0] - box[0]) <= 1 for c in following[1:])


def _value_cells(cell: Cell, pieces: Sequence[Piece]) -> list[Cell] | None:
    """Laid out, a cell of values a converter ran together one blank apart (蒙ICP备17031447
    公安机关备: a code, then the head of the next column's label) as a cell a value, each
    where its characters stand, so that what stands under each is told apart."""
    box, text = cell.bbox, cell.text
    if box is None or len(pieces) < 2 or any(p.kind != "value" or p.ticks for p in pieces):
        return None
    # Columns count characters, or display cells (a Chinese character two).
    wide = box[2] - box[0] != len(text)
    out: list[Cell] = []
    at = 0
    for piece in pieces:
        start = text.find(piece.text, at)
        if start < 0:
            return None
        x0 = box[0] + _width(text[:start], wide)
        x1 = x0 + _width(piece.text, wide)
        out.append(Cell(piece.text, cell.col, (x0, box[1], x1, box[3]), cell.copy, cell.confidence))
        at = start + len(piece.text)
    return out


def _width(text: str, wide: bool) -> float:
    """Columns `text` takes: characters, or display columns (`wide`, as the reader counts)."""
    return float(len(text) + (wide_chars(text) if wide else 0))


def units(tokens: list[Token]) -> bool:
    """Whether a line holds units only (a unit's rest wrapped onto it), or nothing."""
    return all(t.piece.kind == "unit" for t in tokens)


def labels_only(tokens: list[Token]) -> list[Token] | None:
    """A line's labels when it holds labels only (units aside) and one at least, else None."""
    labels = [t for t in tokens if t.piece.kind != "unit"]
    return labels if labels and all(t.piece.kind == "label" for t in labels) else None


def names_field(token: Token, f: Field) -> bool:
    """Whether a token's text may stand for f's label."""
    hit = token.piece.hit
    return hit is not None and f in hit.fields


def label_of(f: Field, tokens: list[Token]) -> Token | None:
    """The one token of `tokens` when it is a label of f."""
    return tokens[0] if len(tokens) == 1 and names_field(tokens[0], f) else None


def groups_only(tokens: list[Token]) -> bool:
    """Whether a line holds groups' names only (and units): no field, no value."""
    named = False
    for t in tokens:
        if t.piece.kind == "unit":
            continue
        hit = t.piece.hit
        if hit is None or hit.fields:
            return False
        named = True
    return named


def context_line(tokens: list[Token], index: LabelIndex) -> bool:
    """Whether a line holds nothing but context the walk looks past for a value below:
    copies (merged cells repeated, a section's name down its tall cell that labels a field
    too: 创新发展 beside the rows of 微博), or, one cell a line, a group's name cut after its
    first few characters, its rest lines away (名称 | 移动新媒 | 某某发布 | … | 体)."""
    if tokens and all(t.cell.copy for t in tokens):
        return True
    if len(tokens) != 1 or tokens[0].cell.bbox is not None:
        return False
    piece = tokens[0].piece
    norm = normalize_label(piece.text)
    return piece.kind == "value" and norm in index.group_heads and norm not in index.heads


def past_names(rows: Rows, q: int, most: int = 2) -> int:
    """The first line from q that holds more than a group's name or units, looking past at
    most `most` lines (信 息 | 移动新媒体 | 条 | 发 布 量: the label's rest)."""
    for _ in range(most):
        if q + 1 >= len(rows) or not (groups_only(rows[q]) or units(rows[q])):
            break
        q += 1
    return q
