"""Chinese numerals (一百零五, 两千, 二〇二四) to ``int``.

A small hand-written parser rather than ``cn2an``: that package takes ~200 ms to
import, which the report loader would pay on every start, and we only need
non-negative integers.
"""

from __future__ import annotations

__all__ = ["CN_NUMERAL_CHARS", "cn_digits_to_int", "cn_to_int"]

_DIGITS: dict[str, int] = {
    "〇": 0,
    "○": 0,  # U+25CB, the circle people type for 〇 in years like 二○二四
    "零": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS: tuple[tuple[str, int], ...] = (
    ("亿", 10**8),
    ("億", 10**8),
    ("万", 10**4),
    ("萬", 10**4),
)

CN_NUMERAL_CHARS: frozenset[str] = (
    frozenset(_DIGITS) | frozenset(_SMALL_UNITS) | frozenset(u for u, _ in _BIG_UNITS)
)

_MAX_LEN = 40  # no sane count needs more characters; keeps the recursion shallow


def cn_to_int(text: str) -> int | None:
    """The value of a positional Chinese numeral, or None when ``text`` is not one.

    一百零五 = 105; colloquial 两千五 = 2500 and 一万五 = 15000. Digit strings such as
    三四 are refused: in a count they mean "three or four", not 34.
    """
    if not text or len(text) > _MAX_LEN or not all(c in CN_NUMERAL_CHARS for c in text):
        return None
    if len(text) == 1 and text in _DIGITS:
        return _DIGITS[text]
    return _with_big_units(text, 0)


def cn_digits_to_int(text: str) -> int | None:
    """A digit-by-digit reading as used for years (二〇二四 = 2024), or None."""
    if not text or len(text) > _MAX_LEN or not all(c in _DIGITS and c != "两" for c in text):
        return None
    return int("".join(str(_DIGITS[c]) for c in text))


def _with_big_units(text: str, level: int) -> int | None:
    if level == len(_BIG_UNITS):
        return _section(text)
    unit, value = _BIG_UNITS[level]
    if unit not in text:
        return _with_big_units(text, level + 1)
    high_text, low_text = text.split(unit, 1)
    high = _with_big_units(high_text, level + 1) if high_text else None
    if not high:  # "万" alone or "零万" is not a number
        return None
    if not low_text:
        return high * value
    # Colloquial "一万五" means 15000, not 10005: a lone digit right after the unit
    # counts in the next lower place.
    if len(low_text) == 1 and low_text in _DIGITS and _DIGITS[low_text]:
        return high * value + _DIGITS[low_text] * value // 10
    limit = value
    if low_text[0] in "零〇":
        # 一万零五百: the 零 stands for the empty 千 place, so what follows is smaller.
        low_text, limit = low_text[1:], value // 10
    low = _with_big_units(low_text, level + 1) if low_text else None
    if low is None or low >= limit:
        return None
    return high * value + low


def _section(text: str) -> int | None:
    """A number below 10000 written with 千/百/十, e.g. 一千零五十 or 十二."""
    total = 0
    pending: int | None = None
    last_unit = 10**4
    zero_after_unit = False
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
            if pending is not None:
                return None
            if digit == 0:
                # A 零 only fills a skipped place between two units (一千零五).
                if zero_after_unit or last_unit == 10**4 or len(text) == 1:
                    return None
                zero_after_unit = True
            else:
                pending = digit
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if pending is None:
                # 十二 leaves out the 一; elsewhere a unit needs a digit before it.
                if unit != 10 or total or zero_after_unit:
                    return None
                pending = 1
            if unit >= last_unit:
                return None
            total += pending * unit
            last_unit, pending, zero_after_unit = unit, None, False
        else:
            return None
    if pending is not None:
        # 一百一 is 110, but 一百零一 is 101.
        place = 1 if zero_after_unit or last_unit == 10**4 else last_unit // 10
        total += pending * place
    return total
