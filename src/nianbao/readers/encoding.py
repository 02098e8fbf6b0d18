"""Bytes → text for the text and HTML readers: declared BOMs, UTF-8, GB18030, then a guess."""

from __future__ import annotations

from charset_normalizer import from_bytes

from nianbao.errors import InputError


def decode_text(data: bytes, source: str | None, declared: str | None = None) -> str:
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
