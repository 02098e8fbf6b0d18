"""Names cut by their cells' line ends whose halves reading order set apart, among other
cells' text (pdftotext without -layout, long names in narrow cells: 网站名称 | 主办单位 |
某局（挂某 | 首页网址 | 市大数据局牌子） | 某办公室（挂某 | 网站类型 | 市大数据局牌子）).

Each head that leaves a bracket open goes with the first later lone text that closes a
bracket it never opened, heads and rests paired in turn (first head, first rest); a line
of other text between a head and its rest may be the name's middle, and leaves them. The
joined names, in reading order, are the values of the names whose labels were read there,
in the form's order, when exactly as many of those have nothing or a half.
"""

from __future__ import annotations

from collections import deque

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.leftover import label_rows
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.runs import only
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.forms.model import Field
from nianbao.rules import value_shapes

_REACH = 12
"""Lines past the last name's label its halves may stand on."""


def join_name_halves(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    shapes = value_shapes(form)
    names = [
        f
        for f in form.fields
        if f.type == "str" and not f.identifier and f.key not in shapes and f.key in match.seen
    ]
    broken = [f for f in names if _half_or_none(match, f)]
    if not broken:
        return
    rows = label_rows(walk, walked, {f.key for f in broken})
    for section in dict.fromkeys(f.group_ids[:1] for f in broken):
        fields = [f for f in broken if f.group_ids[:1] == section and f.key in rows]
        if fields:
            _join(walk, match, fields, rows, walked)


def _half_or_none(match: Match, f: Field) -> bool:
    found = match.candidates.get(f.key)
    return not found or _half(found[0].raw)


def _half(text: str) -> bool:
    return unclosed_bracket(text) or _closes_unopened(text)


def _closes_unopened(text: str) -> bool:
    if ")" not in text and "）" not in text:  # most texts
        return False
    depth = 0
    for char in text:
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth -= 1
            if depth < 0:
                return True
    return False


def _in_whole(match: Match, token: Token) -> bool:
    """Whether a value read on token's line holds its text and is no half."""
    text = token.piece.text
    return any(
        c.row == token.row and text in c.raw and not _half(c.raw)
        for found in match.candidates.values()
        for c in found
    )


def _join(
    walk: Placement, match: Match, fields: list[Field], rows: dict[str, int], walked: int
) -> None:
    start = min(rows[f.key] for f in fields)
    stop = min(walked, max(rows[f.key] for f in fields) + _REACH)
    heads: deque[Token] = deque()
    joined: list[tuple[Token, Token]] = []
    for r in range(start, stop):
        token = only(walk, r)
        if token is None or token.piece.kind != "value" or not CJK_RE.match(token.piece.text):
            continue
        text = token.piece.text
        opens, closes = unclosed_bracket(text), _closes_unopened(text)
        if not (opens or closes or heads):
            continue  # most lines
        if _in_whole(match, token):
            continue  # the walk joined it with its other half already
        if opens and not closes:
            heads.append(token)
        elif closes and not opens:
            if not heads:
                return  # a rest before any head: not halves of these names
            joined.append((heads.popleft(), token))
        elif heads and token.free:
            return  # a name's middle line, maybe (某局（挂西 | … | 丰县大数据局牌 | … | 子）)
    if heads or len(joined) != len(fields):
        return
    halves = {(t.row, t.piece.text) for pair in joined for t in pair}
    # A half is no value of its own: another field's label may have taken it (首页网址 |
    # 市大数据局牌子）).
    match.drop(lambda c: (c.row, c.raw) in halves)
    for f, (head, rest) in zip(fields, joined, strict=True):
        head.used = rest.used = True
        name = head.piece.text + rest.piece.text
        place = (head.row, head.cell)
        match.candidates[f.key] = [Candidate.at(walk.doc, f, name, place, 0.55, explicit=False)]
