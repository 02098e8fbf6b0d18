"""Administrative division codes (GB/T 2260) and the place names that go with them.

A 政府网站标识码 begins with a six-digit GB/T 2260 code, a 公安机关备案号 begins with one, and
the site's 主办单位 usually begins with the place it governs. This module answers the questions
the report checks ask about those: is a code known, and current or retired? what are the
province and city above it? does it agree with another code? which division does the start of a
unit name name? which province does the 琼 of 琼ICP备 stand for?

The data is ``nianbao/data/gb2260.tsv``, built by ``scripts/build_divisions.py`` (its docstring
says where the codes come from and which snapshot counts as current). It is read once, on first
use, and everything after that is a dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

__all__ = [
    "PROVINCE_ABBREVIATIONS",
    "Division",
    "ancestors",
    "lookup",
    "places_at_start",
    "province_code",
    "province_of_abbreviation",
    "related",
]


@dataclass(frozen=True, slots=True)
class Division:
    """One GB/T 2260 code as the shipped table knows it."""

    code: str  # 6 digits
    name: str  # the latest name the code had
    current: bool  # in the newest snapshot; False: retired (once valid, no longer listed)
    last_seen: str  # YYYYMM of the newest revision listing it


# The 31 mainland provinces: the name commonly written without 省/市/自治区 (and the people's
# name in the autonomous regions), then the one-character abbreviations. Where two are given,
# the first is what the MIIT ICP system or the police 公网安备 system uses and the second is the
# other one: ICP writes 蜀/黔/滇/陇, the police 川/贵/云/甘. 秦 is Shaanxi's traditional second
# abbreviation; neither system uses it, but it appears on older documents.
_PROVINCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("11", "北京", ("京",)),
    ("12", "天津", ("津",)),
    ("13", "河北", ("冀",)),
    ("14", "山西", ("晋",)),
    ("15", "内蒙古", ("蒙",)),
    ("21", "辽宁", ("辽",)),
    ("22", "吉林", ("吉",)),
    ("23", "黑龙江", ("黑",)),
    ("31", "上海", ("沪",)),
    ("32", "江苏", ("苏",)),
    ("33", "浙江", ("浙",)),
    ("34", "安徽", ("皖",)),
    ("35", "福建", ("闽",)),
    ("36", "江西", ("赣",)),
    ("37", "山东", ("鲁",)),
    ("41", "河南", ("豫",)),
    ("42", "湖北", ("鄂",)),
    ("43", "湖南", ("湘",)),
    ("44", "广东", ("粤",)),
    ("45", "广西", ("桂",)),
    ("46", "海南", ("琼",)),
    ("50", "重庆", ("渝",)),
    ("51", "四川", ("川", "蜀")),
    ("52", "贵州", ("贵", "黔")),
    ("53", "云南", ("云", "滇")),
    ("54", "西藏", ("藏",)),
    ("61", "陕西", ("陕", "秦")),
    ("62", "甘肃", ("甘", "陇")),
    ("63", "青海", ("青",)),
    ("64", "宁夏", ("宁",)),
    ("65", "新疆", ("新",)),
)

PROVINCE_ABBREVIATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {prefix: abbreviations for prefix, _, abbreviations in _PROVINCES}
)
"""Two-digit province prefix ("46") -> its one-character abbreviations ("琼",)."""

_PROVINCE_BY_ABBREVIATION: Mapping[str, str] = MappingProxyType(
    {ch: prefix for prefix, _, abbreviations in _PROVINCES for ch in abbreviations}
)

# GB/T 2260 lists groupings as well as divisions (110100 市辖区 holds Beijing's districts, 469000
# Hainan's province-administered counties). They are valid codes but name no place, so they are
# never matched by name and never reported as anyone's province or city.
_PSEUDO_NAMES = frozenset(
    {
        "市辖区",
        "县",
        "市",
        "省直辖县级行政区划",
        "自治区直辖县级行政区划",
        "省直辖行政单位",
        "省直辖县级行政单位",
        "自治区直辖县级行政单位",
    }
)

# A prefecture or county may be written without its suffix only when another of these follows
# (邵东县 for what is now 邵东市): the short form alone (邵东...) would invent matches.
_SHORTENABLE_SUFFIXES = "市县区"
_MIN_SHORT_LEN = 2

_CODE_RE = re.compile(r"[0-9]{6}")


@dataclass(frozen=True, slots=True)
class _Index:
    by_code: Mapping[str, Division]
    by_name: Mapping[str, tuple[Division, ...]]  # full names, e.g. 海口市
    by_short_name: Mapping[str, tuple[Division, ...]]  # 海口 for 海口市; 海南 for 海南省
    max_name_len: int


def _rows() -> Iterator[tuple[str, str, str, str, str]]:
    text = files("nianbao").joinpath("data").joinpath("gb2260.tsv").read_text(encoding="utf-8")
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"gb2260.tsv line {line_no}: expected 5 fields, got {len(fields)}")
        code, name, status, first_seen, last_seen = fields
        yield code, name, status, first_seen, last_seen


@cache
def _index() -> _Index:
    by_code: dict[str, Division] = {}
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for code, name, status, _first_seen, last_seen in _rows():
        division = Division(code, name, status == "current", last_seen)
        by_code[code] = division
        if name in _PSEUDO_NAMES:
            continue
        by_name.setdefault(name, []).append(division)
        is_province = code.endswith("0000")
        if (
            not is_province
            and name[-1] in _SHORTENABLE_SUFFIXES
            and len(name) - 1 >= _MIN_SHORT_LEN
        ):
            by_short.setdefault(name[:-1], []).append(division)
    for prefix, short_name, _ in _PROVINCES:
        by_short.setdefault(short_name, []).append(by_code[prefix + "0000"])
    return _Index(
        by_code=by_code,
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_short_name={k: tuple(v) for k, v in by_short.items()},
        max_name_len=max(map(len, [*by_name, *by_short])),
    )


def _check(code: str) -> str:
    if not _CODE_RE.fullmatch(code):
        raise ValueError(f"not a six-digit division code: {code!r}")
    return code


def _structural_parents(code: str) -> tuple[str, ...]:
    """The province and prefecture codes the digits of ``code`` place it under, outermost first."""
    if code.endswith("0000"):
        return ()
    province = code[:2] + "0000"
    if code.endswith("00"):
        return (province,)
    return (province, code[:4] + "00")


def lookup(code: str) -> Division | None:
    """The division with six-digit ``code``, current or retired; None if unknown or malformed."""
    if not _CODE_RE.fullmatch(code):
        return None
    return _index().by_code.get(code)


def province_code(code: str) -> str:
    """The code of the province ``code`` lies in: "460100" -> "460000"."""
    return _check(code)[:2] + "0000"


def ancestors(code: str) -> tuple[str, ...]:
    """The known province and city codes above ``code``, nearest last.

    "460105" -> ("460000", "460100"). Groupings are skipped: Beijing's 110105 has only
    ("110000",) above it, not 110100 市辖区, and Hainan's province-administered 469001 only
    ("460000",), not 469000. Retired ancestors of retired codes are included.
    """
    by_code = _index().by_code
    found = []
    for parent in _structural_parents(_check(code)):
        division = by_code.get(parent)
        if division is not None and division.name not in _PSEUDO_NAMES:
            found.append(parent)
    return tuple(found)


def related(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are equal or one lies under the other by the code structure.

    The province is the first two digits + 0000 and the prefecture the first four + 00, whether
    or not those exist: so 460000 is related to 460105 and to 469001, 110100 (Beijing's 市辖区) to
    110105, but 460100 海口市 is not related to 469001 五指山市, which belongs to no city.
    """
    _check(a)
    _check(b)
    return a == b or a in _structural_parents(b) or b in _structural_parents(a)


def _lies_under(child: Division, parent: Division | None) -> bool:
    return parent is None or parent.code in _structural_parents(child.code)


def _candidates(text: str, pos: int, parent: Division | None) -> list[tuple[Division, int]]:
    """The divisions named at ``text[pos:]`` that lie under ``parent``, with where each ends.

    Tiers, first non-empty one wins: current divisions by full name, then by short name, then
    retired ones the same way; a full name is exact, a short name is a reading of it, and a
    retired division is only the answer when nothing current is. Within a tier the longest
    name wins (海南藏族自治州 over 海南).
    """
    index = _index()
    longest = min(index.max_name_len, len(text) - pos)
    suffix_follows = False
    for want_current in (True, False):
        for table, shortened in ((index.by_name, False), (index.by_short_name, True)):
            for length in range(longest, 1, -1):
                end = pos + length
                if shortened:
                    suffix_follows = end < len(text) and text[end] in _SHORTENABLE_SUFFIXES
                found = [
                    (d, end)
                    for d in table.get(text[pos:end], ())
                    if d.current is want_current
                    and _lies_under(d, parent)
                    # a province's short name (海南大学) needs no suffix after it
                    and (not shortened or suffix_follows or d.code.endswith("0000"))
                ]
                if found:
                    return found
    return []


def _chains(text: str, pos: int, parent: Division | None) -> list[tuple[Division, ...]]:
    """Every chain of nested names from ``pos`` on, each name lying under the one before."""
    chains: list[tuple[Division, ...]] = []
    for division, end in _candidates(text, pos, parent):
        tails = _chains(text, end, division)
        chains.extend([(division, *tail) for tail in tails] or [(division,)])
    return chains


def places_at_start(text: str) -> tuple[Division, ...]:
    """The division(s) that the start of a unit name names, most specific level only.

    Nested names are followed as long as each lies under the one before: "海南省海口市美兰区
    人民政府" -> (美兰区 460108,). An ambiguous name gives every match: "朝阳区人民政府" -> the
    朝阳区 of Beijing and of Changchun; a longer consistent chain beats a shorter one. Names
    matched: full names of provinces, cities and counties; the 31 mainland provinces' short
    names (北京, 内蒙古, 广西); a city's or county's name without 市/县/区 where another of those
    follows (邵东县 -> 邵东市). Current divisions are preferred; retired ones are returned only
    when no current one matches. No place at the start (国家税务总局, 市卫生健康委员会) -> ().
    """
    text = text.strip()
    chains = _chains(text, 0, None)
    if not chains:
        return ()
    depth = max(map(len, chains))
    ends = {chain[-1].code: chain[-1] for chain in chains if len(chain) == depth}
    # Current first; among retired namesakes the most recently listed first.
    ordered = sorted(ends.values(), key=lambda d: d.code)
    ordered.sort(key=lambda d: (not d.current, -int(d.last_seen)))
    return tuple(ordered)


def province_of_abbreviation(ch: str) -> str | None:
    """The two-digit province prefix of a one-character abbreviation: "琼" -> "46"."""
    return _PROVINCE_BY_ABBREVIATION.get(ch)


def all_divisions() -> tuple[Division, ...]:
    """Every division of the table, current and retired, in code order."""
    return tuple(sorted(_index().by_code.values(), key=lambda d: d.code))


def table() -> Mapping[str, Division]:
    """Every division by its six-digit code (read-only)."""
    return MappingProxyType(_index().by_code)
