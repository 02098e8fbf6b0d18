"""PDF files with a text layer, through pdfium's character boxes and path objects.

Characters become runs (split at line ends, wide gaps and table borders);
thin path objects and stroked rectangles become ruling lines; `geometry`
turns both into rows of cells. A page drawn sideways is turned back first; tick
boxes set in a symbol font are read by their font; pages without text, or mostly
pictures, are left for OCR (`extract.pipeline` decides). The raw
pdfium calls are used because the object wrappers cost more than the
parsing itself; the calls made once per character or object go through
`unchecked` copies, since ctypes' per-argument checks cost as much as the call.
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from pypdfium2 import raw

from nianbao.errors import EncryptedError, InputError, TooLargeError, UnsafeInputError
from nianbao.extract.document import Document, StopAt
from nianbao.readers.geometry import Rulings, Run, Segment, page_rows
from nianbao.readers.letter_spacing import unspaced
from nianbao.readers.limits import MAX_PDF_BYTES
from nianbao.readers.marks import symbol_font
from nianbao.readers.page_break import join_page_break
from nianbao.readers.page_chars import page_text
from nianbao.readers.page_chrome import opening_keys, without_page_words, without_running_lines
from nianbao.readers.page_objects import Bounds, page_objects, turn_of
from nianbao.readers.pdf_annotations import annotation_runs, marks_onto_boxes
from nianbao.readers.pdf_beside import PageRead, side_by_side
from nianbao.readers.pdf_boxes import MIN_BOXES, Shape, drawn_boxes, small_shape
from nianbao.readers.pdfguard import check_pdf_bytes
from nianbao.readers.pdftext import (
    instructions_cut,
    overprinted_ticks,
    rejoin_marks,
    returned_name,
    slanted_blanked,
    symbol_ticks,
    text_runs,
    unchecked,
)

MAX_PAGES = 50
"""A report with its instructions is at most a few pages; more is not a report."""
READ_PAGES = 16
"""Pages read; the table and signatures are on the first one or two."""
MAX_PAGE_OBJECTS = 50_000
MAX_PAGE_CHARS = 100_000
MAX_SECONDS = 20.0
THIN = 3.0


_page_object = unchecked(raw.FPDFPage_GetObject)
_object_type = unchecked(raw.FPDFPageObj_GetType)
_PATH = raw.FPDF_PAGEOBJ_PATH
_TEXT = raw.FPDF_PAGEOBJ_TEXT
_IMAGE = raw.FPDF_PAGEOBJ_IMAGE
ILLUSTRATED = 0.2
"""A page this much covered by pictures may hold the report as them (a scan under a little
text, a table pasted in as a screenshot), when its text is no report."""
_WHITE = 230
"""A fill whose red, green and blue are all at least this is white (a box's ground)."""
Ink = Literal["ink", "white tick", ""]
"""How a path shows: ink, only a white stroke (a tick on a coloured box), or nothing."""
OCR_LAYER_PICTURED = 0.8
"""A scan's share of its page, under an OCR layer."""
SCANNED = 0.5
"""A scan's share of its page at least, with no text over it."""
_render_mode = unchecked(raw.FPDFTextObj_GetTextRenderMode)
_INVISIBLE = raw.FPDF_TEXTRENDERMODE_INVISIBLE
_TICK_SEGMENTS = 3
"""Segments of a path drawn as a tick: a move and two lines (√)."""
_text_font = unchecked(raw.FPDFTextObj_GetFont)
_text_font.restype = ctypes.c_void_p  # the handle as an int: fonts are told apart by it
_font_name = unchecked(raw.FPDFFont_GetBaseFontName)


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

    def __init__(self, page: Any, source: str | None, form: Any = None) -> None:
        self.page = page
        self.source = source
        self.form = form
        """The document's form handle, when it has a form (its fields' values are read)."""
        self.width = float(raw.FPDF_GetPageWidthF(page))
        self.height = float(raw.FPDF_GetPageHeightF(page))
        count = raw.FPDFPage_CountObjects(page)
        if count > MAX_PAGE_OBJECTS:
            raise UnsafeInputError(
                f"PDF 页面包含 {count:,} 个图形对象，"
                f"超过 {MAX_PAGE_OBJECTS:,} 个的上限，拒绝读取。",
                source=source,
            )
        self.count = count
        turn = _text_turn(page, count)
        self.turned = bool(turn)
        if turn:
            self.height = _turn_upright(page, count, turn)
        self.symbols = False
        """Whether some text on the page is set in a symbol font (tick boxes)."""
        self.pictured = 0.0
        """The area pictures cover on the page (a scan under a little text)."""
        self.shapes: list[Shape] = []
        """The page's small inked shapes: drawn boxes and their ticks (after `rulings`)."""
        self.texts = self.invisible = 0
        """Text objects on the page, and those drawn invisible (an OCR layer)."""

    def ocr_layer(self) -> bool:
        """Whether the page's text is all invisible over a picture covering most of it."""
        covered = self.pictured >= OCR_LAYER_PICTURED * self.width * self.height
        return covered and self.texts > 0 and self.invisible == self.texts

    def scanned(self) -> bool:
        """Whether the page is a picture with no text over it: a scan (after `rulings`)."""
        return self.texts == 0 and self.pictured >= SCANNED * self.width * self.height

    def illustrated(self) -> bool:
        """Whether pictures cover a fifth of the page or more (after `rulings`, which
        measures them)."""
        return self.pictured >= ILLUSTRATED * self.width * self.height

    def rulings(self) -> Rulings:
        horizontal: list[Segment] = []
        vertical: list[Segment] = []
        box = Bounds()
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        height = self.height
        fonts: set[int | None] = set()
        for obj, kind, placed in page_objects(self.page, self.count, MAX_PAGE_OBJECTS):
            if kind == _TEXT:
                self.texts += 1
                self.invisible += _render_mode(obj) == _INVISIBLE
                font = _text_font(obj)
                if font not in fonts:  # a handle per font of the document: looked at once
                    fonts.add(font)
                    self.symbols = self.symbols or _symbolic(font)
                continue
            if kind == _IMAGE and box.of(obj, placed):
                self.pictured += (box.right - box.left) * (box.top - box.bottom)
                continue
            if kind != _PATH or not box.of(obj, placed):
                continue
            x0, x1 = box.left, box.right
            y0, y1 = height - box.top, height - box.bottom
            w, h = x1 - x0, y1 - y0
            if h <= THIN and w > THIN:
                horizontal.append(((y0 + y1) / 2, x0, x1))
            elif w <= THIN and h > THIN:
                vertical.append(((x0 + x1) / 2, y0, y1))
            elif small_shape(w, h) and (ink := self._ink(obj)):
                tick = raw.FPDFPath_CountSegments(obj) == _TICK_SEGMENTS
                self.shapes.append(Shape((x0, y0, x1, y1), white=ink == "white tick", tick=tick))
            if (
                w > THIN
                and h > THIN
                and (
                    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
                    and stroke.value
                    and raw.FPDFPath_CountSegments(obj) in (4, 5)
                )
            ):
                horizontal += [(y0, x0, x1), (y1, x0, x1)]
                vertical += [(x0, y0, y1), (x1, y0, y1)]
        return Rulings.build(horizontal, vertical)

    def _ink(self, obj: Any) -> Ink:
        """How a path shows: "ink" when stroked, or filled in anything but white (a box's
        white ground inside its border is no tick); "white tick" when only stroked in
        white (a tick on a coloured box); "" when it shows nothing."""
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
            return ""
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        if fill.value:
            raw.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha)
            if min(red.value, green.value, blue.value) < _WHITE:
                return "ink"
        if not stroke.value:
            return ""
        raw.FPDFPageObj_GetStrokeColor(obj, red, green, blue, alpha)
        return "ink" if min(red.value, green.value, blue.value) < _WHITE else "white tick"

    def runs(
        self, rulings: Rulings, stop: StopAt | None, *, autospaced: bool = False
    ) -> tuple[list[Run], bool]:
        """The page's runs, and whether the report ends on this page (`stop`)."""
        text = raw.FPDFText_LoadPage(self.page)
        if not text:
            raise InputError("PDF 页面的文字无法读取。", source=self.source)
        try:
            count = raw.FPDFText_CountChars(text)
            if count > MAX_PAGE_CHARS:
                raise UnsafeInputError(
                    f"PDF 页面文字超过 {MAX_PAGE_CHARS:,} 个字符，拒绝读取。", source=self.source
                )
            chars = slanted_blanked(text, page_text(text, count))
            if self.symbols:
                chars = symbol_ticks(text, chars)
            ticked = overprinted_ticks(text, chars)
            reorder, chars = ticked is not chars, ticked
            notes: list[Run] = []
            if not self.turned and raw.FPDFPage_GetAnnotCount(self.page):
                notes = annotation_runs(self.page, self.form, self.height)
                chars, notes = marks_onto_boxes(text, chars, notes, self.height)
            if not self.turned and len(self.shapes) >= MIN_BOXES:
                drawn = drawn_boxes(self.shapes)
                if drawn:
                    chars, drawn = marks_onto_boxes(text, chars, drawn, self.height, drawn=True)
                notes += drawn
            ended = stop is not None and stop(chars)
            end = instructions_cut(text, chars, stop, rulings, self.height) if ended else count
            runs = text_runs(
                text, chars, end, rulings, self.height, autospaced=autospaced, reorder=reorder
            )
            unspaced(runs)
            return rejoin_marks(runs + notes, rulings), ended
        finally:
            raw.FPDFText_ClosePage(text)


_AUTOSPACING = ("libreoffice", "openoffice", "microsoft", "word", "wps", "kingsoft")
"""Producers that set a gap between Chinese and Latin text themselves (Word's and WPS's
"adjust space between Asian and Latin text", LibreOffice's autospacing), unlike browsers
and HTML typesetters, which set only the blanks typed."""


def _autospaced(pdf: pdfium.PdfDocument) -> bool:
    """Whether the program that made the PDF sets gaps between Chinese and numbers."""
    made = " ".join(pdf.get_metadata_value(key) or "" for key in ("Producer", "Creator"))
    return any(name in made.lower() for name in _AUTOSPACING)


_TURN_SAMPLE = 40
"""Text objects looked at for the page's writing direction."""


def _text_turn(page: Any, count: int) -> int:
    """Quarter turns (counter-clockwise) of most of the page's text: 1 on a landscape page
    drawn sideways and shown upright by /Rotate (as some printers and scanners write them,
    or a tool that placed the page whole, turned, on another)."""
    turns = [0, 0, 0, 0]
    seen = 0
    for obj, kind, placed in page_objects(page, count, MAX_PAGE_OBJECTS):
        if kind != _TEXT:
            continue
        turns[turn_of(obj, placed)] += 1
        seen += 1
        if seen == _TURN_SAMPLE:
            break
    return max(range(4), key=lambda k: (turns[k], k == 0))


def _turn_upright(page: Any, count: int, turn: int) -> float:
    """Turns every object of the page back by `turn` quarter turns, so its text runs left to
    right in the page's own coordinates; returns the height of the page so turned."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        left.value, bottom.value, right.value, top.value = 0.0, 0.0, 612.0, 792.0
    cos, sin = (1, 0, -1, 0)[turn], (0, 1, 0, -1)[turn]
    corners = [(x, y) for x in (left.value, right.value) for y in (bottom.value, top.value)]
    turned = [(cos * x + sin * y, -sin * x + cos * y) for x, y in corners]
    dx, dy = -min(x for x, _ in turned), -min(y for _, y in turned)
    for i in range(count):
        raw.FPDFPageObj_Transform(_page_object(page, i), cos, -sin, sin, cos, dx, dy)
    return max(y for _, y in turned) + dy


def _symbolic(font: int | None) -> bool:
    if not font:
        return False
    buffer = ctypes.create_string_buffer(128)
    size = _font_name(ctypes.c_void_p(font), buffer, ctypes.c_ulong(len(buffer)))
    return symbol_font(returned_name(buffer, size)) is not None


_OPENING_CHARS = 400
"""Characters of a page read to tell whether it opens another report."""


def _resumes(pdf: pdfium.PdfDocument, index: int, stop: StopAt) -> bool:
    """Whether page `index` (if any) opens another report after the one that ended."""
    if index >= min(len(pdf), READ_PAGES):
        return False
    return stop.resumes(lambda: _opening(pdf, index))


def _opening(pdf: pdfium.PdfDocument, index: int) -> str:
    """The first characters of page `index`'s text ("" if it cannot be read: read as the
    report's next page, it raises its error there)."""
    page = raw.FPDF_LoadPage(pdf.raw, index)
    if not page:
        return ""
    try:
        text = raw.FPDFText_LoadPage(page)
        if not text:
            return ""
        try:
            return page_text(text, min(raw.FPDFText_CountChars(text), _OPENING_CHARS))
        finally:
            raw.FPDFText_ClosePage(text)
    finally:
        raw.FPDF_ClosePage(page)


def read_pdf(
    data: bytes, source: str | None = None, stop: StopAt | None = None, *, beside: bool = False
) -> Document:
    """The pages' rows, up to and including the page on which `stop` (if given) says the
    report has ended (the instructions that follow the table are not read); with `beside`,
    a page standing at an earlier page's line heights is read to its right (`pdf_beside`)."""
    pdf = open_pdf(data, source)
    doc = Document(format="pdf", pages=len(pdf))
    heads: set[str] = set()  # the running head lines pages opened with
    try:
        pages: Iterable[PageRead] = _pages(pdf, doc, source, stop, through=beside)
        if beside:
            pages = side_by_side(pages)
        for page in pages:
            if page.joined:
                doc.beside += page.joined
                doc.notes.append(
                    f"第 {page.index + 1} 页右侧的 {page.joined} 页（打印时超出页宽的列）"
                    "与它并排读取。"
                )
            index = page.index
            rows = without_page_words(page_rows(page.runs, page.rulings, index + 1, 2 * index))
            if index and not page.resumed:  # a report's title opening its page is no running head
                rows = without_running_lines(doc.rows, rows, heads)
            heads |= opening_keys(rows)
            doc.rows.extend(join_page_break(doc.rows, rows))
        if len(pdf) > READ_PAGES:
            doc.notes.append(f"只读取了前 {READ_PAGES} 页（共 {len(pdf)} 页）。")
    except pdfium.PdfiumError as exc:
        raise InputError(f"PDF 页面已损坏，无法读取（{exc}）。", source=source) from None
    finally:
        pdf.close()
    return doc


def _pages(
    pdf: pdfium.PdfDocument,
    doc: Document,
    source: str | None,
    stop: StopAt | None,
    *,
    through: bool = False,
) -> Iterator[PageRead]:
    """Each page's runs and rulings in turn, up to the page the report ends on (`through`:
    on past it, for the caller to stop)."""
    started = time.process_time()
    form = None
    if raw.FPDF_GetFormType(pdf.raw) != raw.FORMTYPE_NONE:
        pdf.init_forms()  # a fillable form: its fields' values are read with the page
        form = pdf.formenv.raw
    autospaced = _autospaced(pdf)
    resumed = False  # the report ended on the page before, and another opens this one
    for index in range(min(len(pdf), READ_PAGES)):
        if time.process_time() - started > MAX_SECONDS:
            raise UnsafeInputError(
                f"PDF 文件读取超过 {MAX_SECONDS:.0f} 秒，拒绝继续。", source=source
            )
        page = raw.FPDF_LoadPage(pdf.raw, index)
        if not page:
            raise InputError(f"PDF 第 {index + 1} 页已损坏，无法读取。", source=source)
        if form is not None:
            raw.FORM_OnAfterLoadPage(page, form)  # the page's fields join the form
        try:
            reader = _Page(page, source, form)
            rulings = reader.rulings()
            runs, ended = reader.runs(rulings, stop, autospaced=autospaced)
            doc.illustrated += reader.illustrated()
            doc.ocr_layer += reader.ocr_layer()
            if reader.scanned():
                doc.scanned.append(index + 1)
        finally:
            if form is not None:
                raw.FORM_OnBeforeClosePage(page, form)
            raw.FPDF_ClosePage(page)
        yield PageRead(index, runs, rulings, resumed, ended)
        resumed = ended and stop is not None and _resumes(pdf, index + 1, stop)
        if ended and not resumed and not through:
            break
