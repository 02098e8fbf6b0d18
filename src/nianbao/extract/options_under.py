"""A choice's options on the line below its label: which of that line's values are its."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.misread import option_labels, options_of
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_MARKS_RE = re.compile(r"[☑☐\s]+")

if TYPE_CHECKING:  # the walk's class calls this module
    from nianbao.extract.placement import Placement


def options_under(
    walk: Placement, row: int, label: Cell, f: Field, lead: list[Token]
) -> list[Token]:
    """The options of choice f among `lead`, the values of the line below its label (on
    `row`): a box's, or one readable value; none when they answer nothing."""
    # Labels abreast (是否… | 注册用户数 | …) over their values: the options below are
    # those in the columns up to the next label, not the whole row. A label alone on its
    # line owns the whole line of options below it.
    limit = walk.next_label(row, label)
    if limit is not None or len(walk.rows[row]) > 1:
        mine = [t for t in lead if walk.under(label, row, t, limit)]
        if mine and len(f.choices) > 2:  # one cell an option: all f's on the line
            mine += [
                t
                for t in lead
                if all(t is not m for m in mine)
                and (readable(f, t.piece.text) or (t is lead[-1] and t.piece.ticks))
            ]  # the last box's name may open the next line (☑ | 无障碍浏览 …)
        lead = mine or lead
    if any(t.piece.ticks for t in lead):
        # Not the boxes of another choice whose label is beside f's (☑专项网站 | ☑否 under 网站
        # 类型 | 是否提供智能问答, the columns not told apart); an option's row's own 是 否☑
        # stays.
        beside = [
            g
            for t in walk.rows[row]
            if t.piece.hit is not None
            for g in t.piece.hit.fields
            if g is not f and g.type in CHOICE_TYPES
        ]
        return [t for t in lead if not _others(f, beside, t.piece.text)] or lead
    if len(lead) > 1 and _printed(f, lead):
        return []  # the options as the form prints them, none marked: no answer
    return lead[:1] if readable(f, lead[0].piece.text) else []  # 是, not a date


def _printed(f: Field, lead: list[Token]) -> bool:
    """Whether `lead`, no marks among them, names f's options as the form prints them: two
    or more of a one-of choice's (one answer has one name), or all of a list's but for
    the last, which may be another field's label too (其他)."""
    options = options_of(f)
    named = {key for t in lead for key, labels in options if t.piece.text.strip() in labels}
    if len(named) < len(lead):
        return False
    return len(named) >= (2 if f.type == "enum" else max(3, len(options) - 1))


def _others(f: Field, beside: list[Field], text: str) -> bool:
    """Whether `text` names none of f's options but those of a choice whose label stands
    beside f's."""
    words = _MARKS_RE.sub("", text)
    if not words or any(name in words for name in option_labels(f)):
        return False
    return any(name in words for g in beside for name in option_labels(g))
