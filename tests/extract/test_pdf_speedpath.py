"""The PDF reader's fast paths give exactly what the plain algorithms give.

Each rewritten hot loop (character runs, ruling merge and lookup, the byte checks)
is compared here with a straightforward version of the same rule, on generated
PDFs and on random geometry, so a later speed-up cannot quietly change a Document.
"""

from __future__ import annotations

import bisect
import ctypes
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from gen.pdf_out import html_to_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdfium2 import raw

from nianbao.errors import UnsafeInputError
from nianbao.readers import pdfguard
from nianbao.readers.geometry import Rulings, Run, Segment, _merge
from nianbao.readers.marks import canonical_ticks
from nianbao.readers.page_chars import page_text
from nianbao.readers.pdftext import _BLANK, text_runs


def _reference_runs(text: Any, chars: str, end: int, rulings: Rulings, height: float) -> list[Run]:
    """Character by character: the rule `text_runs` implements."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    runs: list[Run] = []
    current: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]

    def flush() -> None:
        value = "".join(current).strip()
        if value:
            runs.append(Run(canonical_ticks(value), (box[0], box[1], box[2], box[3])))
        current.clear()

    for i in range(end):
        ch = chars[i]
        if ch in "\r\n\x02\x00\ufffe\uffff":
            flush()
            continue
        if ch.isspace() or not raw.FPDFText_GetCharBox(text, i, left, right, bottom, top):
            if current:
                current.append(" ")
            continue
        x0, x1 = left.value, right.value
        y0, y1 = height - top.value, height - bottom.value
        if current:
            size = max(1.0, box[3] - box[1], y1 - y0)
            gap = x0 - box[2]
            if (
                abs(y0 + y1 - box[1] - box[3]) >= size
                or gap > 1.5 * size
                or gap < -size
                or (gap > 0.2 * size and rulings.splits(box[2], x0, (y0 + y1) / 2))
            ):
                flush()
        if current:
            box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        else:
            box = [x0, y0, x1, y1]
        current.append(ch)
    flush()
    return runs


PAGE = (
    "<html><body style='font-family: Noto Sans CJK SC; font-size: 10pt'>"
    "<p>附件1</p><p>填报单位：某局\u3000\u3000（盖章）</p>"
    "<style>td { border: 1px solid black; padding: 2pt 6pt }</style>"
    "<table style='border-collapse:collapse'>"
    "<tr><td rowspan=2>信息发布</td><td>总数（条）</td><td>1,234</td></tr>"
    "<tr><td>政务动态信息<br>更新量</td><td>☑是&nbsp;&nbsp;☐否 (√)是 ( )否</td></tr>"
    "<tr><td colspan=2>网站名称</td><td>某某 市 人民政府&nbsp;&nbsp;&nbsp;&nbsp;网站</td></tr>"
    "</table>"
    "<p>单位负责人：张三&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;审核人：李四 <sup>1</sup> ... - 1.5</p>"
    "</body></html>"
)


def test_text_runs_match_the_character_by_character_rule() -> None:
    from nianbao.readers.pdf import _Page  # noqa: PLC0415

    pdf = pdfium.PdfDocument(html_to_pdf(PAGE))
    try:
        page = raw.FPDF_LoadPage(pdf.raw, 0)
        reader = _Page(page, None)
        rulings = reader.rulings()
        text = raw.FPDFText_LoadPage(page)
        count = raw.FPDFText_CountChars(text)
        chars = page_text(text, count)
        assert "\u3000" in chars or "\xa0" in chars or "  " in chars
        for end in sorted({count, count // 2, count // 3, 1, 0}):
            expected = _reference_runs(text, chars, end, rulings, reader.height)
            assert text_runs(text, chars, end, rulings, reader.height) == expected, end
        assert len(text_runs(text, chars, count, rulings, reader.height)) > 8
        raw.FPDFText_ClosePage(text)
        raw.FPDF_ClosePage(page)
    finally:
        pdf.close()


def test_every_blank_character_becomes_one_space() -> None:
    """`_BLANK` is built from the code points below U+3001 only."""
    blanks = [c for c in range(0x110000) if chr(c).isspace()]
    assert max(blanks) <= 0x3000
    assert "".join(map(chr, blanks)).translate(_BLANK) == " " * len(blanks)


def _reference_merge(segments: list[Segment], tol: float) -> dict[float, list[tuple[float, float]]]:
    out: dict[float, list[tuple[float, float]]] = {}
    if not segments:
        return out
    segments = sorted(segments)
    group = [segments[0]]

    def flush() -> None:
        pos = sum(s[0] for s in group) / len(group)
        spans = sorted((min(s[1], s[2]), max(s[1], s[2])) for s in group)
        joined = [spans[0]]
        for a, b in spans[1:]:
            if a <= joined[-1][1] + 2 * tol:
                joined[-1] = (joined[-1][0], max(joined[-1][1], b))
            else:
                joined.append((a, b))
        out[pos] = joined

    for seg in segments[1:]:
        if seg[0] - group[-1][0] <= tol:
            group.append(seg)
        else:
            flush()
            group = [seg]
    flush()
    return out


def _reference_covers(spans: list[tuple[float, float]], value: float, tol: float) -> bool:
    i = bisect.bisect_right(spans, (value + tol, float("inf"))) - 1
    return i >= 0 and spans[i][0] - tol <= value <= spans[i][1] + tol


def _reference_line(
    lines: list[float],
    spans: dict[float, list[tuple[float, float]]],
    pos: float,
    across: float,
    tol: float,
    *,
    after: bool,
) -> float | None:
    order = (
        range(bisect.bisect_left(lines, pos), len(lines))
        if after
        else range(bisect.bisect_right(lines, pos) - 1, -1, -1)
    )
    for i in order:
        if _reference_covers(spans[lines[i]], across, tol):
            return lines[i]
    return None


def _reference_cell(r: Rulings, x: float, y: float) -> tuple[float, float, float, float] | None:
    left = _reference_line(r.xs, r.vertical, x, y, r.tol, after=False)
    right = _reference_line(r.xs, r.vertical, x, y, r.tol, after=True)
    top = _reference_line(r.ys, r.horizontal, y, x, r.tol, after=False)
    bottom = _reference_line(r.ys, r.horizontal, y, x, r.tol, after=True)
    if (left is None) != (right is None) and top is not None and bottom is not None:
        # Open at one side: the side at the nearer end of the two rows' borders around x.
        above = [s for s in r.horizontal[top] if s[0] - r.tol <= x <= s[1] + r.tol]
        below = [s for s in r.horizontal[bottom] if s[0] - r.tol <= x <= s[1] + r.tol]
        if above and below:
            left = max(above[0][0], below[0][0]) if left is None else left
            right = min(above[0][1], below[0][1]) if right is None else right
    if left is None or right is None:
        return None
    if top is None and bottom is None:
        return None
    return (left, -1.0 if top is None else top, right, 1e6 if bottom is None else bottom)


coord = st.one_of(
    st.integers(0, 60).map(float),
    st.floats(0, 60, allow_nan=False, width=32),
    st.sampled_from([0.0, -0.0, 1.5, 3.0]),
)
segments = st.lists(st.tuples(coord, coord, coord), max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    segments, segments, st.sampled_from([1.5, 4.0]), st.lists(st.tuples(coord, coord), max_size=20)
)
def test_ruling_merge_and_lookup_match_the_plain_rule(
    horizontal: list[Segment],
    vertical: list[Segment],
    tol: float,
    points: list[tuple[float, float]],
) -> None:
    assert repr(_merge(horizontal, tol)) == repr(_reference_merge(horizontal, tol))
    rulings = Rulings.build(horizontal, vertical, tol)
    for x, y in points:
        assert rulings.cell(x, y) == _reference_cell(rulings, x, y)
        lo, hi = bisect.bisect_right(rulings.xs, x), bisect.bisect_left(rulings.xs, x + 10)
        expected = any(
            _reference_covers(rulings.vertical[rulings.xs[i]], y, tol) for i in range(lo, hi)
        )
        assert rulings.splits(x, x + 10, y) == expected


def test_merge_keeps_nan_and_signed_zero_as_min_and_max_do() -> None:
    odd: list[Segment] = [(1.0, 0.0, -0.0), (1.0, float("nan"), 2.0), (1.2, 3.0, float("nan"))]
    assert repr(_merge(odd, 1.5)) == repr(_reference_merge(odd, 1.5))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [b"/Size 12", b"/Size\n 7", b"/Size", b"/Size x", b"1 0 obj", b" ", b"/Sizes 3"]
        ),
        max_size=20,
    )
)
def test_declared_sizes_are_found_as_the_pattern_finds_them(parts: list[bytes]) -> None:
    data = b"".join(parts)
    for begin in (0, len(data) // 2):
        found = [int(m) for m in pdfguard._SIZE_RE.findall(data[begin:])]
        assert list(pdfguard._sizes(data, begin)) == found


def test_object_markers_are_counted_from_the_smallest_file_that_can_hold_too_many() -> None:
    """The guard skips counting `obj` markers in files too short to hold too many."""
    pdfguard.check_pdf_bytes(b" obj" * pdfguard.MAX_OBJECTS)
    with pytest.raises(UnsafeInputError, match="200,001"):
        pdfguard.check_pdf_bytes(b" obj" * (pdfguard.MAX_OBJECTS + 1))
