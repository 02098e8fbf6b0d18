"""A free text that a converter's reading order set apart from its label.

pdftotext without -layout writes a tall row's cells as blocks in the order it guesses: the
text of 其他 (移动客户端…，下载量 41 万次；…) may come after the next section's heading and
the rests of options cut before it (其他 | 创新发展 | ☐否 | 移动客户端… | ☑搜索即服务 …), or
before its label (…粉丝 79730 人 | 其他 | 创新发展). When the walk read the label of a free
text (not a name: a text whose clauses ，；、。 part) and found no value for it, exactly one
paragraph of prose that nothing took stands within reach of the label, and no other free
text without a value has its label within reach of that paragraph, the paragraph is the
field's; not when a text read already starts within two lines of it and its last line
does not show its end (a narrower line): it may be a piece of that text.
"""

from __future__ import annotations

from nianbao.extract.labels import normalize_label
from nianbao.extract.leftover import blank_choices, label_rows, put_note
from nianbao.extract.notes import note_fields
from nianbao.extract.placement import Placement
from nianbao.extract.prose import (
    GOES_ON,
    PROSE_RE,
    full_lines,
    label_in_prose,
    line_texts,
    width,
)
from nianbao.extract.ranking import FOOTNOTE_RE, Match
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field

_REACH = 6
"""Lines between a label and its text's first (or last) line at most: a section's heading,
the options' rests and a label cut in two lines (其他（注 | 明）) stand between."""
_LINE = 8
"""Characters a paragraph's line needs: a shorter one is a name, a date or a cut word."""
_SHORT = 4
"""Display columns by which a paragraph's last line falls short of a full one to end it."""
_FULL = 30
"""Display columns of a line a cell's width wrapped (15 Chinese characters)."""


def take_far_texts(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    # A note of an option not ticked is blank: no field that may hold the text.
    notes = {n.key for c in form.fields for n in note_fields(form, c)}
    notes -= {n.key for _, _, blank in blank_choices(walk, match) for n in blank}
    texts = [f for f in form.fields if _free_text(f) and f.key in match.seen]
    unread = [f for f in texts if not match.read(f) and f.key not in notes]
    if not unread:
        return
    rows = label_rows(walk, walked, {f.key for f in texts})
    paragraphs = _paragraphs(walk, walked)
    for f in unread:
        if f.key not in rows:
            continue
        near = [p for p in paragraphs if _within(rows[f.key], p)]
        if len(near) != 1:
            continue
        rivals = [g for g in unread if g is not f and g.key in rows]
        if any(_within(rows[g.key], near[0]) for g in rivals):
            continue
        if _beside_text(walk, match, texts, near[0]) and not _ends(near[0]):
            continue  # maybe a piece of that text (提供…语音读屏 | ☑其 | 和简洁版页面)
        put_note(walk, match, f, near[0], 0.5)


def _free_text(f: Field) -> bool:
    return f.type == "str" and not f.identifier


def _within(row: int, paragraph: list[Token]) -> bool:
    return paragraph[0].row - _REACH <= row + 1 and row - 1 <= paragraph[-1].row + _REACH


def _paragraphs(walk: Placement, walked: int) -> list[list[Token]]:
    """The paragraphs of prose nothing took in the first `walked` rows: lines of one text
    each (or a label's word and the text after it, `label_in_prose`), every line but the
    last going on (a full line, or one ending mid-sentence)."""
    out: list[list[Token]] = []
    lines: list[Token] = []
    for r in range(walked + 1):
        line = walk.rows[r] if r < walked else []
        if lines and _goes_on(lines):
            if len(line) == 1 and _words(walk, line[0], 1):
                lines.append(line[0])
                continue
            if line and label_in_prose(lines[-1].piece.text, line):
                lines += line
                continue
        if lines and _prose(lines):
            out.append(lines)
        lines = [line[0]] if len(line) == 1 and _words(walk, line[0], _LINE) else []
    return out


def _words(walk: Placement, token: Token, least: int) -> bool:
    text = token.piece.text
    return (
        token.free
        and token.piece.kind == "value"
        and not token.piece.ticks
        and len(text) >= least
        and CJK_RE.search(text) is not None
        and FOOTNOTE_RE.match(text) is None
        and normalize_label(text) not in walk.index.heads
    )


def _goes_on(lines: list[Token]) -> bool:
    """Whether the next line may go on the paragraph: the last ends mid-sentence or fills
    a line (the paragraph's lines as wide are checked at its end)."""
    text = lines[-1].piece.text
    return text.endswith(GOES_ON) or width(text) >= _FULL


def _prose(lines: list[Token]) -> bool:
    texts = line_texts(lines)
    return PROSE_RE.search("".join(texts)) is not None and full_lines(texts)


def _beside_text(walk: Placement, match: Match, texts: list[Field], lines: list[Token]) -> bool:
    """Whether a free text read already starts within two lines of `lines`."""
    for g in texts:
        for c in match.candidates.get(g.key, ()):
            if lines[0].row - 2 <= c.row <= lines[-1].row + 2:
                return True
    return False


def _ends(lines: list[Token]) -> bool:
    """Whether the paragraph's last line shows its end: narrower than a full line."""
    widths = [width(text) for text in line_texts(lines)]
    return len(widths) > 1 and widths[-1] < max(widths[:-1]) - _SHORT
