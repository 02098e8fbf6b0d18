"""Spreadsheet cells that stay what they are: text never turns into a formula.

openpyxl takes any string starting with `=` for a formula. Report text is
written by people (and by whoever made the file we extracted it from), so
every text cell is forced to the string type, and text a spreadsheet would
evaluate when retyped also carries the quote prefix (Excel's leading `'`).

Styles are resolved once per workbook into openpyxl's style arrays and shared
by the cells that use them: setting font, border and alignment cell by cell
costs more than writing the cells.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import ERROR_CODES, Cell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, Side  # type: ignore[import-untyped]
from openpyxl.styles.cell_style import StyleArray  # type: ignore[import-untyped]
from openpyxl.workbook import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # type: ignore[import-untyped]

from nianbao.render.sanitize import formula_like, xml_safe

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SONG = "SimSun"
"""宋体, by the name Excel, WPS and LibreOffice all resolve."""


_PLAIN_TYPES = (str, int, float, bool)


def place_directly(ws: WriteOnlyWorksheet) -> None:
    """Make `ws.append` place cell objects as they are.

    openpyxl probes every appended value by assigning it to a cell, which for a
    cell object raises and formats an exception: a quarter of a report's render.
    Plain values share one unstyled cell (each is written out before the next
    is placed); text is always text, never a formula.
    """
    plain = WriteOnlyCell(ws)

    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Any]:
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            elif isinstance(value, _PLAIN_TYPES):
                cell = plain
                cell.value = xml_safe(value) if isinstance(value, str) else value
                if isinstance(value, str):
                    cell.data_type = "s"
            else:
                cell = WriteOnlyCell(ws, value)
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row


class CellStyles:
    """Named cell styles of one workbook, each resolved once."""

    def __init__(self, wb: Workbook) -> None:
        self._probe = WriteOnlyCell(wb.create_sheet("_probe"))
        wb.remove(self._probe.parent)
        self._arrays: dict[str, StyleArray] = {}
        self._blanks: dict[tuple[int, str], WriteOnlyCell] = {}

    def add(
        self,
        name: str,
        *,
        size: float = 10.5,
        bold: bool = False,
        horizontal: str = "left",
        border: bool = True,
        number_format: str = "General",
        wrap: bool = True,
    ) -> None:
        probe = self._probe
        probe._style = StyleArray()
        probe.font = Font(name=SONG, size=size, bold=bold)
        probe.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
        probe.number_format = number_format
        if border:
            probe.border = BOX
        self._arrays[name] = probe._style

    def cell(self, ws: WriteOnlyWorksheet, value: Any, name: str) -> WriteOnlyCell:
        """A styled cell; text is forced to a string and never read as a formula."""
        cell = WriteOnlyCell(ws)
        if isinstance(value, str):
            safe = xml_safe(value)
            cell.value = safe
            cell.data_type = "s"
            if formula_like(safe):
                cell._style = copy(self._arrays[name])
                cell.quotePrefix = True
                return cell
        elif value is not None:
            cell.value = value
        # Shared, never mutated: only quote-prefixed cells get their own copy.
        cell._style = self._arrays[name]
        return cell

    def plain(self, ws: WriteOnlyWorksheet, value: Any) -> Any:
        """A value to append unstyled: as is, unless openpyxl would not keep it as text."""
        if not isinstance(value, str):
            return value
        safe = xml_safe(value)
        if formula_like(safe) or safe in ERROR_CODES:
            cell = WriteOnlyCell(ws)
            cell.value = safe
            cell.data_type = "s"
            if formula_like(safe):
                cell.quotePrefix = True
            return cell
        return safe

    def blank(self, ws: WriteOnlyWorksheet, name: str) -> WriteOnlyCell:
        """An empty styled cell (the covered part of a merged area, for its borders).

        One per sheet and style, reused: a write-only sheet writes each cell out
        before it places the next, so the same object can stand in many places.
        """
        key = (id(ws), name)
        cell = self._blanks.get(key)
        if cell is None:
            cell = self._blanks[key] = self.cell(ws, None, name)
        return cell
