"""Counts in a report told in prose: a figure with its unit goes to the count whose label
shares most of the words before it (the characters of its label, in any order: prose
rewords), weighed by its unit and by the part of the report the text is in (`ProseContext`,
a section's or account's name said last). Approximate counts (约, 余, 多), rounded 万 and an
earlier year's figure (由上年的5.5天缩短至3.2天) are no values. Read for `narrative`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from nianbao.extract.labels import common_prefix
from nianbao.extract.tokens import CJK_RE
from nianbao.forms.model import Field, Form
from nianbao.numerals import cn_to_int

_COUNT_RE = re.compile(
    r"(?P<about>约|近|超过|突破|逾)?(?:(?P<count>\d[\d,]*(?:\.\d+)?)\s*(?P<wan>万)?|(?P<cn>[零一二两三四五"
    r"六七八九十百千万]+)(?=[条个次项件篇期天]))\s*(?P<more>余|多)?(?P<unit>个?工作日|[条个次项件篇期天人])?"
)
_UNIT_SAID = {"工作日": "天", "个工作日": "天"}
"""Units prose says for the form's (平均办理时间3个工作日 is 3 天)."""


_GENERIC = frozenset("数量的单位是否总其中全年共网站")
"""Characters of a label that prose leaves out or says of anything (数量, 总数, 是否, 网站)."""
_LEAST = 0.5
"""Share of a label's own characters the words before a count need, and share of those
words' that the label needs (not 网站编辑业务培训3次 for 网站总访问量)."""
_ENOUGH = 0.6
"""Score a field needs (the share, with its unit's and the context's weight)."""


@dataclass
class ProseContext:
    group: tuple[str, ...] = ()
    order: int = -1


_LAST_YEAR_RE = re.compile(r"(?:上年|去年|上一年|同期|(?:由|从|比|较)(?:19|20)\d{2}\s*年度?的?)")
_LAST_YEAR_REACH = 9
"""Characters before a count where a word saying it is an earlier year's stands (由上年的,
从2020年的)."""


def clause_counts(
    clause: str, form: Form, context: ProseContext, taken: set[str]
) -> Iterator[tuple[Field, str]]:
    """The clause's counts, each to the field its words before it say best; the caller
    moves `context` on to each field yielded before the next count is weighed."""
    start = 0
    held: int | None = None  # where the label's words end, an earlier year's figure after them
    for found in _COUNT_RE.finditer(clause):
        reach = max(0, found.start() - _LAST_YEAR_REACH)
        earlier = _LAST_YEAR_RE.search(clause, reach, found.start())
        if earlier is not None:  # 由上年的5.5天缩短至3.2天: the label's words are this one's
            held = earlier.start() if held is None else held
            continue
        words = clause[start : found.start() if held is None else held]
        said = _SAID_END_RE.search(words)
        if not found["unit"] and not found["wan"] and said is None:
            continue  # a year, a date, a phone's digits: a count has its unit, 万 or a 为
        start, held = found.end(), None
        if found["about"] or found["more"] or not CJK_RE.search(words):
            continue
        unit = _UNIT_SAID.get(found["unit"], found["unit"])
        f = _best_count(words[: said.start()] if said else words, unit, form, context, taken)
        if f is None:
            continue
        raw = found["count"] or str(cn_to_int(found["cn"]) or "")
        if not raw:
            continue
        if found["wan"]:
            scaled = Decimal(raw.replace(",", "")) * 10_000
            if scaled != scaled.to_integral_value():
                continue  # 2.16万 of a count is rounded: no value
            raw = str(int(scaled))
        yield f, raw
        taken = taken | {f.key}
    none = _NONE_RE.search(clause)
    if none is not None:
        # A count's whole label said to be none (收到意见：无, 注册用户数为无): 0, as a table's 无.
        f = _best_count(clause[: none.start()], None, form, context, taken)
        if f is not None:
            yield f, "无"


_NONE_RE = re.compile(r"\s*(?:[:：]|为)\s*无\s*$")


_SAID_END_RE = re.compile(r"\s*(?:[:：]|为|是)\s*$")


def _best_count(
    words: str, unit: str | None, form: Form, context: ProseContext, taken: set[str]
) -> Field | None:
    # The words after a name the clause quotes (政务微信“某某”全年推送信息318条).
    words = words[words.rfind("”") + 1 :]
    chars = set(CJK_RE.findall(words)) - _GENERIC
    best: tuple[float, int] | None = None
    chosen = None
    for f in form.fields:
        if not f.numeric or f.key in taken:
            continue
        share, cover = max(_share(chars, label) for label in (*_labels(f), _cores(form)[f.key]))
        if share < _LEAST or cover < _LEAST or (unit is None and min(share, cover) < 1):
            continue  # without a unit, only the whole label (注册用户数为0)
        score = share
        if unit is not None and f.unit is not None:
            if unit != f.unit:
                continue  # 订阅用户2.1万人: no count of the form's 个
            score += 0.3
        score += 0.2 * common_prefix(f.group_ids, context.group)
        score += 0.1 if f.order > context.order else 0.0
        key = (score, -f.order)
        if score >= _ENOUGH and (best is None or key > best):
            best, chosen = key, f
    return chosen


@cache
def _cores(form: Form) -> dict[str, str]:
    """Each count's label without the characters its group's other counts' labels share
    with it: what prose keeps of it (概况类信息更新量 -> 概况类, said 其中概况类10条)."""
    cores: dict[str, str] = {}
    for f in form.fields:
        others = {
            c
            for g in form.fields
            if g.numeric and g.group_ids == f.group_ids and g.key != f.key
            for c in g.label
        }
        cores[f.key] = "".join(c for c in f.label if c not in others)
    return cores


def _labels(f: Field) -> list[str]:
    """A field's labels, each also after its groups' names (解读信息发布 + 总数)."""
    names = "".join(f.path[1:]) if len(f.path) > 1 else ""
    return [label for base in f.labels for label in (base, names + base)]


def _share(chars: set[str], label: str) -> tuple[float, float]:
    """The shares of the label's own characters the words hold, and of the words' the
    label holds."""
    own = set(label) - _GENERIC
    common = len(own & chars)
    if len(own) < 2 or common < 2:
        return 0.0, 0.0
    return common / len(own), common / len(chars)


def shared_count(sentence: str, form: Form, taken: set[str]) -> Iterator[tuple[Field, str]]:
    """Counts one figure gives (办件量总数、自然人办件量、法人办件量均为0): each a label
    whole."""
    found = _ALL_RE.search(sentence)
    if found is None:
        return
    names = [n for n in _LIST_RE.split(found["names"].split("，")[-1].split("：")[-1]) if n]
    fields = [_whole_label(name, form, taken) for name in names]
    if len(fields) >= 2 and all(f is not None for f in fields):
        for f in fields:
            if f is not None:
                yield f, found["count"]


_ALL_RE = re.compile(r"(?P<names>[^。；]+?)均为\s*(?P<count>\d+|无)")
_LIST_RE = re.compile(r"[、和及与]")


def _whole_label(name: str, form: Form, taken: set[str]) -> Field | None:
    for f in form.fields:
        if f.numeric and f.key not in taken and any(name.strip() == lb for lb in _labels(f)):
            return f
    return None
