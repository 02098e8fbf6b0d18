"""A PDF page's characters as pdfium gives them, one per index."""

from __future__ import annotations

import ctypes
import re
from typing import Any

from pypdfium2 import raw  # type: ignore[import-untyped]

_HYPHEN_RE = re.compile("[\x02\ufffe]")
"""What pdfium gives for a hyphen ending a line (FPDFText_IsHyphen), taking it for a word's
hyphenation: in a report it is an identifier's (鄂ICP备05003298号- | 1, 0571- | 8517…),
and stays."""


def page_text(text: Any, count: int) -> str:
    """The page's characters, one per index (pdfium's UTF-16; per character when a
    surrogate pair would shift the indices)."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = raw.FPDFText_GetText(
        text, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    decoded = buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", errors="replace")
    if len(decoded) == count:
        return _hyphens_kept(text, decoded)
    out = []
    for i in range(count):
        code = raw.FPDFText_GetUnicode(text, i)
        out.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\x00")
    return _hyphens_kept(text, "".join(out))


def _hyphens_kept(text: Any, chars: str) -> str:
    if "\x02" not in chars and "\ufffe" not in chars:
        return chars
    out = list(chars)
    for found in _HYPHEN_RE.finditer(chars):
        if raw.FPDFText_IsHyphen(text, found.start()) == 1:
            out[found.start()] = "-"
    return "".join(out)
