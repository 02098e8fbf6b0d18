"""Size limits for untrusted input, per format (documented in docs/extract.md), and the
one way files are read under a limit (`read_limited`).

A filled report is a few kilobytes of text, a one- or two-page PDF or a
small Office file; everything beyond these limits is refused before parsing.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from nianbao.errors import InputError, TooLargeError

MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_HTML_BYTES = 8 * 1024 * 1024
MAX_OFFICE_BYTES = 20 * 1024 * 1024
"""A .docx/.xlsx file as stored (compressed)."""
MAX_PDF_BYTES = 32 * 1024 * 1024
MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_REPORT_FILE_BYTES = 2 * 1024 * 1024

MAX_BYTES: dict[str, int] = {
    "text": MAX_TEXT_BYTES,
    "html": MAX_HTML_BYTES,
    # a page saved as one file carries its pictures too
    "mhtml": MAX_OFFICE_BYTES,
    "rtf": MAX_OFFICE_BYTES,
    "docx": MAX_OFFICE_BYTES,
    "xlsx": MAX_OFFICE_BYTES,
    "zip": MAX_OFFICE_BYTES,
    "pdf": MAX_PDF_BYTES,
    "image": MAX_IMAGE_BYTES,
    "report": MAX_REPORT_FILE_BYTES,
}

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Any input to extraction: no reader accepts more; each has its own, smaller limit."""

HEAD_BYTES = 8192
"""The first bytes that tell the format (`sniff`), and with it the format's limit."""

LimitFor = Callable[[bytes], tuple[int, str]]
"""A file's first bytes → (the limit in bytes for what they announce, what that is)."""


def read_limited(
    path: Path,
    limit: int,
    what: str,
    *,
    limit_for: LimitFor | None = None,
    head: int | None = None,
) -> bytes:
    """A file's bytes, refused with a TooLargeError that names the limit when the file is
    larger than `limit` (`what` is what the limit is for: 报表文件, 表格文件 …): checked
    from the size before reading, and again while reading, so a file that grows, or a
    device that lies about its size, is never read beyond the limit.

    `limit_for`: the first HEAD_BYTES (or `head`) bytes set a smaller limit of their own.
    `head`: only that many first bytes are read and returned (the limits still apply to
    the file's size). A folder, a missing or unreadable file raise InputError.
    """
    source = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        size = info.st_size
        _refuse(size, limit, what, source)
        with path.open("rb") as handle:
            data = b""
            if limit_for is not None:
                data = handle.read(HEAD_BYTES if head is None else head)
                limit, what = limit_for(data)
                _refuse(size, limit, what, source)
            if head is not None:
                return data if limit_for is not None else handle.read(head)
            data += handle.read(limit + 1 - len(data))
    except IsADirectoryError:
        raise InputError(f"这是一个文件夹，不是{what}。", source=source) from None
    except FileNotFoundError:
        raise InputError("文件不存在。", source=source) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc.strerror or exc}。", source=source) from None
    if len(data) > limit:
        raise TooLargeError(f"文件超过{_named(what, limit)}。", source=source)
    return data


def _refuse(size: int, limit: int, what: str, source: str) -> None:
    if size > limit:
        raise TooLargeError(f"文件有 {size:,} 字节，超过{_named(what, limit)}。", source=source)


def _named(what: str, limit: int) -> str:
    space = " " if what[:1].isascii() else ""
    return f"{space}{what}的上限（{limit:,} 字节）"
