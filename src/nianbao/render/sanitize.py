"""Text made safe for the files we write: XML 1.0 characters, no live formulas.

Report text comes from people and from extracted documents, so it may hold
control characters (illegal in XML, hence in DOCX and XLSX) or start like a
spreadsheet formula (`=HYPERLINK(...)`). Escaping of markup itself is the job
of the template engine (HTML, WordprocessingML) or of openpyxl (XLSX).
"""

from __future__ import annotations

import re

# Characters XML 1.0 does not allow (tab, LF and CR are allowed), plus lone
# surrogates and the two non-characters U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, WPS or LibreOffice take a typed-in text for a formula."""


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold."""
    return _XML_ILLEGAL.sub("", text)


def formula_like(text: str) -> bool:
    """Would a spreadsheet evaluate this text if it were typed into a cell?"""
    return text.startswith(FORMULA_STARTS)
