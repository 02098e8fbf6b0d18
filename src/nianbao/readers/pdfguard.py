"""Checks on a PDF's raw bytes before pdfium sees them.

pdfium parses a page's whole content stream when the page is loaded, in C,
without a way to stop it: a few hundred kilobytes of compressed drawing
commands can take minutes and gigabytes. So streams are test-inflated first
(bounded), and files declaring millions of objects are refused outright.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from nianbao.errors import UnsafeInputError

MAX_OBJECTS = 200_000
"""Objects declared (trailer /Size) or written (`obj` keywords); a report has hundreds."""
INFLATE_PROBE = 1024 * 1024
"""Bytes a stream is inflated to when checking it."""
MAX_RATIO = 60
"""Fonts and images inflate 2–10×, a page's text commands 5–20×; drawing-command bombs
inflate hundreds or thousands of times."""
MAX_INFLATED = 256 * 1024 * 1024
"""All streams together, estimated from their probes."""
MAX_STREAMS = 20_000

# Embedded fonts (/Length1..3) and images are parsed lazily and only as far as needed;
# content streams (pages, forms) are parsed whole on page load, so only those are probed.
_LAZY_RE = re.compile(
    rb"/Length[123]\b|/Subtype\s*/(?:Image|OpenType|Type1C|CIDFontType0C)|/Type\s*/XRef"
)
_SIZE_RE = re.compile(rb"/Size\s+(\d{1,12})")


def check_pdf_bytes(data: bytes, source: str | None = None) -> None:
    """Raise UnsafeInputError when the file is built to exhaust pdfium."""
    # Each marker takes four bytes: a smaller file cannot hold too many (skips a full scan).
    markers = data.count(b" obj") if len(data) > 4 * MAX_OBJECTS else 0
    declared = max(_sizes(data, max(0, len(data) - 1_048_576)), default=0)
    if markers > MAX_OBJECTS or declared > MAX_OBJECTS:
        raise UnsafeInputError(
            f"PDF 文件声明了 {max(markers, declared):,} 个对象（上限 {MAX_OBJECTS:,}），"
            "不是一份报表，拒绝读取。",
            source=source,
        )
    view = memoryview(data)  # probes slice it without copying
    total = 0
    for count, (begin, start) in enumerate(_streams(data)):
        if count >= MAX_STREAMS:
            raise UnsafeInputError(
                f"PDF 文件包含超过 {MAX_STREAMS:,} 个数据流，拒绝读取。", source=source
            )
        if data[start : start + 1] not in (b"x", b"h", b"X", b"H"):
            continue  # not a zlib header: an image, a font in another encoding, plain text
        if _LAZY_RE.search(data, max(0, begin - 300), begin):
            continue
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(view[start : start + INFLATE_PROBE], INFLATE_PROBE)
        except zlib.error:
            continue
        consumed = min(len(data) - start, INFLATE_PROBE) - len(inflater.unconsumed_tail)
        consumed -= len(inflater.unused_data)
        if len(out) >= INFLATE_PROBE and len(out) > MAX_RATIO * max(1, consumed):
            raise UnsafeInputError(
                f"PDF 文件中的数据流压缩比超过 {MAX_RATIO} 倍（疑似压缩炸弹），拒绝读取。",
                source=source,
            )
        total += len(out) if not inflater.unconsumed_tail else len(out) * 4
        if total > MAX_INFLATED:
            raise UnsafeInputError("PDF 文件解压后的数据过大，拒绝读取。", source=source)


def _sizes(data: bytes, begin: int) -> Iterator[int]:
    """Every `/Size n` from `begin` on (found with bytes.find: a regex scan of the whole
    tail costs more than the rest of the checks)."""
    at = data.find(b"/Size", begin)
    while at >= 0:
        match = _SIZE_RE.match(data, at)
        if match:
            yield int(match[1])
        at = data.find(b"/Size", at + 5)


def _streams(data: bytes) -> Iterator[tuple[int, int]]:
    """(keyword position, first data byte) of every `stream` keyword (not `endstream`)."""
    at = data.find(b"stream")
    while at >= 0:
        after = at + 6
        if data[at - 3 : at] != b"end":
            if data[after : after + 2] == b"\r\n":
                yield at, after + 2
            elif data[after : after + 1] in (b"\n", b"\r"):
                yield at, after + 1
        at = data.find(b"stream", after)
