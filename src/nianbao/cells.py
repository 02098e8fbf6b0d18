"""What every cell parser shares: trimming, blanks, folding, the error and its wording."""

from __future__ import annotations

import re


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
    """Whether already-trimmed text is only a placeholder such as "—" or "N/A", or a
    template's prompt left in the cell (（请填写其他新媒体产品类型…）, （请注明）)."""
    if text[:1] in "（(" and _PROMPT_RE.fullmatch(text):
        return True
    if len(text) > 20:
        return False
    if text in BLANKS:
        return True
    folded = _fold(text)
    return folded.lower() in BLANKS or all(c in _PLACEHOLDER_CHARS for c in folded)


_PROMPT_RE = re.compile(r"[（(]\s*(?:请|此处|单击|点击)[^（）()]{0,60}[）)]")


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
