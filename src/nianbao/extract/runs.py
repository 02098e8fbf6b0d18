"""Values set apart from their labels in text that keeps no columns, paired by order: runs
of lone values after runs of lone labels (pdftotext without -layout). The matcher's walk
tries these when a label has nothing beside it; the pairs are kept on the walk. Counts
under labels abreast: extract/abreast.py."""

from __future__ import annotations

import re

from nianbao.extract.abreast import blank_place
from nianbao.extract.broken import three_lines
from nianbao.extract.kinds import (
    CHOICE_TYPES,
    COUNT_TYPES,
    DIGIT_RE,
    fits,
    in_form_order,
    in_kinds_order,
    in_units_order,
    unit_clash,
    units_subsequence,
)
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import YES_NO
from nianbao.extract.piece import TICKS, Piece
from nianbao.extract.placement import Placement
from nianbao.extract.run_units import by_units, label_units, value_units
from nianbao.extract.shaped import has_shape, only_shape
from nianbao.extract.tokens import Token, groups_only, units
from nianbao.forms.model import Field, Form
from nianbao.rules import value_shapes


def stacked(walk: Placement, label: Token) -> list[Token]:
    """Text of one cell a line in reading order (pdftotext without -layout): labels
    each alone on its line, then as many values each alone on its line (独立用户访问总量
    | 网站总访问量 | 216035个 | 333153次): the value in the label's place."""
    if walk.doc.format != "text" or label.cell.bbox is not None:
        return []
    key = _place(walk, label)
    if key not in walk.stacks:
        # Most labels have their value right of them or on the next line: only one
        # followed by another label alone on its line (or labels only) opens a run.
        r = label.row + 1
        while r < len(walk.rows) and r <= label.row + 2 and units(walk.rows[r]):
            r += 1
        if r < len(walk.rows) and (_lone_label(walk, r) is not None or _labels_only(walk, r)):
            _stack(walk, label.row)
        walk.stacks.setdefault(key, None)
    value = walk.stacks[key]
    return [] if value is None or value.used else [value]


def unpaired(walk: Placement, label: Token) -> bool:
    """Whether `label` is one of a run of lone labels that more lone values follow: the
    value on the line after the last label may be any label's (`_stack`)."""
    return bool(walk.unpaired) and _place(walk, label) in walk.unpaired


def _place(walk: Placement, label: Token) -> tuple[int, int]:
    """A label's row and place in it: a line may hold several labels abreast."""
    return label.row, next(k for k, t in enumerate(walk.rows[label.row]) if t is label)


def _label_rest(walk: Placement, label: Token, fields: tuple[Field, ...]) -> int:
    """1 when the next line holds only the cut end of a label that reads whole without it
    too (答复网民提问数 | 量(单位:条)), else 0."""
    r = label.row + 1
    rest = only(walk, r) if r < len(walk.rows) and r - 1 not in walk.rows.ending else None
    if rest is None or rest.piece.kind != "value" or rest.used:
        return 0
    hit = walk.index.lookup(normalize_label(label.piece.text + rest.piece.text))
    return 1 if hit is not None and hit.fields == fields else 0


def _labels_only(walk: Placement, r: int) -> list[tuple[Token, tuple[Field, ...]]]:
    """Line r's field labels, when it holds two or more and nothing else but units
    (解读信息发布总数(单位:条) 解读材料数量(单位:条)): labels abreast, their values in a
    run after them."""
    tokens = walk.rows[r]
    if len(tokens) < 2:
        return []  # most lines of a run: one label or one value
    found: list[tuple[Token, tuple[Field, ...]]] = []
    for token in tokens:
        if token.piece.kind == "unit":
            continue
        hit = token.piece.hit
        if token.piece.kind != "label" or token.cell.copy or hit is None or not hit.fields:
            return []
        found.append((token, hit.fields))
    return found if len(found) > 1 else []


def only(walk: Placement, r: int) -> Token | None:
    """The one token of line r but for units, unless a merged cell's copy."""
    tokens = [t for t in walk.rows[r] if t.piece.kind != "unit"]
    return tokens[0] if len(tokens) == 1 and not tokens[0].cell.copy else None


def _lone_label(
    walk: Placement, r: int, joined: bool = False
) -> tuple[Token, tuple[Field, ...], int] | None:
    """A field's label alone on line r, or broken over it and the next line or two (独立用户
    访问总 | 量(单位:个)): the token the walk takes it by (its last part), its fields, the
    line after it. When `joined`, the walk may have joined the broken label already (a run
    read back from a label further down)."""
    token = only(walk, r) or _after_group(walk.rows[r])
    if token is None:
        return None
    hit = token.piece.hit
    if token.piece.kind == "label" and hit and hit.fields:
        return token, hit.fields, r + 1 + _label_rest(walk, token, hit.fields)
    if token.piece.kind == "label" and token.field is None:
        return None  # a group's name (信息发布), unless the walk joined it: 信息发布 | 量
    if joined and token.field is not None and r + 1 < len(walk.rows):
        # Its rest alone on the next line, or with its unit (政务服务事项数 | 量 (单位: 项)).
        rest = only(walk, r + 1) or _one(walk.rows[r + 1])
        if rest is not None and rest.field is token.field:
            return rest, (token.field,), r + 2  # a label the walk joined already (… | 机制)
    if (
        token.piece.kind != "value"
        or r + 1 >= len(walk.rows)
        or normalize_label(token.piece.text) not in walk.index.field_heads
    ):
        return None
    # The rest may be a word that reads as a unit alone (是否明确网站安全责任 | 人).
    rest = only(walk, r + 1) or _one(walk.rows[r + 1])
    found = walk.label_with(token, [rest]) if rest is not None else None
    if found is not None and found[0].fields:
        return found[1], found[0].fields, r + 2
    three = three_lines(walk, token, r)
    return (three[2], three[0].fields, r + 3) if three is not None else None


def _after_group(tokens: list[Token]) -> Token | None:
    """A line's field label after a group's name, the name of the tall cell beside the
    group's first row (信息发布(单 概况类信息更新量 | 位: 条)), units aside."""
    named = [t for t in tokens if t.piece.kind != "unit"]
    if len(named) != 2 or not groups_only(named[:1]) or named[1].piece.kind != "label":
        return None
    return named[1] if not named[1].cell.copy else None


def _one(tokens: list[Token]) -> Token | None:
    return tokens[0] if len(tokens) == 1 and not tokens[0].cell.copy else None


def _lone(walk: Placement, r: int, kind: str) -> Token | None:
    token = only(walk, r)
    if token is None or token.piece.kind != kind:
        return None
    if kind == "label":
        return token if token.piece.hit and token.piece.hit.fields else None
    if token.used or normalize_label(token.piece.text) in walk.index.field_heads:
        return None  # a label's first line, its rest further down (政务动态信息更)
    return None if walk.cut_head(token) else token


def lone_labels(
    walk: Placement, r: int, joined: bool = False
) -> tuple[list[tuple[Token, tuple[Field, ...]]], int]:
    """The lone labels on the lines from `r` (lines of units and group names between), each
    as the token the walk takes it by and its fields, and the line after them; `joined` as
    `_lone_label`'s."""
    found: list[tuple[Token, tuple[Field, ...]]] = []
    while r < len(walk.rows) and r not in walk.rows.ending:
        label = _lone_label(walk, r, joined)
        moved = _moved_pair(walk, label, found, joined) if label is not None else None
        if moved is not None:
            r = moved  # another section's label and value, which reading order set here
            continue
        abreast = _labels_only(walk, r) if label is None else []
        rest = _rest_around(walk, r) if label is None and found else None
        if label is not None:
            found.append(label[:2])
            r = label[2]
        elif rest is not None:
            found.insert(len(found) - 1, rest)  # its head came before the label between
            r += 1
        elif abreast:
            found += abreast
            r += 1
        elif units(walk.rows[r]) or groups_only(walk.rows[r]) or _stray(walk, r, found):
            # The names of the tall cells to the left, which reading order puts among the
            # labels (解读回应), or a code of a row far before (13082647969809号).
            r += 1
        else:
            break
    return found, r


def _moved_pair(
    walk: Placement,
    label: tuple[Token, tuple[Field, ...], int],
    found: list[tuple[Token, tuple[Field, ...]]],
    joined: bool,
) -> int | None:
    """The line after a lone label of another section than the run's and its value alone on
    the next line, when a label of the run's section follows (政务服务事项数量 | 媒体评论文章数
    | 量(单位: 篇) | 36 | 可全程在线办理…): reading order set that pair among the run's labels."""
    if not found:
        return None
    section = found[0][1][0].group_ids[:1]
    if any(f.group_ids[:1] == section for f in label[1]):
        return None
    after = label[2]
    value = _lone(walk, after, "value") if after + 1 < len(walk.rows) else None
    if value is None or not _fits(label[1], value, walk.index.form):
        return None
    following = _lone_label(walk, after + 1, joined)
    if following is None or all(f.group_ids[:1] != section for f in following[1]):
        return None
    return after + 1


def _rest_around(walk: Placement, r: int) -> tuple[Token, tuple[Field, ...]] | None:
    """Line r's lone token when it is the rest of a label the walk joined around the
    label on the line before (是否发 布服务事项目 | 注册用户数（个） | 录)."""
    token = only(walk, r)
    f = token.field if token is not None and token.piece.kind == "value" else None
    if f is None or r < 2 or not any(t.field is f for t in walk.rows[r - 2]):
        return None
    assert token is not None
    return token, (f,)


_CODED_RE = re.compile(r"[0-9０-９.]")
_CUT_END = 2
"""Characters of a label's end its cell's width may cut off (数, 新量)."""


def _stray(walk: Placement, r: int, found: list[tuple[Token, tuple[Field, ...]]]) -> bool:
    """Whether line r, among labels (one before it, one right after), holds only a value
    of one field's own shape (a registration number, an address), which reading order may
    move anywhere; `leftover` finds its field."""
    if not found or r + 1 >= len(walk.rows):
        return False
    token = only(walk, r)
    if token is None or token.piece.kind != "value" or not _CODED_RE.search(token.piece.text):
        return False  # every shape holds a digit or a dot
    if _lone_label(walk, r + 1) is None:
        return False
    form = walk.index.form
    shapes = value_shapes(form)
    if any(f.key in shapes and has_shape(f, token.piece.text, form) for f in found[-1][1]):
        return False  # the value of the label right before it (首页网址 | https://…)
    return any(only_shape(form.by_key[key], token.piece.text, form) for key in shapes)


def _values(walk: Placement, r: int, most: int) -> list[Token]:
    """The lone values on the lines from `r` (lines of units between), at most `most`."""
    found: list[Token] = []
    while r < len(walk.rows) and r not in walk.rows.ending and len(found) < most:
        token = _lone(walk, r, "value")
        # Group names may come before the values, not after them: a new section.
        between = units(walk.rows[r]) or (not found and groups_only(walk.rows[r]))
        if token is None and not between:
            break
        if token is not None and found and _other_half(found[-1], token):
            # One option a line (☐是 | ☑否): one choice's answer.
            before = found[-1]
            before.piece = Piece("value", f"{before.piece.text} {token.piece.text}", ticks=True)
            token.used = True
        elif token is not None and found and _code_tail(found[-1], token):
            # A code's tail its narrow cell wrapped (23012485078580 | 号): one value, as
            # every reader should read it.
            before = found[-1]
            before.piece = Piece("value", before.piece.text + token.piece.text)
            token.used = True
        elif token is not None:
            found.append(token)
        r += 1
    return found


_OPTION_RE = re.compile(rf"[{TICKS}]\s*([^\s{TICKS}]+)")


def _other_half(before: Token, token: Token) -> bool:
    """Whether two lone values are one option each of a pair (☐是 | ☑否)."""
    first, second = _OPTION_RE.fullmatch(before.piece.text), _OPTION_RE.fullmatch(token.piece.text)
    return first is not None and second is not None and {first[1], second[1]} == YES_NO


_TAIL_RE = re.compile(r"号(?:-\d{1,2})?")


def _code_tail(before: Token, token: Token) -> bool:
    """Whether `token` is the cut tail of a registration number `before` is (号, 号-1); not
    of a line of several values, whose last a count may be (… 1146637 | 号)."""
    text = before.piece.text
    return (
        text[-1:].isdigit() and " " not in text and _TAIL_RE.fullmatch(token.piece.text) is not None
    )


def _stack(walk: Placement, row: int) -> None:
    """Pairs the run of lone labels around `row` with the run of lone values after it."""
    first = row
    while first > 0:
        if units(walk.rows[first - 1]) or groups_only(walk.rows[first - 1]):
            first -= 1
            continue
        # A label ending on the line before, or a broken one whose rest is on `first`.
        start = next(
            (k for k in (first - 1, first - 2) if k >= 0 and _ends_at(walk, k, first)), None
        )
        if start is None:
            break
        first = start
    labels, r = lone_labels(walk, first, joined=True)
    # One more than the labels at most: enough to tell that the runs do not match.
    values = _values(walk, r, len(labels) + 1)
    form = walk.index.form
    two = _two_runs(walk, labels, values)
    if two is not None:  # each value already its label's
        for (token, _), value in zip(*two, strict=True):
            walk.stacks[_place(walk, token)] = value
        return
    if len(values) > len(labels) and not any(
        _fits(fields, values[-1], form) for _, fields in labels
    ):
        values.pop()  # the next row's value, of another kind (a count after yes/no answers)
    elif len(values) > len(labels) and values[-1].piece.ticks and "☑" not in values[-1].piece.text:
        # Options without a tick answer nothing: the rest of a list its cell wrapped, which
        # reading order set after the run (是否建立…机制 | ☑是 | … | ☑是 ☐否 | ☐否).
        values.pop()
    if len(labels) >= 2 and len(values) == len(labels) + 1 and not _cut_end(values[0]):
        # A value of a row far before, which reading order set first (a tall cell's: 12 |
        # ☑是 ☐否 | 770 …), when only without it the values are of their labels' kinds; not
        # a label's cut end (数 | ４ | ０: the run missed that label).
        after, before = (_all_fit(labels, v, form) for v in (values[1:], values[:-1]))
        if after and not before:
            values = values[1:]
    if len(labels) > len(values) >= 2 and not any(v.piece.ticks for v in values):
        # A choice's answer set elsewhere (pdftotext writes a row's boxes after its counts:
        # 是否… 注册用户数 … | 24 573 | 186 | 163 | … | ☑是 ☐否): the values are the others'.
        labels = [x for x in labels if not all(f.type in CHOICE_TYPES for f in x[1])]
    if len(labels) > len(values) >= 2:
        # A code none of the values has the shape of is set elsewhere (公安机关备案 | 号 |
        # 独立用户访问总量 | 网站总访问量 | 216035个 | 333153次): the values are the others'.
        labels = [x for x in labels if any(_fits(x[1], v, form) for v in values)]
    if len(labels) > len(values) >= 2 and _codes_after(labels, len(values), values, form):
        # A code wrapped over two lines comes later in reading order than the values of the
        # cells beside it (政府网站标识码 | ICP备案号 | 公安机关备案号 | 4690281565 |
        # 琼ICP备55651446号-2 | … | 琼公网安备 | 46902824198117号): the first labels' values.
        labels = labels[: len(values)]
    if len(labels) == len(values) + 1 >= 3 and all(len(x[1]) == 1 for x in labels):
        # One label's cell left blank, the one the form lets be (平均办理时间 when 办结留言数量
        # is 0: 收到留言数量 | 办结留言数量 | 平均办理时间 | 0 | 0): the values are the others'.
        texts = [v.piece.text for v in values]
        gap = blank_place([x[1][0] for x in labels], texts)
        labels = labels if gap is None else [x for k, x in enumerate(labels) if k != gap]
    kept = units_subsequence([fields for _, fields in labels], values, form)
    if len(values) >= 2 and kept is not None:
        # Values each written with its unit, too few, that only the labels of one choice
        # take in order: the others' values are set elsewhere (… | 202条 | 102条 | 2.4天).
        labels = [labels[k] for k in kept]
    if len(labels) >= 2 and len(values) > len(labels):  # an answer's options split apart
        by_kind = in_kinds_order([fields for _, fields in labels], values)
        values = by_kind if by_kind and _all_fit(labels, by_kind, form) else values
    # Only when the runs match: a value wrapped onto a second line, or a label with
    # its value beside it, leaves no way to tell whose a value is.
    matched = len(labels) >= 2 and len(values) == len(labels) and _all_fit(labels, values, form)
    pairs = zip(labels, values, strict=False)
    if matched and any(unit_clash(x[1], v.piece.text, form) for x, v in pairs):
        # Values each written with its unit, set out of their labels' order: each goes to
        # the labels of its unit, in order (访谈期数 after 网民留言数量 | 0期 | 0条).
        by_unit = in_units_order([fields for _, fields in labels], values, form)
        if by_unit is not None and _all_fit(labels, by_unit, form):
            values = by_unit
    elif matched and (ordered := in_form_order(labels, values)) and _all_fit(ordered, values, form):
        labels = ordered
    unpaired = len(labels) >= 2 and len(values) > len(labels)
    for k, (token, _) in enumerate(labels):
        walk.stacks[_place(walk, token)] = values[k] if matched else None
        if unpaired:
            walk.unpaired.add(_place(walk, token))


def _two_runs(
    walk: Placement, labels: list[tuple[Token, tuple[Field, ...]]], values: list[Token]
) -> tuple[list[tuple[Token, tuple[Field, ...]]], list[Token]] | None:
    """Two sections' tall cells side by side (pdftotext without -layout): a run of lone
    labels, fewer lone values, a second run of labels and the other values, each written
    beside its unit (总数 | 概况类… | 政务动态… | 信息公开… | 条 1 980 | 维护数量 | 新开设数量
    | 个 46 | 条 10 | 条 1 135 | 条 835 | 个 25): both runs as one, each value the next of
    its unit's, when every value's unit is one label's."""
    form = walk.index.form
    if not values or len(values) >= len(labels) or None in value_units(walk, values, form):
        return None
    more, after = lone_labels(walk, values[-1].row + 1, joined=True)
    if not more or None in label_units(labels + more):
        return None  # counts only: their values are read by unit, nothing else changed
    rest = _values(walk, after, len(labels) + len(more) - len(values) + 1)
    labels, values = labels + more, values + rest
    ordered = by_units(walk, labels, values, form)
    return (labels, ordered) if ordered is not None and _all_fit(labels, ordered, form) else None


def _codes_after(
    labels: list[tuple[Token, tuple[Field, ...]]], n: int, values: list[Token], form: Form
) -> bool:
    """Whether the labels past the first n are codes', and the first n fit the values."""
    shapes = value_shapes(form)
    later = all(f.key in shapes for _, fields in labels[n:] for f in fields)
    return later and _all_fit(labels[:n], values, form)


def _all_fit(
    labels: list[tuple[Token, tuple[Field, ...]]], values: list[Token], form: Form
) -> bool:
    pairs = zip(labels, values, strict=True)
    return all(_fits(fields, value, form) for (_, fields), value in pairs)


def _cut_end(token: Token) -> bool:
    """Whether a value is short enough to be a label's cut end (数, 量)."""
    text = token.piece.text.strip()
    return len(text) <= _CUT_END and not token.piece.ticks and DIGIT_RE.search(text) is None


def _ends_at(walk: Placement, start: int, line: int) -> bool:
    """Whether a lone label starting on line `start` reaches line `line` or just before."""
    label = _lone_label(walk, start, joined=True)
    return label is not None and label[2] >= line


def _fits(fields: tuple[Field, ...], value: Token, form: Form) -> bool:
    """Whether a value can be one of the label's: options for a choice, a number for a
    count, a code of the shape the form's rules ask (its kinds read from the fields the
    label may stand for). Fields of several kinds ask for any value without a box."""
    shapes = value_shapes(form)
    if fields and all(f.key in shapes for f in fields):
        return any(has_shape(f, value.piece.text, form) for f in fields)
    one_kind = all(f.type in CHOICE_TYPES for f in fields) or all(
        f.type in COUNT_TYPES for f in fields
    )
    if fields and all(f.type == "str" and not f.identifier for f in fields):
        return not value.piece.ticks and "://" not in value.piece.text  # no name's: http://
    return fits(fields[0], value) if fields and one_kind else not value.piece.ticks
