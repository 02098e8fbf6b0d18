"""A list of options that reading order set on a line above its label's: the list
whole with its name or its rest the walk read after the label (☑搜索即服务 … ☑千人千网 ☑ |
创新发展 | 创新发展 其他; þ是 | 是否使用统一平台 | ¨否). The matcher's walk asks these
once it has a choice's value."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.extract.document import Cell
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE, YES_NO, option_labels
from nianbao.extract.option_wraps import LIST_TAIL_RE
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token, groups_only, labels_only, names_field
from nianbao.forms.model import Field

_ABOVE_LINES = 3
"""Lines above its label a list of options may stand: the label's own and a group's name
centred in their tall cells between."""


def options_above(walk: Placement, f: Field, label: Token, values: list[Token], raw: str) -> str:
    """A list of options on the line above its label's, reading order having set it first,
    its last box's name cut off to after the label (☑搜索即服务 … ☑千人千网 ☑ | 创新发展 |
    创新发展 其他): the list whole, its line taken; `raw` when not so."""
    if any(t.piece.ticks for t in values):
        return _split_above(walk, f, label, values, raw)
    if normalize_label(raw) not in option_labels(f):
        return raw  # the value is not a bare option's name
    line = _list_above(walk, f, label)
    for token in line:
        token.used = True
    return " ".join(t.piece.text for t in line) + raw if line else raw


def _split_above(walk: Placement, f: Field, label: Token, values: list[Token], raw: str) -> str:
    """One cell a line, options centred around their label, the first above it, the rest
    below (六、互动交流 | þ是 | 是否使用统一平台 | ¨否): the whole list, when the two name
    each of f's options once between them and a heading or nothing opens the line above."""
    laid = columns.laid_out(walk.doc, label.row, label.cell)
    r = label.row - 1
    while (
        r > 0
        and label.row - r < _ABOVE_LINES
        and (labels_only(walk.rows[r]) if laid else _names_only(walk.rows[r], f))
    ):
        # The field's own label centred in its tall cell, another's label's head; one cell
        # a line, the section's name the field's (☐千人千 | 创新发展 | 创新发展 网 ☑其他).
        r -= 1
    line = walk.rows[r] if r >= 0 and (label.cell.bbox is None or laid) else []
    above = [t for t in line if t.piece.ticks]
    if not above or any(t.used for t in above) or any(t.piece.kind != "value" for t in line):
        return raw
    if len(above) < len(line) and not (laid and all(_over(t.cell, values) for t in above)):
        return raw  # text in columns: another cell's line (a note's, maybe read) may stand beside
    before = walk.rows[r - 1] if r > 0 else []
    # After another field's line a yes/no's box may be that field's list's rest; a list
    # of several options is told by its names (checked below).
    many = len(f.choices) > len(YES_NO)
    if before and not many and not groups_only(before) and not _names_only(before, f):
        return raw
    # A name its cell's width cut goes on at the start of the label's line (多语言版 | 本).
    gap = "" if raw[:1] not in TICKS and above[-1].piece.text[-1:] not in TICKS else " "
    whole = " ".join(t.piece.text for t in above) + gap + raw
    names, labels = OPTION_NAME_RE.findall(whole), option_labels(f)
    heads, count = [normalize_label(name) for name in names], len(f.choices) or len(YES_NO)
    if len(set(names)) != len(names) or len(names) > count:
        return raw
    if len(names) < count:
        # In text of columns, a list wrapped over three lines around its label's: its third
        # line is the rest the walk reads next (千人千 | 网 ☑其他), its last name cut.
        named = laid and len(heads) > 1 and all(h in labels for h in heads[:-1])
        if not named or not any(name.startswith(heads[-1]) for name in labels):
            return raw
    elif not all(name in labels for name in heads) or not readable(f, whole):
        return raw  # two answers: the box above is another choice's (þ是 | 是否… | þ否)
    for token in above:
        token.used = True
    return whole


def _names_only(line: list[Token], f: Field) -> bool:
    """Whether a line holds only f's label, as a section's heading named as its one field."""
    return all(t.piece.kind == "label" and names_field(t, f) for t in line)


def _over(box: Cell, values: list[Token]) -> bool:
    """Whether a laid-out cell stands over the values' line, sharing some of its columns."""
    a = box.bbox
    spans = [t.cell.bbox for t in values if t.cell.bbox and t.row == values[0].row]
    return a is not None and any(a[0] < b[2] and b[0] < a[2] for b in spans)


def bare_name(walk: Placement, f: Field, label: Token) -> list[Token]:
    """`options_above`'s name read as a label of its own (其他, other new media's): the
    token after the label on its line, when it names an option of the list above; laid
    out, the name alone on a line just under the label's (☐千人千网 ☑ | 创新发展 | 其他)."""
    tokens = walk.rows[label.row]
    at = tokens.index(label) + 1
    if at < len(tokens):
        names = tokens[at : at + 1]
    elif label.cell.bbox is not None:
        below = range(label.row + 1, min(label.row + 1 + _NAME_LINES, len(walk.rows)))
        names = [walk.rows[r][0] for r in below if len(walk.rows[r]) == 1][:1]
    else:
        return []
    if not names or names[0].piece.kind != "label" or names[0].used:
        return []
    if normalize_label(names[0].piece.text) not in option_labels(f):
        return []
    return names if _list_above(walk, f, label) else []


_NAME_LINES = 2
"""Lines under its label the cut name of a list above may stand, laid out."""


def _list_above(walk: Placement, f: Field, label: Token) -> list[Token]:
    """The line of `f`'s options above its label's, ending with a box without a name."""
    if f.type not in CHOICE_TYPES or walk.doc.format != "text":
        return []
    r = label.row - 1
    while r >= 0 and walk.rows[r] and all(t.piece.kind == "label" for t in walk.rows[r]):
        r -= 1  # the field's label again, or a group's name, centred in a tall cell
    line = walk.rows[r] if r >= 0 and label.row - r <= _ABOVE_LINES else []
    if not line or any(t.used or t.cell.copy or t.piece.kind != "value" for t in line):
        return []
    text = " ".join(t.piece.text for t in line)
    tail = LIST_TAIL_RE.search(text)
    if tail is None or tail.group(1) or not line[0].piece.ticks:
        return []  # no list, or one whose last box has its name
    labels = option_labels(f)
    if not all(normalize_label(name) in labels for name in OPTION_NAME_RE.findall(text)):
        return []  # another choice's options
    return line
