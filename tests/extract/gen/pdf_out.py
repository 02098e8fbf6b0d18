"""Test documents, part 5: a Sheet as a PDF (HTML laid out by WeasyPrint) and as scans."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from .html_out import PLAIN, Markup, table_html
from .sheet import Sheet
from .symbol_fonts import FONTS, font_faces

NOTO = '"Noto Sans CJK SC", "Noto Serif CJK SC"'
TRUETYPE = '"WenQuanYi Zen Hei"'
"""A TrueType CJK font, as Word and WPS embed (宋体, 仿宋): pdfium reads it far more cheaply
than Noto's CFF outlines, so both kinds of PDF are generated and measured."""
CSS = """
@page { size: PAGE; margin: MARGIN; }
body { font-family: FONTS, sans-serif; font-size: SIZE; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
p { margin: 3pt 0; }
.title { text-align: center; font-size: 15pt; font-weight: bold; }
"""

SCAN_DPI = 200
PAGES = ("A4", "A4", "A4 landscape", "A5", "B5")
SIZES = ("10pt", "10pt", "11pt", "12pt", "14pt")
MARGINS = ("18mm 15mm", "25mm 20mm", "10mm 8mm")


@dataclass(frozen=True)
class Print:
    """The page a report is printed on: bigger type and smaller pages wrap labels, values
    and the signature line inside their cells."""

    page: str = "A4"
    size: str = "10pt"
    margin: str = "18mm 15mm"

    @staticmethod
    def pick(rng: random.Random) -> Print:
        return Print(rng.choice(PAGES), rng.choice(SIZES), rng.choice(MARGINS))

    def css(self, fonts: str) -> str:
        return (
            CSS.replace("FONTS", fonts)
            .replace("PAGE", self.page)
            .replace("SIZE", self.size)
            .replace("MARGIN", self.margin)
        )


A4 = Print()


def html_to_pdf(html: str) -> bytes:
    try:
        from nianbao.render.pdf_page import html_to_pdf as render  # noqa: PLC0415
    except ImportError:
        render = None
    if render is not None:
        return render(html)
    from weasyprint import HTML  # noqa: PLC0415

    return bytes(HTML(string=html).write_pdf())


def print_html(
    sheet: Sheet,
    rng: random.Random,
    style: str | None = None,
    *,
    fonts: str = NOTO,
    printed: Print = A4,
    markup: Markup = PLAIN,
) -> str:
    style = style or rng.choice(("unicode", "square", "wingdings", "wingdings2"))
    content = _content(sheet, rng, style, markup)
    if sheet.companion is not None:
        other = _content(sheet.companion, sheet.companion_rng, style, markup)
        content = other + content if sheet.companion_first else content + other
    notes = "".join(f"<p>{t}</p>" for t in sheet.instructions)
    faces = font_faces() if style in FONTS else ""
    return (
        f"<html><head><meta charset='utf-8'><style>{faces}{printed.css(fonts)}</style>"
        f"</head><body>{content}{notes}</body></html>"
    )


def _content(sheet: Sheet, rng: random.Random, style: str, markup: Markup) -> str:
    before = []
    for text in sheet.before:
        cls = ' class="title"' if text == sheet.title else ""
        before.append(f"<p{cls}>{text}</p>")
    if rng.random() < 0.5:
        after = "".join(f"<p>{t}</p>" for t in sheet.after)
    else:
        after = "<p>" + "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(sheet.after) + "</p>"
    return f"{''.join(before)}{table_html(sheet, rng, style, markup)}{after}"


def pdf_writer(
    sheet: Sheet, rng: random.Random, fonts: str = NOTO, pages: bool = False
) -> tuple[bytes, str]:
    """`pages`: vary the page size, margins and type size (else A4 at 10pt)."""
    printed, markup = Print.pick(rng) if pages else A4, Markup.pick(rng)
    sheet.made = f"{printed} {markup}"
    return html_to_pdf(print_html(sheet, rng, fonts=fonts, printed=printed, markup=markup)), ".pdf"


def rasterise(pdf_bytes: bytes, dpi: int = SCAN_DPI, pages: int = 2) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        images = []
        for index in range(min(pages, len(pdf))):
            page = pdf[index]
            images.append(page.render(scale=dpi / 72).to_pil().convert("L"))
            page.close()
        return images
    finally:
        pdf.close()


def scanned(image: Image.Image, rng: random.Random, angle: float, noise: float) -> Image.Image:
    """A page as a scanner gives it: slightly rotated, a little blurred, speckled."""
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise:
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        width, height = image.size
        pixels = image.load()
        assert pixels is not None
        for _ in range(int(width * height * noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = rng.choice((0, 90, 200, 255))
    return image


def scan_bytes(images: list[Image.Image], kind: str) -> tuple[bytes, str]:
    """Scanned pages as an image-only PDF, a multi-page TIFF, or (one page) PNG/JPEG."""
    out = io.BytesIO()
    if kind == "pdf":
        images[0].save(out, "PDF", resolution=SCAN_DPI, save_all=True, append_images=images[1:])
        return out.getvalue(), ".pdf"
    if kind == "tiff" or len(images) > 1:
        images[0].save(out, "TIFF", save_all=True, append_images=images[1:], compression="tiff_lzw")
        return out.getvalue(), ".tif"
    if kind == "jpeg":
        images[0].save(out, "JPEG", quality=90)
        return out.getvalue(), ".jpg"
    images[0].save(out, "PNG")
    return out.getvalue(), ".png"


def scan_writer(
    sheet: Sheet, rng: random.Random, *, clean: bool | None = None
) -> tuple[bytes, str]:
    sheet.instructions = []
    # Printed forms have boxes (☑/☐); a bare √ is left to OCR, which often misses it.
    pdf = html_to_pdf(print_html(sheet, rng, style="unicode"))
    images = rasterise(pdf, pages=4)
    if clean is None:
        clean = rng.random() < 0.5
    angle = 0.0 if clean else rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    noise = 0.0 if clean else 0.002
    images = [scanned(img, rng, angle, noise) for img in images]
    return scan_bytes(images, rng.choice(("pdf", "pdf", "png", "jpeg", "tiff")))
