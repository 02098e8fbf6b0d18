"""A red seal on a scanned page is made paper before OCR; print under it stays."""

from __future__ import annotations

import numpy as np
from PIL import Image

from nianbao.readers.seals import without_red


def test_a_seals_ink_is_paper_and_the_print_under_it_stays() -> None:
    page = np.full((40, 40, 3), (242, 240, 236), dtype=np.uint8)  # paper
    page[5:10, :] = (20, 20, 25)  # a line of black print
    page[20:25, :] = (200, 45, 50)  # the seal's red ink on paper
    page[5:10, 30:] = (110, 15, 20)  # the seal stamped over the print: dark
    page[30:35, :] = (30, 40, 150)  # blue ink
    page[35:, :] = (235, 205, 175)  # paper under a warm light
    grey = np.asarray(without_red(Image.fromarray(page)))
    assert grey.shape == (40, 40)
    assert (grey[20:25] == 255).all()
    assert (grey[5:10, :30] == 20).all()
    assert (grey[5:10, 30:] == 110).all()
    assert (grey[30:35] == 30).all()
    assert (grey[35:] == 235).all()
    assert (grey[10:20] == 242).all()


def test_pages_for_ocr_go_without_their_seals() -> None:
    from nianbao.readers.ocr import _grey  # noqa: PLC0415 (the OCR module loads its engine lazily)

    page = np.full((10, 10, 3), (242, 240, 236), dtype=np.uint8)
    page[:5] = (200, 45, 50)
    assert (np.asarray(_grey(Image.fromarray(page)))[:5] == 255).all()
