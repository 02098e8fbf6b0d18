"""Label text → candidate fields and groups, built from the form definition.

Everything the matcher knows about labels comes from the form file: each
field's `label` and `variants`, each group's `label` and `variants`. What is
added here is only how people write labels: units in brackets, numbering,
full-width characters, stray spaces and punctuation.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from nianbao.forms.model import Field, Form, Group

_Meaning = TypeVar("_Meaning", Field, tuple[Group, ...])

# Measure words the form's units are written with; "(单位：个)", "（个）" and "单位: 条"
# are units wherever they stand, never part of a label.
UNIT_WORDS = (
    "个工作日",
    "工作日",
    "人次",
    "万人次",
    "万次",
    "万条",
    "万个",
    *"个次条项件期篇天人户家位名",
)
UNIT_ALT = "|".join(UNIT_WORDS)
UNIT_RE = re.compile(
    rf"[(（\[【]\s*(?:单\s*位\s*[:：]?\s*)?(?P<u1>{UNIT_ALT})"
    # A note after the unit, in its brackets (（单位：个，按自然日去重统计）).
    r"\s*(?:[,，;；]\s*[^()（）\[\]【】]{1,24}?\s*)?(?:[)）\]】]|$)"
    rf"|(?:^|(?<=\s))单\s*位\s*[:：]\s*(?P<u2>{UNIT_ALT})(?=\s|$)"
    # A unit cut by a line or page end: 法人办件量(单位: | 件); text of one space between
    # words may set another cell's unit, so cut, between a value and the next cell's (名称
    # 某某发布 （单位： 1453条 | 条）), where its own label's would follow the label at once.
    r"|[(（\[【]\s*单(?:\s*位\s*[:：]?)?\s*$|(?<=\s)[(（\[【]\s*单\s*位\s*[:：](?=\s)"
)
_UNIT_ONLY_RE = re.compile(  # the rest of a unit cut after 单 counts too: 位：项）
    rf"^\s*(?:[(（\[【]\s*)?(?:单?\s*位\s*[:：]?\s*)?(?P<unit>{UNIT_ALT})\s*(?:[)）\]】])?\s*$"
)
UNIT_REST_RE = re.compile(rf"\s*(?:位\s*[:：]\s*)?(?:{UNIT_ALT})\s*[)）\]】]")
"""The rest of a unit cut by a line end, opening the next line: 位：条） (after 单), 个）
(after 单位：)."""
# Numbering in front of a label: 一、 1. 1、 (1) （一） ① 第一
_NUMBERING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|[(]\d{1,2}[)]"
    r"|[(][一二三四五六七八九十]{1,3}[)]|[\u2460-\u2473])"
)
_DROP_RE = re.compile(r"[\W_]")
# What a label asks of the one filling it in, in brackets after it: a signature or a seal
# (填报单位（盖章）, 单位负责人（签字）), one answer or several (创新发展（可多选）), where to
# mark it (网站类型（在对应栏内打“☑”）), the answers to write (（Y/N）, （门户/部门/专项）).
# It belongs to the label, not to the name, seal or options after it.
LABEL_NOTE_RE = re.compile(
    r"[(（\[【]\s*(?:签\s*[字名章]|盖?\s*公?\s*章|手\s*签|签字\s*并?\s*盖章"
    r"|可?\s*[多单]\s*选"
    r"|(?:可?\s*[多单]\s*选\s*[,，、]?\s*)?[^()（）\[\]【】]{0,12}?打\s*[“\"'‘]?\s*"
    r"[☑☐√✓✔■□×Xx钩勾]\s*[”\"'’]?[^()（）\[\]【】]{0,6}?"
    # The web's name for the count (独立访客量（UV）, 网站总访问量（PV，单位：次）).
    r"|(?:UV|PV|uv|pv)(?:\s*[,，、;；]\s*单\s*位\s*[:：]?\s*[\u4e00-\u9fff]{1,2})?"
    # The answers a roster's column takes (是否使用统一平台（Y/N）, 网站类型（门户/部门/专项）).
    r"|(?:[A-Za-z\u4e00-\u9fff]{1,4}\s*[/／|｜]\s*){1,4}[A-Za-z\u4e00-\u9fff]{1,4})\s*[)）\]】]"
)
_TRAILING_NOTE_RE = re.compile(rf"\s*(?:{LABEL_NOTE_RE.pattern})\s*$")
_UNITS_LEGEND_RE = re.compile(
    r"(?:\s{2,}|\u3000)\s*(?:计量)?单位\s*[:：]\s*[条个次项件篇期天人、，,/\s]+$"
)
"""The table's units said once after the unit's name on the line over it (填表单位：某局
　　　单位：条、个、次): the sheet's legend, no part of the name."""
UNITS_LEGEND_RE = re.compile(
    rf"(?:计量)?单\s*位\s*[:：]\s*(?:{UNIT_ALT})(?:\s*[、，,/]\s*(?:{UNIT_ALT}))+"
)
"""A line of the table's units said once (单位：条、个、次、项): no text's part."""
_LEADING_NOTE_RE = re.compile(rf"^(?:{LABEL_NOTE_RE.pattern})\s*(?=\S)")


def without_label_note(text: str) -> str:
    """A value without a label's note that came after it (某局（盖章）: the seal's place the
    form marks after the name, not part of it) or before it (（盖章）某局), nor the table's
    units' legend after a wide gap (某局　　　单位：条、个), nor what runs on
    past a bracket closed before the value began (prose: （…主办单位：某局）作为部门网站，…)."""
    if "）" in text or ")" in text:
        text = _unopened_cut(text)
    if text.startswith(("(", "（", "[", "【")):
        text = _LEADING_NOTE_RE.sub("", text)  # 填报单位：（盖章）某局
    if "单位" in text:
        text = _UNITS_LEGEND_RE.sub("", text)
    return _TRAILING_NOTE_RE.sub("", text) if text.endswith((")", "）", "]", "】")) else text


def _unopened_cut(text: str) -> str:
    depth = 0
    for k, char in enumerate(text):
        if char in "（(":
            depth += 1
        elif char in "）)":
            if depth == 0:
                return text[:k].rstrip() if k > 0 else text
            depth -= 1
    return text


_OPENERS = frozenset("一二三四五六七八九十单")
"""Chinese characters normalising may take off the front: numbering, a unit's 单位."""
_ASCII_DIGITS = frozenset("0123456789")


def common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many groups two chains of group ids share from the top."""
    shared = (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)
    return next(shared, min(len(a), len(b)))


def said_unit(text: str) -> str | None:
    """The unit a text writes (条 in 总数(单位:条)), if any."""
    unit = UNIT_RE.search(text)
    return (unit["u1"] or unit["u2"]) if unit else None


def unit_word(text: str) -> str | None:
    """The unit a cell holding nothing but a unit names (项 in （项）, 单位：项 or 项)."""
    found = _UNIT_ONLY_RE.match(text) if len(text) <= 16 else None
    return found["unit"] if found else None


def is_unit(text: str) -> bool:
    """Whether a cell holds nothing but a unit, such as 单位：条 or （个）."""
    return len(text) <= 16 and _UNIT_ONLY_RE.match(text) is not None


_NORMAL: dict[str, str] = {}
_NORMAL_MAX = 20_000


def normalize_label(text: str) -> str:
    """The comparable form of a label: no units, numbering, spaces, punctuation; NFKC.
    Kept: the walk asks for the same texts' forms hundreds of times a document (a plain
    dict, emptied when full, costs less per call than functools' bounded cache)."""
    found = _NORMAL.get(text)
    if found is None:
        if len(_NORMAL) >= _NORMAL_MAX:
            _NORMAL.clear()
        found = _NORMAL[text] = label_normal_form(text)
    return found


def label_normal_form(text: str) -> str:
    """`normalize_label` without keeping the result: for texts seen once (headings, whole
    pages), which would only fill its store."""
    # Chinese characters and ASCII digits only (a name, a count): nothing to take off.
    return text if _PLAIN_RE.fullmatch(text) else _normalized(text)


_PLAIN_RE = re.compile(r"[\u4e00-\u9fff0-9]+")


_FOOTNOTE_MARK_RE = re.compile(r"[\u2460-\u2473\u2776-\u277f]")
_FOOTNOTE_RE = re.compile(rf"(?<=\S)\s*{_FOOTNOTE_MARK_RE.pattern}")
"""A footnote's mark after a label (总数（单位：条）①), which NFKC would make a digit."""


def _normalized(text: str) -> str:
    if _FOOTNOTE_MARK_RE.search(text):  # a charset first: _FOOTNOTE_RE's lookbehind is not
        text = _FOOTNOTE_RE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    # Both regexes need a bracket (or 单) to match, and cost more than the look for one.
    bracket = "(" in text or "[" in text or "【" in text
    if bracket or "单" in text:
        text = UNIT_RE.sub("", text)
    if bracket:
        text = LABEL_NOTE_RE.sub("", text)
    text = "".join(text.split())
    while (match := _NUMBERING_RE.match(text)) is not None:
        text = text[match.end() :]
    return _DROP_RE.sub("", text).casefold()


@dataclass(frozen=True, slots=True)
class LabelHit:
    """What one label text can mean: fields (several when generic) and groups."""

    fields: tuple[Field, ...] = ()
    groups: tuple[Group, ...] = ()
    fuzzy: bool = False

    @property
    def names_group(self) -> bool:
        """Whether the text is a group's name and no field's label."""
        return bool(self.groups) and not self.fields


@dataclass(eq=False)
class LabelIndex:
    form: Form
    fields: dict[str, tuple[Field, ...]] = field(default_factory=dict)
    groups: dict[str, tuple[Group, ...]] = field(default_factory=dict)
    chains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Group id → the ids from the outermost section down to it."""
    stop: str = ""
    """The normalised title of the instructions: the table ends where they start."""
    closing: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """(headings of the section before the one holding the form's last field, labels of
    that last field), normalised: a page showing one of the latter after one of the
    former holds the end of the table (创新发展 … 填报日期)."""
    max_chunks: int = 6
    long_tails: tuple[str, ...] = ()
    """Field labels long enough to end a word that is no label (2023年政府网站工作年度报表)."""
    heads: frozenset[str] = frozenset()
    """The first two or more characters of each field label, short of the whole."""
    initials: frozenset[str] = frozenset()
    """The first character of every label (`may_start`)."""
    field_heads: dict[str, Field] = field(default_factory=dict)
    """The first four or more characters of a field label, short of the whole and of any
    other label, that begin one field's labels only: a wrapped label's first line."""
    group_heads: dict[str, LabelHit] = field(default_factory=dict)
    """A group name's first three or more characters, short of the whole, that begin no
    other label: a tall group cell's first line (移动新媒 | 体) → the group."""
    texts: tuple[str, ...] = ()
    """The keys of the form's free texts (not codes): the fields a footnote may be read for."""
    hits: dict[str, LabelHit] = field(default_factory=dict)
    """Each label's and group name's normal form → what it means (`lookup`'s answers, made
    once: the walk asks hundreds of times a document)."""

    def may_start(self, text: str, at: int) -> bool:
        """Whether a label's normal form can begin with the text starting at `at`: a
        running text's words are told apart without normalising each run of them. A
        Chinese character stays first when normalised unless numbering (一、) or a unit
        (单位：) starts with it; ASCII digits go only as numbering (1、 2 .), which takes at
        most two of them and something other than a Chinese character after them."""
        first = text[at]
        if first in self.initials:
            return True
        if "\u4e00" <= first <= "\u9fff":
            return first in _OPENERS
        if not "0" <= first <= "9":
            return True
        digits, j = 0, at
        while j < len(text) and (text[j] in _ASCII_DIGITS or text[j].isspace()):
            digits += not text[j].isspace()
            j += 1
        following = text[j : j + 1]
        return digits <= 2 and not ("\u4e00" <= following <= "\u9fff" and following != "单")

    def lookup(self, norm: str) -> LabelHit | None:
        return self.hits.get(norm)

    def fuzzy(self, norm: str) -> LabelHit | None:
        """A near-miss label (OCR): the closest label when it is close enough."""
        if len(norm) < 4 or len(norm) > 40:
            return None
        close = _close(self, norm)
        if close is None:
            return None
        hit = self.lookup(close)
        return None if hit is None else LabelHit(hit.fields, hit.groups, fuzzy=True)


def _close(index: LabelIndex, norm: str) -> str | None:
    labels = [k for k in (*index.fields, *index.groups) if abs(len(k) - len(norm)) <= 2]
    found = difflib.get_close_matches(norm, labels, n=1, cutoff=0.8)
    return found[0] if found else None


@cache
def label_index(form: Form) -> LabelIndex:
    index = LabelIndex(form=form, stop=normalize_label(form.instructions))
    fields: dict[str, list[Field]] = {}
    for f in form.fields:
        for label in f.labels:
            norm = normalize_label(label)
            if norm and f not in fields.setdefault(norm, []):
                fields[norm].append(f)
    given = set(fields)
    for norm, f in _group_prefixed(form):
        # A prefixed label two fields share is generic, as 名称 is: the context tells which.
        if norm not in given and f not in fields.setdefault(norm, []):
            fields[norm].append(f)
    groups: dict[str, list[Group]] = {}

    def walk(group: Group, chain: tuple[str, ...]) -> None:
        chain = (*chain, group.id)
        index.chains[group.id] = chain
        for label in (group.label, *group.variants):
            norm = normalize_label(label)
            if norm:
                groups.setdefault(norm, []).append(group)
        for child in group.children:
            if isinstance(child, Group):
                walk(child, chain)

    for section in form.sections:
        walk(section, ())
    index.closing = _closing(form)
    index.texts = tuple(f.key for f in form.fields if f.type == "str" and not f.identifier)
    index.fields = {k: tuple(v) for k, v in fields.items()}
    index.groups = {k: tuple(v) for k, v in groups.items()}
    index.hits = {
        norm: LabelHit(index.fields.get(norm, ()), index.groups.get(norm, ()))
        for norm in (*index.fields, *index.groups)
    }
    longest = max((len(k) for k in (*index.fields, *index.groups)), default=1)
    index.long_tails = tuple(k for k in index.fields if len(k) >= LONG_TAIL)
    index.heads = frozenset(k[:n] for k in index.fields for n in range(2, len(k)))
    index.initials = frozenset(k[0] for k in (*index.fields, *index.groups))
    index.field_heads = _field_heads(index)
    index.group_heads = _group_heads(index)
    index.max_chunks = min(8, max(2, longest // 2))
    return index


def _group_prefixed(form: Form) -> list[tuple[str, Field]]:
    """Labels of the fields of a sub-group with the group's name, or its first word, in
    front: where a table sets two fields to a row, or has no cell for the group, the label
    carries it (留言公开答复数量, 征集调查收到意见数量, 在线访谈答复网民提问数量). Where
    the label begins with the group name's last word, the two may overlap too (在线访谈 +
    访谈期数 = 在线访谈期数). Not for a label the form gives another field, nor with a
    section's name in front: a section is a heading of its own (安全防护 over 发现问题数量),
    whose name a tall cell cuts (移动新媒 | 体) where the heads of such labels would read as
    a field's; written in one cell with its field's label, a dash parts them
    (`group_dashes`)."""
    by_path = {(*g.path, g.label): g for g in form.groups()}
    out: list[tuple[str, Field]] = []
    for f in form.fields:
        labels = sorted({n for n in map(normalize_label, f.labels) if n})
        group = by_path.get(f.path)
        if group is not None and group.path:
            prefixed = [label for name in _prefixes(group) for label in _joined(name, labels)]
            out += [(label, f) for label in prefixed]
    return out


def _prefixes(group: Group) -> list[str]:
    names = {normalize_label(name) for name in (group.label, *group.variants)}
    first = normalize_label(group.label)
    if len(first) >= 4:
        names.add(first[:2])  # 留言 of 留言办理, 解读 of 解读信息发布
    return sorted(name for name in names if name)


def _joined(name: str, labels: list[str]) -> list[str]:
    """`name` put before each of `labels`: written out (as an export does: 征集调查征集调查
    期数), and overlapping where a label begins with the name's last word."""
    out = []
    for norm in labels:
        if norm == name:
            continue  # the group's name itself (创新发展, the section's one field)
        out.append(name + norm)
        most = min(len(name), len(norm))
        # One character is no overlap: 微信 + 信息发布量 is 微信信息发布量.
        overlap = next((n for n in range(most, 1, -1) if name.endswith(norm[:n])), 0)
        if overlap and overlap < len(norm):
            out.append(name + norm[overlap:])
    return out


def _field_heads(index: LabelIndex) -> dict[str, Field]:
    own = {norm: fields[0] for norm, fields in index.fields.items() if len(fields) == 1}
    return _unique_heads(own, _FIELD_HEAD, index)


_FIELD_HEAD = 4
"""Characters a label's first line needs to name its field (shorter heads are words)."""


def _group_heads(index: LabelIndex) -> dict[str, LabelHit]:
    found = _unique_heads(index.groups, _GROUP_HEAD, index, taken=index.heads)
    return {head: LabelHit((), groups) for head, groups in found.items()}


_GROUP_HEAD = 3
"""Characters a group name's first line needs: 解读回 | 应 (two are any word's)."""


def _unique_heads(
    labels: dict[str, _Meaning],
    shortest: int,
    index: LabelIndex,
    *,
    taken: frozenset[str] = frozenset(),
) -> dict[str, _Meaning]:
    """Each label's first `shortest` or more characters, short of the whole, → what the label
    means, for the heads that are no label themselves (nor `taken`) and begin labels of one
    meaning only."""
    found: dict[str, _Meaning | None] = {}
    for norm, meaning in labels.items():
        for n in range(shortest, len(norm)):
            head = norm[:n]
            if head in index.fields or head in index.groups or head in taken:
                continue
            found[head] = meaning if found.get(head, meaning) == meaning else None
    return {head: meaning for head, meaning in found.items() if meaning is not None}


LONG_TAIL = 6
"""Characters a label needs to be read at the end of a word run into it."""

_CLOSING_MIN = 3
"""Shorter labels (日期, 电话) are words a value may hold as well."""


def _closing(form: Form) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not form.fields:
        return (), ()
    last = form.fields[-1]
    position = next(i for i, s in enumerate(form.sections) if last.group_ids[0] == s.id)
    if position == 0:
        return (), ()
    before = form.sections[position - 1]

    def usable(labels: Iterable[str]) -> tuple[str, ...]:
        norms = (normalize_label(label) for label in labels)
        return tuple(dict.fromkeys(n for n in norms if len(n) >= _CLOSING_MIN))

    return usable((before.label, *before.variants)), usable(last.labels)
