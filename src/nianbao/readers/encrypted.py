"""Password-protected inputs: recognised so they are refused with their own error code
(`nianbao.errors.EncryptedError`, re-exported here for older imports)."""

from __future__ import annotations

from nianbao.errors import EncryptedError

__all__ = ["OLE_MAGIC", "EncryptedError", "encrypted_office"]


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def encrypted_office(data: bytes) -> bool:
    """An OLE file holding an encrypted .docx/.xlsx (Office's password protection)."""
    return data.startswith(OLE_MAGIC) and _ENCRYPTED_PACKAGE in data[:1_048_576]
