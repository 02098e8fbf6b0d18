"""Test documents: Wingdings and Wingdings 2 tick boxes as Word and WPS set them.

There is no Wingdings font on a Linux machine, so a Latin font renamed with fontTools
stands in: what a reader sees is the font's name and the character (R, £, þ, ¨), exactly
as in a PDF printed from Word or WPS, whatever the glyphs look like.
"""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

_SOURCES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
# (family, PostScript name, ticked, unticked)
FONTS = {
    "wingdings": ("Wingdings", "Wingdings-Regular", "&#254;", "&#168;"),
    "wingdings2": ("Wingdings 2", "Wingdings2", "R", "&#163;"),
}


@cache
def _font_url(family: str, postscript: str) -> str:
    source = next(p for p in _SOURCES if Path(p).exists())
    font = TTFont(source, fontNumber=0)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = postscript
    out = io.BytesIO()
    font.save(out)
    return "data:font/ttf;base64," + base64.b64encode(out.getvalue()).decode()


def font_faces() -> str:
    """@font-face rules for both symbol fonts (for WeasyPrint)."""
    return "".join(
        f'@font-face {{ font-family: "{family}"; src: url({_font_url(family, ps)}); }}'
        for family, ps, _, _ in FONTS.values()
    )


def symbol_tick(style: str, ticked: bool) -> str:
    """A tick box as Word's "save as web page" writes it: the glyph in a span set in the
    symbol font (with Word's mso- properties for Wingdings)."""
    family, _, on, off = FONTS[style]
    extra = ";mso-char-type:symbol;mso-symbol-font-family:Wingdings" if style == "wingdings" else ""
    return f"<span style='font-family:\"{family}\"{extra}'>{on if ticked else off}</span>"
