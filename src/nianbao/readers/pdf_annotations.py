"""What a PDF shows over its page's text in annotations: a fillable form's fields (the
report's template filled in and saved: its values, ticked boxes and chosen items are
the fields', not the page's text) and the text a PDF editor types over a printed
template (its typewriter: free-text annotations). Each becomes a run where it stands, as
the page's own text would."""

from __future__ import annotations

import ctypes
from typing import Any

from pypdfium2 import raw  # type: ignore[import-untyped]

from nianbao.readers.geometry import Run
from nianbao.readers.marks import TICKED, UNTICKED, canonical_ticks
from nianbao.readers.pdftext import printed_boxes

MAX_ANNOTATIONS = 2_000
"""Annotations read on a page: a report's form has a hundred fields or so."""
_MAX_VALUE = 4_096
"""Characters of a field's value read (a report's longest text is 200 characters)."""

_BOXES = (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON)
_VALUED = (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX)


def annotation_runs(page: Any, form: Any, height: float) -> list[Run]:
    """The runs the page's form fields (through `form`, the document's form handle, None
    when it has no form) and free-text annotations show."""
    count = min(raw.FPDFPage_GetAnnotCount(page), MAX_ANNOTATIONS)
    runs: list[Run] = []
    rect = raw.FS_RECTF()
    for i in range(count):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            text = _shown(annot, form)
            if text and raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                left, right = sorted((rect.left, rect.right))
                bottom, top = sorted((rect.bottom, rect.top))
                runs.append(Run(text, (left, height - top, right, height - bottom)))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return runs


def _shown(annot: Any, form: Any) -> str:
    """What the annotation shows as text: a field's value or its box's state, a free-text
    note's contents; "" for any other annotation (links, highlights, stamps)."""
    kind = raw.FPDFAnnot_GetSubtype(annot)
    if kind == raw.FPDF_ANNOT_FREETEXT:
        return _text(
            lambda buffer, size: raw.FPDFAnnot_GetStringValue(annot, b"Contents", buffer, size)
        )
    if kind != raw.FPDF_ANNOT_WIDGET or form is None:
        return ""
    field = raw.FPDFAnnot_GetFormFieldType(form, annot)
    if field in _BOXES:
        return TICKED if raw.FPDFAnnot_IsChecked(form, annot) else UNTICKED
    if field in _VALUED:
        return _text(
            lambda buffer, size: raw.FPDFAnnot_GetFormFieldValue(form, annot, buffer, size)
        )
    return ""


def _text(read: Any) -> str:
    """A UTF-16 string pdfium writes into a buffer (its size in bytes, the ending zero
    counted), cut to _MAX_VALUE characters, its blanks collapsed."""
    size = read(None, 0)
    if size <= 2:
        return ""
    size = min(size, 2 * (_MAX_VALUE + 1))
    buffer = ctypes.create_string_buffer(size)
    read(ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    value = buffer.raw[: size - 2].decode("utf-16-le", errors="replace")
    return canonical_ticks(" ".join(value.split()))


def marks_onto_boxes(
    text: Any, chars: str, runs: list[Run], height: float, *, drawn: bool = False
) -> tuple[str, list[Run]]:
    """The page text with each printed box an annotation's mark stands over taking its
    state (☑ for a checked field or a typed tick over a printed □), and the runs of the
    annotations left: a box field set on a template's printed box is that box, not a
    second one beside it. `drawn`: the runs are shapes drawn on the page, and one over a
    printed box is a tick drawn on it (a check mark's strokes over □), unless every
    printed box has one: then they are the boxes' own outlines (a choice leaves some
    unticked)."""
    places = [
        (i, left, height - top, right, height - bottom)
        for i, left, bottom, right, top in printed_boxes(text, chars)
    ]
    if not places:
        return chars, runs
    out = list(chars)
    left: list[Run] = []
    for run in runs:
        if run.text not in (TICKED, UNTICKED):
            left.append(run)
            continue
        x, y = run.cx, run.cy
        under = next(
            (k for k, x0, y0, x1, y1 in places if x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1),
            None,
        )
        if under is None:
            left.append(run)
        elif run.text == TICKED or drawn:
            out[under] = TICKED
    if drawn and all(out[k] == TICKED for k, *_ in places):
        return chars, runs
    return "".join(out), left
