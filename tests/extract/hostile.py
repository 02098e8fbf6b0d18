"""Hostile inputs for the readers, built in memory: bombs, huge files, encryption."""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF with these objects numbered from 1 and a valid xref table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


def page_pdf(content: bytes, compressed: bool = True) -> bytes:
    data = zlib.compress(content, 9) if compressed else content
    flate = b"/Filter /FlateDecode " if compressed else b""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< %s/Length %d >>\nstream\n" % (flate, len(data)) + data + b"\nendstream",
        ]
    )


def drawing_bomb(megabytes: int) -> bytes:
    """A page whose content stream inflates to `megabytes` MB of line drawing."""
    inflater = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * 75_000
    body = b"".join(inflater.compress(chunk) for _ in range(megabytes)) + inflater.flush()
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
        ]
    )


def many_objects(count: int) -> bytes:
    return page_pdf(b"") + b"".join(b"%d 0 obj\nnull\nendobj\n" % (i + 10) for i in range(count))


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"secret") -> bytes:
    """A one-page PDF under the standard security handler (RC4-40, revision 2)."""
    ident = hashlib.md5(b"nianbao").digest()
    padded_user = (user_password + PAD)[:32]
    owner_key = hashlib.md5((b"owner" + PAD)[:32]).digest()[:5]
    owner = _rc4(owner_key, padded_user)
    permissions = (-4).to_bytes(4, "little", signed=True)
    key = hashlib.md5(padded_user + owner + permissions + ident).digest()[:5]
    user = _rc4(key, PAD)
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (
        owner.hex().encode(),
        user.hex().encode(),
    )
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            encrypt,
        ],
        trailer=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (ident.hex().encode(), ident.hex().encode()),
    )


def zip_bomb(inner: str, megabytes: int, extra: dict[str, bytes] | None = None) -> bytes:
    """An Office-looking ZIP whose `inner` part inflates to `megabytes` MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
        with archive.open(inner, "w", force_zip64=True) as handle:
            block = b"\x00" * (1024 * 1024)
            for _ in range(megabytes):
                handle.write(block)
    return out.getvalue()


def dtd_docx() -> bytes:
    """A .docx whose document.xml carries a "billion laughs" entity declaration."""
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", laughs)
    return out.getvalue()
