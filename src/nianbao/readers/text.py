"""Plain text and Markdown, as PDF-to-text and document converters give them.

Cells are tab-separated, Markdown table cells (| a | b |), or set apart by two
or more spaces or a full-width space; every line is a row. In a text laid out in
columns (pdftotext -layout, a terminal's table) each cell keeps where it stands, for
the matcher to tell which cell stands under which.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator

from nianbao.display import wide_chars
from nianbao.errors import TooLargeError
from nianbao.extract.document import Cell, Document, Row, TextEnd
from nianbao.readers.bracket_values import bracket_cells, bracket_form
from nianbao.readers.column_starts import columns_apart
from nianbao.readers.csv_text import as_tab_separated, csv_rows
from nianbao.readers.definition_lists import definitions_joined
from nianbao.readers.down_names import names_apart, pairs_apart
from nianbao.readers.encoding import decode_text
from nianbao.readers.grid_tables import box_drawn_as_grid, grid_rows
from nianbao.readers.hard_wraps import hard_wraps_joined
from nianbao.readers.limits import MAX_TEXT_BYTES
from nianbao.readers.line_clean import MAX_LINE_CHARS, clean_line, markdown_cells, tex_marks
from nianbao.readers.marks import (
    TICKED,
    UNTICKED,
    boxes_onto_names,
    boxes_over_names,
    lost_font_ticks,
    lost_fonts,
)
from nianbao.readers.option_cells import options_apart
from nianbao.readers.spaced import Spaced
from nianbao.readers.stacked_cells import numbered_lines
from nianbao.readers.unit_lines import units_joined

MAX_LINES = 50_000

_GAP_TAILS = (
    r"(?<=[ \xa0])[ \xa0]+",
    r"(?<=\u3000)\u3000*",
    r"(?<=[\u4e00-\u9fff）)][ \xa0])(?=https?://|www\d*\.|[\w-]+(?:\.[\w-]+)*\.gov\.cn)",
    r"(?:(?<=\.gov\.cn[ \xa0])|(?<=\.gov\.cn/[ \xa0]))(?=[\u4e00-\u9fff])",
    r"(?:(?<=\d号[ \xa0])|(?<=号-\d[ \xa0]))(?=\S)",
    r"(?<=\d{10}[ \xa0])(?=[\u4e00-\u9fff]{2})",
)
"""What makes a blank (or a full-width space), the one each gap starts with, a gap: each
alternative looks back at it, so that every pattern opens with one class of characters
and the regex engine skips to the next blank at once (3-4 times faster than alternatives
opening with look-behinds, the busiest pattern of reading a text)."""


def _gaps_re(*tails: str) -> re.Pattern[str]:
    return re.compile(r"[ \xa0\u3000](?:" + "|".join(tails) + ")", re.ASCII)


_SPACES_RE = _gaps_re(*_GAP_TAILS)
"""Gaps between cells: two spaces or more, a full-width space, or one space between a web
address and a Chinese text it runs into or that runs into it (滨海新区应急管理 https://:
the next column's; the address's second line beside the text's, 牌子） www971.gov.cn/ or
zwfw540.511002.gov.cn/ 中区大数据…牌子）), or after a registration number's 号 (鲁ICP备
84864066号-1 鲁公网安备…号 633 984: numbers wrapped in narrow cells leave one blank), or
after ten digits or more before Chinese words (a registration number's first line, the
next column's label: 13118200865862 独立访客总量（单)."""
_LAID_GAPS_RE = _gaps_re(
    *_GAP_TAILS, r"(?:(?<=[（(]单[ \xa0])|(?<=[（(]单位[ \xa0]))(?=[0-9０-９])"
)
"""`_SPACES_RE` on a line laid out with wide gaps, and one blank after a unit's bracket a
line's end cut before the count beside it (务服务事项数量（单 365 | 位：项）: a count is
never in a unit). Text of one blank between cells (pdfplumber) leaves that to the pieces."""
_MD_SEPARATOR_RE = re.compile(r"^[|+]?[\s:|+=-]+[|+]?$")
"""A Markdown table's rule under its head, or a grid table's border (+----+)."""


def _gaps(line: str) -> re.Pattern[str]:
    return _LAID_GAPS_RE if "  " in line or "\u3000" in line else _SPACES_RE


def read_text(data: bytes, source: str | None = None, end: TextEnd | None = None) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise TooLargeError(
            f"文本文件有 {len(data):,} 字节，超过 {MAX_TEXT_BYTES:,} 字节的上限："
            "报表的文字不会这么长。",
            source=source,
        )
    text = decode_text(data, source)
    text = tex_marks(text)
    if "<" in text:
        # Imported here: html_tables builds on this module, and lxml loads only when needed.
        from nianbao.readers.html_tables import as_page, has_html_tables  # noqa: PLC0415

        if has_html_tables(text):
            from nianbao.readers.html import read_html  # noqa: PLC0415

            if lost_fonts(text):
                text = "\n".join(lost_font_ticks(line) for line in text.splitlines())
            doc = read_html(as_page(text).encode("utf-8"), source)
            doc.format = "text"
            return doc
    cut = end(text) if end is not None else None
    if cut is not None:
        text = text[:cut]  # the instructions after the report: nothing the matcher reads
    rows = csv_rows(text)
    if rows is not None:  # a spreadsheet saved as CSV: its fields are the cells
        text = as_tab_separated(rows)
    return document_from_text(text)


def split_line(line: str) -> list[str]:
    explicit = _delimited(line)
    return _spaced_texts(line.strip()) if explicit is None else explicit


def _delimited(line: str) -> list[str] | None:
    """The cells of a Markdown table row or a tab-separated line; None for other lines
    (cells set apart by spaces)."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        # A pipe inside a cell, escaped (markitdown), is the cell's text.
        return [c.strip().replace("\\|", "|") for c in markdown_cells(stripped)]
    if "\t" in line:
        return [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return None


def _spaced_texts(line: str) -> list[str]:
    """The texts of `spaced_cells(line)`, without working out positions when no word on the
    line is set out with spaces (most lines)."""
    texts = [c.strip() for c in _gaps(line).split(line)]
    if len(texts) > 2 and any(len(t) == 1 for t in texts):
        return [cell.text for cell in spaced_cells(line)]
    return texts


def spaced_cells(line: str) -> list[Spaced]:
    """A line's cells set apart by two or more spaces or a full-width space."""
    ascii_only = line.isascii()
    cells = []
    start = 0
    shift = done = 0  # wide characters before `done`: display column = index + shift
    for gap in [*_gaps(line).finditer(line), None]:
        stop = len(line) if gap is None else gap.start()
        text = line[start:stop]
        stripped = text.strip()
        if stripped:
            at = start + len(text) - len(text.lstrip())
            to = at + len(stripped)
            if not ascii_only:
                shift += wide_chars(line[done:at])
                first = at + shift
                shift += wide_chars(line[at:to])
                done = to
                cells.append(Spaced(stripped, first, to + shift, at, to))
            else:
                cells.append(Spaced(stripped, at, to, at, to))
        if gap is not None:
            start = gap.end()
    if len(cells) > 2 and any(len(c.text) == 1 for c in cells):
        return _spaced_words(cells)
    return cells


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LAST_OF_LABEL_RE = re.compile(r"[\u4e00-\u9fff][:：(（]")
_WORD_GAP = 1.5
"""A spaced word's gaps are even: a gap wider than this many times the narrowest ends it."""


def _spaced_words(cells: list[Spaced]) -> list[Spaced]:
    """Words set out with spaces to fill a column (网  站  名  称, 填  报  人：张三,
    维  护  数  量(单位:个)) as one cell: lone Chinese characters (and Latin letters among
    them: I  C  P  备  案) evenly spaced are one word (a wider gap starts another: 无 |
    信 息 发 布 …), with the cell they run into when it opens with the word's last
    character and a colon or a bracket; one lone character right before such a cell joins
    it too (审  核：)."""
    out: list[Spaced] = []
    i = 0
    while i < len(cells):
        if not _lone_letter(cells[i]):
            out.append(cells[i])
            i += 1
            continue
        j = i
        while j + 1 < len(cells) and _lone_letter(cells[j + 1]):
            j += 1
        if not any(_HAN_RE.match(c.text) for c in cells[i : j + 1]):
            out.append(cells[i])  # letters alone (a code's, a column of A B C)
            i += 1
            continue
        after = cells[j + 1] if j + 1 < len(cells) else None
        if after is not None and _LAST_OF_LABEL_RE.match(after.text) is None:
            after = None
        words, took = _words(cells[i : j + 1], after)
        out += words
        i = j + 1 + took
    return out


def _lone_letter(cell: Spaced) -> bool:
    """A lone Chinese character, or a Latin letter (spread as well: I  C  P  备  案)."""
    text = cell.text
    return len(text) == 1 and (
        _HAN_RE.match(text) is not None or (text.isascii() and text.isalpha())
    )


_UNIT_CHARS = frozenset("个次条项件期篇天")
_PAIR_GAP = 6
"""Two lone characters farther apart than this many columns are no word: the last
characters of names set down two columns (a section's 体 beside a group's 微)."""


def _words(run: list[Spaced], after: Spaced | None) -> tuple[list[Spaced], int]:
    """A run of lone characters cut where a gap is wider than the narrowest one (by more
    than _WORD_GAP): groups of two or more are words; the last group takes `after` (the
    cell finishing it) when no wider gap lies before that. Returns the cells and whether
    `after` was taken."""
    gaps = [b.start - a.end for a, b in itertools.pairwise(run)]
    if after is not None:
        gaps.append(after.start - run[-1].end)
    narrow = min(gaps, default=0)
    if len(gaps) == 1 and narrow > _PAIR_GAP:
        return list(run), 0  # two characters with nothing to tell an even spacing by
    if len(run) == 2 and after is None and run[0].text in _UNIT_CHARS and run[1].text == "无":
        return list(run), 0  # a count's unit in a column of units, then its value (件    无)
    groups: list[list[Spaced]] = [[run[0]]]
    for cell, gap in zip(run[1:], gaps, strict=False):
        if gap > _WORD_GAP * narrow:
            groups.append([])
        groups[-1].append(cell)
    out = [
        Spaced("".join(c.text for c in g), g[0].start, g[-1].end, g[0].at, g[-1].to)
        if len(g) > 1
        else g[0]
        for g in groups
    ]
    if after is None or (len(run) > 1 and gaps[-1] > _WORD_GAP * narrow):
        return out, 0
    last = out.pop()
    return [*out, Spaced(last.text + after.text, last.start, after.end, last.at, after.to)], 1


_LAID_OUT = 3
"""Lines (and at least an eighth of all) indented or holding cells set apart by spaces
that make a text one laid out in columns, whose positions are worth working out."""


def document_from_text(text: str) -> Document:
    doc = Document(format="text")
    text = box_drawn_as_grid(text)
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise TooLargeError(f"文本超过 {MAX_LINES:,} 行，不是一份报表。")
    if "-|" in text and _BARE_RULE_RE.search(text):
        lines = _piped(lines)
    lines = hard_wraps_joined(lines)
    if "【" in text and bracket_form(lines):
        lines = [bracket_cells(line) for line in lines]
    rows: list[tuple[int, str, str, list[str] | None]] = []
    blank_before: set[int] = set()  # numbers of the lines after a blank one
    spaced = 0
    fonts_lost = lost_fonts(text)
    if "+-" in text or "+=" in text:  # a grid table's borders
        lines = grid_rows(lines)
    if "\n:" in text or "\n：" in text:
        lines = definitions_joined(lines)
    lines = boxes_over_names(boxes_onto_names(lines, fonts_lost=fonts_lost))
    for number, raw in numbered_lines(lines) if "<" in text else enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            blank_before.add(number + 1)
            continue
        if ("-" in stripped or "+" in stripped) and _MD_SEPARATOR_RE.match(stripped):
            continue
        line = clean_line(raw, fonts_lost)
        if not line.strip():
            continue  # markup only (a Markdown heading's bare #)
        delimited = _delimited(line)
        if delimited is None and (raw[:2].isspace() or _spaced_apart(line.strip())):
            spaced += 1
        rows.append((number, raw, line, delimited))
    rows = units_joined(rows)
    if spaced >= max(_LAID_OUT, len(rows) // 8):
        doc.rows.extend(_placed_rows(rows))
        return doc
    above: tuple[str, int] | None = None  # the last spaced line, and its count of cells
    for number, _, line, delimited in rows:
        if delimited is not None:
            above = None
            cells = tuple(Cell(text, col) for col, text in enumerate(delimited))
        else:
            cleaned = line.strip()
            texts = _spaced_texts(cleaned)
            cols: Iterable[int] = range(len(texts))
            if above is not None and len(texts) < above[1]:
                cols = _aligned(spaced_cells(cleaned), spaced_cells(above[0]))
            cells = tuple(Cell(text, col) for text, col in zip(texts, cols, strict=True))
            above = (cleaned, len(texts))
        doc.rows.append(Row(cells, where=f"第 {number} 行", blank_before=number in blank_before))
    return doc


def _placed_rows(lines: list[tuple[int, str, str, list[str] | None]]) -> Iterator[Row]:
    """Rows of a text laid out in columns, each cell with where it stands (columns across,
    lines down): a layout-keeping converter (pdftotext -layout) puts a label wrapped in its
    cell on the lines around its value, in the same columns."""
    found = options_apart(
        [
            (number, delimited, _positioned(raw, line) if delimited is None else [])
            for number, raw, line, delimited in lines
        ]
    )
    found = columns_apart(pairs_apart(names_apart(found)))
    wide = _display_columns([spaced for _, delimited, spaced in found if delimited is None])
    above: list[Spaced] | None = None  # the cells of the last spaced line
    for number, delimited, spaced in found:
        where = f"第 {number} 行"
        if delimited is not None:
            above = None
            yield Row(tuple(Cell(text, col) for col, text in enumerate(delimited)), where)
            continue
        placed = spaced if wide else [Spaced(c.text, c.at, c.to, c.at, c.to) for c in spaced]
        cols: Iterable[int] = range(len(placed))
        if above is not None and len(placed) < len(above):
            cols = _aligned(placed, above)
        cells = tuple(
            Cell(c.text, col, (float(c.start), float(number), float(c.end), number + 1.0))
            for c, col in zip(placed, cols, strict=True)
        )
        above = placed
        yield Row(cells, where)


# Two spaces before a tick box part the options of one cell (☐是  ☑否, as pypdfium2 and
# pdfplumber keep a cell's own spacing): no sign of columns.
_OPTION_GAP_RE = re.compile(f"(?<![ \xa0])[ \xa0]{{2}}(?=[{TICKED}{UNTICKED}])")


_BARE_RULE_RE = re.compile(r"(?m)^[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
"""A Markdown table's rule without outer pipes (---|---|---, as html2text writes)."""


def _piped(lines: list[str]) -> list[str]:
    """The rows of Markdown tables written without outer pipes (网站名称 | 某局 | , a row
    opening with | for an empty first cell) with them, so they read as the table's cells."""
    out = []
    for line in lines:
        if "|" not in line or (line.lstrip().startswith("|") and line.rstrip().endswith("|")):
            out.append(line)
            continue
        body = line.rstrip()
        out.append(f"| {body} |" if not body.endswith("|") else f"| {body}")
    return out


def _spaced_apart(text: str) -> bool:
    """Whether `text` (cleaned) holds cells set apart by spaces (substring tests before the
    regexes)."""
    if "\u3000" in text:
        return True
    if "  " not in text and "\xa0" not in text:
        return False
    return _SPACES_RE.search(_OPTION_GAP_RE.sub(" ", text)) is not None


def _positioned(raw: str, line: str) -> list[Spaced]:
    """The cells of a cleaned line where they stand on the raw line: cleaning shortens the
    line ((√) → ☑, &nbsp; → a blank), which would move what follows to the left."""
    cells = [c for c in spaced_cells(line.rstrip()) if c.text]
    if line == raw:
        return cells
    places = [c for c in spaced_cells(lost_font_ticks(raw[:MAX_LINE_CHARS]).rstrip()) if c.text]
    if len(places) != len(cells):
        return cells
    return [Spaced(c.text, p.start, p.end, p.at, p.to) for c, p in zip(cells, places, strict=True)]


def _display_columns(lines: list[list[Spaced]]) -> bool:
    """Whether the text lines up its columns as a terminal shows it (a Chinese character
    two columns wide) rather than counting characters (pdftotext -layout, pdfplumber):
    whether clearly more cells start where a cell of one of the two lines before starts
    (give or take one) counted so, and they are most cells. A converter's values centred
    under their labels line up neither way, a few by chance (a fifth to a third of the
    cells, at times a quarter more of them counted as a terminal does); a text typed for
    a terminal lines up throughout (seven cells in ten or more)."""
    display, chars = _coinciding(lines, display=True), _coinciding(lines, display=False)
    cells = sum(1 for line in lines for c in line if c.at)
    return display > chars * _CLEARLY and (display * 2 >= cells or cells < _FEW)


_CLEARLY = 1.25
"""How many times as many cells must line up as a terminal counts columns."""
_FEW = 40
"""Cells too few to tell a share lining up by chance (a passage, not a report)."""


def _coinciding(lines: list[list[Spaced]], *, display: bool) -> int:
    """Cells (but those opening a line) that start within one column of where a cell of
    one of the two lines before starts, columns counted one way."""
    count = 0
    before: list[set[int]] = [set(), set()]
    for line in lines:
        here = {c.start if display else c.at for c in line if c.at}
        near = before[0] | before[1]
        count += sum(s in near or s - 1 in near or s + 1 in near for s in here)
        before = [before[1], here]
    return count


def _aligned(cells: list[Spaced], above: list[Spaced]) -> Iterable[int]:
    """Column numbers of a row with fewer cells than the line above (values under labels
    set abreast, one left empty): the columns it stands in, each column reaching from the
    start of a cell above to the start of the next."""
    starts = [c.start for c in above]
    cols = [max(0, bisect.bisect_right(starts, c.start + 1) - 1) for c in cells]
    if any(b <= a for a, b in itertools.pairwise(cols)):
        return range(len(cells))
    return cols
