"""Text of one line a row (pdfplumber): a choice's options and the note of its ticked
option in cells side by side, both wrapped, each line holding a line of each (☐搜索即服务
☑多语言版 提供政策智能匹配…开通“万 | 本 ☐无障碍浏览 ☑千人千 安县”政策问答专区… | 网 ☑其他
问答一站式查询). The walk reads each line as one answer.

On each line the options come first: boxed words, and the words that finish the option
name the line before cut (本 of 多语言版 | 本); the words after them are the note's. The
options' lines joined name every option of the choice once, over two lines at least, the
note's lines lie among them (a line away at most: not a text before or after options all on
one line), and the option the note is for is ticked: then the options are the choice's
answer and the note lines its note.
"""

from __future__ import annotations

import re

from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.leftover import label_rows
from nianbao.extract.notes import blank_notes, note_fields
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.prose import paragraph_text
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_LINES = 8
"""Lines a choice's options and note may take."""
_BOX_RE = re.compile(f"[{TICKS}]")


def take_notes_abreast(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    for f in form.fields:
        notes = note_fields(form, f) if f.type in CHOICE_TYPES else ()
        if len(notes) != 1:
            continue
        start = label_rows(walk, walked, {f.key}).get(f.key)
        read = None if start is None else _read(walk, f, notes[0], start)
        if read is None:
            continue
        options, note, tokens = read
        if notes[0] not in blank_notes(f, options[0], form):
            continue  # the option the note is for is not ticked
        for g, (text, first) in ((f, options), (notes[0], note)):
            place = (first.row, first.cell)
            match.candidates[g.key] = [Candidate.at(walk.doc, g, text, place, 0.7)]
        for token in tokens:
            token.used = True


def _read(
    walk: Placement, f: Field, note: Field, start: int
) -> tuple[tuple[str, Token], tuple[str, Token], list[Token]] | None:
    """The options' text and the note's from line `start` on, each with its first token,
    and the tokens read, when at least two lines hold both."""
    names = {normalize_label(label) for labels in f.choice_options().values() for label in labels}
    heads = {name[:n] for name in names for n in range(len(name) + 1)}  # names too
    labels = [normalize_label(label) for g in (f, note) for label in g.labels]
    options: list[str] = []
    notes: list[tuple[str, Token]] = []
    first: Token | None = None
    tokens: list[Token] = []
    rows: set[int] = set()
    for r in range(start, min(start + _LINES, len(walk.rows))):
        line = walk.rows[r]
        if any(t.cell.bbox is not None for t in line):
            return None
        pieces = [_label_piece(t.piece.text, labels) for t in line]
        if any(t.piece.kind == "label" and not p for t, p in zip(line, pieces, strict=True)):
            break  # the next field's label
        for token, piece in zip(line, pieces, strict=True):
            if token.piece.kind != "value" or piece:
                continue
            words = token.piece.text.split()
            k, took = _cut(words, options, heads, labels)
            if took:
                first = first or token
                rows.add(r)
            if k < len(words):
                notes.append((" ".join(words[k:]), token))
            tokens.append(token)
    # Wrapped beside each other: two lines of options at least, the note's between them
    # or a line away (not a text before or after options on one line).
    if len(rows) < 2 or len(notes) < 2 or first is None or not _names_each(f, options):
        return None
    if any(not min(rows) - 1 <= t.row <= max(rows) + 1 for _, t in notes):
        return None
    note_text = paragraph_text([n for n, _ in notes])
    return (" ".join(options), first), (note_text, notes[0][1]), tokens


def _cut(
    words: list[str], options: list[str], heads: set[str], labels: list[str]
) -> tuple[int, bool]:
    """Where a line's note starts, its options before it added to `options` (a word that
    finishes the last one's cut name joined to it); and whether it held any. Pieces of the
    labels may stand before, between or after the options (创新 ☐搜索即服务 …, ☑其他 明）)."""
    took = False
    for k, word in enumerate(words):
        name = _name(options[-1]) if options else None
        if _BOX_RE.match(word):
            options.append(word)
        elif name in heads and f"{name}{normalize_label(word)}" in heads:
            options[-1] += word  # the rest of the name the line before cut
        elif _label_piece(word, labels):
            continue
        else:
            return k, took
        took = True
    return len(words), took


def _name(word: str) -> str:
    return normalize_label(_BOX_RE.sub("", word))


def _label_piece(text: str, labels: list[str]) -> bool:
    """Whether a text is a piece of one of `labels`, the choice's and its note's, normalised
    (其他（注 | 明）)."""
    text = normalize_label(text)
    return bool(text) and any(text in label for label in labels)


def _names_each(f: Field, options: list[str]) -> bool:
    """Whether the options name each of f's options once."""
    choices = f.choice_options()
    keys = {normalize_label(label): key for key, labels in choices.items() for label in labels}
    said = [keys.get(_name(word), "") for word in options]  # "": a name of no option
    return sorted(said) == sorted(choices)
