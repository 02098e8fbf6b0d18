"""Values a converter's reading order moved away from their labels, taken by their kind.

pdftotext without -layout writes a page's blocks of text in the order it guesses: the
block of signature lines may come between a choice's label and its line of options
(创新发展 | 单位负责人：宋娟 | ☐搜索即服务 ☑无障碍浏览 …), a date before its 填报日期, a
registration number rows below its label (公安机关备案号 | 独立用户访问总量 | … | 办件量 |
川公网安备51111275874663号).
When the walk read a field's label and found no value for it (or none it can read away
from the label's line: the next page's 附件2 below 填报日期, a cut option list's
unticked part; an answer beside the label stands, readable or not), and
exactly one value near the label that nothing took is of a kind this field alone can
hold, the value is the field's: a line of options all of which are this field's options
and not all of any other field's (a yes/no is everybody's), a date when no other date
field lacks one, or a text of the shape the form's rules ask of this field and of no
other (`value_shapes`: 川ICP备66777122号-2, 川公网安备51111275874663号, https://…), written
with more than digits, which any count may be.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from nianbao.extract.kinds import CHOICE_TYPES, DIGIT_RE
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import completed_option, option_labels, option_names
from nianbao.extract.note_rests import note_rests
from nianbao.extract.notes import blank_notes, option_notes, without_notes
from nianbao.extract.option_wraps import options_continued
from nianbao.extract.placement import Placement
from nianbao.extract.prose import joined, paragraph_text
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.shaped import has_shape, only_shape, release, taken_wrongly
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field, Form
from nianbao.rules import value_shapes

_NEAR = 12
"""Rows before and after a label searched for a date; lines of unknown text a list's
options may stand past (`_unread_before`)."""
_OPTION_TYPES = CHOICE_TYPES - {"bool"}
"""Choices whose options may be one field's alone (a yes/no is every yes/no field's)."""
_KINDS = _OPTION_TYPES | {"date"}
_FAR = 80
"""Rows before and after a label searched for a value of its field's own shape: reading
order may put the whole next row of cells between them."""


def take_leftovers(walk: Placement, match: Match, walked: int) -> None:
    """Candidates for fields whose label the walk read without a value (text only: other
    formats keep each value where the document puts it)."""
    if walk.doc.format != "text":
        return
    _days_apart(walk, match, walked)
    form = walk.index.form
    shapes = value_shapes(form)
    # Fields read without a value (most reports: none), then of those the ones with no
    # text beside their label (the writer's answer there stands, readable or not).
    pending = [
        f
        for f in form.fields
        if (f.type in _KINDS or f.key in shapes)
        and f.key in match.seen
        and not _shaped(match, f, form)
    ]
    if not pending:
        return
    labels = label_rows(walk, walked, {f.key for f in pending})
    missing = [
        f
        for f in pending
        if f.key in labels and all(c.row != labels[f.key] for c in match.candidates.get(f.key, ()))
    ]
    dates = sum(1 for f in missing if f.type == "date")
    digits: list[Field] = []
    for f in missing:
        row = labels[f.key]
        if f.type == "date" and dates > 1:
            continue
        near = _NEAR if f.type in _KINDS else _FAR
        found = _found(walk, match, f, range(max(0, row - near), min(walked, row + near + 1)))
        if not found and f.type in _OPTION_TYPES:
            # Farther, past other rows' labels and values but not past unknown text.
            unread = _unread_before(walk, walked)
            far = [
                r
                for r in range(max(0, row - _FAR), min(walked, row + _FAR + 1))
                if abs(r - row) > near and unread[max(row, r)] - unread[min(row, r) + 1] <= _NEAR
            ]
            found = _found(walk, match, f, far)
        if not found and f.key in shapes:
            digits.append(f)
        if len(found) == 1:
            _take(walk, match, f, *found[0])
    # Digits alone after the others of a shape took theirs (a code's digits may be any).
    for f in digits:
        found = _digits_of_shape(walk, match, f, labels[f.key], walked)
        if len(found) == 1:
            _take(walk, match, f, *found[0])


def _found(
    walk: Placement, match: Match, f: Field, rows: Iterable[int]
) -> list[tuple[list[Token], str]]:
    """The values on lines `rows` that f alone can hold, each with its reading."""
    found = []
    read: set[int] = set()  # lines an option list cut inside a name went on over
    for r in rows:
        for line in _values(walk, match, walk.rows[r], f):
            if r in read:
                continue
            tokens = _continued(walk, f, line) if f.type in CHOICE_TYPES else line
            read.update(t.row for t in tokens if t.row != r)
            text = _reading(f, tokens, walk.index.form)
            if text is not None:
                found.append((tokens, text))
    return found


def _unread_before(walk: Placement, walked: int) -> list[int]:
    """For each line, how many lines before it hold text the walk read as no label nor
    value: a list's options reach past other rows' labels and values (reading order sets
    a tall cell's label before the next rows), not past unknown text."""
    counts = [0]
    for r in range(walked):
        line = walk.rows[r]
        unknown = bool(line) and all(t.piece.hit is None and not t.used for t in line)
        counts.append(counts[-1] + unknown)
    return counts


def _shaped(match: Match, f: Field, form: Form) -> bool:
    """Whether a value of f's shape was read for f (any value, for a field of no shape)."""
    return any(has_shape(f, c.raw, form) for c in match.candidates.get(f.key, ()))


def _take(walk: Placement, match: Match, f: Field, tokens: list[Token], text: str) -> None:
    form = walk.index.form
    for token in tokens:
        release(match, token, form)
        token.used = True
    token = tokens[0]
    # A text without the field's shape, read beside or below its label, loses; but for a
    # code's head without a digit, which it begins (藏公网安备 | … | 54000006910308号).
    found = match.candidates.get(f.key, ())
    kept = [c for c in found if has_shape(f, c.raw, form)]
    head = next((c.raw for c in found if _heads(f, c.raw, text, form)), "")
    text = head + text
    place = (token.row, token.cell)
    match.candidates[f.key] = [*kept, Candidate.at(walk.doc, f, text, place, 0.6, explicit=False)]
    if f.type in CHOICE_TYPES:
        _take_notes_of(walk, match, f, tokens, text)


def _heads(f: Field, head: str, text: str, form: Form) -> bool:
    """Whether a reading without a digit heads `text` into a value of f's shape."""
    if f.key not in value_shapes(form) or DIGIT_RE.search(head) or has_shape(f, head, form):
        return False
    return has_shape(f, head + text, form)


def _digits_of_shape(
    walk: Placement, match: Match, f: Field, row: int, walked: int
) -> list[tuple[list[Token], str]]:
    """Digits alone near the label that have f's shape (3705229381, a site code), when
    every other field of a shape they could have holds a value of its shape already: a
    count may be digits too, so only within _NEAR rows."""
    form = walk.index.form
    shapes = value_shapes(form)
    others = [
        form.by_key[key]
        for key in shapes
        if key != f.key and not _shaped(match, form.by_key[key], form)
    ]
    found = []
    for r in range(max(0, row - _NEAR), min(walked, row + _NEAR + 1)):
        for t in walk.rows[r]:
            text = t.piece.text.strip()
            if t.used or t.cell.copy or t.piece.kind != "value" or not text.isdigit():
                continue
            if has_shape(f, text, form) and not any(has_shape(g, text, form) for g in others):
                found.append(([t], text))
    return found


def _take_notes_of(walk: Placement, match: Match, f: Field, tokens: list[Token], text: str) -> None:
    """The notes written after the ticked options of a line taken for `f` (☑其他：……),
    with a note's rest its line's end cut, for note fields that hold nothing yet."""
    notes = option_notes(f, text, walk.index.form)
    if not notes:
        return
    rests = note_rests(walk, f, text, tokens[0], tokens[-1], label_read=True)
    place = (tokens[0].row, tokens[0].cell)
    for i, (note_field, note) in enumerate(notes):
        if match.candidates.get(note_field.key):
            continue
        text = note
        if i == len(notes) - 1:  # only the last note can run on past its line
            for rest in rests:
                text = joined(text, rest.piece.text)
                rest.used = True
        match.candidates[note_field.key] = [
            Candidate.at(walk.doc, note_field, text, place, 0.55, explicit=False)
        ]


_CUT_LINES = 3
"""Lines an option list cut inside its names may go on over."""


def _continued(walk: Placement, f: Field, tokens: list[Token]) -> list[Token]:
    """A line of options and the lines it goes on over, cut inside a name each time
    (☐搜索即服务 ☑ | 多语言版本 ☐无障碍浏 | 览 ☑千人千网 ☐其他)."""
    for _ in range(_CUT_LINES):
        rests = options_continued(walk, f, tokens[-1])
        if not rests:
            break
        tokens = [*tokens, *rests]
    return tokens


_NOTE_LINES = 4
"""Lines a note may take below its list of options."""
_LAST_NAME_RE = re.compile(r"[☑☐]\s*([^☑☐\s]*)\s*$")


def take_notes(walk: Placement, match: Match, walked: int) -> None:
    """After every other reading (text only): a list of options whose last ticked option
    (☑其他) has its note not beside it but on the lines right after the list (pdftotext:
    ☑千人千网 ☑其他 | 提供政策智能匹配与免申即享服务): the note, when its field has none."""
    if walk.doc.format != "text":
        return
    for f, found, notes in blank_choices(walk, match):
        r = found.row
        while r + 1 < walked and any(t.used and t.piece.ticks for t in walk.rows[r + 1]):
            r += 1  # the list's last line
        after = walk.rows[r + 1] if r + 1 < walked else []
        if _name_end(f, found.raw, after):
            r += 1  # the last name's cut end (☑其 | 他), which the list took
        # The cut end before the note on its line (☑其 | 他：某专区): the note after it.
        cut = _name_end_cut(f, found.raw, after)
        lines: list[Token] = []
        while notes and r + 1 < walked and len(lines) < _NOTE_LINES:
            line = walk.rows[r + 1]
            if len(line) != 1 or not _note_line(walk, line[0]):
                break
            lines.append(line[0])
            r += 1
        if notes and lines and r not in walk.rows.ending:
            put_note(walk, match, notes[0], lines, 0.6, cut=cut)


def blank_choices(walk: Placement, match: Match) -> Iterator[tuple[Field, Candidate, list[Field]]]:
    """Each choice read once, with the note fields of its ticked options written without a
    note (☑其他) that hold nothing yet."""
    form = walk.index.form
    for f in form.fields:
        found = match.candidates.get(f.key, [])
        if f.type not in CHOICE_TYPES or len(found) != 1:
            continue
        notes = [n for n in blank_notes(f, found[0].raw, form) if n.key not in match.candidates]
        yield f, found[0], notes


def put_note(
    walk: Placement,
    match: Match,
    note: Field,
    lines: list[Token],
    confidence: float,
    *,
    cut: int = 0,
) -> None:
    """The lines of a note, joined, as its field's one candidate; they are taken (the
    first line from `cut` on)."""
    text = paragraph_text([lines[0].piece.text[cut:], *(t.piece.text for t in lines[1:])])
    for token in lines:
        token.used = True
    place = (lines[0].row, lines[0].cell)
    match.candidates[note.key] = [
        Candidate.at(walk.doc, note, text, place, confidence, explicit=False)
    ]


def _name_end(f: Field, raw: str, line: list[Token]) -> bool:
    """Whether `line` holds only the cut end of the last option's name in `raw`, whether
    the list was read with it (☑其他 | 他) or not (☑其 | 他)."""
    last = _LAST_NAME_RE.search(raw)
    if last is None or len(line) != 1:
        return False
    name, end = normalize_label(last[1]), normalize_label(line[0].piece.text)
    labels = option_labels(f)
    return bool(end) and (name + end in labels or (name in labels and name.endswith(end)))


def _name_end_cut(f: Field, raw: str, line: list[Token]) -> int:
    """Where the note starts on `line` when it opens with the cut end of the last option's
    name in `raw` and a colon (☑其 | 他：某专区), else 0."""
    last = _LAST_NAME_RE.search(raw)
    head = _END_COLON_RE.match(line[0].piece.text) if last and len(line) == 1 else None
    if last is None or head is None or not head[1]:
        return 0
    name, end = normalize_label(last[1]), normalize_label(head[1])
    labels = option_labels(f)
    return head.end() if name + end in labels or (name in labels and name.endswith(end)) else 0


_END_COLON_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,3})\s*[:：]\s*")


def _note_line(walk: Placement, token: Token) -> bool:
    """Whether a line's one token may be a note's: free text, no box, no label's head."""
    text = token.piece.text
    if not token.free:
        return False
    return CJK_RE.search(text) is not None and normalize_label(text) not in walk.index.heads


CUT_DATE_RE = re.compile(r"\d{4}(?:\s*年(?:\s*\d{1,2}(?:\s*月(?:\s*\d{1,2})?)?)?)?")
"""A date cut after its year, its month's digits, its month or its day's digits (2022,
2022年1, 2023年1月, 2024年1月6)."""
_DAY_RE = re.compile(r"(?:年\s*)?(?:\d{0,2}\s*月\s*)?\d{0,2}\s*日")
"""The rest of a cut date: 29日, 月16日, 1月16日, 年1月25日, 日."""


def _days_apart(walk: Placement, match: Match, walked: int) -> None:
    """A date its line's end cut before the day (填报日期：2023年1月) or in its month
    (2022年1 | 月16日), the rest alone on a line near it that nothing took, where reading
    order set it (单位负责人：潘超 | 29日): the date whole, when that rest is the only one
    there that makes it a date."""
    for f in walk.index.form.fields:
        found = match.candidates.get(f.key, [])
        if f.type != "date" or len(found) != 1 or not CUT_DATE_RE.fullmatch(found[0].raw.strip()):
            continue
        cut = found[0]
        days = [
            t
            for r in range(max(0, cut.row - _NEAR), min(walked, cut.row + _NEAR + 1))
            for t in walk.rows[r]
            if len(walk.rows[r]) == 1
            and not t.used
            and _DAY_RE.fullmatch(t.piece.text.strip())
            and readable(f, cut.raw.strip() + t.piece.text.strip())
        ]
        if len(days) == 1:
            days[0].used = True
            found[0] = dataclasses.replace(cut, raw=cut.raw.strip() + days[0].piece.text.strip())


def take_moved(walk: Placement, match: Match, f: Field, token: Token) -> None:
    """f's value is `token`, which reading order set away from f's label: its only reading,
    inferred."""
    token.used = True
    place = (token.row, token.cell)
    match.candidates[f.key] = [
        Candidate.at(walk.doc, f, token.piece.text, place, 0.55, explicit=False)
    ]


def label_rows(walk: Placement, walked: int, keys: set[str]) -> dict[str, int]:
    """The row of each field's label (first reading) among `keys`."""
    rows: dict[str, int] = {}
    for r in range(walked):
        for t in walk.rows[r]:
            if t.field is not None and t.field.key in keys:
                rows.setdefault(t.field.key, r)
    return rows


def _values(walk: Placement, match: Match, line: list[Token], f: Field) -> list[list[Token]]:
    """A line's values nothing took, each on its own; for a choice, its options together
    when text laid out in columns set them apart (☑搜索即服务  ☐多语言版本 …). For a field
    of a shape, also a value another field took that cannot be that field's (a registration
    number read below 媒体评论文章数量)."""
    form = walk.index.form
    shaped = f.type not in _KINDS
    free = [
        t
        for t in line
        if not t.cell.copy
        and t.piece.kind == "value"
        and (not t.used or (shaped and taken_wrongly(match, t, form)))
    ]
    ticked = [t for t in free if t.piece.ticks]
    if f.type in CHOICE_TYPES and len(ticked) > 1:
        return [ticked]
    return [[t] for t in free]


def _reading(f: Field, tokens: list[Token], form: Form) -> str | None:
    """The tokens' text as `f`'s value when it is of a kind `f` alone can hold."""
    text = " ".join(t.piece.text for t in tokens)
    ticks = any(t.piece.ticks for t in tokens)
    if f.type == "date":
        dated = not ticks and DIGIT_RE.search(text) is not None
        return text if dated and readable(f, text) else None
    if f.type not in _KINDS:
        return text if not ticks and only_shape(f, text, form) else None
    if not ticks:
        return None
    text = completed_option(f, text)
    # A note after a ticked option (☑其他：……) names no option.
    bare = without_notes(f, text, form)
    names = option_names(bare)
    if not names or not names <= option_labels(f) or not readable(f, text):
        return None
    if any(
        g is not f and g.type in CHOICE_TYPES and names <= option_labels(g) for g in form.fields
    ):
        return None
    return text
