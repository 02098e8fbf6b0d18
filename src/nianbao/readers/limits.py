"""Size limits for untrusted input, per format (documented in docs/extract.md).

A filled report is a few kilobytes of text, a one- or two-page PDF or a
small Office file; everything beyond these limits is refused before parsing.
"""

from __future__ import annotations

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
    "docx": MAX_OFFICE_BYTES,
    "xlsx": MAX_OFFICE_BYTES,
    "zip": MAX_OFFICE_BYTES,
    "pdf": MAX_PDF_BYTES,
    "image": MAX_IMAGE_BYTES,
    "report": MAX_REPORT_FILE_BYTES,
}
