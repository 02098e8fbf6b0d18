"""Extraction: any published report (text, HTML, DOCX, XLSX, PDF, scans) → checked data.

Readers (`nianbao.readers`) turn bytes into a `Document`; the form-driven
matcher turns a Document into values; the pipeline checks them.
"""

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.pipeline import Extraction, extract_bytes, extract_document, extract_file

__all__ = [
    "Cell",
    "Document",
    "Extraction",
    "Row",
    "extract_bytes",
    "extract_document",
    "extract_file",
]
