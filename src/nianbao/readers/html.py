"""HTML pages: the report table wherever it sits in a site page.

Every table becomes grid rows (rowspan/colspan expanded, repeats marked as
copies); text between tables becomes rows of its own (title, 填报单位, the
signature lines). Navigation and footers stay in: the matcher prefers the
densest table, so chrome is harmless. Small tables nested in a cell (option
lists) are read as that cell's text; large ones (page layout) as tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from nianbao.errors import InputError, TooLargeError, UnsafeInputError
from nianbao.extract.document import Cell, Document, Row
from nianbao.readers.encoding import decode_text
from nianbao.readers.html_cells import (
    BLOCK_END,
    LINE_BREAK,
    broken_lines,
    cell,
    cell_lines,
    clean,
    line_open,
)
from nianbao.readers.html_controls import input_mark, picture_mark, shown_option
from nianbao.readers.html_css import draw_css_marks, hidden
from nianbao.readers.html_frames import inline_frames
from nianbao.readers.html_grid import CELL_BREAK, grid_cell, grid_texts
from nianbao.readers.html_pre import pre_rows
from nianbao.readers.html_states import draw_state_marks
from nianbao.readers.limits import MAX_HTML_BYTES
from nianbao.readers.marks import (
    symbol_font,
    symbol_text,
)
from nianbao.readers.stacked_cells import Stack, stacked_rows
from nianbao.readers.text import split_line

MAX_ELEMENTS = 200_000
MAX_SPAN = 200
MAX_GRID_CELLS = 200_000
MAX_DEPTH = 200
INLINE_TABLE_CELLS = 6
"""A nested table with at most this many cells is part of its cell's text."""

# Plain elements (no lxml.html class lookup, which costs more than the parsing).
# No id table either: nothing looks elements up by id.
_PARSER = lxml.etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=False,
    collect_ids=False,
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_BLOCK_TAGS = (
    "p div section article header footer nav aside main ul ol li dl dt dd h1 h2 h3 h4 h5 h6 "
    "pre blockquote form fieldset address figure figcaption hr center caption"
)
_BLOCK = frozenset(_BLOCK_TAGS.split())
_CELL_TAGS = frozenset({"td", "th"})
# Word's "save as web page" keeps a tick box as its symbol-font glyph: <span
# style='font-family:"Wingdings 2"'>R</span>, mso-symbol-font-family, <font face=...>.
_FONT_STYLE_RE = re.compile(
    r"(?:^|[;\s])(?:font-family|mso-symbol-font-family)\s*:\s*([^;,]+)", re.I
)
_FOOTNOTE_RE = re.compile(r"\s*[\[(（]?(?:\d{1,2}|[*†‡※]|[\u2460-\u2473])[\])）]?\s*")
_GB_NAMES = frozenset({"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn"})


def _declared(data: bytes) -> str | None:
    head = data[:4096]
    match = _CHARSET_RE.search(head) or _XML_ENCODING_RE.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    return "gb18030" if name in _GB_NAMES else name


_INVISIBLE_ENTITY_RE = re.compile(
    r"&(?:shy|ZeroWidthSpace|zwj|zwnj|NoBreak|#0*(?:173|820[345]|8288|65279)"
    r"|#x0*(?:ad|200[bcd]|2060|feff));",
    re.IGNORECASE,
)
"""The entities of `encoding.INVISIBLE_RE`'s characters (&shy;, &#8203;)."""


def parse_page(data: bytes, source: str | None = None) -> lxml.etree._Element | None:
    """The page's element tree (None for a page with no element), its size checked."""
    if len(data) > MAX_HTML_BYTES:
        raise TooLargeError(
            f"网页有 {len(data):,} 字节，超过 {MAX_HTML_BYTES:,} 字节的上限。", source=source
        )
    text = decode_text(data, source, _declared(data))
    if "&" in text:
        text = _INVISIBLE_ENTITY_RE.sub("", text)
    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"无法解析网页：{exc}。", source=source) from None
    if root is None:
        return None
    # Every element but the few the parser implies (html, body, p) starts with a `<`:
    # only a page with that many can hold too many elements, so only then are they counted.
    count = sum(1 for _ in root.iter()) if text.count("<") > MAX_ELEMENTS // 3 else 0
    if count > MAX_ELEMENTS:
        raise UnsafeInputError(f"网页元素超过 {MAX_ELEMENTS:,} 个，拒绝读取。", source=source)
    return root


def read_html(data: bytes, source: str | None = None) -> Document:
    root = parse_page(data, source)
    if root is None:
        return Document(format="html")
    inline_frames(root, lambda page: parse_page(page, source))
    draw_css_marks(root)
    draw_state_marks(root)
    for sup in root.iter("sup"):  # a footnote's number after a figure: 28741<sup>1</sup>
        if _FOOTNOTE_RE.fullmatch("".join(sup.itertext())):
            sup.set("hidden", "")
    flow = _Flow()
    body = root.find("body")
    flow.walk(body if body is not None else root, 0)
    flow.flush()
    return Document(format="html", rows=flow.rows)


# Children are iterated as slices (el[:]) and attributes tested with el.keys(): lxml's
# child iterator and attribute proxy cost several times the list either makes, and the
# walk does both for every element of the page.


def _tag(el: lxml.etree._Element) -> str:
    # libxml2's HTML parser gives lower-case tag names; comments and PIs are removed.
    tag = el.tag
    return tag if isinstance(tag, str) else ""


_FONT_TAGS = frozenset({"span", "font"})
"""The elements word processors and editors set a font on (the rest inherit it)."""


def _font(el: lxml.etree._Element, tag: str, inherited: str) -> str:
    """The symbol font `el` sets its text in ("" for none), else the one it inherits."""
    if tag not in _FONT_TAGS:
        return inherited
    found = None
    style = el.get("style")
    if style and "font" in style:
        lowered = style.lower()
        if "wingdings" in lowered or "symbol" in lowered:
            for name in _FONT_STYLE_RE.findall(style):
                found = symbol_font(name) or found
        if found is None and "font-family" in lowered:
            return ""  # a text font set here ends an inherited symbol font
    face = el.get("face") if tag == "font" else None
    if face:
        found = symbol_font(face.split(",")[0]) or found
    return found if found is not None else inherited


def _text(text: str | None, font: str) -> str:
    if not text:
        return ""
    return symbol_text(text, font) if font else text


def _direct_rows(table: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The table's rows a reader sees: hidden ones (a template's rows left for another
    year, display: none) left out."""
    rows = []
    for child in table[:]:
        tag = _tag(child)
        if child.keys() and hidden(child):
            continue
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child[:] if _tag(c) == "tr" and not (c.keys() and hidden(c)))
    return rows


def _cells(tr: lxml.etree._Element) -> list[lxml.etree._Element]:
    return [c for c in tr[:] if c.tag in _CELL_TAGS]


def _span(value: str | None) -> int:
    if not value:
        return 1
    try:
        return max(1, min(MAX_SPAN, int(value.strip() or 1)))
    except ValueError:
        return 1


def _layout(table: lxml.etree._Element) -> bool:
    """Whether a table only lays out the page: a cell of it holds a large table."""
    cells: set[lxml.etree._Element] | None = None
    for inner in table.iter("table"):
        if inner is table or _small(inner):
            continue
        if cells is None:
            cells = {td for tr in _direct_rows(table) for td in _cells(tr)}
        el = inner.getparent()
        while el is not None and el is not table:
            if el in cells:
                return True
            el = el.getparent()
    return False


def _small(table: lxml.etree._Element) -> bool:
    rows = _direct_rows(table)
    return len(rows) <= 2 and sum(len(_cells(r)) for r in rows) <= INLINE_TABLE_CELLS


@dataclass
class _Flow:
    rows: list[Row] = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    block: int = 0
    tables: int = 0
    paragraphs: int = 0

    def flush(self) -> None:
        text = "".join(self.line)
        self.line.clear()
        if not text or text.isspace():
            return
        text = clean(text)
        if not text:
            return
        self.paragraphs += 1
        texts = split_line(text) if CELL_BREAK not in text else grid_texts(text)
        cells = tuple(Cell(t, col) for col, t in enumerate(texts) if t)
        where = f"正文第 {self.paragraphs} 段"
        self.rows.append(Row(cells, where=where, block=self.block))

    def walk(self, el: lxml.etree._Element, depth: int, font: str = "") -> None:
        """`font`: the symbol font the parent sets its text in, which `el`'s tail is in."""
        if depth > MAX_DEPTH:
            raise UnsafeInputError(f"网页嵌套超过 {MAX_DEPTH} 层，拒绝读取。")
        tag = _tag(el)
        if tag in _SKIP or not tag or hidden(el):
            self.line.append(_text(el.tail, font))
            return
        if tag == "table":
            self.flush()
            self.table(el, depth)
            self.line.append(_text(el.tail, font))
            return
        if tag == "pre" and (lines := pre_rows(el, self.block + 1)) is not None:
            self.flush()
            self.block += 1
            self.rows += lines
            self.line.append(_text(el.tail, font))
            return
        block = tag in _BLOCK
        if el.keys() and grid_cell(el):
            # A cell of a grid the page sets out with CSS (a row of label and value <div>s or
            # <span>s, no whitespace between them in a minified page): a cell of its own.
            block = False
            self.line.append(CELL_BREAK)
        if block or tag == "br":
            self.flush()
        if tag == "input":
            self.line.append(input_mark(el))
        elif tag == "select":
            self.line.append(f" {shown_option(el)} {_text(el.tail, font)}")
            return
        own = _font(el, tag, font)
        self.line.append(_text(el.text, own))
        for child in el[:]:
            self.walk(child, depth + 1, own)
        if block:
            self.flush()
        self.line.append(_text(el.tail, font))

    def table(self, table: lxml.etree._Element, depth: int) -> None:
        if _layout(table):
            # A page-layout table: its cells are containers, read as running content.
            for tr in _direct_rows(table):
                for td in _cells(tr):
                    self.flush()
                    self.line.append(td.text or "")
                    for child in td[:]:
                        self.walk(child, depth + 1)
                    self.flush()
            return
        self.tables += 1
        self.block += 1
        number = self.tables
        for child in table[:]:
            if _tag(child) == "caption" and not hidden(child):
                # The table's title (九、创新发展), shown above it: a heading, or the label
                # of what the table holds.
                caption = clean("".join(child.itertext()))
                if caption:
                    where = f"表格 {number} 标题"
                    self.rows.append(Row((cell(caption, 0, False),), where, None, self.block))
        rows = _direct_rows(table)
        count = len(rows)
        grid: list[dict[int, tuple[str, bool]]] = [{} for _ in rows]
        stacks: list[dict[int, list[str]]] = [{} for _ in rows]
        nested: list[lxml.etree._Element] = []
        size = 0
        for r, tr in enumerate(rows):
            line = grid[r]
            c = 0
            for td in tr[:]:
                if td.tag not in _CELL_TAGS:
                    continue
                while c in line:
                    c += 1
                rowspan = colspan = 1
                plain = not td.keys()
                if not plain:
                    rowspan = min(_span(td.get("rowspan")), count - r)
                    colspan = _span(td.get("colspan"))
                size += rowspan * colspan
                if size > MAX_GRID_CELLS:
                    raise UnsafeInputError("网页表格过大（合并单元格过多），拒绝读取。")
                if plain and len(td) == 0:  # most cells: just text
                    text = td.text or ""
                    text = clean(text) if text else text
                else:
                    raw = _cell_text(td, nested, depth)
                    text = clean(raw)
                    if LINE_BREAK in raw:
                        stacks[r][c] = cell_lines(raw)
                line[c] = (text, False)
                if rowspan == 1 and colspan == 1:
                    c += 1
                    continue
                # A repeat of the cell in each row it spans (the context a merged section
                # cell gives every row); the columns it spans stay empty.
                for dc in range(1, colspan):
                    line[c + dc] = ("", True)
                for dr in range(1, rowspan):
                    below = grid[r + dr]
                    below[c] = (text, True)
                    for dc in range(1, colspan):
                        below[c + dc] = ("", True)
                c += colspan
        block = self.block
        for r, line in enumerate(grid):
            cells = [cell(t, c, copy) for c, (t, copy) in sorted(line.items()) if t]
            where = f"表格 {number} 第 {r + 1} 行"
            for part in _unstacked(line, stacks[r]) or [cells]:
                if part:
                    self.rows.append(Row(tuple(part), where, None, block))
        for inner in nested:
            self.table(inner, depth + 1)
        self.block += 1


def _unstacked(
    line: dict[int, tuple[str, bool]], stacks: dict[int, list[str]]
) -> list[list[Cell]] | None:
    """A row whose cells stack lines side by side (stacked_cells), as rows a line."""
    if len(stacks) < 2:
        return None
    cells = [Stack(c, stacks.get(c) or [t], copy) for c, (t, copy) in sorted(line.items())]
    return stacked_rows(cells)


def _cell_text(td: lxml.etree._Element, nested: list[lxml.etree._Element], depth: int) -> str:
    """The cell's text, its line breaks (<br>, blocks) as LINE_BREAK, uncleaned."""
    if hidden(td):
        return ""
    walk = _CellText(td, nested)
    walk.collect(td, depth, "")
    return broken_lines("".join(walk.parts))


class _CellText:
    """A cell's text walked element by element (not a nested function, which would keep
    itself and the page alive in a cycle until the collector runs)."""

    def __init__(self, td: lxml.etree._Element, nested: list[lxml.etree._Element]) -> None:
        self.td = td
        self.nested = nested
        self.parts: list[str] = []

    def collect(self, el: lxml.etree._Element, level: int, font: str) -> None:
        # Inlined tests: this runs for every element of every cell with markup, the
        # reader's busiest code. `font`: the symbol font of the parent, for `el`'s tail.
        if level > MAX_DEPTH:
            raise UnsafeInputError(f"网页嵌套超过 {MAX_DEPTH} 层，拒绝读取。")
        parts, td = self.parts, self.td
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP or not tag or (el.keys() and hidden(el)):
            tail = el.tail
            if tail:
                parts.append(symbol_text(tail, font) if font else tail)
            return
        if tag == "table" and el is not td:
            if _small(el):
                for tr in _direct_rows(el):
                    for cell in _cells(tr):
                        parts.append(" ")
                        self.collect(cell, level + 1, "")
            else:
                self.nested.append(el)
            parts.append(" " + _text(el.tail, font))
            return
        if tag == "input":
            parts.append(input_mark(el))
        elif tag == "select":
            parts.append(f" {shown_option(el)} {_text(el.tail, font)}")
            return
        elif tag == "img":
            parts.append(picture_mark(el))
        block = tag in _BLOCK
        if tag == "br" or (block and not line_open(parts)):
            parts.append(LINE_BREAK)
        start = len(parts)
        own = _font(el, tag, font) if tag in _FONT_TAGS else font
        text = el.text
        if text:
            parts.append(symbol_text(text, own) if own else text)
        if len(el):
            for child in el[:]:
                self.collect(child, level + 1, own)
        if block and (not line_open(parts) or not "".join(parts[start:]).strip()):
            parts.append(BLOCK_END)  # an empty paragraph too: a blank line
        if el is not td:
            tail = el.tail
            if tail:
                parts.append(symbol_text(tail, font) if font else tail)
