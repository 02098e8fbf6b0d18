"""Plain text and Markdown, as PDF-to-text and document converters give them.

Cells are tab-separated, Markdown table cells (| a | b |), or set apart by two
or more spaces or a full-width space; every line is a row.
"""

from __future__ import annotations

import html
import re

from nianbao.errors import TooLargeError
from nianbao.extract.document import Cell, Document, Row
from nianbao.readers.encoding import decode_text
from nianbao.readers.limits import MAX_TEXT_BYTES
from nianbao.readers.marks import canonical_ticks

MAX_LINES = 50_000
MAX_LINE_CHARS = 20_000

_SPACES_RE = re.compile(r"[ \xa0]{2,}|\u3000+")
_MD_SEPARATOR_RE = re.compile(r"^\|?[\s:|-]+\|?$")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"\*\*|__")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_text(data: bytes, source: str | None = None) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise TooLargeError(
            f"文本文件有 {len(data):,} 字节，超过 {MAX_TEXT_BYTES:,} 字节的上限："
            "报表的文字不会这么长。",
            source=source,
        )
    return document_from_text(decode_text(data, source))


def split_line(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [c.strip() for c in stripped[1:-1].split("|")]
    if "\t" in line:
        return [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return [c.strip() for c in _SPACES_RE.split(stripped)]


def _clean(line: str) -> str:
    """Markdown and HTML remnants off; tick boxes as ☑/☐."""
    line = _MD_HEADING_RE.sub("", line[:MAX_LINE_CHARS])
    if "**" in line or "__" in line:
        line = _MD_EMPHASIS_RE.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    if "<" in line:
        line = _BR_RE.sub(" ", line)
    return canonical_ticks(line)


def document_from_text(text: str) -> Document:
    doc = Document(format="text")
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise TooLargeError(f"文本超过 {MAX_LINES:,} 行，不是一份报表。")
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped or ("-" in stripped and _MD_SEPARATOR_RE.match(stripped)):
            continue
        cells = tuple(Cell(text, col) for col, text in enumerate(split_line(_clean(raw))))
        doc.rows.append(Row(cells, where=f"第 {number} 行"))
    return doc
