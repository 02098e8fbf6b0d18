"""Text laid out with spaces: a label's value down its column, past the lines that hold
nothing there (labels abreast, wrapped over two or three lines, over their values)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nianbao.extract import columns
from nianbao.extract.cell_places import between_starts
from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.label_heads import heads_next
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE
from nianbao.extract.piece import TICKS
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import NUMERIC_RE, Token
from nianbao.forms.model import Field

if TYPE_CHECKING:  # the walk's placement reads values through this module
    from nianbao.extract.placement import Placement

_COLUMN_ROWS = 5
"""Lines `in_column` looks down: a label wrapped over three, its unit's rest, the value."""


def in_column(walk: Placement, row: int, label: Cell, f: Field) -> list[Token] | None:
    """Text laid out with spaces: the first value standing under `label`, over lines that
    hold nothing in its column (labels abreast, wrapped over two or three lines, over
    their values); None when a label, a piece of one or nothing comes first there, or
    the value is the next label's (before it in its row): `below` then reads on."""
    for r in range(row + 1, min(row + 1 + _COLUMN_ROWS, len(walk.rows))):
        tokens = walk.rows[r]
        mine = [t for t in tokens if t.piece.kind != "unit" and walk.under(label, row, t)]
        if not mine:
            if r == row + 1 and _options_aside(walk, row, label, f, tokens):
                return tokens  # a lone label's options, its converter set them aside
            placed = between_starts(walk.rows, row, label, r)
            if placed is not None and not placed.used:
                return [placed]  # labels abreast over their values, set off their columns
            if r > row + 2 and tokens and walk.opens_row(tokens[0]):
                return None  # the table's next row: a label's head opens the line
            if _pair_before(walk, tokens, label, row):
                return None  # the next row: another field's label and value left of it
            if _other_section(tokens, f):
                return None  # a later section's heading or labels: the table's next rows
            continue
        first = mine[0]
        if first.piece.kind == "label" or first.piece.ends or first.used:
            return None  # a label, the instructions' title, another field's value
        if walk.cut_head(first) is not None or walk.unread_head(f, first):
            return None
        if heads_next(walk, tokens, first):
            return None  # a label's head, its rest below (名称 | 信 息 | 移动新媒体 | 发 布 量)
        if walk.index.lookup(normalize_label(label.text + first.piece.text)):
            return None  # the rest of the label, wrapped (收到留言数 | 42条 | 量（条）)
        if _last_label_rest(walk, row, first):
            continue  # the row's last label wrapped to the line's start (… 独立用户访问总 | 量)
        if walk.label_around(first, r) is not None:
            return None  # the head of the next label, wrapped around its value
        before = tokens[tokens.index(first) - 1] if first is not tokens[0] else None
        if before is not None and before.piece.hit and before.piece.hit.fields:
            return None  # the value of the label before it in its row (创新发展 ☑…)
        if first.piece.ticks and f.type not in CHOICE_TYPES:
            return []  # a choice's options (创新发展's under an empty 其他): no value
        if f.type in CHOICE_TYPES and first.piece.ticks:
            # A label alone on its line owns a whole line of options of one choice (no
            # name twice: ☑是 ☐否  ☑是 ☐否 are two fields').
            limit = walk.next_label(row, label)
            mine = [t for t in tokens if t.piece.kind == "value" and not t.used]
            names = OPTION_NAME_RE.findall(" ".join(t.piece.text for t in mine))
            alone = limit is None and len(walk.rows[row]) == 1 and len(set(names)) == len(names)
            if alone:  # up to the next label on the line (☑是 ☐否 注册用户数 10602)
                kinds, at = [t.piece.kind for t in tokens], tokens.index(first)
                stop = kinds.index("label", at) if "label" in kinds[at:] else len(tokens)
                return [t for t in tokens[:stop] if t.piece.kind == "value" and not t.used]
            ours = [t for t in mine if walk.under(label, row, t, limit)]
            # The last of labels abreast: its options' cells reach past its end (网站名称 …
            # 网站类型 | ☐政府门户网站   ☑).
            line = walk.rows[row]
            last = len(line) > 1 and line[-1].cell is label and ours and ours[-1] is not mine[-1]
            if ours and len(line) > 1 and line[0].cell is label and line[1].cell is not label:
                return _first_labels(f, mine, ours)
            return mine[next(k for k, t in enumerate(mine) if t is ours[0]) :] if last else ours
        if f.type in CHOICE_TYPES and not readable(f, first.piece.text):
            return None  # no answer (a date under 创新发展)
        if sum(t.piece.kind == "label" for t in walk.rows[row]) > 1:
            return [first]  # labels abreast: the line below holds their values too
        return [first, *spread_rest(walk, f, tokens, first)]
    return None


def _first_labels(f: Field, mine: list[Token], ours: list[Token]) -> list[Token]:
    """The first of labels abreast: its options centred in its cell start left of it, the
    boxes opening the line, and end where the next column's text without a box begins (创新
    发展  其他（注明） | ☑搜索即服务  ☐多语言版本  ☐无障碍浏  提供政策智能匹配…)."""
    at = next(k for k, t in enumerate(mine) if t is ours[0])
    if not all(t.piece.ticks for t in mine[:at]):
        return ours
    end = len(ours)
    while end > 1 and not ours[end - 1].piece.ticks and not readable(f, ours[end - 1].piece.text):
        end -= 1
    return [*mine[:at], *ours[:end]]


def _options_aside(walk: Placement, row: int, label: Cell, f: Field, tokens: list[Token]) -> bool:
    """Whether the line under a label alone on its line is one list of f's options, none
    of it under the label (是否有移动新媒体 | ☑是 ☐否 set left of it, both centred in
    their cells): the label's answer, not the next value down its column. Under labels
    abreast, when the list stands left of the next label and its line's end cuts it after
    a box (创新发展  其他（注明） | ☐搜索即服务  ☐多语言版本  ☑ | 无障碍浏览 …)."""
    if f.type not in CHOICE_TYPES or not tokens:
        return False  # not a choice, or a line its first cell's text left (创新 | 发展)
    if not all(t.piece.kind == "value" and t.piece.ticks and not t.used for t in tokens):
        return False
    text = " ".join(t.piece.text for t in tokens)
    if len(walk.rows[row]) == 1:
        return readable(f, text)
    limit = walk.next_label(row, label)
    if limit is None or limit.bbox is None:
        return False
    left = all(t.cell.bbox is not None and t.cell.bbox[2] <= limit.bbox[0] for t in tokens)
    return left and text[-1] in TICKS


def _pair_before(walk: Placement, tokens: list[Token], label: Cell, row: int) -> bool:
    """Whether a line opens with another field's label wholly left of `label`, a value
    after it (创新发展  ☑搜索即服务 … under 其他新媒体's line), or with a label and its value
    in one cell that starts left of `label`."""
    if len(tokens) < 2 or tokens[0].piece.kind != "label" or tokens[1].piece.kind != "value":
        return False
    hit = tokens[0].piece.hit
    first = tokens[0]
    if not (hit and hit.fields):
        return False
    box, own = first.cell.bbox, label.bbox
    if first.cell is tokens[1].cell and box is not None and own is not None:
        return box[0] < own[0]  # 填报单位：某局 under the title's line
    return columns.left_of(walk.doc, first.cell, first.row, label, row)


def spread_rest(walk: Placement, f: Field, tokens: list[Token], first: Token) -> list[Token]:
    """Laid out in columns, a free text its converter spread over its cell's width, wide
    gaps between its words (移动客户端…，下载量     80 万次): the rest of the line, when
    it holds no label, no box, no bare number (a wrapped label's value: 名称  无
    信息发布量's 0) and nothing else taken."""
    if f.type != "str" or f.identifier or first.cell.bbox is None or walk.doc.format != "text":
        return []
    rest = tokens[tokens.index(first) + 1 :]
    for t in rest:
        if t.piece.kind == "label" or t.used or t.cell.copy or t.piece.ticks:
            return []
        if NUMERIC_RE.fullmatch(t.piece.text) or _lone_label_between(walk, first, t):
            return []
    return rest


def cell_lines_rest(f: Field, tokens: list[Token], first: Token) -> list[Token]:
    """A free text written as lines of one cell that a reader set apart as cells of the
    same column (移动客户端：… | 抖音号：… | 今日头条号：…, lines a colon each): the lines
    after the first, up to a label or anything taken."""
    if f.type != "str" or f.identifier:
        return []
    rest: list[Token] = []
    for t in tokens[tokens.index(first) + 1 :]:
        if t.cell is first.cell or t.cell.col != first.cell.col:
            break
        if t.piece.kind != "value" or t.used or t.cell.copy or t.piece.ticks:
            break
        rest.append(t)
    return rest


def _lone_label_between(walk: Placement, left: Token, right: Token) -> bool:
    """Whether a field's label alone on the line above or below stands wholly between
    `left` and `right`: the next cell's label set at its tall cell's middle, `right` its
    value (政府网站名  某局（某区      https:// | 首页网址 | 称  地方志编纂中心）  jyj….cn/)."""
    a, b = left.cell.bbox, right.cell.bbox
    if a is None or b is None:
        return False
    for q in (right.row - 1, right.row + 1):
        line = (
            [t for t in walk.rows[q] if t.piece.kind != "unit"] if 0 <= q < len(walk.rows) else []
        )
        hit = line[0].piece.hit if len(line) == 1 and line[0].piece.kind == "label" else None
        if hit is None or not hit.fields:
            continue
        box = line[0].cell.bbox
        if box is not None and a[2] <= box[0] and box[2] <= b[0]:
            return True
    return False


def _last_label_rest(walk: Placement, row: int, token: Token) -> bool:
    """Whether `token`, opening its line, finishes the head a line of labels ends with."""
    line = walk.rows[row]
    last = line[-1] if line else None
    if last is None or token is not walk.rows[token.row][0] or not last.free:
        return False
    return walk.finishes(last, token) == "label"


def pair_between(walk: Placement, left: Token, right: Token) -> bool:
    """Text laid out with spaces: whether a field's label on the line above or below
    `right`, a number, stands wholly between `left` and it, so that `right` is that label's value
    (公安机关备案号 … 508429 under a line of 冀公网安备… 独立用户访问总量, pairs abreast)."""
    a, b = left.cell.bbox, right.cell.bbox
    if a is None or b is None or walk.doc.rows[right.row].page is not None:
        return False
    if not NUMERIC_RE.fullmatch(right.piece.text):
        return False  # a text spread over its tall cell's width may pass other columns
    for q in (right.row - 1, right.row + 1):
        line = (
            [t for t in walk.rows[q] if t.piece.kind != "unit"] if 0 <= q < len(walk.rows) else []
        )
        for t in line[-1:]:  # nothing after it on its line: its value stands elsewhere
            box, hit = t.cell.bbox, t.piece.hit
            labelled = t.piece.kind == "label" and hit is not None and bool(hit.fields)
            if labelled and box is not None and a[2] < box[0] - 1 and box[2] < b[0] - 1:
                return True
    return False


def _other_section(tokens: list[Token], f: Field) -> bool:
    """Whether a line holds a field label of another section than f's (创新发展 under 其他)."""
    section = f.group_ids[0]
    for token in tokens:
        hit = token.piece.hit
        if token.piece.kind != "label" or hit is None or token.cell.copy:
            continue
        ids = {g.group_ids[0] for g in hit.fields}
        if ids and section not in ids:
            return True
    return False
