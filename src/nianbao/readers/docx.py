"""Word documents (.docx), read from their XML directly.

Tables become grid rows (gridSpan and vMerge expanded, repeats marked as
copies); paragraphs outside tables become rows split at tabs and wide gaps.
Tick boxes arrive in many shapes and all become ☑/☐: Wingdings/Symbol glyphs
in w:sym or as private-use characters, Unicode boxes, content-control
checkboxes (w14:checkbox) and legacy form-field checkboxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from nianbao.errors import InputError, TooLargeError, UnsafeInputError
from nianbao.extract.document import Cell, Document, Row
from nianbao.readers.docx_objects import Embedded
from nianbao.readers.docx_runs import MAX_DEPTH, W, emphasis_ticks, paragraph_text, prompting
from nianbao.readers.limits import MAX_OFFICE_BYTES
from nianbao.readers.ooxml import Package
from nianbao.readers.stacked_cells import Stack, stacked_rows
from nianbao.readers.text import split_line

MAX_ROWS = 20_000
MAX_GRID_COLUMNS = 64
INLINE_TABLE_CELLS = 6


MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _text_boxes(p: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The contents of the text boxes anchored in a paragraph (a title or a whole table may
    sit in one), each once: Word writes a box twice, as DrawingML and as a VML fallback."""
    if p.find(f".//{W}txbxContent") is None:  # most paragraphs
        return []
    boxes = []
    for box in p.iter(f"{W}txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag != f"{MC}Fallback":
            parent = parent.getparent()
        if parent is p:
            boxes.append(box)
    return boxes


def _span(tc: lxml.etree._Element) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        value = int(span.get(f"{W}val", "1")) if span is not None else 1
    except ValueError:
        value = 1
    return max(1, min(MAX_GRID_COLUMNS, value))


def _vmerge(tc: lxml.etree._Element) -> str | None:
    merge = tc.find(f"{W}tcPr/{W}vMerge")
    if merge is None:
        return None
    return str(merge.get(f"{W}val", "continue"))


_WRAPPERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag")


def _wrapped(el: lxml.etree._Element, tag: str) -> list[lxml.etree._Element]:
    """el's children of `tag`, with those a content control or custom markup wraps (a form
    whose every value cell is a control: <w:sdt><w:sdtContent><w:tc>…)."""
    out = []
    for child in el:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _WRAPPERS:
            out += _wrapped(child, tag)
    return out


def _small(tbl: lxml.etree._Element) -> bool:
    rows = _wrapped(tbl, f"{W}tr")
    return len(rows) <= 2 and sum(len(_wrapped(r, f"{W}tc")) for r in rows) <= INLINE_TABLE_CELLS


@dataclass
class _Reader:
    rows: list[Row] = field(default_factory=list)
    tables: int = 0
    paragraphs: int = 0
    block: int = 0
    embedded: Embedded | None = None
    """The parts the document embeds."""
    objects: bool = False
    """Whether it embeds objects (word/embeddings/), which paragraphs are searched for."""

    def add(self, row: Row) -> None:
        if len(self.rows) >= MAX_ROWS:
            raise UnsafeInputError(f"Word 文档超过 {MAX_ROWS:,} 行，拒绝读取。")
        self.rows.append(row)

    def body(self, el: lxml.etree._Element, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise UnsafeInputError(f"Word 文档嵌套超过 {MAX_DEPTH} 层，拒绝读取。")
        for child in el:
            if child.tag == f"{W}p":
                self.paragraph(child, depth)
            elif child.tag == f"{W}tbl":
                self.table(child, depth + 1)
            elif child.tag in (f"{W}sdt", f"{W}customXml") and not prompting(child):
                content = child.find(f"{W}sdtContent")
                self.body(content if content is not None else child, depth + 1)
            elif child.tag == f"{W}altChunk" and self.embedded is not None:
                self.embedded_rows(self.embedded.chunk_rows(child, self.block + 1))

    def embedded_rows(self, rows: list[Row]) -> None:
        """Rows read from an embedded part: a table of their own, as a table in the text."""
        if rows:
            self.block += 1
            for row in rows:
                self.add(row)
            self.block += 1

    def paragraph(self, p: lxml.etree._Element, depth: int = 0) -> None:
        text = paragraph_text(p).replace("\n", "\t")
        if text.strip():
            self.paragraphs += 1
            cells = tuple(Cell(t, col) for col, t in enumerate(split_line(text)) if t)
            self.add(Row(cells, where=f"正文第 {self.paragraphs} 段", block=self.block))
        if self.objects and self.embedded is not None:
            self.embedded_rows(self.embedded.rows(p, self.block + 1))
        for box in _text_boxes(p):
            self.body(box, depth + 1)

    def cell_text(self, tc: lxml.etree._Element, nested: list[lxml.etree._Element]) -> str:
        parts = []
        for child in tc:
            if child.tag == f"{W}p":
                text = paragraph_text(child)
                if "☑" not in text and "☐" not in text:
                    text = emphasis_ticks(child) or text
                parts.append(text)
            elif child.tag == f"{W}tbl":
                if _small(child):
                    for tr in _wrapped(child, f"{W}tr"):
                        for inner in _wrapped(tr, f"{W}tc"):
                            parts.append(self.cell_text(inner, nested))
                else:
                    nested.append(child)
            elif child.tag == f"{W}sdt" and not prompting(child):
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    parts.append(self.cell_text(content, nested))
        return " ".join(" ".join(parts).split())

    def table(self, tbl: lxml.etree._Element, depth: int) -> None:
        self.tables += 1
        self.block += 1
        number = self.tables
        nested: list[lxml.etree._Element] = []
        above: dict[int, str] = {}
        for r, tr in enumerate(_wrapped(tbl, f"{W}tr"), start=1):
            col = 0
            before = tr.find(f"{W}trPr/{W}gridBefore")
            if before is not None:
                try:
                    col = max(0, min(MAX_GRID_COLUMNS, int(before.get(f"{W}val", "0"))))
                except ValueError:
                    col = 0
            cells: list[Cell] = []
            stacks: list[Stack] = []
            for tc in _wrapped(tr, f"{W}tc"):
                span = _span(tc)
                merge = _vmerge(tc)
                if merge == "continue":
                    text, copy = above.get(col, ""), True
                    stacks.append(Stack(col, [text], copy=True))
                else:
                    text, copy = self.cell_text(tc, nested), False
                    above[col] = text
                    stacks.append(Stack(col, _cell_lines(tc, text), copy=False))
                    tabbed = _tabbed_lines(tc)
                    if tabbed:
                        cells += [Cell(part, col) for part in tabbed]
                        text = ""
                if text:
                    cells.append(Cell(text, col, copy=copy))
                col += span
                if col > MAX_GRID_COLUMNS:
                    break
            for line in stacked_rows(stacks) or [cells]:
                if line:
                    self.add(Row(tuple(line), where=f"表格 {number} 第 {r} 行", block=self.block))
        for inner in nested:
            self.table(inner, depth + 1)
        self.block += 1


def _tabbed_lines(tc: lxml.etree._Element) -> list[str]:
    """The parts of a cell whose lines (paragraphs, or lines a break ends) set labels and
    values apart with tabs (微博： | 名称<TAB>无 | 信息发布量（单位：条）<TAB>0 …), as cells:
    the tabs make a table within the cell; or, three lines or more, with colons (网站名称：
    某网 | 网站类型：政府门户网站☑ 部门网站☐ | 政府网站标识码：…): each line a cell, so a
    line's options do not run on into the next line's label. None (empty) for neither."""
    lines = [line for p in tc.findall(f"{W}p") for line in paragraph_text(p).split("\n")]
    if sum("\t" in line.strip() for line in lines) >= 2:
        return [part.strip() for line in lines for part in line.split("\t") if part.strip()]
    if sum(_COLON_LINE_RE.match(line) is not None for line in lines) >= 3:
        return [line.strip() for line in lines if line.strip()]
    return []


_COLON_LINE_RE = re.compile(r"\s*[^\s:：]{2,30}[:：]")


def _cell_lines(tc: lxml.etree._Element, text: str) -> list[str]:
    """A cell's lines (paragraphs, or lines a break ends); its whole text one line when it
    holds more than paragraphs (a table, a control)."""
    if any(child.tag not in _PLAIN for child in tc):
        return [text]
    paragraphs = tc.findall(f"{W}p")
    lines = [" ".join(line.split()) for p in paragraphs for line in paragraph_text(p).split("\n")]
    return lines or [text]


_PLAIN = frozenset({f"{W}p", f"{W}tcPr"})


def read_docx(data: bytes, source: str | None = None) -> Document:
    if len(data) > MAX_OFFICE_BYTES:
        raise TooLargeError(
            f"Word 文件有 {len(data):,} 字节，超过 {MAX_OFFICE_BYTES:,} 字节的上限。", source=source
        )
    package = Package(data, source, "Word ")
    root = package.xml("word/document.xml")
    if root is None:
        raise InputError("Word 文件缺少正文（word/document.xml）。", source=source)
    body = root.find(f"{W}body")
    reader = _Reader(embedded=Embedded(package))
    reader.objects = any(name.startswith("word/embeddings/") for name in package.names)
    try:
        _headers(package, reader)
        reader.body(body if body is not None else root, 0)
        _footers(package, reader)
    except UnsafeInputError as exc:
        exc.source = source
        raise
    return Document(format="docx", rows=reader.rows)


_FOOTER_RE = re.compile(r"word/footer\d*\.xml")
_HEADER_RE = re.compile(r"word/header\d*\.xml")


def _headers(package: Package, reader: _Reader) -> None:
    """The page headers that hold a table, before the body, each once: a template may set
    the report's title block and first rows in the first page's header. A header of a
    title or a page number alone is the page's furniture."""
    seen: set[str] = set()
    for name in sorted(n for n in package.names if _HEADER_RE.fullmatch(n)):
        header = package.xml(name)
        if header is None or header.find(f".//{W}tbl") is None:
            continue
        text = "".join(header.itertext()).strip()
        if text and text not in seen:
            seen.add(text)
            reader.body(header, 0)
            reader.block += 1


def _footers(package: Package, reader: _Reader) -> None:
    """The page footers' text after the body's, each text once (a document's first-page,
    even and odd footers often repeat one another): a template may set the signatures
    and the date at the foot of every page."""
    seen: set[str] = set()
    for name in sorted(n for n in package.names if _FOOTER_RE.fullmatch(n)):
        footer = package.xml(name)
        if footer is None:
            continue
        text = "".join(footer.itertext()).strip()
        if not text or text in seen:
            continue
        seen.add(text)
        reader.block += 1
        reader.body(footer, 0)
