"""Web pages saved as one file (MHTML: .mht, Word's 单个文件网页, and the .doc files some
office systems export): the page part, read as a web page."""

from __future__ import annotations

import email.parser
import email.policy

from nianbao.errors import InputError
from nianbao.extract.document import Document
from nianbao.readers.html import read_html


def read_mhtml(data: bytes, source: str | None = None) -> Document:
    page = page_part(data)
    if page is None:
        raise InputError("这个单文件网页（MHT）中没有网页部分，无法读取。", source=source)
    doc = read_html(page, source)
    doc.notes.append("单文件网页（MHT），读取其中的网页部分。")
    return doc


def page_part(data: bytes) -> bytes | None:
    """The first text/html part, decoded from its transfer encoding (quoted-printable,
    base64); its characters stay in the page's own encoding, which the page declares."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            return payload
    return None
