"""A value that reading order set far from its label (pdftotext without -layout: 回应公众关注热
点或重大舆情数量(单位:次) | 办事服务 | … | 互动交流 | 1次), known by its kind: a count by the unit
it is written with, a choice's options by their names (☐是 ☑否 is any yes/no's).

When the walk read a field's label and found no value for it, every other field of that
kind (次: 网站总访问量, 安全检测评估次数; 是/否: every yes/no) has one, and exactly one value
of the kind stands free within reach of the label, nearer to it than to any other label of
the kind, the value is the field's: whatever else it could be was read already. A count
also when the other fields of its unit still without one have labels out of its reach
(维护数量 rows away from 发现问题数量's 4个).
"""

from __future__ import annotations

import re
from functools import cache

from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES, read_plainly, written_unit
from nianbao.extract.labels import unit_word
from nianbao.extract.leftover import label_rows, take_moved
from nianbao.extract.misread import option_labels, option_names
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.thousands import related, spaced_digits
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form
from nianbao.rules import count_relations

_FAR = 20
"""Rows before and after a label searched for a value of its kind."""
_COUNTED_RE = re.compile(r"[0-9０-９][0-9０-９,，.． ]*\s*[\u4e00-\u9fff]{1,2}")
"""A count and the unit it is written with (1次, 11 589件), nothing else."""

Kind = str | frozenset[str]


def take_kind_leftovers(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    kinds = _kinds(form)
    of_kind = _of_kind(form)
    # Fields with no value the field can read; most reports: none whose label was read.
    unread = {
        key
        for key in kinds
        if not read_plainly(match, form.by_key[key]) and not match.read(form.by_key[key])
    }
    pending = [f for f in form.fields if f.key in unread and f.key in match.seen]
    if not pending:
        return
    labels = label_rows(walk, walked, set(kinds))
    for f in pending:
        kind = kinds[f.key]
        if not isinstance(kind, str) and len(of_kind[kind]) < 2:
            continue  # options of one field's own: `leftover`'s, near their label only
        lacking = [key for key in of_kind[kind] if key != f.key and key in unread]
        if lacking and (not isinstance(kind, str) or any(key not in labels for key in lacking)):
            continue  # another field of the kind lacks its value too, its label unread
        row = labels.get(f.key)
        if row is None:
            continue
        found = [
            t
            for r in range(max(0, row - _FAR), min(walked, row + _FAR + 1))
            for t in walk.rows[r]
            if _free(t) and _of(f, kind, t, form)
        ]
        if any(abs(t.row - labels[key]) <= _FAR for t in found for key in lacking):
            continue  # a count another label of its unit, still without one, may reach
        anywhere = not found and not lacking
        if anywhere:
            # Reading order may set a value anywhere in the table: the one free count of
            # the unit there, or list of the kind's options, is the one field's still
            # without it (网站总访问量 … 4158048次; 是否使用统一平台 … 留 | 言 … ☑是), every
            # other field of the kind having one read.
            found = [
                t for r in range(walked) for t in walk.rows[r] if _free(t) and _of(f, kind, t, form)
            ]
        if len(found) != 1:
            continue
        token = found[0]
        others = [key for key in of_kind[kind] if key != f.key and key in labels]
        if not anywhere and any(
            _nearer_own(match, key, labels[key], token.row, row) for key in others
        ):
            continue  # as near another label of its kind, whose reading may be wrong
        if not isinstance(kind, str) and _under_other(match, token, f, labels, kinds):
            continue  # a whole list right under another label: that label's own
        take_moved(walk, match, f, token)
        unread.discard(f.key)
    _deal_in_order(walk, match, walked, [f for f in pending if f.key in unread], labels)
    _counts_in_order(walk, match, walked, [f for f in pending if f.key in unread], labels)
    _unit_counts(walk, match, walked, labels)
    _lone_count(walk, match, walked, labels)


def _deal_in_order(
    walk: Placement, match: Match, walked: int, pending: list[Field], labels: dict[str, int]
) -> None:
    """Choices of one kind several fields still lack (是/否: 是否提供智能问答, 是否有移动新
    媒体), their answers set apart from their labels in the same order: the free answers of
    the kind between the first label and _FAR rows past the last go to the fields in order,
    when there are as many and each stands after its own field's label."""
    form = walk.index.form
    kinds = _kinds(form)
    by_kind: dict[Kind, list[Field]] = {}
    for f in pending:
        if f.type in CHOICE_TYPES and f.key in labels:
            by_kind.setdefault(kinds[f.key], []).append(f)
    for kind, fields in by_kind.items():
        if len(fields) < 2:
            continue
        rows = [labels[f.key] for f in fields]
        if rows != sorted(rows):
            continue  # labels out of the form's order: no order to go by
        found = [
            t
            for r in range(rows[0], min(walked, rows[-1] + _FAR + 1))
            for t in walk.rows[r]
            if _free(t) and _of(fields[0], kind, t, form)
        ]
        if len(found) != len(fields) or any(
            t.row <= row or _under_other(match, t, f, labels, kinds)
            for t, row, f in zip(found, rows, fields, strict=True)
        ):
            continue
        for f, token in zip(fields, found, strict=True):
            take_moved(walk, match, f, token)


def _counts_in_order(
    walk: Placement, match: Match, walked: int, pending: list[Field], labels: dict[str, int]
) -> None:
    """Counts of fields following each other in the form, their labels a few lines apart
    and their counts, written alone or with their fields' units, set after other cells'
    values (独立用户访问总量 | （个） | 网站总访问量 | https://… | 59,974 | 772,560): the free
    counts past the labels, up to the label of another field without a value, go to the
    fields in order, when there are as many, and they keep the relations the form's rules
    set between the fields. The order is the labels' or, when that breaks a rule a report
    must keep and the form's does not, the form's (网站总访问量（单 | 独立用户访问总 | … |
    326908 | 3023787 | 位：次）: the labels' heads in another order than their cells)."""
    form = walk.index.form
    counts = sorted(
        (f for f in pending if f.type in COUNT_TYPES and f.key in labels),
        key=lambda f: labels[f.key],
    )
    runs: list[list[Field]] = []
    for f in counts:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(f.order - last.order) == 1
            and labels[f.key] - labels[last.key] <= _APART
            and not any(
                labels[last.key] < row < labels[f.key] and form.by_key[key].type in COUNT_TYPES
                for key, row in labels.items()
            )  # another count's label between (总数 | 政务动态… | 概况类…)
        ):
            runs[-1].append(f)
        else:
            runs.append([f])
    for fields in runs:
        if len(fields) < 2:
            continue
        found = _counts_after(walk, match, walked, fields, labels[fields[-1].key])
        if len(found) != len(fields):
            continue
        items = [t.piece.text.strip() for t in found]
        ordered = sorted(fields, key=lambda f: f.order)
        for way in [fields] if ordered == fields else [fields, ordered]:
            if all(_count_of(f, text, form) for f, text in zip(way, items, strict=True)) and (
                related(form, way, items, strict=False) is not False
            ):
                break
        else:
            continue
        for f, token in zip(way, found, strict=True):
            take_moved(walk, match, f, token)


def _unit_counts(walk: Placement, match: Match, walked: int, labels: dict[str, int]) -> None:
    """No field of a unit read with a value, all their labels read, and as many free counts
    written with that unit within reach of the labels (248项 | 注册用户数量 | 21419个 | 83项 |
    政务服务事项数 | 可全程在线办理…): the counts go to the fields, in reading order to the
    form's, when they keep the relations the form's rules set between the fields. Not for a
    unit some field has read: of many fields (个, 条), counts left may be anyone's."""
    form = walk.index.form
    for unit, keys in _of_kind(form).items():
        if not isinstance(unit, str) or len(keys) < 2:
            continue
        fields = [form.by_key[key] for key in keys if not match.read(form.by_key[key])]
        if len(fields) < len(keys) or any(
            f.key not in labels or match.candidates.get(f.key) for f in fields
        ):
            continue
        rows = [labels[f.key] for f in fields]
        found = [
            t
            for r in range(max(0, min(rows) - _FAR), min(walked, max(rows) + _FAR + 1))
            for t in walk.rows[r]
            if _free(t) and _of(fields[0], unit, t, form)
        ]
        items = [t.piece.text.strip() for t in found]
        if len(found) != len(fields) or not all(
            readable(f, text) for f, text in zip(fields, items, strict=True)
        ):
            continue
        if related(form, fields, items, strict=False) is not False:
            for f, token in zip(fields, found, strict=True):
                take_moved(walk, match, f, token)


def _counts_after(
    walk: Placement, match: Match, walked: int, fields: list[Field], row: int
) -> list[Token]:
    """The free counts, alone or with a unit, in the lines after `row`, up to the label of
    a field other than `fields` without a value."""
    found: list[Token] = []
    for r in range(row + 1, min(walked, row + _FAR + 1)):
        line = walk.rows[r]
        if any(
            t.field is not None and t.field not in fields and not match.read(t.field) for t in line
        ):
            break
        found += [t for t in line if _free(t) and _counted(t.piece.text.strip())]
    return found


def _counted(text: str) -> bool:
    return _PLAIN_RE.fullmatch(text) is not None or _COUNTED_RE.fullmatch(text) is not None


def _count_of(f: Field, text: str, form: Form) -> bool:
    """Whether f reads a count written alone or with f's own unit (328369个)."""
    unit = written_unit(text, form)
    plain = _PLAIN_RE.fullmatch(text) is not None
    return (plain or (unit is not None and unit == f.unit)) and readable(f, text)


def _lone_count(walk: Placement, match: Match, walked: int, labels: dict[str, int]) -> None:
    """A count field read without a value, and the one count nothing took in the lines
    after its label, up to a label of its own section (but one read with its value on the
    line after it) or of a field still without a value: that count is its, written
    without a unit where reading order moved it (回应公众关注热点或重大舆情数量 | 办事服务 | … |
    互动交流 | 1), when it keeps the form's relations with the counts read. Not a count
    right above the label of a count still without one (which it may be), beside a unit
    not the field's, or right after the value of a count label passed (the two labels'
    counts in turn)."""
    form = walk.index.form
    unread = [
        f
        for f in form.fields
        if f.type in COUNT_TYPES and f.key in match.seen and not match.read(f)
    ]
    for f in unread:
        if f.key in labels and not match.candidates.get(f.key):
            # Not one whose value the walk found and cannot read (11 新 开 设).
            _lone_count_of(walk, match, walked, f, labels[f.key])


def _lone_count_of(walk: Placement, match: Match, walked: int, f: Field, row: int) -> None:
    form = walk.index.form
    found: list[Token] = []
    lacking = -1  # the line of the label of a count without a value that ended the search
    counted = False  # whether it passed the label of a count
    for r in range(row + 1, min(walked, row + _FAR + _ABOVE + 1)):
        line = walk.rows[r]
        past = [t.field for t in line if t.field is not None and t.field is not f]
        if any(_past(match, f, g, r, counted) for g in past):
            if any(g.type in COUNT_TYPES and not match.read(g) for g in past):
                lacking = r
            break
        counted = counted or any(g.type in COUNT_TYPES for g in past)
        if r <= row + _FAR:  # the lines past it only for the label that may end the search
            found += [t for t in line if _free(t) and _plain(walk, t)]
    if len(found) != 1 or not readable(f, found[0].piece.text):
        return
    if 0 <= lacking - found[0].row <= _ABOVE:
        return  # right above that label: reading order may set a count before it (次 | 8 | 回应…)
    if _other_unit(walk, f, found[0].row):
        return  # the unit column's cell beside it is another field's (次 | 5)
    lines = (walk.rows[r] for r in range(row + 1, found[0].row))
    beside = {c.row for line in lines for c in _read_below(match, f, line)}
    if found[0].row - 1 in beside or found[0].row in beside:
        return  # the count after another label's of the section: the two labels' in turn
    keys = {key for r in count_relations(form) if f.key in r.keys for key in r.keys}
    fields = [g for g in form.fields if g.key in keys and g is not f and match.read(g)]
    texts = [_readable_raw(match, g) for g in fields]
    if related(form, [f, *fields], [found[0].piece.text, *texts], strict=False) is False:
        return  # 75 = 37 + 10 + 媒体评论文章: not the 6 after it
    take_moved(walk, match, f, found[0])


def _plain(walk: Placement, token: Token) -> bool:
    """Whether a token is a count written alone: without a unit, its thousands set off by
    commas, or by blanks in a block of text of its own (322 855: one cell's)."""
    text = token.piece.text.strip()
    if _PLAIN_RE.fullmatch(text) is not None:
        return True
    line = walk.rows[token.row]
    return len(line) == 1 and walk.doc.alone(token.row) and spaced_digits(text.split())


_ABOVE = 2
"""Lines above a label a count may stand that reading order set before it."""
_APART = 4
"""Lines between the labels of a run, at most: each label's own, its unit's rest and
another field's label (独立用户访问总 | 量（单位：个） | 公安机关备案号 | 网站总访问量)."""
_PLAIN_RE = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*|[0-9０-９]+")
"""A count written alone, without a unit, its thousands set off by commas or not."""


_UNDER = 3
"""Rows under a label its whole list of options stands within, as its own."""


def _under_other(
    match: Match, token: Token, f: Field, labels: dict[str, int], kinds: dict[str, Kind]
) -> bool:
    """Whether an answer with all its kind's options (☑是 ☐否) stands right under the
    label of another field of the kind that has no such answer read nearer: that label's,
    whatever the walk read for it. A lone option (☑否) is what reading order moves away."""
    kind = kinds[f.key]
    if option_names(token.piece.text) != kind:
        return False
    for key, row in labels.items():
        if key == f.key or kinds.get(key) != kind or not 0 < token.row - row <= _UNDER:
            continue
        read = match.candidates.get(key)
        if not read or option_names(read[0].raw) != kind or not row < read[0].row < token.row:
            return True
    return False


def _nearer_own(match: Match, key: str, at: int, row: int, own: int) -> bool:
    """Whether the value at `row` is as near the label of `key` at `at` as to f's label at
    `own`; for a choice, also nearer to it than the answer read for `key` (a count read
    may be a misreading; an answer with its options is the label's own)."""
    if abs(at - row) > abs(own - row):
        return False
    read = match.candidates.get(key)
    if not read or read[0].field.type not in CHOICE_TYPES:
        return True
    return abs(at - row) < abs(at - read[0].row)


def _other_unit(walk: Placement, f: Field, row: int) -> bool:
    """Whether a line next to `row` ends with a unit nothing took, not f's (次 | 5, 量
    (单位:条) | 526)."""
    for r in (row - 1, row + 1):
        line = walk.rows[r] if 0 <= r < len(walk.rows) else []
        last = line[-1] if line else None
        if last is not None and last.piece.kind == "unit" and not last.used:
            unit = unit_word(last.piece.text.strip())
            if unit is not None and unit != f.unit:
                return True
    return False


def _read_below(match: Match, f: Field, tokens: list[Token]) -> list[Candidate]:
    """The readings of the other counts of f's section whose labels `tokens` hold."""
    return [
        c
        for t in tokens
        if t.field is not None
        and t.field is not f
        and t.field.type in COUNT_TYPES
        and t.field.group_ids[:1] == f.group_ids[:1]
        for c in match.candidates.get(t.field.key, ())[:1]
    ]


def _past(match: Match, f: Field, other: Field, row: int, counted: bool) -> bool:
    """Whether a lone count stops being f's past the label of `other` on `row`: one still
    without a value, or one of f's section (whose counts may have been read wrongly) unless
    its value was read on the line after it and it is a count's or follows one's
    (网民留言数量 | 答复网民提问数量 | 42 | 是否提供智能问答 | ☑是 ☐否 | 59: reading order set the
    row's first count after the next row; not 收到留言数量 | 是否使用统一平台 | ☑是 | 6)."""
    if not match.read(other):
        return True
    if other.group_ids[:1] != f.group_ids[:1]:
        return False
    if other.type not in COUNT_TYPES and not counted:
        return True
    read = match.candidates.get(other.key)
    return not read or not row <= read[0].row <= row + 1


def _readable_raw(match: Match, f: Field) -> str:
    return next(c.raw for c in match.candidates.get(f.key, ()) if readable(f, c.raw))


@cache
def _kinds(form: Form) -> dict[str, Kind]:
    """Field key → its kind, for the fields that have one."""
    return {f.key: kind for f in form.fields if (kind := _kind(f)) is not None}


@cache
def _of_kind(form: Form) -> dict[Kind, list[str]]:
    """Kind → the keys of the form's fields of that kind."""
    found: dict[Kind, list[str]] = {}
    for key, kind in _kinds(form).items():
        found.setdefault(kind, []).append(key)
    return found


def _kind(f: Field) -> Kind | None:
    if f.type in COUNT_TYPES:
        return f.unit or None
    if f.type in CHOICE_TYPES:
        return option_labels(f)
    return None


def _of(f: Field, kind: Kind, token: Token, form: Form) -> bool:
    """Whether a free value is of f's kind, and f can read it."""
    text = token.piece.text.strip()
    if isinstance(kind, str):
        counted = not token.piece.ticks and _COUNTED_RE.fullmatch(text) is not None
        return counted and written_unit(text, form) == kind and readable(f, text)
    names = option_names(text)
    return token.piece.ticks and bool(names) and names <= kind and readable(f, text)


def _free(token: Token) -> bool:
    return not token.used and not token.cell.copy and token.piece.kind == "value"
