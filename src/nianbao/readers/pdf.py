"""PDF files with a text layer, through pdfium's character boxes and path objects.

Characters become runs (split at line ends, wide gaps and table borders);
thin path objects and stroked rectangles become ruling lines; `geometry`
turns both into rows of cells. Pages without text are left for OCR. The raw
pdfium calls are used because the object wrappers cost more than the
parsing itself.
"""

from __future__ import annotations

import ctypes
import time

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from pypdfium2 import raw

from nianbao.errors import InputError, TooLargeError, UnsafeInputError
from nianbao.extract.document import Document, StopAt
from nianbao.readers.encrypted import EncryptedError
from nianbao.readers.geometry import Rulings, Run, Segment, join_page_break, page_rows
from nianbao.readers.limits import MAX_PDF_BYTES
from nianbao.readers.marks import canonical_ticks
from nianbao.readers.pdfguard import check_pdf_bytes

MAX_PAGES = 50
"""A report with its instructions is at most a few pages; more is not a report."""
READ_PAGES = 8
"""Pages read; the table and signatures are on the first one or two."""
MAX_PAGE_OBJECTS = 50_000
MAX_PAGE_CHARS = 100_000
MAX_SECONDS = 20.0
THIN = 3.0


def open_pdf(data: bytes, source: str | None) -> pdfium.PdfDocument:
    if len(data) > MAX_PDF_BYTES:
        raise TooLargeError(
            f"PDF 文件有 {len(data):,} 字节，超过 {MAX_PDF_BYTES:,} 字节的上限。", source=source
        )
    check_pdf_bytes(data, source)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedError(
                "PDF 文件设有打开密码：请提供未加密的版本。", source=source
            ) from None
        raise InputError(f"PDF 文件已损坏，无法打开（{exc}）。", source=source) from None
    pages = len(pdf)
    if pages > MAX_PAGES:
        pdf.close()
        raise TooLargeError(
            f"PDF 有 {pages} 页，超过 {MAX_PAGES} 页的上限：不是一份报表。", source=source
        )
    if pages == 0:
        pdf.close()
        raise InputError("PDF 文件没有任何页面。", source=source)
    return pdf


class _Page:
    """One page's characters and rulings through the raw pdfium API."""

    def __init__(self, page: pdfium.PdfPage, source: str | None) -> None:
        self.page = page
        self.height = float(page.get_height())
        count = raw.FPDFPage_CountObjects(page.raw)
        if count > MAX_PAGE_OBJECTS:
            raise UnsafeInputError(
                f"PDF 页面包含 {count:,} 个图形对象，"
                f"超过 {MAX_PAGE_OBJECTS:,} 个的上限，拒绝读取。",
                source=source,
            )
        self.count = count

    def rulings(self) -> Rulings:
        horizontal: list[Segment] = []
        vertical: list[Segment] = []
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        for i in range(self.count):
            obj = raw.FPDFPage_GetObject(self.page.raw, i)
            if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
                continue
            if not raw.FPDFPageObj_GetBounds(obj, *refs):
                continue
            x0, x1 = left.value, right.value
            y0, y1 = self.height - top.value, self.height - bottom.value
            w, h = x1 - x0, y1 - y0
            if h <= THIN and w > THIN:
                horizontal.append(((y0 + y1) / 2, x0, x1))
            elif w <= THIN and h > THIN:
                vertical.append(((x0 + x1) / 2, y0, y1))
            elif (
                raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
                and stroke.value
                and raw.FPDFPath_CountSegments(obj) in (4, 5)
            ):
                horizontal += [(y0, x0, x1), (y1, x0, x1)]
                vertical += [(x0, y0, y1), (x1, y0, y1)]
        return Rulings.build(horizontal, vertical)

    def runs(self, rulings: Rulings, source: str | None) -> list[Run]:
        textpage = self.page.get_textpage()
        try:
            return self._runs(textpage.raw, rulings, source)
        finally:
            textpage.close()

    def _runs(self, text: object, rulings: Rulings, source: str | None) -> list[Run]:
        count = raw.FPDFText_CountChars(text)
        if count > MAX_PAGE_CHARS:
            raise UnsafeInputError(
                f"PDF 页面文字超过 {MAX_PAGE_CHARS:,} 个字符，拒绝读取。", source=source
            )
        chars = _page_text(text, count)
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        refs = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
        get_box = raw.FPDFText_GetCharBox
        height = self.height
        runs: list[Run] = []
        current: list[str] = []
        bx0 = by0 = bx1 = by1 = 0.0

        def flush() -> None:
            value = "".join(current).strip()
            if value:
                runs.append(Run(canonical_ticks(value), (bx0, by0, bx1, by1)))
            current.clear()

        for i, ch in enumerate(chars):
            if ch in _BREAKS:
                flush()
                continue
            if ch.isspace() or not get_box(text, i, *refs):
                if current:
                    current.append(" ")
                continue
            x0, x1 = left.value, right.value
            y0, y1 = height - top.value, height - bottom.value
            if current:
                size = by1 - by0 if by1 - by0 > y1 - y0 else y1 - y0
                size = size if size > 1.0 else 1.0
                gap = x0 - bx1
                if (
                    abs(y0 + y1 - by0 - by1) >= size
                    or gap > 1.5 * size
                    or gap < -size
                    # Neighbouring characters nearly touch; a wider gap may hide a border.
                    or (gap > 0.2 * size and rulings.splits(bx1, x0, (y0 + y1) / 2))
                ):
                    flush()
            if current:
                bx0, by0 = (x0 if x0 < bx0 else bx0), (y0 if y0 < by0 else by0)
                bx1, by1 = (x1 if x1 > bx1 else bx1), (y1 if y1 > by1 else by1)
            else:
                bx0, by0, bx1, by1 = x0, y0, x1, y1
            current.append(ch)
        flush()
        return runs


_BREAKS = frozenset("\r\n\x02\x00\ufffe\uffff")


def _page_text(text: object, count: int) -> str:
    """The page's characters, one per index (pdfium's UTF-16; per character when a
    surrogate pair would shift the indices)."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = raw.FPDFText_GetText(
        text, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    decoded = buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", errors="replace")
    if len(decoded) == count:
        return decoded
    out = []
    for i in range(count):
        code = raw.FPDFText_GetUnicode(text, i)
        out.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\x00")
    return "".join(out)


def read_pdf(data: bytes, source: str | None = None, stop: StopAt | None = None) -> Document:
    """The pages' rows, up to and including the page on which `stop` (if given) says the
    report has ended (the instructions that follow the table are not read)."""
    started = time.process_time()
    pdf = open_pdf(data, source)
    doc = Document(format="pdf", pages=len(pdf))
    try:
        for index in range(min(len(pdf), READ_PAGES)):
            if time.process_time() - started > MAX_SECONDS:
                raise UnsafeInputError(
                    f"PDF 文件读取超过 {MAX_SECONDS:.0f} 秒，拒绝继续。", source=source
                )
            page = pdf[index]
            try:
                reader = _Page(page, source)
                rulings = reader.rulings()
                runs = reader.runs(rulings, source)
            finally:
                page.close()
            rows = page_rows(runs, rulings, index + 1, 2 * index)
            doc.rows.extend(join_page_break(doc.rows, rows))
            if stop is not None and stop("".join(run.text for run in runs)):
                break
        if len(pdf) > READ_PAGES:
            doc.notes.append(f"只读取了前 {READ_PAGES} 页（共 {len(pdf)} 页）。")
    except pdfium.PdfiumError as exc:
        raise InputError(f"PDF 页面已损坏，无法读取（{exc}）。", source=source) from None
    finally:
        pdf.close()
    return doc
