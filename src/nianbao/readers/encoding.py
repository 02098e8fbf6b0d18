"""Bytes → text for the text and HTML readers: declared BOMs, UTF-8, GB18030, then a guess."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from nianbao.errors import InputError

_CONTROLS_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]+")
"""Control characters that are neither spaces nor line or page breaks (\\t \\n \\v \\f
\\r \\x1c-\\x1e, which `str.splitlines` breaks lines at): LibreOffice writes \\x01 after a
Word check box it exports (☒\\x01是), where it would keep the box from its option."""


def decode_text(data: bytes, source: str | None, declared: str | None = None) -> str:
    """`data` as text, without stray control characters."""
    text = _decoded(data, source, declared)
    return _CONTROLS_RE.sub("", text) if _CONTROLS_RE.search(text) else text


def _decoded(data: bytes, source: str | None, declared: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = [declared] if declared else []
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:262_144]).best()
    if best is None or best.encoding is None:
        raise InputError("无法识别文件的文字编码（不是 UTF-8 或 GBK/GB18030）。", source=source)
    return data.decode(best.encoding, errors="replace")
