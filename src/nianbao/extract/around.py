"""A value wrapped in a tall cell around its label's line: its lines stand above and
below the label, nothing beside the label on its own line. The matcher's walk asks this
when a label has nothing right of it."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.cuts import closed_after, unclosed_bracket
from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import option_labels
from nianbao.extract.notes import option_notes
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import Token, labels_only, names_field
from nianbao.extract.unit_rests import count_unit_after
from nianbao.forms.model import Field
from nianbao.rules import value_shapes


def around_label(walk: Placement, label: Token, f: Field) -> tuple[list[Token], list[Token]] | None:
    """A text cut in two (or three) by its label's line: (the heads, the rests)."""
    if f.type in COUNT_TYPES:
        return None  # a count is too short to wrap in its cell
    if label.cell.bbox is None:
        return _unplaced(walk, label) if f.type == "str" else None
    found = _placed(walk, label.row, label.cell)
    if found is None and f.key in value_shapes(walk.index.form):
        # A code's two lines need only share columns when together they have its shape
        # (豫公网安备 | 公安机关备案号 | 41152620208551号: a converter's columns are rough).
        loose = _placed(walk, label.row, label.cell, loose=True)
        if loose is not None and len(loose[0]) == 1:
            text = loose[0][0].piece.text + "".join(t.piece.text for t in loose[1])
            found = loose if has_shape(f, text, walk.index.form) else None
    if f.type == "str" and not f.identifier and (found is None or len(found[0]) > 1):
        return _spread(walk, label.row, label.cell)
    if found and f.type not in CHOICE_TYPES and len(found[0]) > 1:
        return None  # one text cut in two has one head
    if found and f.type in CHOICE_TYPES:
        if not any(t.piece.ticks for t in found[0]):
            return None  # options have boxes: the line above is another row's text
        if not any(t.piece.ticks for t in found[1]) and not _options_go_on(f, found):
            # The line below is another field's text (其他（注明）'s), unless it goes on
            # with the note the options end with (☑其他：提供政策…免申即 | 享服务).
            text = " ".join(t.piece.text for t in found[0])
            if not option_notes(f, text, walk.index.form) or not found[0][-1].piece.ticks:
                return found[0], []
    return found


def _spread(walk: Placement, row: int, label: Cell) -> tuple[list[Token], list[Token]] | None:
    """Laid out in columns, a free text a converter spread over its tall cell's width
    (wide gaps between its words), its lines above and below its label's line: all the
    cells of each line in the text's columns (移动客户端…，下载量     48 万次；…粉丝 19146 |
    其他 | 人；…累计访问      5856 万次)."""
    if not 0 < row < len(walk.rows) - 1 or label.bbox is None:
        return None
    if not columns.laid_out(walk.doc, row, label):
        return None
    end = walk.next_label_start(row, label)
    heads = walk.free_between(walk.rows[row - 1], label.bbox[2], end)
    rests = walk.free_between(walk.rows[row + 1], label.bbox[2], end)
    if heads and not rests:
        rests = _unit_rest(walk.rows[row + 1], heads[-1], label.bbox[2], end)
    if not heads or not rests or not _wrapped(heads[0].cell, rests[0].cell):
        return None
    if any(t.piece.ticks for t in (*heads, *rests)):
        return None  # options: a choice's, not a text's
    return heads, rests


def _unit_rest(line: list[Token], last: Token, left: float, right: float) -> list[Token]:
    """A count's unit alone on the line below a text's head that ends with the count (下载量
    51 万 | 其他 | 次): the text's last line."""
    unit = count_unit_after(line, last.piece.text)
    box = unit.cell.bbox if unit is not None else None
    return [unit] if unit is not None and (box is None or left <= box[0] < right) else []


def _placed(
    walk: Placement, row: int, label: Cell, *, loose: bool = False
) -> tuple[list[Token], list[Token]] | None:
    """Laid out in columns, a value wrapped in a tall cell beside a label of one line:
    its lines stand above and below the label's, from one left edge, right of the
    label and left of the next label on its line (https:// | 首页网址 | www.a.gov.cn/;
    黄陵县交通运输局（黄陵 | 网站名称   首页网址 | 县地方志编纂中心）). The line above
    may hold several cells: options set apart (☐政府门户网站   ☑部门网站   ☐ | 专项网站)."""
    box = label.bbox
    if box is None or not columns.laid_out(walk.doc, row, label):
        return None
    if not 0 < row < len(walk.rows) - 1:
        return None
    end = walk.next_label_start(row, label)
    heads = walk.free_between(walk.rows[row - 1], box[2], end)
    rest = walk.free_between(walk.rows[row + 1], box[2], end)
    # One text's rest, or a list of options set apart in cells (☑无障 | 碍浏览  ☐千人千网).
    if not heads or not rest or (len(rest) > 1 and not any(t.piece.ticks for t in rest)):
        return None
    if not (
        _overlap(heads[0].cell, rest[0].cell) if loose else _wrapped(heads[0].cell, rest[0].cell)
    ):
        return None
    rests = rest[:1] if len(rest) == 1 or not heads[-1].piece.ticks else rest
    text = "".join(t.piece.text for t in (*heads, *rests))
    box = rests[0].cell.bbox
    if unclosed_bracket(text) and box is not None:
        # A third line closing the text's bracket (…人民政府办 | 主办单位 | 公室（…档案 | 馆）),
        # over lines with nothing in its column (another label's wrapped rest).
        for line in (walk.rows[r] for r in range(row + 2, min(row + 4, len(walk.rows)))):
            if not any(t.cell.bbox and abs(t.cell.bbox[0] - box[0]) <= 1 for t in line):
                continue
            last = walk.free_at(line, box[0])
            if len(last) == 1 and not unclosed_bracket(text + last[0].piece.text):
                rests.append(last[0])
            break
    return heads, rests


def _unplaced(walk: Placement, label: Token) -> tuple[list[Token], list[Token]] | None:
    """Text of one line a row: a text cut in two by its label's line, alone on the
    lines above and below, when the head is plainly cut (its bracket left open and
    closed by the rest): 某局（挂 | 网站名称 首页网址 … | 某中心牌子）, or a count's unit
    its end (下载量 38 | 其他 | 万次). A head without such a sign may be the tail of the line
    before's text (…☐专 | 项网站)."""
    lone = _lone_around(walk, label.row) if label.cell.bbox is None else None
    if lone is None or _lone_field_label([lone[1]]):
        return _past_labels(walk, label)
    head, rest = lone
    if head.free and _unit_rest([rest], head, float("-inf"), float("inf")):
        return [head], [rest]  # a count's unit cut off (下载量 38 | 其他 | 万次)
    if not head.free or not rest.free:
        return None
    if not closed_after(head.piece.text, "", rest.piece.text):
        return None
    return [head], [rest]


_LABEL_LINES = 3
"""Lines of one label each a text's two halves stand around at most (a row's labels)."""


def _past_labels(walk: Placement, label: Token) -> tuple[list[Token], list[Token]] | None:
    """Text of one cell a line (pdftotext without -layout, each cell a block): a text
    cut in two around its label's line written as lines of one label each, its head on
    the line above its label, its rest after the other labels, its bracket opened in the
    head and closed in the rest (湛江市…网站（湛江市地 | 网站名称 | 首页网址 | 方志编纂中心）)."""
    r, rows = label.row, walk.rows
    if walk.doc.format != "text" or r == 0 or len(rows[r - 1]) != 1:
        return None
    below = r + 1
    while below < min(len(rows), r + 1 + _LABEL_LINES) and _lone_field_label(rows[below]):
        below += 1
    if below == r + 1 or below >= len(rows) or len(rows[below]) != 1:
        return None
    if any(k in walk.rows.ending for k in range(r - 1, below)):
        return None
    head, rest = rows[r - 1][0], rows[below][0]
    if not head.free or not rest.free or not closed_after(head.piece.text, "", rest.piece.text):
        return None
    return [head], [rest]


def _lone_field_label(line: list[Token]) -> bool:
    if len(line) != 1 or line[0].piece.kind != "label" or line[0].used:
        return False
    hit = line[0].piece.hit
    return hit is not None and bool(hit.fields)


def _lone_around(walk: Placement, r: int) -> tuple[Token, Token] | None:
    """Text of one line a row: the one token on the line above r and the one below."""
    if walk.doc.format != "text" or not 0 < r < len(walk.rows) - 1:
        return None
    above, below = walk.rows[r - 1], walk.rows[r + 1]
    if len(above) != 1 or len(below) != 1:
        return None
    return above[0], below[0]


def cut_in_three(walk: Placement, middle: Token, raw: str) -> tuple[str, Token] | None:
    """Text of one line a row: a text its tall cell wrapped over three lines, the middle one
    beside its label, the first alone above it and the last alone below, its bracket opened
    before the label's line and closed after it (某局（挂 | 网站名称 某大数据发展管理局牌 首页网址
    … | 子）): the whole text, and the last token to mark used (the first is marked here). A
    head with no bracket open may be the line before's text."""
    r = middle.row
    lone = _lone_around(walk, r)
    if lone is None or r - 1 in walk.rows.ending or r in walk.rows.ending:
        return None  # not alone above and below, or a page's end between the lines
    head, rest = lone
    if not head.free or not rest.free:
        return None
    if not closed_after(head.piece.text, raw, rest.piece.text):
        return None
    head.used = True
    return head.piece.text + raw + rest.piece.text, rest


def _wrapped(head: Cell, rest: Cell) -> bool:
    """Whether two lines are one text's, set left or centred in its cell: the second
    starts inside the first (…地方志编 | 纂中心）) or, longer, is centred on it (https:// |
    scjg3.370705.gov.cn/), or stands under it as the page shows a Chinese line, each
    character two columns wide (特克斯县…管理局牌 | 子）, counted short by pdftotext)."""
    return (
        columns.within(head, rest)
        or columns.centred_under(head, rest)
        or columns.shown_under(head, rest)
    )


def _options_go_on(f: Field, found: tuple[list[Token], list[Token]]) -> bool:
    """Whether the line below a list of options finishes its last option's name (☐专 |
    项网站)."""
    heads, rests = found
    if not rests:
        return False
    tail = heads[-1].piece.text.split()[-1] if heads[-1].piece.text.split() else ""
    name = (tail + rests[0].piece.text.split()[0]).lstrip("".join(TICKS))
    return normalize_label(name) in option_labels(f)


def _overlap(head: Cell, rest: Cell) -> bool:
    """Whether two placed cells share columns."""
    if head.bbox is None or rest.bbox is None:
        return False
    return max(head.bbox[0], rest.bbox[0]) < min(head.bbox[2], rest.bbox[2])


def below_own(walk: Placement, label: Token, span: Cell | None, f: Field) -> list[Token]:
    """`Placement.below`, but for values below a heading (a group's name alone on its line
    that is f's label too) wrapped around f's own label on the next line, whose reading
    they are (创新发展 | ☐搜索即服务 ☑无障 | 创新发展  其他（注明） | 碍浏览 …)."""
    found = walk.below(label.row, span or label.cell, f)
    if _own_below(walk, label, f, found) or _last_abreast(walk, label, f, found):
        return []
    return found + _list_rest(walk, f, found)


def _list_rest(walk: Placement, f: Field, found: list[Token]) -> list[Token]:
    """The rows after a line of f's options below its label that hold nothing but more of
    them (搜索即服务 | ☑多语言版本 then ☑无障碍浏览 | 千人千网, a sheet's cells two a row)."""
    names = option_labels(f)
    if f.type != "list" or len(found) < 2 or not all(_names_option(t, names) for t in found):
        return []  # one option a line is `option_lists`'s
    rest: list[Token] = []
    for r in range(found[-1].row + 1, len(walk.rows)):
        tokens = walk.rows[r]
        if not tokens or not all(_names_option(t, names) for t in tokens):
            break
        rest += tokens
    return rest


def _names_option(token: Token, names: frozenset[str]) -> bool:
    return (
        token.piece.kind == "value"
        and not token.used
        and not token.cell.copy
        and normalize_label(token.piece.text) in names
    )


def _own_below(walk: Placement, label: Token, f: Field, found: list[Token]) -> bool:
    if not found or label.cell.bbox is None or not walk.heading(label.row):
        return False
    for r in range(found[-1].row + 1, min(len(walk.rows), found[-1].row + _OWN_LINES + 1)):
        tokens = walk.rows[r]
        at = next((k for k, t in enumerate(tokens) if names_field(t, f) and not t.used), None)
        if at is None and labels_only(tokens):
            continue  # another label's head wrapped around f's line (其他（注 | … | 明）)
        if at is None:
            return False
        around = around_label(walk, tokens[at], f)
        if around is not None:
            return any(t in around[0] for t in found)
        # A list of options whose first line is above f's label's, its next beside it
        # (☑搜索即服务 ☐多语言版 | 创新发展 本 ☐无障碍浏览 …): `lists_above.options_above`'s.
        beside = [t for t in tokens[at + 1 :] if t.piece.kind == "value"]
        return f.type in CHOICE_TYPES and any(t.piece.ticks for t in found + beside[:1])
    return False


_OWN_LINES = 2
"""Lines below a heading's values that f's own label may stand on."""


def _last_abreast(walk: Placement, label: Token, f: Field, found: list[Token]) -> bool:
    """Whether f's label, wrapped below a line of labels abreast, is the last of them, the
    line found holding one value each and nothing else: the values are dealt after the
    walk (总数 概况类… 政务动态… | 信息公开目录信息 | 更新量 | 13 803  3  611  13 105; the
    first is 总数's, not this label's)."""
    if not found:
        return False
    values = walk.rows[found[0].row]
    for r in range(label.row - 1, max(-1, label.row - _ABREAST_ABOVE - 1), -1):
        labels = labels_only(walk.rows[r])
        if labels is None and sum(t.piece.kind == "value" for t in walk.rows[r]) >= 2:
            return False  # a line of values between: the labels above it have theirs
        fields = [t.field for t in labels or [] if t.field is not None]
        if len(fields) < 2 or len(fields) != len(labels or []):
            continue
        return len(values) == len(fields) + 1 and all(t.free for t in values)
    return False


_ABREAST_ABOVE = 4
"""Lines above a label's last piece the line of the labels abreast may stand on."""
