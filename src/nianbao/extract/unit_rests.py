"""A label's value after its unit wrapped onto the next line: the unit's rest (概况类信息更新量
（单 | 位：条） 44条) or the whole unit (服务事项数量 | （项）  250项) opens that line, or, laid
out, on the line before that rest, right of the label (政务动态信 | 息更新量 | 427 | 条）); and a
text's last count whose unit its line end cut (下载量 68 | 万次)."""

from __future__ import annotations

import re

from nianbao.extract import columns
from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.document import Cell, Document
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import unit_word
from nianbao.extract.tokens import Rows, Token
from nianbao.forms.model import Field

_COUNT_END_RE = re.compile(r"\d\s*万?$")


def count_unit_after(line: list[Token], text: str) -> Token | None:
    """A count's unit alone on `line`, nothing took, after a text that ends with the count
    (移动客户端…，下载量 68 | 万次): the text's last line; where it stands is the caller's."""
    if len(line) != 1 or not _COUNT_END_RE.search(text):
        return None
    unit = line[0]
    return unit if not unit.used and unit.piece.kind == "unit" else None


def after_unit_rest(doc: Document, rows: Rows, row: int, label: Cell, f: Field) -> list[Token]:
    """The value after the rest of the label's unit that its line end cut, the next line
    opening with that rest (under the label, when laid out)."""
    if row + 1 >= len(rows):
        return []
    tokens = rows[row + 1]
    if columns.laid_out(doc, row, label) and (
        found := _past_labels_beside(rows, row, label) or _beside_past_line(rows, row, label)
    ):
        return found
    if not unclosed_bracket(label.text):
        return _after_whole_unit(rows, row, label, f, tokens)
    # Where lines wrap within their cells, with no columns to go by, the rest opens the
    # line; when only one label of the line was cut, that rest is its own.
    cut = [t for t in rows[row] if t.piece.kind == "label" and unclosed_bracket(t.piece.text)]
    anywhere = not columns.laid_out(doc, row, label) or len(cut) == 1
    # Or the label ends its line, the only cell there its unit's bracket left open (pypdfium2:
    # ☐否 注册用户数(单位: | 个) 143,741): its rest opens the next line wherever the label is.
    if not anywhere and rows[row][-1].cell is label:
        cells = {id(t.cell): t.cell for t in rows[row]}.values()
        anywhere = sum(unclosed_bracket(c.text) for c in cells) == 1
    for k, token in enumerate(tokens):
        if token.piece.kind == "unit" and (
            (anywhere and k == 0) or columns.under(doc, label, row, token.cell, token.row)
        ):
            break
    else:
        return []
    value = tokens[k + 1] if k + 1 < len(tokens) else None  # right after the rest
    if value is None or value.piece.kind != "value" or value.used or value.cell.copy:
        return []
    box, at = label.bbox, value.cell.bbox
    if box is not None and at is not None:
        right = [t.cell.bbox[0] for t in rows[row] if t.cell.bbox and t.cell.bbox[0] > box[0]]
        if right and at[0] >= min(right):
            return []  # in the next cell's column (是否建立…预警机 | 制)
    return [value] if f.type not in CHOICE_TYPES or value.piece.ticks else []


def _after_whole_unit(
    rows: Rows, row: int, label: Cell, f: Field, tokens: list[Token]
) -> list[Token]:
    """A label ending its line, its whole unit (the field's own) wrapped to open the next."""
    last = rows[row][-1]
    if len(tokens) < 2 or last.cell is not label or last.piece.kind != "label":
        return []
    unit, value = tokens[0], tokens[1]
    if last.piece.unit or unit.piece.kind != "unit" or unit_word(unit.piece.text) != f.unit:
        return []
    if value.piece.kind != "value" or value.used or value.cell.copy or value.piece.ticks:
        return []
    return [value]


def _past_labels_beside(rows: Rows, row: int, label: Cell) -> list[Token]:
    """Laid out, a line of labels of the next columns between a label and the line its
    unit opens under it, the value right after that unit, left of those labels: tall cells
    centred at their own heights (访谈期数 | 网民留言数量 | （单位：  2  120 | … | 期）)."""
    box = label.bbox
    beside = rows[row + 1]
    if box is None or row + 2 >= len(rows) or not beside:
        return []
    starts = [t.cell.bbox[0] for t in beside if t.piece.kind == "label" and t.cell.bbox]
    if len(starts) != len(beside) or min(starts) <= box[2]:
        return []
    tokens = rows[row + 2]  # its first the rest of the label's unit
    if len(tokens) < 2 or tokens[0].piece.kind != "unit":
        return []
    value, at = tokens[1], tokens[1].cell.bbox
    if value.piece.kind != "value" or value.used or value.cell.copy or value.piece.ticks:
        return []
    return [value] if at is not None and at[0] < min(starts) else []


def _beside_past_line(rows: Rows, row: int, label: Cell) -> list[Token]:
    """Laid out, a label whose line wrapped onto the next (the walk joined it), past that
    line, now holding only other columns' cells, its value right of it on the line before
    its unit's rest: a tall cell's value centred at its height (政务动态信 | 息更新量 | 427 |
    （单位： | 条）, beside 信息公开目录信 | 息 | 354 | 更新量（单位：)."""
    box = label.bbox
    if box is None or row + 3 >= len(rows):
        return []
    if any(t.cell.bbox is None or t.cell.bbox[0] <= box[2] for t in rows[row + 1]):
        return []  # the line after holds something in the label's column
    unit = rows[row + 3][:1]
    if not unit or unit[0].piece.kind != "unit" or not columns.starts_with(label, unit[0].cell):
        return []
    for value in rows[row + 2]:
        at = value.cell.bbox
        if at is None or at[0] <= box[2]:
            continue
        if value.piece.kind != "value" or value.used or value.piece.ticks:
            return []
        return [value]
    return []
