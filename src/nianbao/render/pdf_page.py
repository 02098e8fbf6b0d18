"""The official form as PDF: the HTML page laid out by WeasyPrint on A4.

The CJK font comes from fontconfig (Debian's fonts-noto-cjk, named in the
page's CSS) and is embedded as a subset, so the text layer stays selectable
and searchable.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from nianbao.render.grid import official_sheet
from nianbao.render.html_page import sheet_html, stylesheet
from nianbao.report import Report

if TYPE_CHECKING:
    from weasyprint import CSS  # type: ignore[import-untyped]
    from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]


@cache
def _fonts() -> FontConfiguration:
    # Imported here: WeasyPrint takes a while to load and only PDFs need it.
    # One configuration for the process keeps fonts loaded between renders.
    from weasyprint.text.fonts import FontConfiguration  # noqa: PLC0415

    return FontConfiguration()


@cache
def _stylesheet() -> CSS:
    """The page's CSS parsed once, not once per report (a sixth of a render)."""
    from weasyprint import CSS  # noqa: PLC0415

    return CSS(string=str(stylesheet()), font_config=_fonts())


def render_pdf(report: Report) -> bytes:
    from weasyprint import HTML  # noqa: PLC0415

    page = HTML(string=sheet_html(official_sheet(report), inline_css=False), base_url=None)
    pdf = page.write_pdf(stylesheets=[_stylesheet()], font_config=_fonts())
    if not isinstance(pdf, bytes):  # write_pdf returns the bytes when given no target
        raise TypeError("WeasyPrint returned no PDF bytes")
    return pdf
