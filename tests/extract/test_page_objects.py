"""A PDF whose pages are drawn whole as form XObjects (merged, stamped or imposed PDFs),
upright or turned on a landscape page: read as the pages themselves (readers/page_objects)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from corpus_gen import documents

from nianbao.extract.pipeline import extract_bytes


def _placed(data: bytes, *, turned: bool) -> bytes:
    """`data`'s pages each drawn as one form XObject on a new page; turned: on a page of the
    width and height swapped, turned a quarter counter-clockwise and shown upright by
    /Rotate 90 (a landscape page as some tools write it)."""
    source = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    for index in range(len(source)):
        width, height = source[index].get_size()
        form = source.page_as_xobject(index, out).as_pageobject()
        if turned:
            page = out.new_page(height, width)
            form.transform(pdfium.PdfMatrix().rotate(90).translate(height, 0))
        else:
            page = out.new_page(width, height)
        page.insert_obj(form)
        page.gen_content()
        if turned:
            page.set_rotation(90)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("turned", [False, True])
def test_pages_drawn_as_forms_read_as_the_pages(turned: bool) -> None:
    doc = next(iter(documents("pdf", 1, seed=5)))
    plain = extract_bytes(doc.data, "a.pdf").report.to_json()
    placed = extract_bytes(_placed(doc.data, turned=turned), "a.pdf").report.to_json()
    assert len(plain) > 50
    assert placed == plain
