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

from nianbao.cells import (
    _DASH_FOLD,
    _INVISIBLE,
    _MAX_VALUE,
    BLANKS,
    MAX_LEN,
    NormalizeError,
    _fail,
    _fold,
    _prepare,
    is_blank,
)
from nianbao.choices import parse_bool, parse_choices, ticked_options
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


# --------------------------------------------------------------------------- numbers

_UNITS = ("个工作日", "工作日", "人次", *"个次条项件期篇天人户家位名")
# A unit in brackets after the count: 453679（个）, 3 (单位：天).
_REMARK_RE = re.compile(r"\s*[（(][^（）()]{1,40}[）)]$")
_BRACKET_UNIT_RE = re.compile(
    rf"\s*[(（]\s*(?:单\s*位\s*[:：]?\s*)?(?:{'|'.join(_UNITS)})\s*[)）]$"
)
# Thousands groups must be exactly three digits, so "10,20" or "1 2" are not read as one number.
_NUMBER_RE = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:\.([0-9]+))? ?([百千万亿]?)"
)
_MULTIPLIERS = {"": 1, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
NONE_WORDS = frozenset({"无", "没有"})
"""Words that write a count as none (无 is 0)."""
_CN = "零〇一二两三四五六七八九十百千万亿"
_PERCENT_RE = re.compile(r"[%‰]|百分之")
_RANGE_RE = re.compile(rf"[0-9{_CN}] ?(?:-|~|至|到) ?[0-9{_CN}]")
_NEGATIVE_RE = re.compile(rf"(?:-|负) ?[0-9{_CN}]")
_APPROX_RE = re.compile(
    r"约|近|余|多|左右|上下|以上|以下|超过|不少于|不足|不到|至少|最多|几|若干|[+~<>≤≥]"
)
_NUMERAL_RE = re.compile(rf"[0-9{_CN}]+(?:[.,][0-9]+)*")


def _scan_number(text: str) -> tuple[int, int] | None:
    """(numerator, power-of-ten denominator) for folded, trimmed text, or None."""
    text = " ".join(text.split()).rstrip("。.·・ ")  # a full stop, or a speck OCR read so
    if text.endswith((")", "）")):
        text = _BRACKET_UNIT_RE.sub("", text)
        if text.endswith((")", "）")) and (text[:1].isdigit() or text[:1] in NONE_WORDS):
            # A remark after the figure (1726（含转载86条）, 0（本年度未开展）): the figure.
            text = _REMARK_RE.sub("", text)
    if text in NONE_WORDS:
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


# Typesetting spaces (no-break, thin, en …) that word processors and PDFs put between
# Chinese and digits: a reader sees a space, and so does a dataset compared by text.
_TYPESET_SPACES = str.maketrans(dict.fromkeys([0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F], " "))


def parse_text(raw: object) -> str | None:
    """Text as written, trimmed, typesetting spaces as plain ones; "无" is kept as a value."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = _prepare(raw)
        if text is None:
            return None
        return _check_encodable(raw, text if text.isascii() else text.translate(_TYPESET_SPACES))
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**40:
        return str(int(raw))
    if isinstance(raw, float) and math.isfinite(raw):
        return str(raw)
    if isinstance(raw, datetime.datetime):
        return raw.isoformat(sep=" ")
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    raise _fail(raw, "不是文字", "请填写一段文字")


_NAME_GAP_RE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def parse_name(raw: object) -> str | None:
    """`parse_text` for a name: blanks between two Chinese characters dropped (赣州市人民政府
    办公室 broken over two lines, 王　伟 spaced out); those around Latin letters stay."""
    text = parse_text(raw)
    return _NAME_GAP_RE.sub("", text) if text and not text.isascii() else text


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
    # A sentence's end after the code (公安机关备案号：桂公网安备…号。) is no part of it: no
    # code, number, phone or address ends with a stop or a comma.
    text = text.rstrip(_SENTENCE_ENDS)
    return _check_encodable(raw, text) or None


_SENTENCE_ENDS = "。；;，,、．."


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
