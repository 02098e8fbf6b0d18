"""A label centred between its value's two lines, in a table without row rulings (a PDF's
three-line table, or one drawn without lines): the value's first line stands on the line
above the label's, its second on the line below (☐政府门户网站 ☐部门网站 ☑专项网 | 网站类型
| 站). Read line by line, the label has nothing beside it and half its value below."""

from __future__ import annotations

from nianbao.extract.placement import Placement
from nianbao.extract.prose import joined
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_CENTRED = 0.3
"""Line heights by which the label's middle may stand off the middle of the two lines."""


def value_around_label(walk: Placement, label: Token, f: Field) -> list[Token]:
    """The value's two lines around `label`, alone on its line: the lone unread value right
    of it on the line above and the one on the line below, starting together, the label's
    middle halfway between theirs, read together as f's; none when not so."""
    box, r = label.cell.bbox, label.row
    if box is None or r == 0 or r + 1 >= len(walk.rows) or not _last(walk.rows[r], label):
        return []
    above, below = walk.rows[r - 1], walk.rows[r + 1]
    if len(above) != 1 or len(below) != 1 or not (_unread(above[0]) and _unread(below[0])):
        return []
    top, bottom = above[0].cell.bbox, below[0].cell.bbox
    if top is None or bottom is None or min(top[0], bottom[0]) <= box[2]:
        return []
    height = box[3] - box[1]
    middle = ((top[1] + top[3]) / 2 + (bottom[1] + bottom[3]) / 2) / 2
    if abs(top[0] - bottom[0]) > height or abs((box[1] + box[3]) / 2 - middle) > _CENTRED * height:
        return []
    text = joined(above[0].piece.text, below[0].piece.text)
    return [above[0], below[0]] if readable(f, text) else []


def _unread(token: Token) -> bool:
    """A value nothing took (a choice's options, boxes and all, too)."""
    return not token.used and not token.cell.copy and token.piece.kind == "value"


def _last(tokens: list[Token], label: Token) -> bool:
    """Whether nothing follows `label` on its line but its own name again (创新发展 创新发展:
    the section's cell and the field's, one word)."""
    at = next(k for k, t in enumerate(tokens) if t is label)
    return all(t.piece.text == label.piece.text for t in tokens[at + 1 :])
