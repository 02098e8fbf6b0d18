"""A label that closes its line with nothing after it, its value alone at the next line's
start: a line of labels and values that its width wrapped before the last value (单位负责人：…
填报人：… 填报日期： | 2023.1.17)."""

from __future__ import annotations

from nianbao.extract.placement import Placement
from nianbao.extract.ranking import readable
from nianbao.extract.shaped import only_shape
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field


def value_on_next_line(walk: Placement, label: Token, f: Field) -> list[Token]:
    """The lone value of the line after `label`'s, which ends with it, when f reads it and
    it is of a kind no other field is (a date, or a value of f's shape only)."""
    r = label.row
    if walk.rows[r][-1] is not label or r + 1 >= len(walk.rows) or r in walk.rows.ending:
        return []
    following = walk.rows[r + 1]
    # Alone, or before the next line's own label (… 联系电话： | 0938-8212340 填报日期：…).
    labelled = len(following) > 1 and following[1].piece.kind == "label"
    if (len(following) != 1 and not labelled) or not following[0].free:
        return []
    text = following[0].piece.text
    if f.type != "date" and not only_shape(f, text, walk.index.form):
        return []
    return following[:1] if readable(f, text) else []
