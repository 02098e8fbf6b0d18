"""PDF text drawn out of reading order (readers.pdftext): LibreOffice draws the “ ” of a
Chinese line after the line, in a Latin font, at their places inside it."""

from __future__ import annotations

import pytest
from hostile import pdf

from nianbao.readers.pdf import read_pdf


def _page(content: bytes) -> bytes:
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _lines(content: bytes) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in read_pdf(_page(content)).rows]


def test_a_character_drawn_later_into_its_line_is_read_in_its_place() -> None:
    # "Wr", room for an i, "te" in one text object; the i drawn afterwards into the room
    # (Helvetica at 12 pt: Wr is 15.32 wide, i 2.66).
    content = (
        b"BT /F1 12 Tf 72 700 Td [(Wr) -222 (te)] TJ ET\n"
        b"BT /F1 12 Tf 87.32 700 Td (i) Tj ET\n"
        b"BT /F1 12 Tf 72 680 Td (next line) Tj ET"
    )
    assert _lines(content) == [["Write"], ["next line"]]


@pytest.mark.parametrize(("gap", "read"), [(0.0, "HelloWorld"), (3.3, "Hello World")])
def test_text_drawn_in_reading_order_is_read_as_drawn(gap: float, read: str) -> None:
    content = b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\nBT /F1 12 Tf %.1f 700 Td (World) Tj ET" % (
        99.3 + gap
    )
    assert _lines(content) == [[read]]


def test_a_sign_drawn_long_after_its_line_is_read_in_its_place() -> None:
    # A producer that writes the glyphs font by font: the digits of 0512-6861 first, other
    # lines after them, the hyphen last (Helvetica at 12 pt: 0512 is 26.69 wide, - 4.0).
    content = (
        b"BT /F1 12 Tf 72 700 Td [(0512) -333 (6861)] TJ ET\n"
        b"BT /F1 12 Tf 72 680 Td (next line) Tj ET\n"
        b"BT /F1 12 Tf 98.69 700 Td (-) Tj ET"
    )
    assert _lines(content) == [["0512-6861"], ["next line"]]
