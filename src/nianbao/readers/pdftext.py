"""A PDF page's characters → text runs, through pdfium's text page.

Characters are grouped into runs that split at line ends, wide gaps and table
borders. This is the reader's hottest loop (one pdfium call per character), so
the text is first cut into tokens (line breaks, blanks, words) by one regular
expression, and only word characters are looked at one by one; a run is kept
as a range of the page text, not as a list of characters.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import math
import re
from typing import Any

from pypdfium2 import raw  # type: ignore[import-untyped]

from nianbao.extract.document import BBox, StopAt
from nianbao.readers.geometry import Rulings, Run
from nianbao.readers.late_glyphs import inside_another
from nianbao.readers.marks import SYMBOL_FONTS, canonical_ticks, symbol_font, symbol_glyph


def unchecked(fn: Any) -> Any:
    """The same C function without ctypes' argument conversion: every argument passed to
    it is already a C value (a handle, a `byref`) or a small int."""
    out = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    out.restype = fn.restype
    return out


_char_box = unchecked(raw.FPDFText_GetCharBox)

_BREAK_CHARS = "\r\n\x02\x00\ufffe\uffff"
"""pdfium's line ends and the markers it puts where a character has no Unicode."""
_TOKEN_RE = re.compile(
    f"(?P<brk>[{_BREAK_CHARS}])|(?P<blank>[^\\S\r\n]+)|[^\\s{_BREAK_CHARS}]+".replace(
        "\x00", "\\x00"
    )
)
_LINE_RE = re.compile(f"[^{_BREAK_CHARS}]+".replace("\x00", "\\x00"))
# Every character for which str.isspace() holds lies below U+3001 (tests check it).
_BLANK = str.maketrans(dict.fromkeys((chr(c) for c in range(0x3001) if chr(c).isspace()), " "))


# Characters that are a tick box in some symbol font (Wingdings 2's R, Wingdings' þ …), as
# pdfium gives them: the byte itself, or the private-use character U+F0xx.
_SYMBOL_CODES = sorted({code for table in SYMBOL_FONTS.values() for code in table})
_SYMBOL_RE = re.compile(
    "[" + "".join(re.escape(chr(c)) + re.escape(chr(0xF000 + c)) for c in _SYMBOL_CODES) + "]"
)


def returned_name(buffer: Any, size: int) -> str:
    """A font name pdfium wrote into `buffer`, `size` the bytes it needed with the NUL."""
    return str(buffer.raw[: max(0, min(size, len(buffer)) - 1)].decode("latin-1"))


def symbol_ticks(text: Any, chars: str) -> str:
    """The page text with tick boxes set in a symbol font as ☑/☐ (Word and WPS users type
    R or £ in Wingdings 2): each character that could be one has its font asked."""
    spots = None
    buffer = ctypes.create_string_buffer(128)
    for match in _SYMBOL_RE.finditer(chars):
        i = match.start()
        size = raw.FPDFText_GetFontInfo(text, i, buffer, len(buffer), None)
        font = symbol_font(returned_name(buffer, size))
        mark = symbol_glyph(font, ord(chars[i])) if font else None
        if mark is not None:
            spots = spots or list(chars)
            spots[i] = mark
    return "".join(spots) if spots else chars


_OVER_MARKS = "√✓✔"
_OVER_BOXES = "□☐"


_char_angle = unchecked(raw.FPDFText_GetCharAngle)
_char_angle.restype = ctypes.c_float
_SLANT_STRIDE = 8
"""Characters looked at for a slant before all are: a watermark has dozens."""
_SLANT = 0.1
"""Radians off a quarter turn that set a character at a slant (six degrees)."""


def _slanted(angle: float) -> bool:
    if angle < 0:  # pdfium's error value
        return False
    off = angle % (math.pi / 2)
    return min(off, math.pi / 2 - off) > _SLANT


def slanted_blanked(text: Any, chars: str) -> str:
    """The page text with the characters set at a slant as blanks: a watermark across the
    page (政务公开专用 at 30°), whose characters fall between the table's. Text across or up
    the page (a tall cell's name) is set at a quarter turn and stays."""
    if not any(_slanted(_char_angle(text, i)) for i in range(0, len(chars), _SLANT_STRIDE)):
        return chars
    out = list(chars)
    for i, ch in enumerate(chars):
        if not ch.isspace() and _slanted(_char_angle(text, i)):
            out[i] = " "
    return "".join(out)


def printed_boxes(text: Any, chars: str) -> list[tuple[int, float, float, float, float]]:
    """(index, left, bottom, right, top) of each empty box printed in the page text (□ ☐),
    in the page's coordinates: where a tick drawn or typed over one lands."""
    rect = raw.FS_RECTF()
    return [
        (i, rect.left, rect.bottom, rect.right, rect.top)
        for i, ch in enumerate(chars)
        if ch in _OVER_BOXES and raw.FPDFText_GetLooseCharBox(text, i, rect)
    ]


def overprinted_ticks(text: Any, chars: str) -> str:
    """The page text with each box a tick is drawn over as ☑ and the tick as a blank: a
    form filled in on its printed template (a PDF editor's typewriter sets √ on a □, the
    √ drawn last, where the stream order puts it after all the rest)."""
    if not any(m in chars for m in _OVER_MARKS) or not any(b in chars for b in _OVER_BOXES):
        return chars
    rect = raw.FS_RECTF()
    boxes = printed_boxes(text, chars)
    out: list[str] | None = None
    for i, ch in enumerate(chars):
        if ch not in _OVER_MARKS or not raw.FPDFText_GetLooseCharBox(text, i, rect):
            continue
        x, y = (rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2
        for k, left, bottom, right, top in boxes:
            if left <= x <= right and bottom <= y <= top:
                out = out if out is not None else list(chars)
                out[k], out[i] = "☑", " "
                break
    return "".join(out) if out is not None else chars


def text_runs(
    text: Any,
    chars: str,
    end: int,
    rulings: Rulings,
    height: float,
    *,
    order: list[int] | None = None,
    autospaced: bool = False,
    reorder: bool = False,
) -> list[Run]:
    """Runs of the characters before `end`. A run's text is its range of the page text
    with every blank (and every character pdfium gives no box) as one space, stripped.

    Text is read in the order the page draws it, which is reading order in most PDFs.
    When a character jumps back into the line of the run just ended (LibreOffice draws
    the “ ” of a Chinese line afterwards, in a Latin font), the page is read again with
    each line's characters in the order they stand (`order`: page text index of each
    character of `chars`). `autospaced`: the page's producer sets a gap between Chinese and
    Latin text of its own (`without_set_gaps`). `reorder`: read in line order in any case
    (marks drawn last over the text, `overprinted_ticks`)."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    r0, r1, r2, r3 = (ctypes.byref(v) for v in (left, right, bottom, top))
    get_box = _char_box
    if order is not None:
        get_box = functools.partial(_box_at, order)
    splits = rulings.splits
    page = (text, order) if autospaced else None
    interleaved = False
    runs: list[Run] = []
    start = -1  # first character of the open run; -1: none open
    boxless: list[int] = []  # characters of the open run without a box
    bx0 = by0 = bx1 = by1 = 0.0
    for token in _TOKEN_RE.finditer(chars, 0, end):
        kind = token.lastgroup
        if kind is not None:
            if kind == "brk" and start >= 0:
                _emit(runs, chars, (start, token.start()), boxless, (bx0, by0, bx1, by1), page=page)
                start = -1
            continue
        for i in range(token.start(), token.end()):
            if not get_box(text, i, r0, r1, r2, r3):
                if start >= 0:
                    boxless.append(i)
                continue
            x0, x1 = left.value, right.value
            y0, y1 = height - top.value, height - bottom.value
            if start >= 0:
                size = by1 - by0 if by1 - by0 > y1 - y0 else y1 - y0
                size = size if size > 1.0 else 1.0
                gap = x0 - bx1
                if (
                    abs(y0 + y1 - by0 - by1) >= size
                    or gap > 1.5 * size
                    or gap < -size
                    # Neighbouring characters nearly touch; a wider gap may hide a border.
                    or (gap > 0.2 * size and splits(bx1, x0, (y0 + y1) / 2))
                ):
                    if gap < -size and x0 > bx0 and abs(y0 + y1 - by0 - by1) < size:
                        interleaved = True
                    _emit(runs, chars, (start, i), boxless, (bx0, by0, bx1, by1), page=page)
                    start = -1
                else:
                    bx0, by0 = (x0 if x0 < bx0 else bx0), (y0 if y0 < by0 else by0)
                    bx1, by1 = (x1 if x1 > bx1 else bx1), (y1 if y1 > by1 else by1)
                    continue
            start = i
            bx0, by0, bx1, by1 = x0, y0, x1, y1
    if start >= 0:
        _emit(runs, chars, (start, end), boxless, (bx0, by0, bx1, by1), page=page)
    if (interleaved or reorder or inside_another(runs)) and order is None:
        placed, order = _placed(text, chars, end, height)
        return text_runs(
            text, placed, len(placed), rulings, height, order=order, autospaced=autospaced
        )
    return runs


def _box_at(order: list[int], text: Any, i: int, *refs: Any) -> int:
    return int(_char_box(text, order[i], *refs))


def _placed(text: Any, chars: str, end: int, height: float) -> tuple[str, list[int]]:
    """The characters before `end` line by line, each line's from left to right, with the
    page text index of each (-1 for the line ends put between lines). A blank left where
    the drawing order had a gap that a later character fills is dropped."""
    # The loose box (the font's ascent to descent) puts a comma and a space pdfium added
    # on their line; a character's own box sits low or has no height.
    rect = raw.FS_RECTF()
    found = []
    for i in range(end):
        if chars[i] not in _BREAK_CHARS and raw.FPDFText_GetLooseCharBox(text, i, rect):
            middle = height - (rect.top + rect.bottom) / 2
            size = max(rect.top - rect.bottom, 1.0)
            found.append((middle, size, rect.left, rect.right, i))
    found.sort()
    lines: list[list[tuple[float, float, float, int]]] = []
    line_middle = line_size = 0.0
    for middle, size, x0, x1, i in found:
        if not lines or abs(middle - line_middle) >= 0.5 * max(size, line_size):
            lines.append([])
            line_middle, line_size = middle, size
        lines[-1].append((x0, x1, size, i))
    text_out: list[str] = []
    order: list[int] = []
    for line in lines:
        line.sort()
        inked = [k for k, (_, _, _, i) in enumerate(line) if not chars[i].isspace()]
        for k, (_, _, _, i) in enumerate(line):
            if chars[i].isspace() and not _gap_at(line, inked, k, text_out):
                continue
            text_out.append(chars[i])
            order.append(i)
        text_out.append("\n")
        order.append(-1)
    return "".join(text_out), order


def _gap_at(
    line: list[tuple[float, float, float, int]], inked: list[int], k: int, done: list[str]
) -> bool:
    """Whether the blank at line[k] stands in a gap between the inked characters around it
    (not at a line's end, not after another blank, not where a character now stands)."""
    at = bisect.bisect_left(inked, k)
    if at == 0 or at == len(inked) or (done and done[-1].isspace()):
        return False
    before, after = line[inked[at - 1]], line[inked[at]]
    return after[0] - before[1] >= 0.2 * before[2]


def _emit(
    runs: list[Run],
    chars: str,
    span: tuple[int, int],
    boxless: list[int],
    box: BBox,
    *,
    page: tuple[Any, list[int] | None] | None,
) -> None:
    """The run of the characters in `span`, unless it is blank. `page`: the text page and
    the page text index of each character of `chars` (None: `chars` is the page text), where
    gaps the typesetting set are looked for."""
    start, stop = span
    value = chars[start:stop]
    if boxless:
        spots = list(value)
        for i in boxless:
            spots[i - start] = " "
        value = "".join(spots)
        boxless.clear()
    if page is not None and " " in value:
        value = _without_set_gaps(value, start, *page)
    value = value.translate(_BLANK).strip()
    if value:
        runs.append(Run(canonical_ticks(value), box))


_SET_GAP = 0.6
"""Ems of the widest gap between Chinese and a number a typesetting sets (LibreOffice: a
third of an em between the glyphs' ink)."""


_REDRAWN_SET_GAP = 0.4
"""The same, for a line read again in line order, where the drawing's own blank no longer
tells a typed blank from a set gap: LibreOffice's set gap is a third of an em or less, a
typed blank and the gap set beside it nearly half an em (下载量 23 万次)."""


def _gap(text: Any, before: int, after: int) -> float:
    """The horizontal gap between two characters' boxes."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    if not raw.FPDFText_GetCharBox(text, before, *refs):
        return float("inf")
    end = right.value
    if not raw.FPDFText_GetCharBox(text, after, *refs):
        return float("inf")
    return float(left.value - end)


_NUMBER_GAP_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[\u4e00-\u9fff])"
)
"""A blank between Chinese and a number or a Latin word (泉州医保 APP)."""


def _without_set_gaps(value: str, start: int, text: Any, order: list[int] | None) -> str:
    """`value` without the blanks between Chinese and numbers or Latin words that the
    typesetting set (LibreOffice and Word add a quarter em there: 发布短视频 66 条 for
    发布短视频66条, 泉州医保 APP for 泉州医保APP), which pdfium gives as characters it
    generated, when the run has no typed blank there: a writer who types them does so
    throughout (typed, the blank before Chinese is kept).
    `order`: the page text index of each character of the run's text, when it was read
    again in line order (the blank's neighbours there are the ones whose gap counts)."""
    gaps = [m.start() for m in _NUMBER_GAP_RE.finditer(value)]
    if not gaps:
        return value
    widest = _SET_GAP if order is None else _REDRAWN_SET_GAP
    for k in gaps:
        before, at, after = (
            (start + k - 1, start + k, start + k + 1)
            if order is None
            else (order[start + k - 1], order[start + k], order[start + k + 1])
        )
        if min(before, at, after) < 0 or raw.FPDFText_IsGenerated(text, at) != 1:
            return value
        if _gap(text, before, after) > widest * raw.FPDFText_GetFontSize(text, before):
            return value  # wider than typesetting sets it: cells apart (电话：… 填报日期)
    spots = list(value)
    for k in reversed(gaps):
        del spots[k]
    return "".join(spots)


def instructions_cut(
    text: Any, chars: str, stop: StopAt | None, rulings: Rulings, height: float
) -> int:
    """Where to stop reading a page on which the instructions begin: after the line of
    their title, when everything after it in the text stands below that line and outside
    any ruled cell reaching above it (so it would come after the title in reading order,
    where the matcher stops anyway). Else the whole page (`len(chars)`)."""
    whole = len(chars)
    title = next((m for m in _LINE_RE.finditer(chars) if stop and stop(m.group())), None)
    if title is None or not chars[title.end() :].strip():
        return whole
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    title_top = float("inf")
    for i in range(title.start(), title.end()):
        if not chars[i].isspace() and raw.FPDFText_GetCharBox(text, i, left, right, bottom, top):
            title_top = min(title_top, height - top.value)
    if title_top == float("inf"):
        return whole
    rects = raw.FPDFText_CountRects(text, title.end(), whole - title.end())
    for k in range(rects):
        if not raw.FPDFText_GetRect(text, k, left, top, right, bottom):
            return whole
        y0, y1 = height - top.value, height - bottom.value
        if y0 <= title_top + 0.5:
            return whole
        cell = rulings.cell((left.value + right.value) / 2, (y0 + y1) / 2)
        if cell is not None and cell[1] <= title_top + 0.5:
            return whole
    return title.end()


_LOW_MARKS = frozenset(",.，．、")


def rejoin_marks(runs: list[Run], rulings: Rulings) -> list[Run]:
    """Runs cut at a comma or full stop put back together: such a mark sits below the
    middle of its line, so the run rule cuts 1,234 into 1 | , | 234 (in text order)."""
    if not any(run.text in _LOW_MARKS for run in runs):
        return runs
    out: list[Run] = []
    line: BBox | None = None  # the box of out[-1]'s text without its marks, after a mark
    for run in runs:
        if out:
            last = out[-1]
            base = line or last.box
            if (run.text in _LOW_MARKS and _touches(last.box, run.box, base, rulings, True)) or (
                line is not None and _touches(last.box, run.box, base, rulings, False)
            ):
                out[-1] = Run(
                    last.text + run.text,
                    _union(last.box, run.box),
                    min(last.confidence, run.confidence),
                )
                line = base if run.text in _LOW_MARKS else _union(base, run.box)
                continue
        line = None
        out.append(run)
    return out


def _touches(last: BBox, box: BBox, base: BBox, rulings: Rulings, mark: bool) -> bool:
    """Whether `box` follows `last` on the line of `base` with (next to) no gap: a low
    mark overlapping the line, or the text after one, centred on it."""
    size = max(1.0, base[3] - base[1])
    gap = box[0] - last[2]
    if not -0.2 * size <= gap <= 0.5 * size or rulings.splits(last[2], box[0], base[3]):
        return False
    if mark:
        return box[3] - box[1] < 0.6 * size and box[1] < base[3] and box[3] > base[1]
    return abs(box[1] + box[3] - base[1] - base[3]) < 0.5 * size


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
