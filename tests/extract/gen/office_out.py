"""Test documents, part 4: a Sheet as Word (.docx) and Excel (.xlsx) files."""

from __future__ import annotations

import datetime
import functools
import random
import re
from io import BytesIO
from typing import Any

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from .sheet import GCell, Sheet

DOCX_TICKS = ("unicode", "sym", "pua", "sdt", "legacy", "wingdings2", "boxes")
ENCLOSED = 0.5
"""Share of the documents drawn with typed boxes (□) whose ticked boxes are enclosed ticks
(带圈字符) instead of ☒: drawn from a generator of the sheet's own, so that the documents
drawn before enclosed ticks were made stay as they were."""
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _sym(run_parent: object, ticked: bool, font: str = "Wingdings") -> None:
    run = run_parent.add_run()  # type: ignore[attr-defined]
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    if font == "Wingdings 2":  # WPS's 插入符号: R is a ticked box, £ an empty one
        sym.set(qn("w:char"), "F052" if ticked else "F0A3")
    else:
        sym.set(qn("w:char"), "F0FE" if ticked else "F0A8")
    run._r.append(sym)


def _boxes(paragraph: object, ticked: bool) -> None:
    """☒ / □ typed in a symbol-capable font, as offices without Wingdings write them."""
    run = paragraph.add_run("☒" if ticked else "□")  # type: ignore[attr-defined]
    run.font.name = "Segoe UI Symbol"


def _pua(paragraph: object, ticked: bool) -> None:
    run = paragraph.add_run("\uf0fe" if ticked else "\uf0a8")  # type: ignore[attr-defined]
    run.font.name = "Wingdings"


def _sdt(paragraph: object, ticked: bool) -> None:
    """A content-control checkbox as Word writes it (w14:checkbox + a glyph run)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    box = OxmlElement("w14:checkbox")
    checked = OxmlElement("w14:checked")
    checked.set(f"{{{W14_NS}}}val", "1" if ticked else "0")
    box.append(checked)
    pr.append(box)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "☒" if ticked else "☐"
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)  # type: ignore[attr-defined]


def _legacy(paragraph: object, ticked: bool) -> None:
    """A legacy form-field checkbox (FORMCHECKBOX)."""
    p = paragraph._p  # type: ignore[attr-defined]
    r = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    box = OxmlElement("w:checkBox")
    default = OxmlElement("w:default")
    default.set(qn("w:val"), "1" if ticked else "0")
    box.append(default)
    ff.append(box)
    fld.append(ff)
    r.append(fld)
    p.append(r)
    _instruction(p, " FORMCHECKBOX ")
    for kind in ("separate", "end"):
        r = OxmlElement("w:r")
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), kind)
        r.append(end)
        p.append(r)


def _instruction(p: Any, text: str) -> None:
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = text
    r.append(instr)
    p.append(r)


def _field_char(p: Any, kind: str) -> None:
    r = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    r.append(fld)
    p.append(r)


def _enclosed_style(sheet: Sheet) -> tuple[bool, bool]:
    """Whether typed boxes are enclosed ticks instead, and whether enlarged (增大圈号)."""
    rng = random.Random("enclosed:" + "|".join(c.text for row in sheet.rows[:4] for c in row))
    return rng.random() < ENCLOSED, rng.random() < 0.5


def enclosed(paragraph: object, ticked: bool, *, enlarged: bool = False) -> None:
    """Word's and WPS's 带圈字符: √ enclosed in □, the field EQ \\o\\ac(□,√) with no result
    stored, one run per part as Word writes it (the enlarged box, 增大圈号, raises the tick:
    \\s\\up 1(√)); an empty box is the plain □."""
    p = paragraph._p  # type: ignore[attr-defined]
    if not ticked:
        paragraph.add_run("□")  # type: ignore[attr-defined]
        return
    _field_char(p, "begin")
    parts = ("eq \\o\\ac(", "□", ",", "\\s\\up 1(√)" if enlarged else "√", ")")
    for part in parts:
        _instruction(p, part)
    _field_char(p, "end")


def _fill_cell(cell: object, g: GCell, tick: str, rng: random.Random) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    if g.ticks:
        for label, ticked in g.ticks:
            if tick == "unicode":
                paragraph.add_run("☑" if ticked else "☐")
            elif tick == "sym":
                _sym(paragraph, ticked)
            elif tick == "pua":
                _pua(paragraph, ticked)
            elif tick == "sdt":
                _sdt(paragraph, ticked)
            elif tick == "wingdings2":
                _sym(paragraph, ticked, "Wingdings 2")
            elif tick == "boxes":
                _boxes(paragraph, ticked)
            elif tick in ("enclosed", "enclosed-enlarged"):
                enclosed(paragraph, ticked, enlarged=tick == "enclosed-enlarged")
            else:
                _legacy(paragraph, ticked)
            paragraph.add_run(f"{label}  ")
        note = re.search(r"：(.*)$", g.text)
        if note and g.ticks[-1][1]:
            paragraph.add_run("：" + note.group(1))
        return
    text = g.text
    if g.down:
        paragraph.add_run(text[:1])
        for ch in text[1:]:
            cell.add_paragraph(ch)  # type: ignore[attr-defined]
        return
    if g.kind in ("label", "group", "section") and len(text) > 10 and rng.random() < 0.3:
        cut = len(text) // 2
        paragraph.add_run(text[:cut])
        cell.add_paragraph(text[cut:])  # type: ignore[attr-defined]
        return
    if len(text) > 4 and rng.random() < 0.3:
        cut = rng.randint(1, len(text) - 1)
        paragraph.add_run(text[:cut])
        paragraph.add_run(text[cut:])
    else:
        paragraph.add_run(text)


def _tc(span: int, merge: str | None) -> object:
    tc = OxmlElement("w:tc")
    pr = OxmlElement("w:tcPr")
    if span > 1:
        grid = OxmlElement("w:gridSpan")
        grid.set(qn("w:val"), str(span))
        pr.append(grid)
    if merge is not None:
        vmerge = OxmlElement("w:vMerge")
        if merge == "restart":
            vmerge.set(qn("w:val"), "restart")
        pr.append(vmerge)
    tc.append(pr)
    tc.append(OxmlElement("w:p"))
    return tc


def docx_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    """Merged cells written as Word does: gridSpan across, vMerge restart/continue down."""
    tick = rng.choice(DOCX_TICKS)
    if tick == "boxes":
        chosen, enlarged = _enclosed_style(sheet)
        tick = ("enclosed-enlarged" if enlarged else "enclosed") if chosen else tick
    document = docx.Document()
    # One table per section, as people paste a form together, cut where no merged cell
    # crosses the cut.
    split = rng.random() < 0.3
    sheet.made = f"{tick} split={split}"
    if sheet.companion is not None and sheet.companion_first:
        _docx_body(document, sheet.companion, sheet.companion_rng, tick, split)
    _docx_body(document, sheet, rng, tick, split)
    if sheet.companion is not None and not sheet.companion_first:
        _docx_body(document, sheet.companion, sheet.companion_rng, tick, split)
    for text in sheet.instructions:
        document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    return out.getvalue(), ".docx"


def _docx_body(document: Any, sheet: Sheet, rng: random.Random, tick: str, split: bool) -> None:
    for text in sheet.before:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=sheet.columns)
    table.style = "Table Grid"
    tbl = table._tbl
    for r, line in enumerate(sheet.grid()):
        first = line[0]
        if split and r and first is not None and not first[1] and first[0].kind == "section":
            document.add_paragraph("")
            table = document.add_table(rows=0, cols=sheet.columns)
            table.style = "Table Grid"
            tbl = table._tbl
        tr = OxmlElement("w:tr")
        c = 0
        while c < sheet.columns:
            slot = line[c]
            if slot is None:
                tr.append(_tc(1, None))
                c += 1
                continue
            g, repeat = slot
            span = min(g.colspan, sheet.columns - c)
            if not repeat:
                tc = _tc(span, "restart" if g.rowspan > 1 else None)
                tr.append(tc)
                _fill_cell(docx.table._Cell(tc, table), g, tick, rng)
            else:
                tr.append(_tc(span, "continue"))
            c += span
        tbl.append(tr)
    if rng.random() < 0.5:
        for text in sheet.after:
            document.add_paragraph(text)
    else:
        document.add_paragraph("\t".join(sheet.after[:3]))
        document.add_paragraph("\t".join(sheet.after[3:]))


# Tick boxes in a cell: as Unicode boxes, or as rich text with the box a run in a symbol
# font (WPS's and Excel's 插入符号), as in Word.
XLSX_TICKS = ("unicode", "unicode", "wingdings2", "wingdings")
_SYMBOL_RUNS = {
    "wingdings2": ("Wingdings 2", "R", "\xa3"),
    "wingdings": ("Wingdings", "\xfe", "\xa8"),
}


def _rich_ticks(g: GCell, tick: str) -> CellRichText:
    font, on, off = _SYMBOL_RUNS[tick]
    parts: list[str | TextBlock] = []
    for i, (label, ticked) in enumerate(g.ticks):
        if i:
            parts.append("  ")
        parts += [TextBlock(InlineFont(rFont=font), on if ticked else off), label]
    if "：" in g.text and g.ticks[-1][1]:
        parts.append("：" + g.text.split("：", 1)[1])
    return CellRichText(parts)


def _xlsx_value(g: GCell, as_text: bool, tick: str = "unicode") -> object:
    text = g.text
    if g.ticks:
        return text if tick == "unicode" else _rich_ticks(g, tick)
    if g.down:
        return "\n".join(text)
    if re.fullmatch(r"\d{1,12}", text) and not as_text and not text.startswith("0"):
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text) and not as_text:
        return float(text)
    return text


def _formatted(cell: object, value: object, rng: random.Random) -> None:
    """Counts shown with a thousands format; a decimal as a formula's cached result with
    more digits than the format shows (an average computed in the sheet: 3.5 → 3.5000004)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if isinstance(value, int):
        cell.number_format = rng.choice(("#,##0", "0", "#,##0_ ;[Red]-#,##0 "))  # type: ignore[attr-defined]
        return
    places = max(1, len(repr(value).partition(".")[2]))
    cell.value = value + rng.choice((1, -1)) * 0.4 * 10 ** -(places + 1)  # type: ignore[attr-defined]
    cell.number_format = "0." + "0" * places  # type: ignore[attr-defined]


def _xlsx_body(
    ws: Any,
    row: int,
    sheet: Sheet,
    rng: random.Random,
    *,
    as_text: bool,
    formats: bool,
    tick: str,
) -> int:
    """The sheet from `row` on; returns the row after it."""
    for text in sheet.before:
        ws.cell(row, 1, text)
        row += 1
    start = row
    for r, cells in enumerate(sheet.grid()):
        for c, slot in enumerate(cells):
            if slot is None or slot[1]:
                continue
            g = slot[0]
            cell = ws.cell(start + r, c + 1, _xlsx_value(g, as_text, tick))
            if formats:
                _formatted(cell, cell.value, rng)
            if g.rowspan > 1 or g.colspan > 1:
                ws.merge_cells(
                    start_row=start + r,
                    start_column=c + 1,
                    end_row=start + r + g.rowspan - 1,
                    end_column=c + g.colspan,
                )
    row = start + len(sheet.rows) + 1
    for text in sheet.after:
        label, _, value = text.partition("：")
        ws.cell(row, 1, label + "：")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and rng.random() < 0.5:
            cell = ws.cell(row, 2, datetime.date.fromisoformat(value))
            cell.number_format = rng.choice(("yyyy-mm-dd", 'yyyy"年"m"月"d"日"'))
        else:
            ws.cell(row, 2, value)
        row += 1
    return row


def xlsx_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    as_text = rng.random() < 0.4
    formats = not as_text and rng.random() < 0.5
    tick = rng.choice(XLSX_TICKS)
    sheet.made = f"as_text={as_text} formats={formats} ticks={tick}"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = rng.choice(("Sheet1", "报表", "政府网站年度报表"))
    write = functools.partial(_xlsx_body, ws, as_text=as_text, formats=formats, tick=tick)
    row = 1
    if sheet.companion is not None and sheet.companion_first:
        row = write(row, sheet.companion, sheet.companion_rng) + 1
    row = write(row, sheet, rng)
    if sheet.companion is not None and not sheet.companion_first:
        write(row + 1, sheet.companion, sheet.companion_rng)
    out = BytesIO()
    wb.save(out)
    return out.getvalue(), ".xlsx"
