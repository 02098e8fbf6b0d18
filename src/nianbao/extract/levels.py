"""A line of labels abreast over a row of values whose cells wrap over different numbers
of lines, each centred in the row: pdfplumber writes the row's lines by height, so a
cell of three lines gives the first, middle and last, a cell of two the second and
fourth, and a cell of one the middle (网站名称 首页网址 主办单位 网站类型 | 某某人力资源和
社会保障 □政府门户网 | http:// 某某局 | 局（某某中 站 √部门网站 □ | scjg.a.gov.cn/ （某某
中心） | 心） 专项网站).

Every way of giving each field a height of one to three lines is tried: the heights say
which fields have a line at each height, and each of those takes one word of that line,
a choice the words left over. The way must give every line exactly its words, and every
field's parts joined must fit it (`cell_lines.lines_fit`); exactly one way may. Text only, as
the other dealings (`cells`, `dealt`).
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise, product

from nianbao.extract.cell_lines import line_text, lines_fit
from nianbao.extract.cells import abreast_fields, line_fields, take_words
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import option_labels
from nianbao.extract.option_wraps import LIST_TAIL_RE
from nianbao.extract.placement import Placement
from nianbao.extract.prose import text_lines
from nianbao.extract.ranking import Match
from nianbao.extract.runs import lone_labels, only
from nianbao.extract.thousands import spaced_count
from nianbao.extract.tokens import Token, groups_only, units
from nianbao.forms.model import Field, Form

_UNIT_SPACE_RE = re.compile(r"([:：])\s+")
_TALL = 3
"""Lines a value's cell wraps over at most in most rows: a name, an address."""
_TALLEST = 4
"""Lines a value's cell may wrap over: a long name; tried only where the lines are more
than cells of `_TALL` lines make, as taller cells would read them other ways too."""
_LINES = 2 * _TALLEST - 1
"""Heights a row of such cells may have lines at (four-line and three-line cells)."""
_MOST_CELLS = 8
"""Cells read by levels at most: every way of giving them heights is tried, 3⁸ of them.
More are no row's but a page's labels in one run (pdftotext without -layout), whose
values' cells stand one after another."""


def deal_levels(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 3):
        fields = abreast_fields(rows[r])
        # Labels with a gap between them in the form: the gap's label is a taller cell's,
        # wrapped around the line (微信信息发布量 | 微信名称 订阅数(单位: 个) | (单位: 条)).
        gapped = fields is None
        if gapped:
            fields = _ascending(rows[r])
        if fields is None or r in rows.ending:
            continue
        k = r + 1
        wrapped = _wrapped_labels(walk, r, fields)
        if wrapped is not None:
            fields, k = wrapped, r + 2
        elif gapped:
            continue
        lines: list[list[Token]] = []
        while k < walked and k not in rows.ending and len(lines) <= _LINES:
            line = rows[k]
            if not line or line[0].cell.bbox is not None:
                break
            if any(t.piece.kind != "value" or t.cell.copy for t in line):
                break
            # The heads of the next row's labels (not a value's 网站 | wjw….cn/), unless
            # the rest of an option's name a line above cut (☐专项 | … | 网站).
            words = line_text(line).split()
            heads = all(normalize_label(w) in walk.index.heads for w in words)
            if heads and not _option_rest(lines, words[0], fields):
                break
            lines.append(line)
            k += 1
        if not (1 if wrapped else 3) <= len(lines) <= _LINES:
            continue  # under labels of one line, two lines are `cells.deal_around`'s
        parts = _levels(fields, [line_text(line).split() for line in lines], walk.index.form)
        if parts is not None:
            labels = frozenset(range(r - 1 if wrapped else r, k))
            take_words(walk, match, fields, lines, parts, labels=labels)


def _option_rest(lines: list[list[Token]], word: str, fields: list[Field]) -> bool:
    """Whether `word` finishes the name of a choice's option the end of a line cut."""
    for f in fields:
        if f.type not in CHOICE_TYPES:
            continue
        labels = option_labels(f)
        for line in lines:
            tail = LIST_TAIL_RE.search(line_text(line))
            if (
                tail is not None
                and tail.group(1)
                and normalize_label(tail.group(1) + word) in labels
            ):
                return True
    return False


def _wrapped_labels(walk: Placement, r: int, fields: list[Field]) -> list[Field] | None:
    """The fields of line r's labels and of the labels wrapped around it in two lines (独立
    用户访问总 | 政府网站标识码 ICP备案号 公安机关备案号 | 量(单位:个)), in the form's order,
    when they follow each other there; None when the lines around are no such labels."""
    rows = walk.rows
    if r == 0 or r + 1 >= len(rows) or r - 1 in rows.ending:
        return None
    above, below = rows[r - 1], rows[r + 1]
    if not above or not below or any(t.cell.copy or t.piece.ticks for t in (*above, *below)):
        return None
    # The words as written: a label's unit is no word of its own (量(单位:个)).
    heads, tails = _written(above), _written(below)
    if len(heads) != len(tails):
        return None
    found = list(fields)
    for head, tail in zip(heads, tails, strict=True):
        hit = walk.index.lookup(normalize_label(head + tail))
        if hit is None or not hit.fields:
            return None
        found.append(hit.fields[0] if len(hit.fields) == 1 else _next_to(hit.fields, found))
    found.sort(key=lambda f: f.order)
    first = found[0].order
    return found if [f.order for f in found] == list(range(first, first + len(found))) else None


def _ascending(tokens: list[Token]) -> list[Field] | None:
    """The fields of a line of two or more labels (and units) only, in the form's order."""
    fields = line_fields(tokens)
    if fields is None:
        return None
    return fields if all(a.order < b.order for a, b in pairwise(fields)) else None


def _written(line: list[Token]) -> list[str]:
    # A unit's words are one (单位: 条), as a label's unit is no word of its own.
    text = " ".join(dict.fromkeys(t.cell.text for t in line))
    return _UNIT_SPACE_RE.sub(r"\1", text).split()


def _next_to(candidates: tuple[Field, ...], fields: list[Field]) -> Field:
    """Of a generic label's fields (总数), the one next to `fields` in the form."""
    orders = {f.order for f in fields}
    return next(
        (f for f in candidates if f.order - 1 in orders or f.order + 1 in orders), candidates[0]
    )


def _levels(fields: list[Field], lines: list[list[str]], form: Form) -> list[list[str]] | None:
    """Each field's parts, from the one way of giving the fields heights that reads the
    lines; None when none or several do."""
    if len(fields) > _MOST_CELLS:
        return None
    found: list[list[str]] | None = None
    tallest = _TALLEST if len(lines) > 2 * _TALL - 1 else _TALL
    for heights in product(range(1, tallest + 1), repeat=len(fields)):
        ats, levels = _centred(heights)
        if len(levels) != len(lines):
            continue
        parts = _read(fields, ats, levels, lines, form)
        if parts is None:
            continue
        if found is not None:
            return None
        found = parts
    return found


def _centred(heights: tuple[int, ...]) -> tuple[list[frozenset[int]], list[int]]:
    """Where the lines of cells of these heights, centred on their row, stand (a cell of m
    lines at 2i - (m - 1), i < m), and every place a line stands, top to bottom."""
    ats = [frozenset(2 * i - (m - 1) for i in range(m)) for m in heights]
    return ats, sorted(frozenset().union(*ats))


def _read(
    fields: list[Field],
    ats: list[frozenset[int]],
    levels: list[int],
    lines: list[list[str]],
    form: Form,
) -> list[list[str]] | None:
    parts: list[list[str]] = [[] for _ in fields]
    for level, words in zip(levels, lines, strict=True):
        here = [j for j, at in enumerate(ats) if level in at]
        choices = [j for j in here if fields[j].type in CHOICE_TYPES]
        extra = len(words) - len(here)
        if extra < 0 or len(choices) > 1:
            return None
        if extra:
            # A choice's options take the words up to the next count; counts in spaced
            # thousands (296 29 392, ☑是 ☐否 5 812 336 141) join back the one way they can.
            split = _dealt([fields[j] for j in here], words)
            if split is None:
                return None
            for j, part in zip(here, split, strict=True):
                parts[j].append(part)
            continue
        for j, word in zip(here, words, strict=True):
            parts[j].append(word)
    if all(lines_fit(f, p, form) for f, p in zip(fields, parts, strict=True)):
        return parts
    return None


_LEAD_RE = re.compile(r"[0-9０-９]{1,3}")


def _dealt(fields: list[Field], words: list[str]) -> list[str] | None:
    """The words of one line dealt to the fields standing on it, more words than fields:
    a choice takes its options (up to the first word of digits alone), counts the rest."""
    choice = next((k for k, f in enumerate(fields) if f.type in CHOICE_TYPES), None)
    if choice is None:
        return _thousands(fields, words)
    extra = len(words) - len(fields)
    take = 1
    while take <= extra and not _LEAD_RE.fullmatch(words[choice + take]):
        take += 1
    options = " ".join(words[choice : choice + take])
    before, after = words[:choice], words[choice + take :]
    rest = fields[choice + 1 :]
    if len(after) > len(rest):
        counts = _thousands(rest, after) if rest else None
        if counts is None:
            return None
    else:
        counts = after
    return [*before, options, *counts]


def _thousands(fields: list[Field], words: list[str]) -> list[str] | None:
    """The words dealt one run to each field, a count's run of more than one written in
    spaced thousands (29 392), when exactly one way does so."""
    found: list[str] | None = None
    for cut in combinations(range(1, len(words)), len(fields) - 1):
        bounds = [0, *cut, len(words)]
        runs = [words[a:b] for a, b in pairwise(bounds)]
        if all(len(run) == 1 or spaced_count(f, run) for f, run in zip(fields, runs, strict=True)):
            if found is not None:
                return None
            found = ["".join(run) for run in runs]
    return found


def deal_stacked(walk: Placement, match: Match, walked: int) -> None:
    """Text of one cell a line in reading order (pdftotext without -layout): a run of lone
    labels, then the lines of their values' cells by height, each line of a cell a line of
    its own (网站名称 | 首页网址 | … | 某某农业 | https:// | 某某农业农村 | ☐政府门户网站 ☑部门网
    | 农村局 | www.a.gov.cn/ | 局 | 站 ☐专项网站), or each cell's lines after the other's.
    Dealt as `deal_levels` deals words, when exactly one way reads them."""
    if walk.doc.format != "text":
        return
    r = 0
    while r < walked:
        tokens = walk.rows[r]
        if len(tokens) > 1 and not units(tokens[1:]):
            r += 1  # most lines: a label and its value, no run of lone labels
            continue
        labels, after = lone_labels(walk, r, joined=True)
        if len(labels) < 2:
            r = max(after, r + 1)
            continue
        named = [token.field for token, _ in labels if token.field is not None]
        values = _lone_lines(walk, after, walked, _TALL * len(labels))
        r = after
        if len(values) <= len(labels) or len(named) != len(labels):
            continue  # one line a value: `runs.stacked`'s; or a label the walk did not read
        if len(set(named)) != len(named):
            continue  # a field twice: a label read as another's (可全程在线办理政务服务事项数量)
        parts = _stacked_levels(named, [t.piece.text for t in values], walk.index.form)
        if parts is None:
            continue
        for token in values:
            token.used = True
        within = frozenset(range(labels[0][0].row - 2, values[-1].row + 1))
        texts = [[text_lines(f, lines)] for f, lines in zip(named, parts, strict=True)]
        take_words(walk, match, named, [[t] for t in values], texts, labels=within)
        r = values[-1].row + 1


def _lone_lines(walk: Placement, r: int, walked: int, most: int) -> list[Token]:
    """The lines from `r` that hold one value each (taken or not), past lines of units and
    group names before them, at most `most` + 1 of them."""
    found: list[Token] = []
    while r < walked and r not in walk.rows.ending and len(found) <= most:
        tokens = walk.rows[r]
        token = only(walk, r)
        if token is not None and token.piece.kind == "value" and token.cell.bbox is None:
            found.append(token)
        elif not (units(tokens) or (not found and groups_only(tokens))):
            break
        r += 1
    return found


def _stacked_levels(fields: list[Field], parts: list[str], form: Form) -> list[list[str]] | None:
    """`_levels` for cells' lines one a line: each level's lines, one a cell at it. Reading
    order may as well give a cell's lines one after another (a block of its own): a way of
    reading the lines so that differs from the one by levels leaves them unread."""
    if len(fields) > _MOST_CELLS:
        return _by_cells(fields, parts, form)
    found: list[list[str]] | None = None
    for heights in product(range(1, _TALL + 1), repeat=len(fields)):
        if sum(heights) != len(parts):
            continue
        ats, levels = _centred(heights)
        lines: list[list[str]] = []
        k = 0
        for level in levels:
            n = sum(1 for at in ats if level in at)
            lines.append(parts[k : k + n])
            k += n
        starts = [sum(heights[:j]) for j in range(len(heights) + 1)]
        cells = [parts[a:b] for a, b in pairwise(starts)]
        fit = all(lines_fit(f, c, form) for f, c in zip(fields, cells, strict=True))
        by_cell = cells if fit else None
        for read in (_read(fields, ats, levels, lines, form), by_cell):
            if read is None or read == found:
                continue
            if found is not None:
                return None
            found = read
    return found


def _by_cells(fields: list[Field], parts: list[str], form: Form) -> list[list[str]] | None:
    """Each field's lines, cell after cell, when exactly one way of giving the cells heights
    fits every cell's lines to its field; else None. Counted from the end, so a page of
    cells costs their number times `_TALL`, not `_TALL` to its power."""
    n, m = len(fields), len(parts)
    # ways[i][k]: the ways (2 standing for more) the cells of fields[i:] read parts[k:].
    ways = [[0] * (m + 1) for _ in range(n + 1)]
    ways[n][m] = 1
    fits: dict[tuple[int, int, int], bool] = {}
    for i in range(n - 1, -1, -1):
        for k in range(m - 1, -1, -1):
            total = 0
            for h in range(1, min(_TALL, m - k) + 1):
                if ways[i + 1][k + h]:
                    fit = lines_fit(fields[i], parts[k : k + h], form)
                    fits[(i, k, h)] = fit
                    total += ways[i + 1][k + h] if fit else 0
            ways[i][k] = min(2, total)
    if ways[0][0] != 1:
        return None
    cells: list[list[str]] = []
    k = 0
    for i in range(n):
        h = next(h for h in range(1, _TALL + 1) if fits.get((i, k, h)) and ways[i + 1][k + h])
        cells.append(parts[k : k + h])
        k += h
    return cells
