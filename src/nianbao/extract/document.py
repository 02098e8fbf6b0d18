"""The one intermediate shape every reader produces: rows of positioned cells.

A reader turns bytes into a Document and knows nothing of the form; the
matcher turns a Document into field values and knows nothing of file formats.
Tick boxes, whatever their encoding (HTML inputs, Wingdings glyphs, content
controls, pixels), reach the Document as the characters ☑ (ticked) and ☐.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

Format = Literal["text", "html", "docx", "xlsx", "pdf", "image"]
LINE_FORMATS: frozenset[Format] = frozenset({"text", "pdf"})
"""Formats whose rows may be a page's lines, a cell's text cut by their ends (a PDF's
paragraphs and free lines as a text's); the others keep a cell's text whole."""
BBox = tuple[float, float, float, float]
"""x0, y0, x1, y1 with the origin at the top left (points for PDF, pixels for images)."""

TICKED, UNTICKED = "☑", "☐"


class StopAt(Protocol):
    """Given a page's text, whether the report ends on that page: paged readers (PDF, scans)
    read no further pages, unless `resumes` says the next page opens another report (a
    file of several). The matcher decides what is data; this only saves work."""

    def __call__(self, text: str) -> bool: ...

    def resumes(self, text: Callable[[], str]) -> bool:
        """Whether the next page (`text` reads it) opens another report."""
        ...


TextEnd = Callable[[str], int | None]
"""Given a whole text, where the text reader may stop reading it (the instructions after a
report), or None to read it all. Like StopAt, it only saves work."""


# Not frozen (nor are Row, Run, Spaced, Provenance): readers make hundreds per document,
# and a frozen dataclass's __init__ sets each field through object.__setattr__, several
# times slower. Nothing changes one once made (dataclasses.replace makes a new one).
# The classes made by the hundred write their __init__ out: mypyc compiles a written one,
# but leaves the one @dataclass generates to the interpreter, about seven times slower to
# call (tests/extract/test_native_inits.py holds each to its fields).
@dataclass(slots=True)
class Cell:
    text: str
    col: int
    """Column in the row's grid (tab-separated field, table column, geometric column)."""
    bbox: BBox | None = None
    copy: bool = False
    """A repeat of a merged cell (colspan/rowspan/vMerge): context only, never a new value."""
    confidence: float = 1.0
    """How sure the reader is of the text (OCR scores); 1.0 for born-digital text."""

    def __init__(
        self,
        text: str,
        col: int,
        bbox: BBox | None = None,
        copy: bool = False,
        confidence: float = 1.0,
    ) -> None:
        self.text = text
        self.col = col
        self.bbox = bbox
        self.copy = copy
        self.confidence = confidence


@dataclass(slots=True)
class Row:
    cells: tuple[Cell, ...]
    where: str
    """Where the row stands, for people: `第 12 行`, `表格 1 第 5 行`, `第 1 页 第 8 行`."""
    page: int | None = None
    """1-based page for paged formats, else None."""
    block: int = 0
    """The table (or run of free text) the row belongs to; label density is counted per block."""
    blank_before: bool = False
    """Text only: a blank line comes before the row. Converters that write a table cell by
    cell (pdftotext without -layout) set a blank line around each cell's block of lines."""

    def __init__(
        self,
        cells: tuple[Cell, ...],
        where: str,
        page: int | None = None,
        block: int = 0,
        blank_before: bool = False,
    ) -> None:
        self.cells = cells
        self.where = where
        self.page = page
        self.block = block
        self.blank_before = blank_before

    @property
    def blank(self) -> bool:
        return all(not c.text.strip() for c in self.cells)

    def cell_where(self, cell: Cell) -> str:
        return f"{self.where} 第 {cell.col + 1} 格"


TABLE_BLOCKS = frozenset({"docx", "html"})
"""Formats whose blocks are tables and the paragraphs between them."""
OPENING_CHARS = 1_000
"""Characters of a document's opening (its title and first labels) that tell its script
and characters: traditional or simplified, radicals for characters."""


@dataclass(slots=True)
class Document:
    format: Format
    rows: list[Row] = field(default_factory=list)
    pages: int | None = None
    fuzzy: bool = False
    """Labels may be misread (OCR): the matcher also accepts near-miss labels."""
    notes: list[str] = field(default_factory=list)
    """What the reader had to guess or skip, for people (not findings)."""
    illustrated: int = 0
    """Pages a fifth covered by pictures or more (PDF): scans, or a table pasted in as a
    screenshot, under a text layer that is no report."""
    ocr_layer: int = 0
    """Pages whose text is all invisible, over pictures (PDF): a scanner's OCR layer, which
    may hold the printed form and not what was written on it."""
    beside: int = 0
    """Pages read to the right of an earlier page (PDF: a too-wide sheet's columns)."""
    scanned: list[int] = field(default_factory=list)
    """Pages (1-based) that are pictures without text among pages of text (PDF: a scanned
    page put in with the printed ones, as the signed and sealed last page)."""

    def past_table(self, row: int, r: int) -> bool:
        """Whether row r stands past the table that row `row` is a row of, under another
        of it (not a heading paragraph over a table), in a format whose blocks are tables
        and the paragraphs between them."""
        if self.format not in TABLE_BLOCKS or not row:
            return False
        block = self.rows[row].block
        return self.rows[row - 1].block == block and self.rows[r].block != block

    def alone(self, r: int) -> bool:
        """Whether row r is a block of text of its own, a blank line before and after it
        (pdftotext's block of one table cell)."""
        rows = self.rows
        return rows[r].blank_before and (r + 1 == len(rows) or rows[r + 1].blank_before)

    def opening(self, chars: int = OPENING_CHARS) -> str:
        """The first `chars` characters of the cells' text, in reading order, merged
        cells' repeats left out: what tells a document's script and characters."""
        parts: list[str] = []
        size = 0
        for row in self.rows:
            for cell in row.cells:
                if not cell.copy and cell.text:
                    parts.append(cell.text)
                    size += len(cell.text)
            if size >= chars:
                break
        return "".join(parts)

    def with_texts(self, convert: Callable[[str], str], note: str) -> Document:
        """The document with every cell's text converted (characters for others: the same
        cells, rows and places), and `note` added to its notes."""
        rows = [
            replace(
                row,
                cells=tuple(replace(c, text=convert(c.text)) if c.text else c for c in row.cells),
            )
            for row in self.rows
        ]
        return replace(self, rows=rows, notes=[*self.notes, note])

    def text(self) -> str:
        """The document as tab-separated lines: for debugging and tests."""
        return "\n".join("\t".join(c.text for c in row.cells) for row in self.rows)


MergedRows = Callable[[list[Row], int], "tuple[Row, int] | None"]
"""Given the rows and an index, the one row that rows from there on make, and how many."""


def merge_rows(doc: Document, merged: MergedRows) -> Document:
    """`doc` with each run of rows `merged` finds, looking from each row in turn, made one
    row; `doc` itself when there is none."""
    rows = list(doc.rows)
    changed = False
    r = 0
    while r < len(rows):
        found = merged(rows, r)
        if found is not None:
            row, count = found
            rows[r : r + count] = [row]
            changed = True
        r += 1
    return replace(doc, rows=rows) if changed else doc
