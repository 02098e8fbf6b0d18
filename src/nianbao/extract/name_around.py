"""A name of two lines centred on the line of the counts beside it, under their labels
abreast, in text of one line a row's height (pdfplumber without layout).

名称 信息发布量（单位：条） 关注量（单位：个） | 泽州县应急管理局 | 1 295 24 169 | 发布: the
name's cell wraps over two lines, the counts' cells hold one, centred between them. The
walk reads the name's first line as the name and the counts as one value. When a line of
labels abreast names a text field and the counts after it in the form, and the next three
lines are the name's first line, the counts (one way of joining their thousands giving as
many as the labels) and the name's last line, these are the fields' values.
"""

from __future__ import annotations

from nianbao.extract.cells import abreast_fields, take_words
from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.placement import Placement
from nianbao.extract.prose import joined
from nianbao.extract.ranking import Match, readable
from nianbao.extract.thousands import regrouped_counts
from nianbao.extract.tokens import CJK_RE, Token

_TAIL = 6
"""Characters a name's last line may have: a wrapped name's end (发布, 办公室)."""


def take_name_around(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 3):
        fields = abreast_fields(rows[r])
        if fields is None or len(fields) < 2:
            continue
        name, counts = fields[0], fields[1:]
        if name.type != "str" or any(f.type not in COUNT_TYPES for f in counts):
            continue
        head, middle, tail = (_alone(rows[q]) for q in (r + 1, r + 2, r + 3))
        if head is None or middle is None or tail is None:
            continue
        if not (_words(head) and _words(tail) and len(tail.piece.text) <= _TAIL):
            continue
        items = regrouped_counts(middle.piece.text.split(), counts, walk.index.form)
        if items is None or len(items) != len(counts):
            continue
        texts = ["".join(item.split()) for item in items]
        if not all(readable(f, t) for f, t in zip(counts, texts, strict=True)):
            continue
        lines = [rows[r + 1], rows[r + 2], rows[r + 3]]
        value = joined(head.piece.text, tail.piece.text)
        take_words(walk, match, fields, lines, [[value], *([t] for t in texts)])


def _alone(line: list[Token]) -> Token | None:
    if len(line) != 1 or line[0].piece.kind != "value" or line[0].cell.copy:
        return None
    return line[0]


def _words(token: Token) -> bool:
    """Whether a line is words of a name: Chinese, no digits, no boxes."""
    text = token.piece.text
    return (
        not token.piece.ticks
        and CJK_RE.search(text) is not None
        and not any(ch.isdigit() for ch in text)
    )
