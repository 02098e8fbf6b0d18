"""The official layout of the report and its outputs.

`render(report, "html" | "pdf" | "docx" | "xlsx")` gives the file's bytes. The
writers are imported on first use: `nianbao show` needs only the layout, and
WeasyPrint alone takes most of a second to load.
"""

from __future__ import annotations

from typing import Literal, get_args

from nianbao.report import Report

Format = Literal["html", "pdf", "docx", "xlsx"]
FORMATS: tuple[Format, ...] = get_args(Format)


def render(report: Report, fmt: Format) -> bytes:
    """The report as the official form in `fmt`, drafts with rule errors included."""
    if fmt == "html":
        from nianbao.render.html_page import render_html  # noqa: PLC0415

        return render_html(report).encode("utf-8")
    if fmt == "pdf":
        from nianbao.render.pdf_page import render_pdf  # noqa: PLC0415

        return render_pdf(report)
    if fmt == "docx":
        from nianbao.render.wordml import render_docx  # noqa: PLC0415

        return render_docx(report)
    if fmt == "xlsx":
        from nianbao.render.workbook import render_xlsx  # noqa: PLC0415

        return render_xlsx(report)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
