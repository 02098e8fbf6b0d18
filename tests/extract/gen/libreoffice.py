"""Office files re-saved or printed by LibreOffice, another producer than the generators."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
from docx.shared import Cm

from nianbao.readers import legacy


def saved_as(data: bytes, suffix: str, target: str, folder: Path) -> bytes:
    """`data` (a file ending in `suffix`) converted by LibreOffice to `target` (doc, xls,
    pdf...), in `folder`."""
    program = legacy.converter()
    assert program is not None, "LibreOffice is not installed"
    source = folder / f"report{suffix}"
    source.write_bytes(data)
    # A profile of its own: two LibreOffice processes on one profile (parallel test
    # workers) lock each other out, and the second fails.
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    subprocess.run(
        [
            program,
            "--headless",
            profile,
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return (folder / f"report.{target}").read_bytes()


def word_table_pdf(
    rows: list[tuple[str, str]], folder: Path, widths: tuple[float, float] | None = None
) -> bytes:
    """A Word table of (label, value) rows, no borders (python-docx's default), printed
    to PDF by LibreOffice in `folder`: its cells' lines are a page's free lines. `widths`:
    the columns' in cm, ruled (Table Grid), or LibreOffice's own."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    if widths is not None:
        table.style, table.autofit = "Table Grid", False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)  # the grid's: LibreOffice lays the table out by it
    for label, value in rows:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
        for cell, width in zip(row, widths or (), strict=False):
            cell.width = Cm(width)
    out = io.BytesIO()
    document.save(out)
    return saved_as(out.getvalue(), ".docx", "pdf", folder)
