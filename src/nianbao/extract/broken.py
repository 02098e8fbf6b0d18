"""Labels broken over more lines than the walk's joins look at: a narrow cell wraps a long
label over three lines, which text of one cell a line (pdftotext without -layout) writes
as three lines of their own (可全程在线办 | 理政务服 | 务事项数量（单位：项）)."""

from __future__ import annotations

import re

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.down_pieces import down_column, gap_around, interleaved_pieces
from nianbao.extract.kinds import fits
from nianbao.extract.label_down import label_down
from nianbao.extract.label_pieces import pieces_label
from nianbao.extract.labels import UNIT_ALT, LabelHit, normalize_label
from nianbao.extract.lone_pieces import pieces_around_value
from nianbao.extract.piece import Piece
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.shaped import has_shape, read_whole
from nianbao.extract.tokens import Token, units
from nianbao.forms.model import Field
from nianbao.rules import value_shapes


def three_lines(
    walk: Placement, token: Token, r: int, *, alone: bool = True, split: bool = False
) -> tuple[LabelHit, Token, Token] | None:
    """A field's label begun by `token` on line r and finished two lines down, the line
    between opening with a piece of it, alone there unless not `alone` (laid out, its unit
    and value may follow it: 回应公众关注热 | 点或重大舆情数   次   １１ | 量), or, when the
    walk reads it (`split`), with the value one space after it in its cell: (hit, the
    middle, the last part)."""
    rows = walk.rows
    if r + 2 >= len(rows) or not rows[r + 1] or not rows[r + 2]:
        return None
    between = rows[r + 1]
    # A field's label there is another's (laid out, another column's); a group's, its cell's.
    placed = token.cell.bbox is not None
    if len(between) > 1 and (alone or (not placed and any(map(_field_label, between)))):
        return _after_pair(walk, token, r) if split and not placed else None
    middle, last = rows[r + 1][0], rows[r + 2][0]
    if placed:
        # Laid out, the label's pieces stand in its column, a tall group cell's name
        # left of them (可全程在线办理 | 办事    政务服务事项数   项 598项 | 服务    量).
        middle = walk.aligned(token.cell, r) or middle
        last = walk.aligned(token.cell, r + 1) or last
    hit = pieces_label(walk, token, middle, last, ())
    if hit is None and placed and r + 3 < len(rows) and middle.piece.kind == "value":
        # Its value's line between its second and third pieces (信息公开目录信 | 息 | 427
        # 354 | 更新量（单位：); not past a unit's rest (注册用户数(单位: | 个) 1189 | …).
        later = walk.aligned(token.cell, r + 2)
        if later is not None:
            hit = pieces_label(walk, token, middle, later, ())
            last = later if hit is not None else last
    if hit is None and split and len(between) == 1:
        hit = _value_beside(walk, token, middle, last)
    return (hit, middle, last) if hit is not None else None


def longest_read(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token] | None:
    """A label in three pieces or more that `token` begins, as the walk takes it: a third
    piece may go on what two pieces already name (答复网民 | 提问数 | 量(单位: | 条) | 8, not
    the variant 答复网民提问数), its value perhaps between (答复网民提问 | 数 | 11 | 量…)."""
    three = three_lines(walk, token, r, alone=token.cell.bbox is None)
    return middle_read(three) or middle_read(other_pieces(walk, token, r))


def split_three(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token] | None:
    """`three_lines`, the value maybe one space after the middle piece, as taken."""
    return middle_read(three_lines(walk, token, r, alone=token.cell.bbox is None, split=True))


def middle_read(three: tuple[LabelHit, Token, Token] | None) -> tuple[LabelHit, Token] | None:
    """A label in three pieces as the walk takes it: (hit, last piece), the middle piece
    marked read (the walk marks the other two)."""
    if three is None:
        return None
    three[1].used = True
    return three[0], three[2]


def _field_label(token: Token) -> bool:
    hit = token.piece.hit
    return token.piece.kind == "label" and (hit is None or bool(hit.fields))


# A converter's stray space may cut the piece (点或重 大舆情数 0次).
_BESIDE_RE = re.compile(
    rf"(\S+(?: (?!(?:{UNIT_ALT}) )[\u4e00-\u9fff]+)?) (?:(?:{UNIT_ALT}) )?"
    r"([0-9０-９][0-9０-９,，.]*(?: [0-9０-９]{3})*(?:[\u4e00-\u9fff])?)"
)


def _value_beside(walk: Placement, token: Token, middle: Token, last: Token) -> LabelHit | None:
    """A label's middle piece with its value one space after it, its unit perhaps between
    (可全程在线 | 办理政务服 391 | 务事项数量; 可全程在线办理 | 政务服务事项数 项 74 | 量):
    the label, the value split off as a token of its own."""
    if middle.used or middle.piece.kind != "value":
        return None
    match = _BESIDE_RE.fullmatch(middle.piece.text)
    if match is None or last.used or last.piece.kind not in ("value", "label"):
        return None
    head = normalize_label(token.piece.text + match[1])
    if head not in walk.index.heads:
        return None
    hit = walk.index.lookup(normalize_label(token.piece.text + match[1] + last.piece.text))
    if hit is None or not hit.fields:
        return None
    _split_value(walk, middle, match)
    return hit


def _after_pair(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token, Token] | None:
    """One cell a line, two pairs a row: a label's middle piece and its value after the
    other column's pair (独立用户访问 | 公安机关备案号 浙公网安备…号 总 39394 | 量(单位: 个))."""
    between, rest = walk.rows[r + 1], walk.rows[r + 2]
    if len(between) < 3 or not _field_label(between[0]) or len(rest) > 2:
        return None
    hit = _value_beside(walk, token, between[-1], rest[0])
    return (hit, between[-2], rest[0]) if hit is not None else None


def past_middle(line: list[Token]) -> list[Token]:
    """One cell a line, a line's tokens after the label's middle piece on it, read
    (公安机关备案号 浙公网安备…号 总 | 39394: not the pair before it), or all of them when it
    holds none; laid out, columns tell (another label's piece may stand right of the value)."""
    if any(t.cell.bbox is not None for t in line):
        return line
    at = max(
        (k for k, t in enumerate(line) if t.used and t.piece.kind == "value" and t.field is None),
        default=-1,
    )
    return line[at + 1 :]


def _split_value(walk: Placement, piece: Token, match: re.Match[str]) -> None:
    """A label's piece and its value one space apart in one token: two tokens."""
    line = walk.rows[piece.row]
    piece.piece = Piece("value", match[1])
    line.insert(line.index(piece) + 1, Token(piece.row, piece.cell, Piece("value", match[2])))


def rest_with_value(
    walk: Placement, token: Token, r: int, fields: tuple[Field, ...] | None = None
) -> tuple[LabelHit, Token] | None:
    """A label's rest opening the next line, under it when laid out, its value one space
    after it in the same cell (政务动态信息 | 更新量(单位: 0 | 条)): (hit, the rest), the
    value split off as a token of its own."""
    if r + 1 >= len(walk.rows) or not walk.rows[r + 1]:
        return None
    rest = walk.rows[r + 1][0]
    if not rest.free or (token.cell.bbox is not None and walk.aligned(token.cell, r) is not rest):
        return None
    match = _BESIDE_RE.fullmatch(rest.piece.text)
    if match is None:
        return None
    hit = walk.index.lookup(normalize_label(token.piece.text + match[1]))
    if hit is None or not hit.fields or fields not in (None, hit.fields):
        return None
    _split_value(walk, rest, match)
    return hit, rest


def rest_around(walk: Placement, token: Token, label: LabelHit) -> Token | None:
    """Laid out, a label that reads whole as a variant of its field's, the rest of the
    field's own label two lines down, its unit and value on the line between (媒体评论文章
    | 回应  篇  34 | 数量): that rest (the piece between marked read)."""
    if token.cell.bbox is None:  # one cell a line: its rest with the value (… | 数量 篇 24)
        found = rest_with_value(walk, token, token.row, label.fields)
        return found[1] if found is not None else None
    around = walk.label_around(token, token.row)
    # Not a unit's rest: the label reads whole with its unit.
    if around is not None and around[0].fields == label.fields and around[1].piece.kind == "value":
        return around[1]
    # Or its rest in two pieces, the value beside the first (媒体评论文章 | 数  9 | 量).
    three = three_lines(walk, token, token.row, alone=False)
    if three is None or three[0].fields != label.fields:
        return None
    three[1].used = True
    return three[2]


def split_around(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token, Token] | None:
    """A field's label in three pieces alone on their lines, its value alone on the line
    between the second and the third (回应公众关注热 | 点 | ０ | 或重大舆情数量), laid out or
    not: (hit, the second piece, the third)."""
    rows = walk.rows
    if r + 3 >= len(rows):
        return None
    lines = [rows[r + 1], rows[r + 2], rows[r + 3]]
    if len(lines[0]) != 1 or len(lines[1]) != 1 or not lines[2]:
        return None
    middle, value, last = lines[0][0], lines[1][0], lines[2][0]
    hit = pieces_label(walk, token, middle, last, (value,))
    return (hit, middle, last) if hit is not None else None


def other_pieces(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token, Token] | None:
    """`split_around`; a field's label in four pieces alone on their lines, as text of one
    cell a line writes a long label a narrow cell wrapped (回应公众 | 关注热点 | 或重大 |
    舆情数量), the value maybe one space after the third (大 31): (hit, the second piece,
    the last), the third marked read; or laid out, a label's first line a gap parted, its
    value between it and its last piece."""
    found = (
        split_around(walk, token, r)
        or gap_around(walk, token, r)
        or interleaved_pieces(walk, token, r)
        or down_column(walk, token, r)
        or pieces_around_value(walk, token, r)
    )
    rows = walk.rows
    if found is not None or token.cell.bbox is not None or r + 3 >= len(rows):
        return found
    pieces = [rows[q][0] for q in (r + 1, r + 2, r + 3) if rows[q] and units(rows[q][1:])]
    if len(pieces) != 3 or any(not p.free or p.piece.ticks for p in pieces):
        return None
    beside = _BESIDE_RE.fullmatch(pieces[1].piece.text)
    for split in (None, beside) if beside else (None,):
        third = split[1] if split else pieces[1].piece.text
        head = token.piece.text + pieces[0].piece.text + third
        hit = walk.index.lookup(normalize_label(head + pieces[2].piece.text))
        if normalize_label(head) not in walk.index.heads or hit is None or not hit.fields:
            continue
        if split is not None:
            _split_value(walk, pieces[1], split)
        pieces[1].used = True
        return hit, pieces[0], pieces[2]
    return None


_CUT_REST = 4
"""Characters of a label's cut end that may stand after its known part (其他（注 | 明）)."""


def cut_after_label(
    walk: Placement, r: int, tokens: list[Token], k: int
) -> tuple[LabelHit, Token, Token] | None:
    """A label that reads as a shorter one up to a line's end cut it in a bracket: the label
    token at k, the few characters after it closing the line and the next line's first
    piece make a longer field label (其他（注 | 明） is 其他（注明）, not 其他): (hit, the
    characters after, the next line's piece); or `label_down`."""
    rows = walk.rows
    if k + 2 != len(tokens) or len(tokens[k + 1].piece.text) > _CUT_REST:
        return label_down(walk, r, tokens, k)
    label, after = tokens[k], tokens[k + 1]
    if not unclosed_bracket(after.piece.text):
        return None  # most lines: a label and its value
    if r + 1 >= len(rows) or r in rows.ending or not rows[r + 1]:
        return None
    last = rows[r + 1][0]
    if len(last.piece.text) > _CUT_REST or last.piece.kind != "value":
        return None
    hit = pieces_label(walk, label, after, last, ())
    return (hit, after, last) if hit is not None else None


def around_label_line(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token] | None:
    """One cell a line: a label's head and rest on the lines around the next label, whole
    and alone on its line (是否发 布服务事项目 | 注册用户数（个） | 录): (hit, the rest)."""
    rows = walk.rows
    if token.cell.bbox is not None or len(rows[r]) != 1 or r + 2 >= len(rows):
        return None
    middle = [t for t in rows[r + 1] if t.piece.kind != "unit"]
    if len(middle) != 1 or middle[0].piece.kind != "label" or not rows[r + 2]:
        return None
    hit = middle[0].piece.hit
    rest = rows[r + 2][0]
    if hit is None or not hit.fields or rest.piece.kind != "value" or len(rows[r + 2]) > 2:
        return None
    found = walk.label_with(token, [rest])
    if found is None or not found[0].fields:
        return None
    # Values follow in the table's order: the halves' label must come first in the form,
    # as its head does here (新开设数 | 维护数量 | 量: 376 is 维护数量's, the first); unless
    # both labels' units are cut, two labels wrapped abreast (可全程在线办理政 | 政务服务事项
    # 数量(单位: | 务服务事项数量 (单 | …).
    first = min(f.order for f in found[0].fields)
    abreast = unclosed_bracket(middle[0].piece.text) and rows[r + 2][-1].piece.kind == "unit"
    return found if first < min(f.order for f in hit.fields) or abreast else None


def named_between(walk: Placement, token: Token) -> bool:
    """Whether a token on the line between a label's pieces is a group's name centred in its
    tall cell, or another label's head alone on its line (可全程在线办理政务 | 政务服务事项数
    | 55项 服务事项数量(单位: 41项): no value of the label's."""
    hit = token.piece.hit
    return bool(hit and not hit.fields) or (token.piece.kind == "value" and walk.opens_row(token))


def rest_further(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token] | None:
    """`rest_with_value`, or `past_other_head`."""
    return rest_with_value(walk, token, r) or past_other_head(walk, token, r)


def past_other_head(walk: Placement, token: Token, r: int) -> tuple[LabelHit, Token] | None:
    """One cell a line: a label's head alone on its line, the next label's head alone on
    the next, this label's rest between the values on the line after (可全程在线办理政务 |
    政务服务事项数 | 55项 服务事项数量(单位: 41项 | 量(单位: 项)): (hit, the rest)."""
    rows = walk.rows
    if token.cell.bbox is not None or len(rows[r]) != 1 or r + 2 >= len(rows):
        return None
    other = rows[r + 1]
    if len(other) != 1 or not walk.opens_row(other[0]):
        return None  # the next label, whole or its head (政务服务事项数量 | 1998项 服务…)
    line = rows[r + 2]
    for rest in line[1:]:
        if rest.piece.kind in ("label", "value") and not rest.used and not rest.piece.ticks:
            found = walk.index.lookup(normalize_label(token.piece.text + rest.piece.text))
            if found is not None and found.fields:
                return found, rest
    return None


def inside(walk: Placement, head: Token, rest: Token) -> bool:
    """Whether the line between a label's head and its rest finishes the label with
    them, rather than holding its value (独立用户访问 | 总 | 量, not 独立用户访问量)."""
    middle = walk.rows[head.row + 1][0]
    if middle.piece.kind != "value" or rest.row != head.row + 2:
        return False
    text = head.piece.text + middle.piece.text + rest.piece.text
    hit = walk.index.lookup(normalize_label(text))
    return hit is not None and bool(hit.fields)


def after_last_piece(walk: Placement, f: Field, partner: Token) -> list[Token]:
    """The value after a label's last piece on its line, when it reads as the field's
    (专栏专题 | 维 护 | 数 量（个） 36), not as another label's head (数(单位:次) 全监测
    预警机制, labels abreast over their values)."""
    line = walk.rows[partner.row]
    found = walk.right_of(line, line.index(partner) + 1, f)
    if not found or not has_shape(f, found[0].piece.text, walk.index.form):
        return []
    if found[0].piece.ticks:
        return found  # options, though their names read 是否, every choice's label's head
    return [] if normalize_label(found[0].piece.text) in walk.index.heads else found


def wrapped_pair(
    walk: Placement, match: Match, label: Token, f: Field, after: list[Token], *, conf: float
) -> bool:
    """One cell a line, one blank between cells, two pairs a row (pdfplumber without its
    layout): a code wrapped around its label's line in the first pair's value cell, the
    second pair's label wrapped around that line's value (苏公网安备 独立用户访问总 |
    公安机关备案号 74842个 | 32070723338879号 量(单位: 个)). The value after the label is
    the second label's, the code's pieces around are the label's value, which no other
    label then holds: whether so (both read then)."""
    r = label.row
    if walk.doc.format != "text" or label.cell.bbox is not None or len(after) != 1:
        return False
    if f.key not in value_shapes(walk.index.form):
        return False
    line = walk.rows[r]
    if not 0 < r < len(walk.rows) - 1 or line[0] is not label or line[-1] is not after[0]:
        return False
    above, below = walk.rows[r - 1], walk.rows[r + 1]
    heads = " ".join(t.piece.text for t in above).split(" ", 1)
    rests = " ".join(t.piece.text for t in below).split(" ", 1)
    if len(heads) != 2 or len(rests) != 2:
        return False
    code = heads[0] + rests[0]
    if not has_shape(f, code, walk.index.form):
        return False
    hit = walk.index.lookup(normalize_label(heads[1] + rests[1])) or walk.index.lookup(
        normalize_label(heads[1])
    )
    if hit is None or len(hit.fields) != 1 or hit.fields[0] is f:
        return False
    other, value = hit.fields[0], after[0]
    if not fits(other, value) or not readable(other, value.piece.text):
        return False
    for t in (*above, *below):
        if t.used and t.piece.kind == "value":
            match.drop(read_whole(t))  # the code's head, read as another label's value
        t.used = True
    value.used = True
    match.add(Candidate.at(walk.doc, other, value.piece.text, (value.row, value.cell), conf))
    match.add(Candidate.at(walk.doc, f, code, (r - 1, above[0].cell), conf * 0.9))
    match.seen.update((f.key, other.key))
    return True
