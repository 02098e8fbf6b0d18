"""A searchable scan read twice: by the scanner's OCR layer and by our own OCR of its
pictures. Each reading may miss or misread what the other gets right (the layer's exact
address, a figure our reading found and the layer lacks). The reading with more values
stands; the other fills the fields it left empty and, where both read a field the form's
rules give a shape (an address, a code), gives the value that has it when the standing
one's has not (http:/zzy.huzhou.gov.o/ against http://zrzyj.huzhou.gov.cn/)."""

from __future__ import annotations

import dataclasses

from nianbao.extract.shaped import has_shape
from nianbao.forms.model import Form
from nianbao.report import Report


def merged(
    kept: Report, kept_confidence: dict[str, float], other: Report, confidence: dict[str, float]
) -> tuple[Report, dict[str, float]] | None:
    """`kept` with what `other` adds (see the module), and the confidences; None when it
    adds nothing, or the two read the report by different forms."""
    if kept.form.id != other.form.id:
        return None
    form = kept.form
    values, provenance = dict(kept.values), dict(kept.provenance)
    confidences = dict(kept_confidence)
    for key, value in other.values.items():
        mine = values.get(key)
        if mine is not None and not _shape_mended(form, key, mine, value):
            continue
        values[key] = value
        if key in other.provenance:
            provenance[key] = other.provenance[key]
        confidences[key] = confidence.get(key, 0.0)
    if values == kept.values:
        return None
    return dataclasses.replace(kept, values=values, provenance=provenance), confidences


def _shape_mended(form: Form, key: str, mine: object, theirs: object) -> bool:
    f = form.by_key.get(key)
    if f is None or not isinstance(mine, str) or not isinstance(theirs, str):
        return False
    return not has_shape(f, mine, form) and has_shape(f, theirs, form)
