"""Scans: images and image-only PDF pages, read by OCR (the optional `ocr` extra).

Each page is deskewed, its table borders found from long runs of ink, its tick
boxes read from the pixels (a small square; ticked when there is ink inside),
and its text recognised by RapidOCR (the models ship inside the wheel; text
detection runs at half resolution, recognition on full-resolution crops).
The geometry shared with the PDF reader turns all of it into rows of cells.
"""

from __future__ import annotations

import io
import re
import time
import warnings
from functools import cache
from typing import Any

from PIL import Image, ImageFilter

from nianbao.errors import InputError, TooLargeError, UnsafeInputError, UnsupportedFormatError
from nianbao.extract.document import Document, Format, StopAt
from nianbao.readers.bracket_marks import bracket_marks
from nianbao.readers.geometry import Rulings, Run, page_rows
from nianbao.readers.limits import MAX_IMAGE_BYTES
from nianbao.readers.marks import TICKED, UNTICKED
from nianbao.readers.ocr_crops import MIN_SCORE, apart, recover, split_at_borders, zeros
from nianbao.readers.ocr_text import clean, typeset_row
from nianbao.readers.page_break import join_page_break
from nianbao.readers.seals import without_red

OCR_DPI = 200
MAX_PIXELS = 40_000_000
"""An A4 page at 300 dpi is 8.7 million pixels."""
MAX_PAGES = 8
"""Pages read: a report's table fills one to three A4 pages, or up to eight A5 pages set in
large type (reading stops on the page where the table ends)."""
MAX_SECONDS = 300.0
"""CPU seconds of OCR for one input (all threads)."""
TEXT_HEIGHT = 25.0
"""Height in pixels of a line of table text on a 200-dpi scan (10.5 to 12 pt)."""
MIN_ENLARGE = 1.4
"""Smaller text is enlarged to TEXT_HEIGHT, by at most MAX_ENLARGE; a 150-dpi scan (text
about 19 pixels high) reads well as it is."""
MAX_ENLARGE = 3.0


@cache
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-untyped]  # noqa: PLC0415
    except ImportError:
        raise UnsupportedFormatError(
            "读取扫描件（图片或无文字层的 PDF）需要 OCR 组件：请安装 nianbao[ocr]"
            "（pip install 'nianbao[ocr]'）后重试。"
        ) from None
    engine = RapidOCR()
    engine.text_rec.rec_batch_num = 16
    return engine


def _load_images(data: bytes, source: str | None) -> list[Image.Image]:
    if len(data) > MAX_IMAGE_BYTES:
        raise TooLargeError(
            f"图片有 {len(data):,} 字节，超过 {MAX_IMAGE_BYTES:,} 字节的上限。", source=source
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            pages = []
            for index in range(MAX_PAGES):
                try:
                    image.seek(index)
                except EOFError:
                    break
                if image.width * image.height > MAX_PIXELS:
                    raise UnsafeInputError(
                        f"图片有 {image.width}×{image.height} 像素，"
                        f"超过 {MAX_PIXELS:,} 像素的上限。",
                        source=source,
                    )
                pages.append(_grey(image))
            return pages
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise UnsafeInputError("图片像素过多（疑似解压炸弹），拒绝读取。", source=source) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise InputError(f"图片已损坏，无法读取（{exc}）。", source=source) from None


def _grey(image: Image.Image) -> Image.Image:
    """A page in shades of grey with red seals (公章) and red ink left out (`seals.without_red`),
    so that a seal over the unit's name, the signatures or a column of figures does not
    blot out the text under it. Transparency is paper too."""
    if image.mode in ("1", "L", "I", "I;16", "F"):
        return image.convert("L")
    if "A" in image.getbands() or image.mode == "P":
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
    return without_red(image)


def _render_pdf(
    data: bytes, source: str | None, pages: list[int] | None = None
) -> list[Image.Image]:
    from nianbao.readers.pdf import open_pdf  # noqa: PLC0415

    pdf = open_pdf(data, source)
    try:
        images = []
        numbers = range(1, len(pdf) + 1) if pages is None else pages
        for index in [n - 1 for n in numbers if 0 < n <= len(pdf)][:MAX_PAGES]:
            page = pdf[index]
            width, height = page.get_size()
            scale = OCR_DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / max(1.0, width * height)) ** 0.5
            images.append(_grey(page.render(scale=scale).to_pil()))
            page.close()
        return images
    finally:
        pdf.close()


def read_image(data: bytes, source: str | None = None, stop: StopAt | None = None) -> Document:
    return _read_pages(_load_images(data, source), source, "image", stop)


def read_pictures(
    pictures: list[bytes], source: str | None, fmt: Format, stop: StopAt | None = None
) -> Document:
    """Pictures taken out of another file (a Word or Excel file holding the report as
    scans), each one or more pages."""
    pages: list[Image.Image] = []
    for picture in pictures:
        pages += _load_images(picture, source)[: MAX_PAGES - len(pages)]
        if len(pages) >= MAX_PAGES:
            break
    return _read_pages(pages, source, fmt, stop)


def read_pdf_scans(data: bytes, source: str | None = None, stop: StopAt | None = None) -> Document:
    return _read_pages(_render_pdf(data, source), source, "pdf", stop)


def read_pdf_pages(data: bytes, source: str | None, pages: list[int]) -> Document:
    """Some of a PDF's pages (1-based) read as scans, each row with its page's number."""
    return _read_pages(_render_pdf(data, source, pages), source, "pdf", None, numbers=pages)


def _read_pages(
    images: list[Image.Image],
    source: str | None,
    fmt: Format,
    stop: StopAt | None,
    *,
    numbers: list[int] | None = None,
) -> Document:
    if not images:
        raise InputError("图片中没有可读的页面。", source=source)
    engine = _engine()
    started = time.process_time()
    doc = Document(format=fmt, pages=len(images), fuzzy=True)
    for number, image in zip(numbers or range(1, len(images) + 1), images, strict=False):
        if time.process_time() - started > MAX_SECONDS:
            raise UnsafeInputError(
                f"识别扫描件超过 {MAX_SECONDS:.0f} 秒，拒绝继续。", source=source
            )
        runs, rulings = page_runs(engine, image)
        rows = [typeset_row(row) for row in page_rows(runs, rulings, number, 2 * (number - 1))]
        doc.rows.extend(join_page_break(doc.rows, rows))
        if stop is not None and stop("".join(run.text for run in runs)):
            break
    return doc


def page_runs(engine: Any, image: Image.Image, turned: int = 0) -> tuple[list[Run], Rulings]:
    """The runs and rulings of a page's picture; a page scanned upside down or sideways
    is turned upright first (`turned`: the degrees it has been turned already)."""
    import numpy as np  # noqa: PLC0415

    from nianbao.readers import pixels  # noqa: PLC0415
    from nianbao.readers.frames import frames  # noqa: PLC0415

    original = image
    gray = np.asarray(image, dtype=np.uint8)
    if pixels.speckled(gray):
        # Scanner noise: recognition reads specks as dots and colons; a median filter
        # removes them and leaves strokes (several pixels wide at 200 dpi) alone.
        image = image.filter(ImageFilter.MedianFilter(3))
        gray = np.asarray(image, dtype=np.uint8)
    image, gray, height, ink = _enlarged(image, gray)
    angle = pixels.deskew_angle(gray)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        gray = np.asarray(image, dtype=np.uint8)
        ink = None
    mask, lines, longest = ink or _ink(gray)
    horizontal, vertical = pixels.rulings(mask, longest)
    rulings = Rulings.build(horizontal, vertical, tol=4.0)
    text = mask & ~lines
    # Boxes are drawn with thin lines that resampling and scanning turn grey: a lighter
    # threshold finds them whole.
    light = pixels.ink_mask(gray, 0.8)
    borders = pixels.line_mask(light, longest)
    light &= ~borders
    # A box is about as high as the text beside it (☐ 0.8 of a line, □ 0.7); the 口s
    # of 品 or 码 are smaller.
    boxes = pixels.tick_boxes(
        light, max(8, round(height * 0.6)), max(16, round(height * 1.6)), solid=mask
    )
    # The boxes are read from the pixels, so OCR does not see them (it reads ☐ as 口
    # and often drops ☑); their marks are put back into the text by position.
    blank = image.copy()
    for box in boxes:
        # With a tick's arms out of it, those too (OCR reads them as quotation marks).
        arm = box.reach // 2
        blank.paste(255, (box.x0 - 2 - arm, box.y0 - 2 - box.reach, box.x1 + 3 + arm, box.y1 + 3))
    rgb = np.asarray(blank.convert("RGB"))
    found, _ = engine.text_det(rgb[::2, ::2].copy())
    turn = 0 if turned >= 180 or found is None else _turn(engine, rgb, found * 2, turned)
    if turn:
        return page_runs(engine, original.rotate(turn, expand=True), turned + turn)
    # Recognition reads a border in a crop as 1 or I and a lone 0 beside one as nothing;
    # it gets the page with borders cleared (detection keeps them, or its boxes move).
    rgb = rgb.copy()
    cleared = pixels.ruled(borders, horizontal, vertical) | frames(light, height)
    rgb[cleared] = 255
    runs: list[Run] = []
    if found is not None and len(found):
        quads = found * 2
        crops = engine.get_crop_img_list(rgb, quads)
        recognised, _ = engine.text_rec(crops)
        for quad, (text_value, score) in zip(quads, recognised, strict=False):
            if score < MIN_SCORE or not str(text_value).strip():
                continue
            xs, ys = quad[:, 0], quad[:, 1]
            where = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
            runs.append(Run(clean(str(text_value)), where, float(score)))
    for box in boxes:
        arm = box.reach // 2
        text[box.y0 - 2 - box.reach : box.y1 + 3, box.x0 - 2 - arm : box.x1 + 3 + arm] = False
    runs = apart(engine, rgb, runs, text)
    runs = split_at_borders(engine, rgb, runs, rulings)
    # Ink against a border (line ends, a border's slant after deskewing) is not text.
    plain = text & ~cleared
    runs = zeros(runs, plain, height)
    # A blob can join text across a border (次|2 in two narrow cells, the border cleared).
    recovered = recover(engine, rgb, plain & ~pixels.dilate(lines, 3), runs, height)
    runs += split_at_borders(engine, rgb, recovered, rulings)
    return _place_ticks(bracket_marks(runs, text, height), boxes, text), rulings


_TURN_SAMPLE = 16
"""Text lines whose direction is read to tell a page's: the widest, which read surest."""


def _turn(engine: Any, rgb: Any, quads: Any, turned: int) -> int:
    """Degrees (counter-clockwise) that turn the page upright: 90 when most of its text
    lines stand taller than wide (a page scanned sideways, not yet `turned`), 180 when the
    direction classifier reads most of the widest upside down, else 0."""
    sizes = [
        (float(q[:, 0].max() - q[:, 0].min()), float(q[:, 1].max() - q[:, 1].min())) for q in quads
    ]
    widest = sorted(range(len(quads)), key=lambda k: -max(sizes[k]))[:_TURN_SAMPLE]
    if len(widest) < 4:
        return 0
    if not turned and sum(sizes[k][1] > 2 * sizes[k][0] for k in widest) > len(widest) // 2:
        return 90
    _, directions, _ = engine.text_cls(engine.get_crop_img_list(rgb, quads[widest]))
    upside_down = sum(str(label) == "180" and score > 0.8 for label, score in directions)
    return 180 if upside_down >= 0.75 * len(widest) else 0


def _ink(gray: Any) -> tuple[Any, Any, int]:
    """The page's ink, its long lines (the table's borders) and the least length of one."""
    from nianbao.readers import pixels  # noqa: PLC0415

    mask = pixels.ink_mask(gray)
    longest = max(40, gray.shape[1] // 25)
    return mask, pixels.line_mask(mask, longest), longest


def _enlarged(
    image: Image.Image, gray: Any
) -> tuple[Image.Image, Any, float, tuple[Any, Any, int] | None]:
    """The page, enlarged to a scan's scale when its text is set small in pixels (a
    screenshot at 96 dpi: lines 16 pixels high), the height of its text lines then, and
    its ink as `_ink` gives it when the page is as it was (else None). Text detection runs
    at half resolution, where such lines shrink to eight pixels and whole cells go unseen."""
    import numpy as np  # noqa: PLC0415

    from nianbao.readers import pixels  # noqa: PLC0415

    ink = _ink(gray)
    mask, lines, _ = ink
    height = pixels.text_height(mask & ~lines)
    if not height:
        return image, gray, TEXT_HEIGHT, ink
    factor = min(TEXT_HEIGHT / height, MAX_ENLARGE, (MAX_PIXELS / max(1, gray.size)) ** 0.5)
    if factor < MIN_ENLARGE:
        return image, gray, height, ink
    size = (round(image.width * factor), round(image.height * factor))
    image = image.resize(size, Image.Resampling.LANCZOS)
    return image, np.asarray(image, dtype=np.uint8), height * factor, None


def _place_ticks(runs: list[Run], boxes: list[Any], ink: Any) -> list[Run]:
    """Tick boxes (read from the pixels) into the text. A box inside a recognised line
    (☑搜索即服务 ☑多语言版本 …, the boxes blanked before OCR) goes between the words on
    either side of it; any other box becomes a run of its own, placed by the geometry."""
    out: list[Run] = []
    used: set[int] = set()
    for run in runs:
        x0, y0, x1, y1 = run.box
        inside = sorted(
            (
                b
                for b in boxes
                if x0 + 2 < (b.x0 + b.x1) / 2 < x1 - 2 and y0 - 2 <= (b.y0 + b.y1) / 2 <= y1 + 2
            ),
            key=lambda b: b.x0,
        )
        if not inside:
            out.append(run)
            continue
        used.update(id(b) for b in inside)
        out.append(Run(_with_marks(run, inside, ink), run.box, run.confidence))
    for box in boxes:
        if id(box) not in used:
            mark = TICKED if box.ticked else UNTICKED
            out.append(Run(mark, (float(box.x0), float(box.y0), float(box.x1), float(box.y1))))
    return out


def _with_marks(run: Run, inside: list[Any], ink: Any) -> str:
    """The run's text with a mark at each box: the characters are shared out among the
    stretches between boxes in proportion to each stretch's inked width."""
    x0, y0, x1, y1 = (int(v) for v in run.box)
    columns = ink[max(0, y0) : y1 + 1, max(0, x0) : x1 + 1].any(axis=0)
    edges = [0]
    for box in inside:
        edges += [box.x0 - x0, box.x1 - x0 + 1]
    edges.append(len(columns))
    widths = [
        int(columns[max(0, a) : max(0, b)].sum())
        for a, b in zip(edges[::2], edges[1::2], strict=False)
    ]
    text = run.text
    total = sum(widths) or 1
    shares = [len(text) * w / total for w in widths]
    counts = [int(share) for share in shares]
    for k in sorted(range(len(shares)), key=lambda k: shares[k] - counts[k], reverse=True):
        if sum(counts) >= len(text):
            break
        counts[k] += 1
    out, at = "", 0
    for k, count in enumerate(counts):
        out += text[at : at + count]
        at += count
        if k < len(inside):
            out += TICKED if inside[k].ticked else UNTICKED
    return _STROKE_RE.sub("", out)


# A tick drawn past the right edge of its box leaves a stroke that OCR reads as 」 or |.
_STROKE_RE = re.compile(r"(?<=[☑☐])\s*[」』|丨/\\\]）)]+")
