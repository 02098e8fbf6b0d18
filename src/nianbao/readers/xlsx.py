"""Excel workbooks (.xlsx), read from their XML parts directly.

openpyxl's read-only mode does not expose merged cells and its full mode is
several times slower, and neither hardens its XML parser by itself; the parts a
report needs (shared strings, number formats, sheets, merged ranges) are few
and simple. Numbers come back as written (1234, 4.5, no trailing .0); cells
with a date format as ISO dates; merged ranges as the top-left text repeated,
marked as copies.
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
from dataclasses import dataclass

import lxml.etree

from nianbao.errors import InputError, TooLargeError, UnsafeInputError
from nianbao.extract.document import TICKED, UNTICKED, Cell, Document, Row
from nianbao.readers.cell_refs import cell_ref
from nianbao.readers.emphasis import ticked_by_emphasis
from nianbao.readers.limits import MAX_OFFICE_BYTES
from nianbao.readers.marks import canonical_ticks, symbol_font, symbol_text
from nianbao.readers.ooxml import Package
from nianbao.readers.stacked_cells import Stack, stacked_rows
from nianbao.readers.xlsx_checkboxes import checkbox_complements, complement_of
from nianbao.readers.xlsx_drawings import drawn_ticks, ticked

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MAX_SHEETS = 10
MAX_CELLS = 200_000
MAX_MERGED_CELLS = 200_000
MAX_COLUMNS = 200

_DATE_FORMATS = frozenset({*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)})
_DATE_CODE_RE = re.compile(r"[ymd]", re.I)
_QUOTED_RE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_EPOCH = datetime.date(1899, 12, 30)


def _text(el: lxml.etree._Element) -> str:
    """The text of a string item: plain <t> or rich-text runs (a run set in a symbol font,
    as R in Wingdings 2 for ☑, read as its tick box), phonetic runs left out."""
    parts = []
    stressed: list[bool] = []
    for t in el.iter(f"{S}t"):
        parent = t.getparent()
        if parent is el:
            parts.append(t.text or "")
            stressed.append(False)
        elif parent is not None and parent.tag == f"{S}r":
            font = parent.find(f"{S}rPr/{S}rFont")
            symbol = symbol_font(font.get("val", "")) if font is not None else None
            parts.append(symbol_text(t.text or "", symbol) if symbol else t.text or "")
            stressed.append(_emphasised(parent.find(f"{S}rPr")))
    text = "".join(parts)
    if any(stressed) and "☑" not in text and "☐" not in text:
        return ticked_by_emphasis(parts, stressed) or text
    return text


def _emphasised(properties: lxml.etree._Element | None) -> bool:
    """Whether a rich-text run is set bold, underlined or in a colour other than black."""
    if properties is None:
        return False
    bold = properties.find(f"{S}b")
    if bold is not None and bold.get("val", "1") not in ("0", "false"):
        return True
    underline = properties.find(f"{S}u")
    if underline is not None and underline.get("val", "single") != "none":
        return True
    colour = properties.find(f"{S}color")
    return colour is not None and colour.get("rgb", "FF000000")[-6:] not in ("000000", "")


def _shared_strings(package: Package) -> list[str]:
    root = package.xml("xl/sharedStrings.xml")
    if root is None:
        return []
    return [_text(si) for si in root.iterfind(f"{S}si")]


_BUILTIN_PLACES = {1: 0, 2: 2, 3: 0, 4: 2, 37: 0, 38: 0, 39: 2, 40: 2}
"""Built-in number formats with a fixed count of decimals (0, 0.00, #,##0, #,##0.00 …)."""
_PLACES_RE = re.compile(r"\.([0#?]*)")


def _places(code: str) -> int | None:
    """The decimals a custom number format shows ("0.0" → 1, "#,##0" → 0), None when it
    shows the value some other way (General, text, %, scientific, fractions)."""
    section = _QUOTED_RE.sub("", code.split(";", 1)[0])
    if not section or any(ch in section for ch in "%Ee@/") or "general" in section.lower():
        return None
    if not any(ch in section for ch in "0#?"):
        return None
    match = _PLACES_RE.search(section)
    return len(match[1]) if match else 0


def _styles(
    package: Package,
) -> tuple[set[int], dict[int, int], dict[int, str], dict[int, tuple[str, ...]], frozenset[int]]:
    """The cell styles that show a date, those that show a number with a fixed count of
    decimals (style index → decimals: a report shows 3.5 where the sheet holds 3.4996),
    those whose font is a symbol font (style index → font: R in Wingdings 2 is ☑), those
    whose number format shows words for numbers (style index → its sections), and those
    that make a TRUE/FALSE cell a check box."""
    root = package.xml("xl/styles.xml")
    if root is None:
        return set(), {}, {}, {}, frozenset()
    font_names = [
        (name.get("val", "") if (name := font.find(f"{S}name")) is not None else "")
        for font in root.iterfind(f"{S}fonts/{S}font")
    ]
    symbols: dict[int, str] = {}
    custom: dict[int, str] = {}
    for fmt in root.iterfind(f"{S}numFmts/{S}numFmt"):
        try:
            custom[int(fmt.get("numFmtId", "-1"))] = fmt.get("formatCode", "")
        except ValueError:
            continue
    dates = set()
    places: dict[int, int] = {}
    literals: dict[int, tuple[str, ...]] = {}
    controls: dict[int, int] = {}  # style index → the feature property bags' entry it names
    for index, xf in enumerate(root.iterfind(f"{S}cellXfs/{S}xf")):
        if len(xf) and (complement := complement_of(xf)) is not None:
            controls[index] = complement
        font_id = xf.get("fontId", "0")
        if font_id.isdigit() and int(font_id) < len(font_names):
            symbol = symbol_font(font_names[int(font_id)])
            if symbol:
                symbols[index] = symbol
        try:
            fmt_id = int(xf.get("numFmtId", "0"))
        except ValueError:
            continue
        code = custom.get(fmt_id)
        words = _literal_sections(code) if code else None
        if words is not None:
            literals[index] = words
            continue
        if fmt_id in _DATE_FORMATS or (code and _DATE_CODE_RE.search(_QUOTED_RE.sub("", code))):
            dates.add(index)
            continue
        shown = _places(code) if code else _BUILTIN_PLACES.get(fmt_id)
        if shown is not None:
            places[index] = shown
    boxes = checkbox_complements(package) if controls else frozenset()
    checkboxes = frozenset(index for index, i in controls.items() if i in boxes)
    return dates, places, symbols, literals, checkboxes


_LITERAL_RE = re.compile(r'\s*(?:\[[^\]]*\]\s*)?(?:"([^"]*)")?\s*')
"""A number format's section that is words only ("☑", "是"), after a colour ([红色])."""


def _literal_sections(code: str) -> tuple[str, ...] | None:
    """The sections (positive; negative; zero) of a number format that shows words for
    numbers instead of them ("☑";;"☐", "是";;"否"): a sheet whose 1 and 0 show as ticks."""
    if '"' not in code:
        return None
    sections = code.split(";")[:3]
    found = [_LITERAL_RE.fullmatch(section) for section in sections]
    if any(m is None for m in found) or not any(m and m[1] for m in found):
        return None
    return tuple((m[1] or "") if m else "" for m in found)


def _shown_words(sections: tuple[str, ...], raw: str) -> str:
    """What a format of words shows for the number `raw`."""
    try:
        value = float(raw)
    except ValueError:
        return raw
    if value > 0 or len(sections) == 1:
        return sections[0]
    if value < 0:
        return sections[1]
    return sections[2] if len(sections) > 2 else sections[0]


def _sheets(package: Package) -> list[tuple[str, str]]:
    """(name, part path) of each sheet, in workbook order."""
    book = package.xml("xl/workbook.xml")
    if book is None:
        return []
    targets = package.targets("xl/workbook.xml")
    out = []
    for sheet in book.iterfind(f"{S}sheets/{S}sheet"):
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue
        path = targets.get(sheet.get(f"{R}id", ""), "")
        if path:
            out.append((sheet.get("name", ""), path))
    return out[:MAX_SHEETS]


def _number(raw: str, date: bool, places: int | None = None) -> str:
    try:
        value = float(raw)
    except ValueError:
        return raw
    if date and 0 < value < 2_958_466:
        return (_EPOCH + datetime.timedelta(days=int(value))).isoformat()
    if places is not None and math.isfinite(value) and abs(value) < 1e15:
        # As Excel shows it: half away from zero, on the decimal text (not the binary float).
        step = decimal.Decimal(1).scaleb(-places)
        value = float(decimal.Decimal(raw.strip()).quantize(step, decimal.ROUND_HALF_UP))
    if value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return repr(value)


def _cell_value(c: lxml.etree._Element, book: _Book) -> str:
    if book.checkboxes and c.get("t") == "b":
        style = c.get("s", "0")
        if style.isdigit() and int(style) in book.checkboxes:
            v = c.find(f"{S}v")
            return TICKED if v is not None and (v.text or "").strip() == "1" else UNTICKED
    text = _cell_text(c, book.strings, book.dates, book.places)
    if text and book.literals and c.get("t", "n") == "n":
        style = c.get("s", "0")
        words = book.literals.get(int(style)) if style.isdigit() else None
        if words is not None:
            return canonical_ticks(_shown_words(words, text))
    if text and book.symbols:
        style = c.get("s", "0")
        symbol = book.symbols.get(int(style)) if style.isdigit() else None
        if symbol:
            return symbol_text(text, symbol)
    return text


def _cell_text(
    c: lxml.etree._Element, strings: list[str], dates: set[int], places: dict[int, int]
) -> str:
    kind = c.get("t", "n")
    if kind == "inlineStr":
        inline = c.find(f"{S}is")
        return _figure_typed(_text(inline)) if inline is not None else ""
    v = c.find(f"{S}v")
    raw = v.text or "" if v is not None else ""
    if kind == "s":
        try:
            return _figure_typed(strings[int(raw)])
        except (ValueError, IndexError):
            return ""
    if kind in ("str", "e"):
        return raw if kind == "str" else ""
    if kind == "b":
        return "是" if raw == "1" else "否"
    try:
        style = int(c.get("s", "0"))
    except ValueError:
        style = 0
    return _number(raw, style in dates, places.get(style)) if raw else ""


_TYPED_FIGURE_RE = re.compile(r"^['‘’＇]\s*(?=[\d,.\s]+$)")


def _figure_typed(text: str) -> str:
    """A figure typed after an apostrophe to keep it as text ('58460), which a sheet saved
    in an older format keeps as a character: the figure."""
    return _TYPED_FIGURE_RE.sub("", text) if text[:1] in "'‘’＇" else text


def _unsaved(c: lxml.etree._Element) -> bool:
    """Whether a formula's cell was saved without its result (an empty text is one)."""
    v = c.find(f"{S}v")
    return v is None or (not (v.text or "").strip() and c.get("t") != "str")


_TRUE = frozenset({"1", "true"})


def _hidden_columns(root: lxml.etree._Element) -> frozenset[int]:
    """The 0-based columns the sheet hides (<col min max hidden>, 1-based and inclusive)."""
    hidden: set[int] = set()
    for col in root.iterfind(f"{S}cols/{S}col"):
        if col.get("hidden") not in _TRUE:
            continue
        low, high = col.get("min", ""), col.get("max", "")
        if low.isdigit() and high.isdigit():
            hidden.update(range(max(int(low), 1) - 1, min(int(high), MAX_COLUMNS)))
    return frozenset(hidden)


@dataclass(frozen=True, slots=True)
class _Book:
    package: Package
    strings: list[str]
    dates: set[int]
    places: dict[int, int]
    symbols: dict[int, str]
    literals: dict[int, tuple[str, ...]]
    checkboxes: frozenset[int]


def _read_sheet(
    book: _Book, name: str, path: str, block: int, unsaved: list[str] | None = None
) -> list[Row]:
    """The sheet's shown rows; `unsaved` gets the places of its formulas saved without
    their results (a program's workbook: Excel saves each formula's last result)."""
    root = book.package.xml(path)
    if root is None:
        return []
    grid: dict[int, dict[int, tuple[str, bool]]] = {}
    count = 0
    hidden_columns = _hidden_columns(root)
    # `r` may be left out on rows and cells (some exporters do): a row is then the one after
    # the row before, a cell the one after the cell before.
    line = -1
    for row in root.iterfind(f"{S}sheetData/{S}row"):
        given = row.get("r", "")
        line = int(given) - 1 if given.isdigit() and 0 < int(given) <= 1_048_576 else line + 1
        # What Excel neither shows nor prints (a row or column hidden: last year's figures,
        # a helper's codes) is no part of the report as published.
        hidden = row.get("hidden") in _TRUE
        column = -1
        for c in row.iterfind(f"{S}c"):
            count += 1
            if count > MAX_CELLS:
                raise UnsafeInputError(f"工作表「{name}」超过 {MAX_CELLS:,} 个单元格，拒绝读取。")
            pos = cell_ref(c.get("r", "")) if c.get("r") else (line, column + 1)
            if pos is None or pos[1] >= MAX_COLUMNS:
                continue
            column = pos[1]
            if hidden or column in hidden_columns:
                continue
            text = canonical_ticks(_cell_value(c, book)).strip()
            if text:
                grid.setdefault(pos[0], {})[pos[1]] = (text, False)
            elif unsaved is not None and c.find(f"{S}f") is not None and _unsaved(c):
                unsaved.append(f"工作表「{name}」{c.get('r') or f'第 {pos[0] + 1} 行'}")
    for r, col, x in drawn_ticks(book.package, path, root):
        text = grid.get(r, {}).get(col, ("", False))[0]
        grid.setdefault(r, {})[col] = (ticked(text, x), False)
    merged = 0
    for merge in root.iterfind(f"{S}mergeCells/{S}mergeCell"):
        first, _, last = merge.get("ref", "").partition(":")
        a, b = cell_ref(first), cell_ref(last)
        if a is None or b is None or a[0] not in grid or a[1] not in grid[a[0]]:
            continue
        text = grid[a[0]][a[1]][0]
        rows = range(a[0], min(b[0], a[0] + 500) + 1)
        cols = range(a[1], min(b[1], MAX_COLUMNS - 1) + 1)
        merged += len(rows) * len(cols)
        if merged > MAX_MERGED_CELLS:
            raise UnsafeInputError(f"工作表「{name}」合并单元格过多，拒绝读取。")
        # A repeat in each row the range spans, in its first column: merged section
        # cells give every row their context; spanned columns stay empty.
        for r in rows:
            if r != a[0]:
                grid.setdefault(r, {})[a[1]] = (text, True)
    out = []
    for r in sorted(grid):
        placed = sorted(grid[r].items())
        cells = [Cell(text, col, copy=copy) for col, (text, copy) in placed]
        split = None
        if sum("\n" in c.text for c in cells) > 1:
            # Lines cells break with Alt+Enter, side by side: a row a line (stacked_cells).
            split = stacked_rows([Stack(c.col, c.text.split("\n"), c.copy) for c in cells])
        for part in split or [cells]:
            if part:
                out.append(Row(tuple(part), where=f"工作表「{name}」第 {r + 1} 行", block=block))
    return out


def read_xlsx(data: bytes, source: str | None = None) -> Document:
    if len(data) > MAX_OFFICE_BYTES:
        raise TooLargeError(
            f"Excel 文件有 {len(data):,} 字节，超过 {MAX_OFFICE_BYTES:,} 字节的上限。",
            source=source,
        )
    package = Package(data, source, "Excel ")
    sheets = _sheets(package)
    if not sheets:
        raise InputError("Excel 文件中没有可读的工作表。", source=source)
    book = _Book(package, _shared_strings(package), *_styles(package))
    doc = Document(format="xlsx")
    unsaved: list[str] = []
    try:
        for block, (name, path) in enumerate(sheets):
            doc.rows.extend(_read_sheet(book, name, path, block, unsaved))
    except UnsafeInputError as exc:
        exc.source = source
        raise
    if unsaved:
        doc.notes.append(
            f"有 {len(unsaved)} 个公式单元格没有保存计算结果（{'、'.join(unsaved[:3])}"
            f"{' 等' if len(unsaved) > 3 else ''}），读不出其值；请在 Excel、WPS 或 LibreOffice "
            "中打开文件、保存后再导入。"
        )
    return doc
