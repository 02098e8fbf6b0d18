"""Values a line's end cut, going on where a converter put the rest: beside other
columns' cells (text laid out in columns), alone on the next line before a label, or at
the top of the next page (a ticked option's note: note_rests.py). The matcher's walk asks
these once it has a value."""

from __future__ import annotations

import re

from nianbao.extract import columns
from nianbao.extract.around import cut_in_three
from nianbao.extract.cuts import closed_after, runs_on, unclosed_bracket
from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES, DIGIT_RE
from nianbao.extract.labels import normalize_label, without_label_note
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import fails, readable
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import CJK_RE, Token, labels_only
from nianbao.forms.model import Field
from nianbao.normalize import NONE_WORDS

LONE_TAIL = 3
"""Characters of a text's end that a line end may leave alone on the next line (务)."""
CODE_TAIL_RE = re.compile(r"号(?:-\d{1,2})?")
"""A code's last characters its cell may wrap: 号, or 号 and a site's number (号-1)."""
CELL_TEXT = 6
"""Characters a text needs to have filled its cell's narrow line (a name in a narrow
cell of one-space text: 阳曲县人民政府办公 | 室)."""


_CLOSERS = (")", "）", "]", "】")


def closed(raw: str) -> bool:
    """Whether a value ends with its label's note (某局（盖章）): it goes on over no line."""
    return raw.endswith(_CLOSERS) and without_label_note(raw) != raw


def column_rest(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, Token] | None:
    """Text laid out in columns: a value its cell's width cut (unreadable, its bracket
    open, a code without a digit) goes on from the same left edge on one of the next two
    lines, other columns' cells beside it (http:// | 卧龙区… | www.a.gov.cn/)."""
    if value.cell.bbox is None or walk.doc.format != "text" or f.type in CHOICE_TYPES:
        return None
    # A code without a digit is cut (https://), unless whole already (http://wjw.a.gov.cn/).
    digitless = f.identifier and DIGIT_RE.search(raw) is None
    digitless = digitless and not has_shape(f, raw, walk.index.form)
    cut = digitless or unclosed_bracket(raw) or fails(f, raw)
    if not cut and f.identifier:
        return _code_tail(walk, f, value, raw)
    if not cut and f.type != "str":
        return None
    rest = column_start(walk, value, 2, centred=True)
    if rest is None or rest.used or rest.piece.kind != "value" or rest.piece.ticks:
        return None
    text = rest.piece.text
    # A name's last characters alone under it (绥芬河市农业农 | 村局), in a cell of its own
    # (not 单位负责人：曹秀敏 over a date's 日), after no label of its line (not 单位负责人
    # 杨光明 | 填报人 段雪) (not 无, which is whole: 名称 无 | 信息发布量（单位： 无).
    tail = len(text) <= LONE_TAIL and runs_on(raw, text) and _plain_tail(walk, rest)
    tail = tail and raw.strip() not in NONE_WORDS and not _after_label(walk, rest)
    # Or a name's bracketed rest, whole on the line (翁牛特旗文化广电旅游局 | （翁牛特旗档案馆）).
    bracketed = text[:1] in "（(" and not unclosed_bracket(text) and not unclosed_bracket(raw)
    # Or a long free text's next line past another column's, its sentence unfinished
    # (…提供政策原 | 本  □无障碍浏览 | 文、解读…); `prose` reads lines one after another.
    prose = rest.row > value.row + 1 and _long_text(f, raw) and _plain(walk, rest)
    prose = prose and not _after_label(walk, rest)
    joined = raw + text
    aligned = columns.starts_with(value.cell, rest.cell)
    # Or a name over three lines or more whose next line opens a bracket a later one from
    # the same left edge closes (市中区住房和城乡建设 | 局（挂市中区大数据发展 | 管理局牌子）).
    closing = _closing_lines(walk, rest, joined) if aligned and unclosed_bracket(joined) else []
    # Or a name's last line alone, under the line of the row's other values, before the
    # next label (察布查尔锡伯自治县市场 | 95  7 356 | 监督管理局 | 其他).
    last = aligned and rest.row > value.row + 1 and _last_line(walk, f, raw, rest)
    # Or a name's last line opening the line of the row's other values (某县人 | 民政府办公室
    # 0  28,105: a row's cells one after another, as pypdfium2 writes them).
    last = last or (aligned and f.type == "str" and _before_values(walk, value, rest))
    # Or the row's values each cut, their last lines on one line below, each in its value's
    # column (某某县人民政府 https:// 某某县人 | 门户网站 a.gov.cn/ 民政府办公室).
    last = last or (f.type == "str" and _row_rests(walk, value, rest))
    if not cut and not (
        (tail or bracketed or prose or closing or last)
        and value.cell.text.strip().startswith(value.piece.text)
    ):
        return None
    if unclosed_bracket(joined) and not aligned:
        return None  # centred lines of one text close its bracket (not 办公室（水 | 部门网站)
    if closing:
        joined += "".join(t.piece.text for t in closing)
        rest.used = True
        rest = closing[-1]
        for token in closing[:-1]:
            token.used = True
    return (joined, rest) if readable(f, joined) else None


def code_below(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, Token] | None:
    """A code its cell cut before its first digit, on a page of no rulings (浙ICP备 |
    10207398号, each cell of a row cut so): its rest from the same left edge on the next
    line, whatever stands beside either, where the two make the code's shape. A value of
    its shape already (an address: http://a.gov.cn/ over the site's code) is whole."""
    if value.cell.bbox is None or not f.identifier or DIGIT_RE.search(raw) is not None:
        return None
    if has_shape(f, raw, walk.index.form):
        return None
    rest = column_start(walk, value, 1)
    if rest is None or rest.used or not rest.free or rest.piece.kind != "value":
        return None
    joined = raw + rest.piece.text.strip()
    return (joined, rest) if has_shape(f, joined, walk.index.form) else None


def _code_tail(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, Token] | None:
    """A code whole but its end, which its cell wrapped under it (浙公网安备33038376758808 |
    总量（单位： | 案号  号; 琼ICP备19003404 | 4601000022  453679 | 号-2, centred)."""
    rest = column_start(walk, value, 2, centred=True)
    if rest is None or not rest.free:
        return None
    text = rest.piece.text.strip()
    if CODE_TAIL_RE.fullmatch(text) is None:
        return None
    joined = raw + text
    return (joined, rest) if has_shape(f, joined, walk.index.form) else None


def _before_values(walk: Placement, value: Token, rest: Token) -> bool:
    """Whether `rest` opens the line after `value`'s, alone there but for as many values
    with no Chinese text as labels stand after the one over `value`, and `value` is alone
    on its line under a line of labels only."""
    line, above = walk.rows[rest.row], walk.rows[value.row - 1] if value.row else []
    if rest.row != value.row + 1 or line[0] is not rest or len(walk.rows[value.row]) != 1:
        return False
    labels = labels_only(above)
    if labels is None or len(labels) < 2:
        return False
    others = line[1:]
    if len(others) != len(labels) - 1 or any(t.piece.kind != "value" for t in others):
        return False
    return not any(CJK_RE.search(t.piece.text) for t in others)


def _row_rests(walk: Placement, value: Token, rest: Token) -> bool:
    """Whether `rest` is on a line of as many plain values as `value`'s line, a line of
    values under labels only, each starting in its value's column, one or two lines down
    (lines between, or between them and the labels, another column's only, right of them
    all: 网站类型's options)."""
    values, line = walk.rows[value.row], walk.rows[rest.row]
    if not 0 < rest.row - value.row <= 2 or len(values) < 2 or len(line) != len(values):
        return False
    right = values[-1].cell.bbox
    if right is None or value.row in walk.rows.ending:
        return False

    def aside(r: int) -> bool:  # another column's cells only, right of the values
        return all(t.cell.bbox is not None and t.cell.bbox[0] > right[2] for t in walk.rows[r])

    if rest.row - value.row == 2 and not aside(value.row + 1):
        return False
    up = value.row - 1
    while up > 0 and up >= value.row - 2 and aside(up):
        up -= 1
    if up < 0 or labels_only(walk.rows[up]) is None:
        return False
    for top, t in zip(values, line, strict=True):
        if t.piece.kind != "value" or t.piece.ticks or top.piece.ticks:
            return False
        if not (columns.starts_with(top.cell, t.cell) or columns.centred_under(top.cell, t.cell)):
            return False
    return True


def _last_line(walk: Placement, f: Field, raw: str, rest: Token) -> bool:
    """Whether `rest`, alone on its line, can end the name `raw` begins: Chinese text with
    no digit, no label's, the next line a label's or the table's end."""
    if f.identifier or len(raw) < CELL_TEXT or raw[-1] in ")）" or DIGIT_RE.search(rest.piece.text):
        return False
    if len(walk.rows[rest.row]) != 1 or not _plain(walk, rest) or not rest.free:
        return False
    below = rest.row + 1
    if rest.row in walk.rows.ending or below >= len(walk.rows):
        return True
    return bool(walk.rows[below]) and walk.rows[below][0].piece.kind == "label"


_BRACKET_LINES = 2
"""Lines after a name's second a bracket it opens may go on over in a narrow cell."""


def _closing_lines(walk: Placement, rest: Token, joined: str) -> list[Token]:
    """The lines from `rest`'s left edge after it, or centred under it (a cell's text
    centred: its short last line), up to the one closing the bracket `joined` leaves open;
    none unless one closes it."""
    found: list[Token] = []
    token = rest
    while unclosed_bracket(joined) and len(found) < _BRACKET_LINES:
        below = column_start(walk, token, 2, centred=True)
        if below is None or not below.free:
            return []
        joined += below.piece.text
        found.append(below)
        token = below
    return [] if unclosed_bracket(joined) else found


_LONG_TEXT = 16
"""Characters of a free text's line long enough to have been wrapped by its cell."""


def _long_text(f: Field, raw: str) -> bool:
    unfinished = CJK_RE.fullmatch(raw[-1:]) is not None
    return f.type == "str" and not f.identifier and len(raw) >= _LONG_TEXT and unfinished


def _after_label(walk: Placement, token: Token) -> bool:
    """Whether a field's label stands before `token` on its line, which owns it (…下载量 75
    万次 | 创新发展 … | 其他（注明）  提供政策…: no text's next line)."""
    line = walk.rows[token.row]
    before = line[: next(k for k, t in enumerate(line) if t is token)]
    return any(t.piece.kind == "label" and t.piece.hit and t.piece.hit.fields for t in before)


def _plain(walk: Placement, token: Token) -> bool:
    """Whether a line's text opens with a Chinese character and is no label's (nor head)."""
    norm = normalize_label(token.piece.text)
    if CJK_RE.fullmatch(token.piece.text[:1]) is None:
        return False
    return walk.index.lookup(norm) is None and norm not in walk.index.heads


def _plain_tail(walk: Placement, token: Token) -> bool:
    """Whether a short fragment is no label's piece, only Chinese characters: no label, and
    no label's head that the line below finishes (发布 | 量, not 芦山县文化广电旅 | 发布)."""
    text = token.piece.text
    if not text or not all(CJK_RE.fullmatch(c) for c in text):
        return False
    if walk.index.lookup(text) is not None:
        return False
    if any(
        walk.under(t.cell, t.row, token) and walk.finishes(t, token) for t in _above(walk, token)
    ):
        return False  # the rest of a label's head above it (关 注 | 量（单位：个）)
    if text not in walk.index.heads:
        return True
    if walk.cut_head(token) is not None:
        return False
    # Its rest further down its column, a line of other columns' cells between (公安 |
    # 政府网站标识码  ICP备案号 | 备案号).
    below = column_start(walk, token, 2)
    if below is None:
        return True
    hit = walk.index.lookup(normalize_label(text + below.piece.text))
    # A rest that is the same label whole needs no head (网站 | … | 标识码): the name's end.
    alone = walk.index.lookup(normalize_label(below.piece.text))
    return hit is None or not hit.fields or (alone is not None and alone.fields == hit.fields)


def _above(walk: Placement, token: Token) -> list[Token]:
    return walk.rows[token.row - 1] if token.row > 0 else []


def column_start(
    walk: Placement, token: Token, lines: int, *, centred: bool = False
) -> Token | None:
    """Laid out in columns: the first token from `token`'s left edge on the next `lines`
    lines (lines with nothing there passed over), or centred under it when `centred` (a
    value centred in its cell: 武冈市市场监督管理 | 局, https:// | scjg5.430581.gov.cn/)."""
    for r in range(token.row + 1, min(token.row + 1 + lines, len(walk.rows))):
        if r - 1 in walk.rows.ending:
            return None
        line = walk.rows[r]
        for k, t in enumerate(line):
            if t.cell.copy:
                continue
            if columns.starts_with(token.cell, t.cell) or (
                centred and columns.centred_under(token.cell, t.cell)
            ):
                return t
            if k and _pushed(token.cell, line[k - 1].cell, t.cell):
                return t
    return None


_PUSHED = 2
"""Columns at most between a cell that runs into the next column and the text it pushed."""


def _pushed(column: Cell, before: Cell, cell: Cell) -> bool:
    """Whether `cell` opens `column`'s line, pushed right by the cell `before` it, which runs
    past the column's left edge (zwfw540.511002.gov.cn/ 中区大数据…牌子） under 市中区…（挂市)."""
    if column.bbox is None or before.bbox is None or cell.bbox is None or before is cell:
        return False
    start = column.bbox[0]
    return (
        before.bbox[0] < start <= before.bbox[2] and 0 <= cell.bbox[0] - before.bbox[2] <= _PUSHED
    )


def centred(walk: Placement, middle: Token, raw: str) -> tuple[str, Token] | None:
    """Laid out in columns, a text in a tall cell beside its label's line, from one left
    edge: its bracket closed on the line below and, when the cell is centred on the label,
    begun on the line above (延边…数据开放平 | 网站名称  台（延边…档案 | 馆）), or opened on
    the line above and closed on the line below, the label's line all inside the bracket
    (…交通运输局（挂 | 网站名称  …大数据发展管理 | 局牌子）): the whole text, and the
    last token to mark used (the first is marked here)."""
    box, r = middle.cell.bbox, middle.row
    if box is None:
        return cut_in_three(walk, middle, raw)
    if not columns.laid_out(walk.doc, r, middle.cell):
        return None
    if not 0 < r < len(walk.rows) - 1:
        return None
    below = _nearest_at(walk, r, 1, box[0])
    if len(below) != 1:
        return None
    rest = below[0].piece.text
    above = _nearest_at(walk, r, -1, box[0])[:1]
    head = above[0].piece.text if above and not above[0].piece.ticks else ""
    if unclosed_bracket(raw):
        if unclosed_bracket(raw + rest):
            return None
        if head and unclosed_bracket(head):
            head = ""
    elif not closed_after(head, raw, rest):
        return None
    if head:
        above[0].used = True
    return head + raw + rest, below[0]


def _nearest_at(walk: Placement, r: int, step: int, x: float) -> list[Token]:
    """`free_at` on the nearest line above (`step` -1) or below (1) with something in the
    column at `x`: another column's text wrapped in its cell may have lines between (a web
    address beside a name: …（挂 | https:// | 网站名称  … | www.a.gov.cn/ | 局牌子）)."""
    for k in (r + step, r + 2 * step):
        if not 0 <= k < len(walk.rows) or min(k, k - step) in walk.rows.ending:
            return []
        line = walk.rows[k]
        if any(t.cell.bbox and t.cell.bbox[0] <= x + 1 and t.cell.bbox[2] > x for t in line):
            return walk.free_at(line, x)
    return []


def number_cut(walk: Placement, f: Field, value: Token, raw: str) -> bool:
    """Whether a registration number's closing 号 went to the next line on its own or
    before the next label (辽ICP备39227591 | 号, 琼ICP备19003404 | 号-2 公安机关备案号 …),
    or, the number ending its line, before the next cell's value, its cell wrapped to the
    line's start (6403…776 | 号    371211: text of one space between cells); or its head
    its digits went on from before the next label (甘ICP备 | 47605771号-1 公安机关备案号 …)."""
    if not f.identifier or value.row + 1 >= len(walk.rows):
        return False
    following = walk.rows[value.row + 1]
    if raw.endswith("备") and len(following) > 1 and following[1].piece.kind == "label":
        return following[0].piece.text[:1].isdigit()
    if not raw[-1:].isdigit():
        return False
    if len(following) > 1 and following[1].piece.kind != "label":
        # Alone, or before the next label (号-2 公安机关备案号 …), or the number's own line end.
        mine = walk.rows[value.row][-1] is value and value.cell.bbox is not None
        if not mine or CODE_TAIL_RE.fullmatch(following[0].piece.text) is None:
            return False
    return bool(following) and following[0].piece.text.startswith("号")


def page_cut(walk: Placement, f: Field, value: Token) -> bool:
    """Whether a text value ends its page's table and a lone cell in its column starts
    the next page's: a row the page end cut between two lines of the text."""
    row, below = walk.doc.rows[value.row], value.row + 1
    if f.type != "str" or below >= len(walk.doc.rows) or not row.block % 2:
        return False
    following = walk.doc.rows[below]
    if following.page is None or row.page is None or following.page != row.page + 1:
        return False
    return len(following.cells) == 1 and columns.same_column(value.cell, following.cells[0])
