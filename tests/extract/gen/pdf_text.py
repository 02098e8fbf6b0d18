"""Text that PDF-to-text tools make of a generated PDF: what an analyst has who ran one
over a published report. pdftotext (poppler-utils) with and without -layout, pdfplumber
with and without layout=True, and pypdfium2's text page, each as its users run it."""

from __future__ import annotations

import io
import random
import shutil
import subprocess

import pdfplumber
import pypdfium2 as pdfium  # type: ignore[import-untyped]

from gen.pdf_out import NOTO, TRUETYPE, pdf_writer
from gen.sheet import Sheet

TOOLS = ("pdftotext -layout", "pdftotext", "pdfplumber layout", "pdfplumber", "pypdfium2")


def pdf_text(data: bytes, tool: str) -> str:
    if tool.startswith("pdftotext"):
        program = shutil.which("pdftotext")
        if program is None:
            raise RuntimeError(
                "pdftotext is missing: scripts/system-deps.sh installs poppler-utils"
            )
        layout = ["-layout"] if tool.endswith("-layout") else []
        done = subprocess.run(
            [program, *layout, "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            check=True,
            timeout=60,
        )
        return done.stdout.decode("utf-8")
    if tool.startswith("pdfplumber"):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layout = tool.endswith("layout")
            return "\n".join(page.extract_text(layout=layout) or "" for page in pdf.pages)
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def pdf_text_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    fonts = rng.choice((NOTO, TRUETYPE))
    data, _ = pdf_writer(sheet, rng, fonts=fonts)
    tool = rng.choice(TOOLS)
    sheet.made = f"{tool} of a PDF ({sheet.made}, {fonts})"
    return pdf_text(data, tool).encode("utf-8"), ".txt"
