"""A PDF page's drawn objects, those inside form XObjects included, each with where it lies
on the page.

Tools that merge, stamp or impose PDFs often draw a whole page as one form XObject (a page
placed whole on another, sometimes turned to show a landscape table upright). pdfium's text
page sees the text inside it, but the page's own object list holds only the form: its
rulings, boxes and pictures, and the writing direction of its text, are inside."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from typing import Any

from pypdfium2 import raw  # type: ignore[import-untyped]

from nianbao.readers.pdftext import unchecked

_page_object = unchecked(raw.FPDFPage_GetObject)
_object_type = unchecked(raw.FPDFPageObj_GetType)
_object_bounds = unchecked(raw.FPDFPageObj_GetBounds)
_form_count = unchecked(raw.FPDFFormObj_CountObjects)
_form_object = unchecked(raw.FPDFFormObj_GetObject)
_FORM = raw.FPDF_PAGEOBJ_FORM
_DEPTH = 4
"""Forms nested deeper than this are not looked into (a hostile file nests them without end)."""

Matrix = tuple[float, float, float, float, float, float]
"""(a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f."""


def _matrix(obj: Any) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` applied first, then `outer`."""
    a, b, c, d, e, f = inner
    pa, pb, pc, pd, pe, pf = outer
    return (
        pa * a + pc * b,
        pb * a + pd * b,
        pa * c + pc * d,
        pb * c + pd * d,
        pa * e + pc * f + pe,
        pb * e + pd * f + pf,
    )


def page_objects(page: Any, count: int, most: int) -> Iterator[tuple[Any, int, Matrix | None]]:
    """The page's objects but forms, and the objects inside its forms, each with its type
    (FPDF_PAGEOBJ_*) and the matrix that places its form's space on the page (None for the
    page's own objects, whose bounds are on the page already); at most `most` in all."""
    given = 0
    stack: list[tuple[Any, int, Matrix | None, int]] = [(page, count, None, 0)]
    while stack:
        holder, size, placed, depth = stack.pop()
        for i in range(size):
            obj = _page_object(holder, i) if placed is None else _form_object(holder, i)
            if not obj:
                continue
            kind = _object_type(obj)
            if kind == _FORM:
                if depth < _DEPTH:
                    own = _matrix(obj)
                    inside = own if placed is None else _then(own, placed)
                    stack.append((obj, _form_count(obj), inside, depth + 1))
                continue
            given += 1
            if given > most:
                return
            yield obj, kind, placed


class Bounds:
    """An object's bounds on the page, read into the same four floats each time (a page
    has thousands of objects)."""

    def __init__(self) -> None:
        self.left, self.bottom, self.right, self.top = 0.0, 0.0, 0.0, 0.0
        self._floats = left, bottom, right, top = tuple(ctypes.c_float() for _ in range(4))
        self._refs = (
            ctypes.byref(left),
            ctypes.byref(bottom),
            ctypes.byref(right),
            ctypes.byref(top),
        )

    def of(self, obj: Any, placed: Matrix | None) -> bool:
        """Reads the bounds of `obj`; False when it has none."""
        left_ref, bottom_ref, right_ref, top_ref = self._refs
        if not _object_bounds(obj, left_ref, bottom_ref, right_ref, top_ref):
            return False
        floats = self._floats
        left, bottom, right, top = (
            floats[0].value,
            floats[1].value,
            floats[2].value,
            floats[3].value,
        )
        if placed is not None:
            a, b, c, d, e, f = placed
            corners = [(x, y) for x in (left, right) for y in (bottom, top)]
            xs = [a * x + c * y + e for x, y in corners]
            ys = [b * x + d * y + f for x, y in corners]
            left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
        self.left, self.bottom, self.right, self.top = left, bottom, right, top
        return True


def turn_of(obj: Any, placed: Matrix | None) -> int:
    """Quarter turns (counter-clockwise) of a text object's writing on the page."""
    m = _matrix(obj)
    if placed is not None:
        m = _then(m, placed)
    return round(math.atan2(m[1], m[0]) / (math.pi / 2)) % 4
