"""The official form as one self-contained, accessible HTML page."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from nianbao.render.grid import COLUMN_WEIGHTS, Sheet, official_sheet
from nianbao.render.layout import TICKED, UNTICKED
from nianbao.report import Report


@cache
def environment() -> Environment:
    """Templates of the render package, autoescaped whatever their file name."""
    return Environment(
        loader=PackageLoader("nianbao.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


@cache
def _template() -> Template:
    return environment().get_template("report.html.j2")


@cache
def stylesheet() -> Markup:
    """The page's CSS: our own file, so trusted markup (it is inlined, not linked)."""
    text = files("nianbao.render").joinpath("templates", "report.css").read_text("utf-8")
    return Markup(text.strip())


def _widths() -> tuple[str, ...]:
    total = sum(COLUMN_WEIGHTS)
    return tuple(f"{100 * w / total:.2f}" for w in COLUMN_WEIGHTS)


def sheet_html(sheet: Sheet, *, inline_css: bool = True) -> str:
    """The page; `inline_css=False` leaves the stylesheet out for a caller that applies it."""
    return _template().render(
        sheet=sheet,
        css=stylesheet() if inline_css else None,
        widths=_widths(),
        ticked=TICKED,
        unticked=UNTICKED,
    )


def render_html(report: Report) -> str:
    return sheet_html(official_sheet(report))
