"""Which cell stands under which: by table column, or by position where columns do not
tell (a page break between the two, or text laid out with spaces)."""

from __future__ import annotations

import re

from nianbao.display import wide_chars
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import is_unit
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_ALIGNED = 1.5
"""Starts this close (display columns, or points) are one column's left edge."""


def placed(doc: Document, row: int, other: int) -> bool:
    """Whether cells of rows `row` and `other` compare by position rather than by column:
    text laid out with spaces (no pages, but positions), or two pages (each numbers its
    columns from its own rulings)."""
    page = doc.rows[row].page
    return page is None or page != doc.rows[other].page


def laid_out(doc: Document, row: int, cell: Cell) -> bool:
    """Whether `cell` (in row `row`) is text laid out with spaces: placed, on no page."""
    return cell.bbox is not None and doc.rows[row].page is None


def under(
    doc: Document, label: Cell, row: int, cell: Cell, other: int, *, limit: Cell | None = None
) -> bool:
    """Whether `cell` (in row `other`) stands under `label` (in row `row`), or in the
    columns up to the `limit` label when given."""
    box, below = label.bbox, cell.bbox
    if not box or not below or not placed(doc, row, other):
        return cell.col == label.col if limit is None else label.col <= cell.col < limit.col
    end = box[2] if limit is None else limit.bbox[0] if limit.bbox else float("inf")
    # Left-aligned under the label, or centred within its width; its middle may fall on
    # the label's end where a Chinese character counts one column (安全检测评估次 | 数(单位: 次)).
    aligned = starts_with(label, cell) and (limit is None or below[0] < end)
    if aligned or box[0] <= (below[0] + below[2]) / 2 <= end:
        return True
    if limit is not None:
        return False
    unpaged = doc.rows[row].page is None
    lone = unpaged and len(doc.rows[row].cells) == 1 and _word_below(label, row, cell, other)
    shown = lone or (unpaged and len(doc.rows[row].cells) > 1)
    if lone and _centred_with(label, cell):
        return True  # a lone label's next piece, both centred in its cell (新开 | … | 设数量)
    return (shown and shown_under(label, cell)) or _same_place(doc, label, row, cell, other)


_WORD_BELOW = 3
"""Lines under a lone cell its label's next piece may stand (回应公众关 | 注热点或重 | １ | 大)."""


def _word_below(label: Cell, row: int, cell: Cell, other: int) -> bool:
    """Whether `cell` may be the next piece of a lone cell's label a few lines up: words,
    no figures or units (not a value or unit set beside its label's head, 收到留言数量(单 |
    126条; 概况类信息更 | 信  条)."""
    text, box, below = cell.text, label.bbox, cell.bbox
    if box is None or below is None or not 0 < other - row <= _WORD_BELOW:
        return False
    if below[0] < box[0] and not _centred_with(label, cell):
        return False  # a word starting left of the label is no piece wrapped under it
    return not any(c.isdigit() for c in text) and not is_unit(text)


_MIDDLES = 3
"""Display columns by which the middles of two lines centred in one cell may differ."""


def _centred_with(label: Cell, cell: Cell) -> bool:
    """Whether two cells of Chinese words are centred in one cell, as the page shows them:
    their middles close, overlapping by half the shorter or more (新开 | … | 设数量, one
    starting left of the other)."""
    box, below = label.bbox, cell.bbox
    if box is None or below is None or " " in label.text or " " in cell.text:
        return False
    widths = [len(c.text) + wide_chars(c.text) for c in (label, cell)]
    overlap = min(box[0] + widths[0], below[0] + widths[1]) - max(box[0], below[0])
    middles = abs(box[0] + widths[0] / 2 - below[0] - widths[1] / 2)
    return 2 * overlap >= min(widths) and middles <= _MIDDLES


def shown_under(label: Cell, cell: Cell) -> bool:
    """Text laid out counting characters (pdftotext -layout) sets a cell where the page
    has it but a Chinese character there is two columns wide: each cell's middle as the
    page shows it (无 under 名称, where counted so 无 ends where 名称 does)."""
    box, below = label.bbox, cell.bbox
    if box is None or below is None or " " in label.text:
        return False  # a label set out with spaces is no wider than it is counted
    end = box[0] + len(label.text) + wide_chars(label.text)
    return box[0] <= below[0] + (len(cell.text) + wide_chars(cell.text)) / 2 <= end


_NEAR_PLACE = 3
"""Columns a value in the same place of a line of as many cells may end short of its label."""


def _same_place(doc: Document, label: Cell, row: int, cell: Cell, other: int) -> bool:
    """Whether `cell`, on one of the two lines under a line of three or more labels, is in
    the same place of a line of as many cells, or opens its line as the label does, and
    overlaps the label: a wide Chinese value set left of its label where columns count
    characters (网站名称 | 岳麓区人民政府门户网站)."""
    if not 0 < other - row <= 2 or label.col != cell.col or doc.rows[row].page is not None:
        return False
    cells, under = doc.rows[row].cells, doc.rows[other].cells
    if not 3 <= len(cells) > label.col or cells[label.col] is not label:
        return False
    if len(cells) != len(under) and (label.col or under[0] is not cell):
        return False
    box, below = label.bbox, cell.bbox
    if box is None or below is None:
        return False
    # A line of as many cells may set a short value wholly left of its label (无 | 名称).
    near = _NEAR_PLACE if len(cells) == len(under) else 0
    return below[0] < box[2] and box[0] < below[2] + near


def left_of(doc: Document, cell: Cell, other: int, label: Cell, row: int) -> bool:
    """Whether `cell` lies wholly left of `label` in text laid out with spaces: a name
    centred in a tall cell of the column before (留言办理, 在线访谈 …)."""
    box, left = label.bbox, cell.bbox
    if box is None or left is None or not laid_out(doc, row, label) or not placed(doc, row, other):
        return False
    return left[2] <= box[0]


def starts_with(a: Cell, b: Cell) -> bool:
    """Whether two placed cells start at the same place: one column's left edge."""
    if a.bbox is None or b.bbox is None:
        return False
    return abs(a.bbox[0] - b.bbox[0]) <= _ALIGNED


def within(a: Cell, b: Cell) -> bool:
    """Whether placed cell `b` starts inside the span of `a`: the next line of a text
    wrapped in one cell, set left or centred in it (龙子湖区…地方志编 | 纂中心）)."""
    if a.bbox is None or b.bbox is None:
        return False
    return a.bbox[0] - _ALIGNED <= b.bbox[0] <= a.bbox[2]


_CENTRED = 0.3
"""How far off the centre of a line above a centred line may be, in that line's widths:
text laid out with spaces counts a Chinese character one column or two."""


def centred_under(a: Cell, b: Cell) -> bool:
    """Whether placed cell `b` is centred under `a`: lines of one text centred in its cell."""
    if a.bbox is None or b.bbox is None:
        return False
    width = a.bbox[2] - a.bbox[0]
    middle = (a.bbox[0] + a.bbox[2]) / 2 - (b.bbox[0] + b.bbox[2]) / 2
    return abs(middle) <= max(_ALIGNED, _CENTRED * width)


def same_column(a: Cell, b: Cell) -> bool:
    """Both edges within 2 points: a cell going on in the same column of the next page."""
    if a.bbox is None or b.bbox is None:
        return False
    return abs(a.bbox[0] - b.bbox[0]) < 2 and abs(a.bbox[2] - b.bbox[2]) < 2


def between(doc: Document, head: Token, line: list[Token], middle: list[Token]) -> list[Token]:
    """The tokens of `middle` (the line after `head`'s) in the columns of a label whose head
    is `head` and whose rest lies on the line after `middle`: from the label's start up to
    the next cell to its right on its own `line`."""
    box = head.cell.bbox
    if box is None:  # one cell a line, nothing to tell columns apart by
        return middle
    # Not a piece of the label itself, set apart on its line (是否建立  安 | … | 全监测…).
    right = [t.cell.bbox[0] for t in line if t.cell.bbox and t.cell.bbox[0] > box[0] and not t.used]
    end = min(right, default=float("inf"))
    return [
        t
        for t in middle
        if t.cell.bbox is not None
        and not left_of(doc, t.cell, t.row, head.cell, head.row)
        and t.cell.bbox[0] < end
    ]


def spanning(head: Cell, rest: Cell) -> Cell | None:
    """One cell over a label's two pieces a wide gap parted on their line (是否明确网站
    安全责任人), for what stands under the whole label; None unless both are placed."""
    if head.bbox is None or rest.bbox is None:
        return None
    box = (head.bbox[0], head.bbox[1], rest.bbox[2], rest.bbox[3])
    return Cell(f"{head.text} {rest.text}", rest.col, box, rest.copy, rest.confidence)


_CLAUSE_RE = re.compile("[，；、]")
_OFF_MIDDLE = 4
"""Columns by which a label centred over a text's line may stand off the line's middle."""


def text_across(
    f: Field, label: Cell, lead: list[Token], tokens: list[Token], labels: list[Token]
) -> list[Token]:
    """A free text's line a layout's wide gap cut in cells (移动客户端…，下载量      36 万次),
    its label alone on its line (`labels`) and centred over the whole line, not over any
    one cell: all of the line, when it opens with prose (a clause's comma), not a row's
    values."""
    if f.type != "str" or f.identifier or len(labels) != 1 or len(lead) != len(tokens):
        return []
    if len(lead) < 2 or not _CLAUSE_RE.search(lead[0].piece.text):
        return []
    first, last, box = lead[0].cell.bbox, lead[-1].cell.bbox, label.bbox
    if first is None or last is None or box is None:
        return []
    middle = (first[0] + last[2]) / 2
    return lead if abs(middle - (box[0] + box[2]) / 2) <= _OFF_MIDDLE else []
