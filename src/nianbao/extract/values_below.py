"""The values on a line below a label that may be its value (`Placement.below`): what is
left once other columns' labels and values, groups' names, options, counts of the labels
beside and the heads of labels finished lower down are passed by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nianbao.extract import columns, label_heads
from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES, words_for_count
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

if TYPE_CHECKING:  # the placement asks this module
    from nianbao.extract.placement import Placement


def line_lead(
    place: Placement, at: tuple[int, Cell], r: int, tokens: list[Token], f: Field
) -> list[Token]:
    """The values on line r (its `tokens`) that may be the value of the label at `at` (its
    row and cell), in order; none when the line holds the field's own label again (the
    label read is a heading) or a label's head before any value."""
    row, label = at
    lead: list[Token] = []
    other = owed = False  # past a label of a column before the label's; its value
    for token in tokens:
        if token.cell.copy:
            continue  # a merged cell repeated from above: context, not content
        hit = token.piece.hit
        if (hit or other) and columns.left_of(place.doc, token.cell, r, label, row):
            # Another column's: a group's name centred in its tall cell beside the
            # value, or a label and its value (公安机关备案号 …号 | 44 356).
            if hit and f in hit.fields:
                return []  # the field's own label again: the label read is a heading
            if hit and hit.fields:
                other = owed = True
            elif token.piece.kind == "value":
                owed = False
            continue
        if owed and token.piece.kind == "value":
            owed = False
            continue  # that label's value, reaching into the label's column
        if hit and not hit.fields and not lead:
            continue  # a group's name centred in its cell, opening the value's line
        if token.piece.kind == "label":
            break
        if token.piece.ticks and f.type not in CHOICE_TYPES:
            continue  # a choice's options, no text's or count's value
        if words_for_count(f, token):
            # 可全程在线办理政务服务事 881 | 项数量: a label cut, the value its own.
            owed = owed or place.cut_head(token) == "label"
            continue
        if token.piece.kind == "value" and not token.used:
            if (
                place.cut_head(token) == "label"
                or place.label_around(token, r)
                or label_heads.heads_next(place, tokens, token)
            ):
                # The head of a label finished below (创新 | 发展), or wrapped
                # around its own value (是否发布服务 | ☐是 ☑否 | 事项目录): no value.
                break
            lead.append(token)
    return lead
