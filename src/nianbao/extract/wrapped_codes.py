"""Registration numbers a narrow cell wrapped in a line of values (pdfplumber, pypdfium2:
a table row's values on one line): its tail on the next line (…14072570867817 | 号
４１２５８７), or its head above the line and its rest below (豫公网安备 | 4115272967
豫ICP备72919249号-1 117 723 | 41152705200420号)."""

from __future__ import annotations

import re

from nianbao.extract.kinds import counted
from nianbao.extract.placement import Placement
from nianbao.extract.shaped import only_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_CODE_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:-\d{1,2})?")
"""A registration number's tail a narrow cell cuts off: 号, 号-1."""


def tail_line(
    walk: Placement, r: int, walked: int, items: list[str], wanted: int
) -> tuple[list[str], list[Token]] | None:
    """The items of line r and the next, when the next opens with the cut tail of line r's
    last item, a code (14072570867817 | 号), up to `wanted`: those lines' tokens too."""
    if r + 1 >= walked or not items or not items[-1][-1:].isdigit():
        return None
    following = walk.rows[r + 1]
    if not following or any(t.piece.kind != "value" or t.cell.copy for t in following):
        return None
    words = " ".join(t.piece.text for t in following).split()
    if not _CODE_TAIL_RE.fullmatch(words[0]):
        return None
    items = [*items[:-1], items[-1] + words[0], *words[1:]]
    tokens = list(following)
    # The line's last values may go on over lines of their own (号 | ３９７１０９).
    q = r + 2
    while len(items) < wanted and q < walked and len(walk.rows[q]) == 1:
        token = walk.rows[q][0]
        if token.piece.kind != "value" or token.cell.copy or not counted(token.piece.text):
            break
        items += token.piece.text.split()
        tokens.append(token)
        q += 1
    return items, tokens


def values_on(
    walk: Placement, r: int, walked: int, items: list[str], wanted: int
) -> tuple[list[str], list[Token]] | None:
    """The items of line r and of the lines after it that hold one value each, up to
    `wanted`, a code's tail alone on the line after its head (2109049762 辽ICP备66211596号
    | 21090441536736 | 号 | 138 113): those lines' tokens too."""
    items, q = list(items), r + 1
    tokens: list[Token] = []
    while len(items) < wanted and q < walked and len(walk.rows[q]) == 1:
        token = walk.rows[q][0]
        text = token.piece.text
        if token.piece.kind != "value" or token.cell.copy or token.used:
            break
        if _CODE_TAIL_RE.fullmatch(text) and tokens and items[-1][-1:].isdigit():
            items[-1] += text
        elif not tokens and _code_rest(walk, items[-1], text):
            items[-1] += text  # a code cut before its digits (赣公网安备 | 36011211687841号)
        elif (rest := _rest_below(walk, q, walked, text)) is not None:
            items.append(text + rest.piece.text)  # a code's head alone, then its digits
            tokens.append(rest)
            q += 1
        elif counted(text) and not token.piece.ticks:
            items += text.split()
        else:
            break
        tokens.append(token)
        q += 1
    return (items, tokens) if tokens else None


def _code_rest(walk: Placement, head: str, text: str) -> bool:
    """Whether `text` is the rest of the code `head` begins, cut before its digits: joined,
    they have one field's shape."""
    if not text[:1].isdigit() or any(c.isdigit() for c in head):
        return False
    return any(only_shape(f, head + text, walk.index.form) for f in walk.index.form.fields)


def _rest_below(walk: Placement, q: int, walked: int, head: str) -> Token | None:
    """The line after line q, alone on it, when it holds the digits of the code `head`
    begins (皖公网安备 | 34042193682890号)."""
    if q + 1 >= walked or len(walk.rows[q + 1]) != 1:
        return None
    rest = walk.rows[q + 1][0]
    if rest.piece.kind != "value" or rest.cell.copy or rest.used:
        return None
    return rest if _code_rest(walk, head, rest.piece.text) else None


def code_around(
    walk: Placement, r: int, fields: list[Field]
) -> tuple[Field, str, list[Token]] | None:
    """A code of one of `fields` whose head stands alone on the line above line r of values
    and whose rest alone on the line below: (its field, its text, its two tokens)."""
    if r == 0 or r + 1 >= len(walk.rows):
        return None
    above, below = walk.rows[r - 1], walk.rows[r + 1]
    if len(above) != 1 or len(below) != 1:
        return None
    head, rest = above[0], below[0]
    if any(t.piece.kind != "value" or t.cell.copy or t.piece.ticks for t in (head, rest)):
        return None
    text = head.piece.text + rest.piece.text
    form = walk.index.form
    shaped = [f for f in fields if only_shape(f, text, form)]
    return (shaped[0], text, [head, rest]) if len(shaped) == 1 else None


def put_back(
    around: tuple[Field, str, list[Token]], fields: list[Field], items: list[str]
) -> tuple[list[Field], list[str]]:
    """The fields and items with the wrapped code back in its field's place (form order)."""
    f, text = around[0], around[1]
    at = sum(1 for other in fields if other.order < f.order)
    return [*fields[:at], f, *fields[at:]], [*items[:at], text, *items[at:]]
