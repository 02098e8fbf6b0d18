"""Turn what people write in a report cell into typed values.

Each ``parse_*`` takes whatever a loader produced (a JSON value, a spreadsheet cell, text cut
from a PDF) and returns a typed value, None for a blank cell, or raises NormalizeError whose
message is one line of Chinese telling the person filling the form what to write instead.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from nianbao.numerals import cn_digits_to_int, cn_to_int

__all__ = [
    "BLANKS",
    "MAX_LEN",
    "NormalizeError",
    "is_blank",
    "parse_bool",
    "parse_choices",
    "parse_date",
    "parse_identifier",
    "parse_int",
    "parse_number",
    "parse_text",
    "ticked_options",
]


class NormalizeError(ValueError):
    """A cell cannot be read as the expected type; ``str(error)`` is a one-line Chinese message."""


MAX_LEN = 10_000
_MAX_VALUE = 10**18  # fits a signed 64-bit column; anything larger is a typo, not a count

# Exactly the str.isspace() characters, spelt out so trimming needs no Unicode scan at import,
# plus the zero-width characters that copying from web pages leaves behind.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_TRIM = _WHITESPACE + _INVISIBLE
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"

# Full-width ASCII to ASCII and every dash to "-", for the parsers that read numbers and
# marks; free text keeps what was written.
_FOLD = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    | {"\u3000": " ", "〜": "~"}
    | dict.fromkeys(_DASHES, "-")
    | dict.fromkeys(_INVISIBLE)
)
_DASH_FOLD = str.maketrans(dict.fromkeys(_DASHES, "-"))


def _fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


BLANKS: frozenset[str] = frozenset(
    {"", "-", "--", "—", "——", "－", "/", "／", "\\", "_", "~", "～", "空"}
    | {"N/A", "n/a", "#N/A", "#n/a", "NULL", "null", "None", "none"}
)
_PLACEHOLDER_CHARS = frozenset("-_~/\\" + _WHITESPACE)


def _show(raw: object) -> str:
    """The offending value as it goes in a message: one line, short, printable."""
    if isinstance(raw, str):
        text = " ".join(raw[:200].split())
        text = text if len(text) <= 40 else text[:40] + "…"
        return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    if isinstance(raw, bool | float):
        return str(raw)
    if isinstance(raw, int):
        return str(int(raw)) if abs(raw) < 10**40 else "一个极大的数"
    if isinstance(raw, list | tuple):
        return "一组值"
    if isinstance(raw, dict):
        return "一组键值"
    return type(raw).__name__


def _fail(raw: object, problem: str, advice: str) -> NormalizeError:
    return NormalizeError(f"「{_show(raw)}」{problem}：{advice}。")


def _blank_text(text: str) -> bool:
    """Whether already-trimmed text is only a placeholder such as "—" or "N/A"."""
    if len(text) > 20:
        return False
    if text in BLANKS:
        return True
    folded = _fold(text)
    return folded.lower() in BLANKS or all(c in _PLACEHOLDER_CHARS for c in folded)


def is_blank(raw: object) -> bool:
    """Whether a cell is empty: None, whitespace, a placeholder like "—", or an empty list."""
    if raw is None:
        return True
    if isinstance(raw, str):
        return _blank_text(raw.strip(_TRIM))
    if isinstance(raw, list | tuple):
        return not raw
    return False


def _prepare(raw: str) -> str | None:
    """Trimmed text, or None when blank; refuses very long text before any regex sees it."""
    if len(raw) > MAX_LEN:
        raise _fail(raw, "内容过长", f"这一格只能填写一个简短的值（最多 {MAX_LEN} 字）")
    text = raw.strip(_TRIM)
    return None if _blank_text(text) else text


# --------------------------------------------------------------------------- numbers

_UNITS = ("个工作日", "工作日", "人次", *"个次条项件期篇天人户家位名")
# Thousands groups must be exactly three digits, so "10,20" or "1 2" are not read as one number.
_NUMBER_RE = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:\.([0-9]+))? ?([百千万亿]?)"
)
_MULTIPLIERS = {"": 1, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_NONE_WORDS = frozenset({"无", "没有"})
_CN = "零〇一二两三四五六七八九十百千万亿"
_PERCENT_RE = re.compile(r"[%‰]|百分之")
_RANGE_RE = re.compile(rf"[0-9{_CN}] ?(?:-|~|至|到) ?[0-9{_CN}]")
_NEGATIVE_RE = re.compile(rf"(?:-|负) ?[0-9{_CN}]")
_APPROX_RE = re.compile(
    r"约|近|余|多|左右|上下|以上|以下|超过|不少于|不足|不到|至少|最多|几|若干|[+~<>≤≥]"
)
_NUMERAL_RE = re.compile(rf"[0-9]+(?:[.,][0-9]+)*|[{_CN}]+")


def _scan_number(text: str) -> tuple[int, int] | None:
    """(numerator, power-of-ten denominator) for folded, trimmed text, or None."""
    text = " ".join(text.split()).rstrip("。. ")
    if text in _NONE_WORDS:
        return 0, 1
    for unit in _UNITS:
        if text.endswith(unit):
            text = text[: -len(unit)].rstrip()
            break
    match = _NUMBER_RE.fullmatch(text)
    if match is None:
        value = cn_to_int(text)
        return None if value is None else (value, 1)
    whole = match[1].replace(",", "").replace(" ", "")
    fraction = match[2] or ""
    if len(whole) > 30:  # int() of thousands of digits is slow and hits CPython's digit limit
        return 10**30, 1
    if len(fraction) > 30:
        return None
    return int(whole + fraction) * _MULTIPLIERS[match[3]], 10 ** len(fraction)


def _example(text: str, default: str, whole: bool) -> str:
    """The number inside a rejected cell, to suggest as what the person probably meant."""
    found = _scan_number(text)
    if found is None or not 0 <= found[0] <= _MAX_VALUE * found[1]:
        return default
    num, den = found
    if num % den == 0:
        return str(num // den)
    return default if whole else str(num / den)


def _number_error(raw: object, text: str, whole: bool) -> NormalizeError:
    """The most helpful complaint about folded text that is not a plain number."""
    what = "数量" if whole else "数值"
    example = "1000" if whole else "2.5"
    if _PERCENT_RE.search(text):
        return _fail(raw, "是百分比", f"这里要填写{what}，例如 {example}")
    if _RANGE_RE.search(text):
        example = _example(_NUMERAL_RE.findall(text)[0], example, whole)
        return _fail(raw, "是一个范围", f"请只填写一个确切的数，例如 {example}")
    if _NEGATIVE_RE.match(text):
        return _fail(raw, "是负数", f"{what}不能小于 0")
    if _APPROX_RE.search(text):
        example = _example(_APPROX_RE.sub("", text).strip(), example, whole)
        kind = "整数" if whole else "数字"
        return _fail(raw, f"不是确切的{kind}", f"请只填写阿拉伯数字，例如 {example}")
    if len(_NUMERAL_RE.findall(text)) > 1:
        return _fail(raw, "包含多个数", "一格只能填写一个数")
    if "无" in text or "没" in text:
        return _fail(raw, "不是数字", "如果没有，请填写 0")
    kind = "整数" if whole else "数字"
    return _fail(raw, f"不是{kind}", f"请只填写阿拉伯数字，例如 {example}")


def _parse_numeric(raw: object, whole: bool) -> int | float | None:
    what = "数量" if whole else "数值"
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise _fail(raw, f"是真假值，不是{what}", "请填写阿拉伯数字，例如 1000")
    if isinstance(raw, int):
        num, den = int(raw), 1
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise _fail(raw, "不是数字", "请填写阿拉伯数字，例如 1000")
        if raw < 0:
            raise _fail(raw, "是负数", f"{what}不能小于 0")
        if raw > _MAX_VALUE:
            raise _fail(raw, "数值过大", f"请核对后填写实际{what}")
        if raw.is_integer():
            return int(raw)
        if whole:
            raise _fail(raw, "不是整数", "请填写不带小数的整数")
        return raw
    elif isinstance(raw, str):
        text = _prepare(raw)
        if text is None:
            return None
        folded = _fold(text)
        scanned = _scan_number(folded)
        if scanned is None:
            raise _number_error(raw, folded, whole)
        num, den = scanned
    else:
        raise _fail(raw, "不是数字", "请填写阿拉伯数字，例如 1000")
    if num < 0:
        raise _fail(raw, "是负数", f"{what}不能小于 0")
    if num > _MAX_VALUE * den:
        raise _fail(raw, "数值过大", f"请核对后填写实际{what}")
    if num % den == 0:
        return num // den
    if whole:
        raise _fail(raw, "不是整数", "请填写不带小数的整数")
    return num / den


def parse_int(raw: object) -> int | None:
    """A non-negative whole count; "无" is 0."""
    if type(raw) is int and 0 <= raw <= _MAX_VALUE:
        return raw
    if type(raw) is str and len(raw) <= 18 and raw.isdigit() and raw.isascii():
        return int(raw)
    value = _parse_numeric(raw, whole=True)
    assert not isinstance(value, float)  # whole=True never yields a fraction
    return value


def parse_number(raw: object) -> int | float | None:
    """A non-negative quantity such as a number of days: int when whole, else float."""
    if type(raw) is int and 0 <= raw <= _MAX_VALUE:
        return raw
    if type(raw) is str and len(raw) <= 18 and raw.isdigit() and raw.isascii():
        return int(raw)
    return _parse_numeric(raw, whole=False)


# --------------------------------------------------------------------------- text


def _check_encodable(raw: str, text: str) -> str:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates cannot be saved to any file
            raise _fail(raw, "包含无法识别的字符", "请重新输入这段文字") from None
    return text


def parse_text(raw: object) -> str | None:
    """Text as written, trimmed; "无" is kept as a value."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = _prepare(raw)
        return None if text is None else _check_encodable(raw, text)
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**40:
        return str(int(raw))
    if isinstance(raw, float) and math.isfinite(raw):
        return str(raw)
    if isinstance(raw, datetime.datetime):
        return raw.isoformat(sep=" ")
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    raise _fail(raw, "不是文字", "请填写一段文字")


def parse_identifier(raw: object) -> str | None:
    """A code, registration number, phone or URL: no whitespace at all, full-width folded."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise _fail(raw, "不是编号", "请照原样填写编号、电话或网址")
    if isinstance(raw, float) and raw.is_integer() and 0 <= raw < 10**20:
        raw = int(raw)  # spreadsheets store long digit codes as floats
    if isinstance(raw, int) and 0 <= raw < 10**40:
        return str(int(raw))
    if not isinstance(raw, str):
        raise _fail(raw, "不是编号", "请照原样填写编号、电话或网址")
    text = _prepare(raw)
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).translate(_DASH_FOLD)
    text = "".join(text.split()).translate(dict.fromkeys(map(ord, _INVISIBLE)))
    return _check_encodable(raw, text) or None


# --------------------------------------------------------------------------- dates

_DATE_ADVICE = "请按 2023-01-31 或 2023年1月31日 的格式填写"
_TIME_SUFFIX_RE = re.compile(r"[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?$")
_DATE_SEP_RE = re.compile(r"([0-9]{4})([./-])([0-9]{1,2})\2([0-9]{1,2})")
_DATE_COMPACT_RE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_DATE_CN_RE = re.compile(
    r"([0-9]{4}|[〇○零一二三四五六七八九]{4})年([0-9]{1,2}|元|[一二三四五六七八九十]{1,3})月"
    r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]?"
)
_DATE_PARTIAL_RE = re.compile(r"[0-9]{4}(?:年[0-9]{1,2}月?|[./-][0-9]{1,2})")


def _date_part(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "元":  # 元月 is January
        return 1
    return cn_to_int(text) if len(text) < 4 else cn_digits_to_int(text)


def parse_date(raw: object) -> datetime.date | None:
    """A calendar date from 2023-01-11, 2023.1.11, 20230111, 2023年1月11日, 二〇二三年元月五日…"""
    if raw is None:
        return None
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw < 10**8:
        text = str(int(raw))
    elif isinstance(raw, str):
        prepared = _prepare(raw)
        if prepared is None:
            return None
        text = prepared
    else:
        raise _fail(raw, "不是日期", _DATE_ADVICE)
    text = " ".join(_fold(text).split())
    text = "".join(_TIME_SUFFIX_RE.sub("", text).split()).rstrip("。.")
    match = (
        _DATE_SEP_RE.fullmatch(text)
        or _DATE_COMPACT_RE.fullmatch(text)
        or _DATE_CN_RE.fullmatch(text)
    )
    if match is None:
        if _DATE_PARTIAL_RE.fullmatch(text):
            raise _fail(raw, "不是完整的日期", "请写明年、月、日，例如 2023年1月31日")
        raise _fail(raw, "不是日期", _DATE_ADVICE)
    parts = [m for m in match.groups() if m not in {".", "/", "-"}]
    year, month, day = (_date_part(p) for p in parts)
    if year is None or month is None or day is None:
        raise _fail(raw, "不是日期", _DATE_ADVICE)
    if not 1900 <= year <= 2100:
        raise _fail(raw, "年份不对", "请填写 1900 至 2100 年之间的日期，例如 2023-01-31")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _fail(raw, "不是真实的日期", _DATE_ADVICE) from None


# --------------------------------------------------------------------------- tick marks

_TICK, _UNTICK = "☑", "☐"
_TICK_CHARS = "☑✓✔√■☒⊠⬛✅●◉"
# × ✗ ✘ mark a wrong answer on Chinese forms, so next to an option they mean "not this one".
_UNTICK_CHARS = "☐□○◯×✗✘"
_INPUT_RE = re.compile(r"<input\b[^<>]*>", re.IGNORECASE)
_CHECKED_RE = re.compile(r"\bchecked\b", re.IGNORECASE)
_BRACKET_RE = re.compile(r"[(\[] *([√✓✔☑■xX*×✗✘]?) *[)\]]")
_MARK_RE = f"[{_TICK_CHARS}{_UNTICK_CHARS}]"
_SEP_RE = r"[、,;/|。]+|和|及"

_OptionsKey = tuple[tuple[str, tuple[str, ...]], ...]


def _options_key(options: Mapping[str, Sequence[str]]) -> _OptionsKey:
    return tuple((k, (v,) if isinstance(v, str) else tuple(v)) for k, v in options.items())


@lru_cache(maxsize=256)
def _option_index(key: _OptionsKey) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Label → key, plus the tick-scanning and choice-scanning patterns for these options."""
    lookup: dict[str, str] = {}
    for option, labels in key:
        for label in (option, *labels):
            compact = "".join(label.translate(_FOLD).split())
            if compact:
                lookup.setdefault(compact, option)
    # Longest first, so 政府门户网站 wins over its variant 门户网站 at the same position.
    alternatives = "|".join(map(re.escape, sorted(lookup, key=len, reverse=True))) or "(?!)"
    ticks = re.compile(f"(?P<mark>{_MARK_RE})|(?P<label>{alternatives})")
    choices = re.compile(f"(?P<label>{alternatives})|(?P<sep>{_SEP_RE})")
    return lookup, ticks, choices


def _scan_ticks(text: str, options: Mapping[str, Sequence[str]]) -> tuple[list[str], str] | None:
    """Ticked keys in options order and the text beside a tick that names no option ("" if
    none); None when the folded text carries no tick marks."""
    lookup, pattern, _ = _option_index(_options_key(options))
    text = _INPUT_RE.sub(lambda m: _TICK if _CHECKED_RE.search(m[0]) else _UNTICK, text)
    text = _BRACKET_RE.sub(lambda m: _UNTICK if m[1] in {"", "×", "✗", "✘"} else _TICK, text)
    chunks = text.split()
    compact = "".join(chunks)
    gaps: set[int] = set()
    at = 0  # gaps: positions in compact that had whitespace before them
    for chunk in chunks:
        gaps.add(at)
        at += len(chunk)
    tokens = [(m.lastgroup == "mark", m[0], m.start(), m.end()) for m in pattern.finditer(compact)]
    marks = [i for i, tok in enumerate(tokens) if tok[0]]
    if not marks:
        return None

    def neighbour(i: int, step: int) -> str | None:
        j = i + step
        if not 0 <= j < len(tokens) or tokens[j][0]:
            return None
        touching = tokens[j][2] == tokens[i][3] if step > 0 else tokens[j][3] == tokens[i][2]
        return lookup[tokens[j][1]] if touching else None

    after = {i: neighbour(i, 1) for i in marks}
    before = {i: neighbour(i, -1) for i in marks}
    # A mark belongs to the label after it (☑是) or before it (是√); the whole cell uses one
    # convention, so decide it once from where all the marks sit.
    style = "after" if all(after.values()) else "before" if all(before.values()) else "nearest"
    if style == "after" and all(before.values()):
        # Every mark sits between two labels (是√否): whitespace shows which one it hugs.
        votes = sum(
            (tokens[i][2] in gaps and tokens[i][3] not in gaps)
            - (tokens[i][3] in gaps and tokens[i][2] not in gaps)
            for i in marks
        )
        style = "after" if votes > 0 or (votes == 0 and tokens[0][0]) else "before"
    ticked: set[str] = set()
    stray = ""
    for i in marks:
        target = before[i] if style == "before" else after[i] or before[i]
        if tokens[i][1] in _UNTICK_CHARS:
            continue
        if target is not None:
            ticked.add(target)
        elif not stray:
            end = tokens[i + 1][2] if i + 1 < len(tokens) else len(compact)
            start = tokens[i - 1][3] if i > 0 else 0
            stray = compact[tokens[i][3] : end] or compact[start : tokens[i][2]] or tokens[i][1]
    return [k for k in options if k in ticked], stray


def ticked_options(text: str, options: Mapping[str, Sequence[str]]) -> list[str] | None:
    """Keys whose label has a tick beside it, in options order; None if ``text`` has no marks."""
    if not isinstance(text, str):
        raise _fail(text, "不是文字", "请填写选项的名称")
    if _prepare(text) is None:
        return None
    result = _scan_ticks(_fold(text), options)
    return None if result is None else result[0]


# --------------------------------------------------------------------------- choices

_TRUE_WORDS = frozenset({"是", "有", "yes", "y", "true", "1", *_TICK_CHARS})
_FALSE_WORDS = frozenset({"否", "无", "没有", "no", "n", "false", "0", *_UNTICK_CHARS})
_BOOL_OPTIONS = {"true": ("是", "有"), "false": ("否", "无", "没有")}
_BOOL_ADVICE = "请填写 是 或 否"


def parse_bool(raw: object) -> bool | None:
    """是/否, 有/无, yes/no, a lone tick box, or a ticked option in ☑是 □否."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if not isinstance(raw, str):
        raise _fail(raw, "不是“是”或“否”", _BOOL_ADVICE)
    text = _prepare(raw)
    if text is None:
        return None
    folded = _fold(text)
    word = folded.rstrip("。.").strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    scanned = _scan_ticks(folded, _BOOL_OPTIONS)
    if scanned is None:
        raise _fail(raw, "不是“是”或“否”", _BOOL_ADVICE)
    keys, stray = scanned
    if stray:
        raise _fail(raw, f"勾选的「{_show(stray)}」不是“是”或“否”", "请勾选“是”或“否”")
    if len(keys) == 2:
        raise _fail(raw, "同时勾选了“是”和“否”", "请只勾选一项")
    if not keys:
        raise _fail(raw, "没有勾选任何一项", "请勾选“是”或“否”")
    return keys[0] == "true"


def _unknown_choice(raw: object, item: str, options: Mapping[str, Sequence[str]]) -> NormalizeError:
    labels = [v if isinstance(v, str) else v[0] for v in options.values() if v]
    advice = f"请从 {'、'.join(labels)} 中选择" if labels else "这里没有可以选择的项"
    return _fail(item or raw, "不是可选的项", advice)


def _choice_keys(raw: str, options: Mapping[str, Sequence[str]]) -> list[str]:
    text = _prepare(raw)
    if text is None:
        return []
    folded = _fold(text)
    scanned = _scan_ticks(folded, options)
    if scanned is not None:
        keys, stray = scanned
        if stray:
            raise _unknown_choice(raw, stray, options)
        return keys
    lookup, _, pattern = _option_index(_options_key(options))
    compact = "".join(folded.split())
    keys, at = [], 0
    for match in pattern.finditer(compact):
        if match.start() != at:
            break
        if match.lastgroup == "label":
            keys.append(lookup[match[0]])
        at = match.end()
    if at == len(compact):
        return keys
    # Name the whole separated item, not just the unknown part of it (省政府门户网站, not 省).
    unknown = [p for p in re.split(_SEP_RE, compact) if p and p not in lookup]
    raise _unknown_choice(raw, unknown[0] if unknown else compact[at:], options)


def parse_choices(raw: object, options: Mapping[str, Sequence[str]]) -> list[str]:
    """The chosen option keys, in options order, from keys, labels, lists or ticked text."""
    if raw is None:
        return []
    items = raw if isinstance(raw, list | tuple) else [raw]
    if len(items) > 1000:
        raise _fail(raw, "内容过长", "选项不能超过 1000 个")
    chosen: set[str] = set()
    for item in items:
        if item is None:
            continue
        if not isinstance(item, str):
            raise _unknown_choice(item, "", options)
        chosen.update(_choice_keys(item, options))
    return [k for k in options if k in chosen]
