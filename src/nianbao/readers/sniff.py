"""Which format a file is, from its first bytes: never from its name."""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO
from typing import Literal

from nianbao.errors import EncryptedError, UnsupportedFormatError
from nianbao.readers.encrypted import OLE_MAGIC, encrypted_office
from nianbao.readers.legacy import legacy_kind
from nianbao.readers.limits import HEAD_BYTES

Kind = Literal[
    "text",
    "html",
    "mhtml",
    "docx",
    "xlsx",
    "pdf",
    "image",
    "report",
    "doc",
    "xls",
    "rtf",
    "odt",
    "ods",
    "wordml",
    "xmlss",
    "strict_docx",
    "strict_xlsx",
]
"""`report` is a JSON/YAML report file (read by readers.reportfile, not extracted)."""

_HTML_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|table|meta|div|p|title)[\s>/]", re.I)
# A web page saved as one file (.mht, Word's 单个文件网页, and the .doc some office systems
# export): MIME headers, then the page and its pictures as parts.
_HEADER_RE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
_HEADERS_END_RE = re.compile(rb"\r?\n\r?\n")
_YAML_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*:(?:\s|$)")
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)


def sniff(data: bytes, source: str | None = None) -> Kind:
    """The format of `data` (the whole file or at least its first HEAD_BYTES)."""
    head = data[:HEAD_BYTES]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, source)
    if head.startswith(OLE_MAGIC):
        if encrypted_office(data):
            raise EncryptedError(
                "这是加密（设有打开密码）的 Office 文件：请去掉密码、另存后再读取。", source=source
            )
        legacy = legacy_kind(data)
        if legacy is None:
            raise UnsupportedFormatError(
                "这是 Office 复合文档，但不是 Word（.doc）或 Excel（.xls）文件，无法读取。",
                source=source,
            )
        return legacy
    for magic, _ in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if _mhtml(head):
        return "mhtml"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text_kind(head.decode("utf-16", errors="ignore"), source)
    if b"\x00" in head or _binary(head):
        raise UnsupportedFormatError(
            "无法识别的文件格式：既不是文本、网页，也不是 Word、Excel、PDF 或图片。",
            source=source,
        )
    text = head.decode("utf-8", errors="ignore") or head.decode("gb18030", "ignore")
    return _text_kind(text, source)


_OPEN_DOCUMENTS: dict[bytes, Kind] = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def _open_document(data: bytes, source: str | None) -> Kind:
    """An OpenDocument text or spreadsheet (LibreOffice's and WPS's own formats), told by
    the mimetype entry every such file opens with."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive, archive.open("mimetype") as entry:
            mimetype = entry.read(100).strip()
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, KeyError) as exc:
        raise UnsupportedFormatError(
            f"这是一个损坏的 OpenDocument 文件，无法打开（{exc}）。", source=source
        ) from None
    kind = _OPEN_DOCUMENTS.get(mimetype)
    if kind is None:
        raise UnsupportedFormatError(
            "这是 OpenDocument 文件，但不是文本（.odt）或表格（.ods），无法读取。", source=source
        )
    return kind


def _mhtml(head: bytes) -> bool:
    """Whether the file opens with MIME headers announcing a page and its parts."""
    top = head[:8192].lstrip(b"\xef\xbb\xbf\r\n")
    if not _HEADER_RE.match(top):  # a header opens the file (tried first: the split is slow)
        return False
    headers = _HEADERS_END_RE.split(top, maxsplit=1)[0]
    return b"multipart/related" in headers.lower()


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _binary(head: bytes) -> bool:
    """Many control characters (other than tab, newlines, form feed, ESC) mean binary."""
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) // 100 + 2


_JSON_START_RE = re.compile(r'[\[{]\s*(?:[\[{"\]}]|$)')


# Office 2003's XML: the processing instruction Office writes, or the root element.
_WORDML_RE = re.compile(r'<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]')
_XMLSS_RE = re.compile(
    r'<\?mso-application\s+progid="Excel\.Sheet"'
    r"|<(?:ss:)?Workbook[^>]+urn:schemas-microsoft-com:office:spreadsheet"
)
# 标文通 (UOF, GB/T 20916), which 永中 and old WPS write.
_UOF_RE = re.compile(r"<uof:UOF[\s>]")


def _text_kind(text: str, source: str | None = None) -> Kind:
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<?xml") or stripped.startswith("<w:") or stripped.startswith("<Wo"):
        head = stripped[:4096]
        if _WORDML_RE.search(head):
            return "wordml"
        if _XMLSS_RE.search(head):
            return "xmlss"
        if _UOF_RE.search(head):
            raise UnsupportedFormatError(
                "这是 UOF（标文通）文件，nianbao 不读 UOF：请用 WPS 或永中 Office 打开后另存为 "
                ".docx 或 .xlsx 再读取。",
                source=source,
            )
    # A report file's JSON is an object or a list of them; a page's text may open with a
    # bracket too (a text browser's link numbers: [1]无障碍 [2]长者模式).
    if _JSON_START_RE.match(stripped):
        return "report"
    if stripped.startswith("<") and _HTML_RE.search(stripped[:4096].encode("utf-8", "ignore")):
        return "html"
    # A YAML report file starts with `key: value` lines (ASCII keys); reports never do.
    first = _first_line(stripped)
    if first is not None and not _YAML_KEY_RE.match(first):
        return "text"  # what the full test below decides too, without splitting it all
    lines = [line for line in stripped.splitlines()[:60] if _content(line)]
    if not lines or not _YAML_KEY_RE.match(lines[0]):
        return "text"
    if sum(bool(_YAML_KEY_RE.match(line)) for line in lines) >= max(1, len(lines) * 0.6):
        return "report"
    return "text"


def _content(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("#") and line.strip() != "---"


def _first_line(text: str) -> str | None:
    """The first content line among the first 60 lines, found in the first 2,048
    characters; None when those do not tell (it may lie further on)."""
    lines = text[:2048].splitlines()
    if len(text) > 2048:
        lines.pop()  # the cut may fall inside a line
    return next((line for line in lines[:60] if _content(line)), None)


_STRICT = b"http://purl.oclc.org/ooxml/"


def _strict(data: bytes, part: str) -> bool:
    """Whether an Office file's main part is in Strict Open XML's namespaces (Word's and
    Excel's "Strict Open XML" save option), which the .docx and .xlsx readers do not read."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive, archive.open(part) as entry:
            return _STRICT in entry.read(2048)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, KeyError):
        return False  # the reader says what is wrong with it


def _zip_kind(data: bytes, source: str | None) -> Kind:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist()[:10_000])
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError) as exc:
        raise UnsupportedFormatError(
            f"这是一个损坏的 ZIP/Office 文件，无法打开（{exc}）。", source=source
        ) from None
    if "word/document.xml" in names:
        return "strict_docx" if _strict(data, "word/document.xml") else "docx"
    if "xl/workbook.xml" in names:
        return "strict_xlsx" if _strict(data, "xl/workbook.xml") else "xlsx"
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormatError("这是 PowerPoint 文件，不是报表。", source=source)
    if "OFD.xml" in names:
        # The national fixed-layout format (GB/T 33190) some offices publish attachments in.
        raise UnsupportedFormatError(
            "这是 OFD 版式文件，nianbao 不读 OFD：请用 OFD 阅读器（数科、福昕等）"
            "另存为 PDF 后再读取。",
            source=source,
        )
    if "content.xml" in names and "mimetype" in names:
        return _open_document(data, source)
    raise UnsupportedFormatError(
        "这是 ZIP 压缩包，不是 Word（.docx）或 Excel（.xlsx）文件：请解压后分别读取。",
        source=source,
    )
