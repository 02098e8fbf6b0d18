"""A line of labels abreast over their values, each value wrapped over lines of its own cell,
the cells one after another: pypdfium2 writes a table row so (网站名称 首页网址 主办单位 网站类型
| 某局（某 | 中心） | https:// | www.a.gov.cn/ | 某局（某 | 中心） | ☐政府门户网 | 站 ☑部门网站 …).

The lines go to the labels' fields in the form's order, each field taking the lines that
follow each other, when exactly one way of cutting them fits every field
(`cell_lines.lines_fit`); cells that share a line are cut at its blanks (`spans`). Text
only, as dealing (`dealt`).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from nianbao.extract import spans
from nianbao.extract.cell_lines import cuts as cell_cuts
from nianbao.extract.cell_lines import line_text, lines_fit
from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, footnote, readable
from nianbao.extract.tokens import Rows, Token, labels_only
from nianbao.forms.model import Field

_PER_FIELD = 3
"""Lines a value may take in its cell."""


def deal_cells(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 2):
        fields, k = _head(rows, r)
        if fields is None:
            continue
        lines: list[list[Token]] = []
        while k < walked and k not in rows.ending and len(lines) <= _PER_FIELD * len(fields):
            line = rows[k]
            if not lines and line and all(t.piece.kind == "unit" or t.field for t in line):
                k += 1  # a label's rest under the labels' line: (单位:个), 量（单位：个）
                continue
            if not line or any(t.piece.kind != "value" or t.cell.copy for t in line):
                break
            lines.append(line)
            k += 1
        if len(lines) < 2 or len(lines) > _PER_FIELD * len(fields):
            continue  # one line: dealing's; or no cells' lines
        cuts = (
            list(cell_cuts(fields, len(lines), _line_texts(lines), walk.index.form, _PER_FIELD))
            if len(lines) > len(fields)
            else []
        )
        if len(cuts) == 1:
            _take(walk, match, fields, lines, cuts[0])
        elif (
            not cuts
            and (lines[0][0].cell.bbox is None or len({t.cell.bbox for t in rows[r]}) == 1)
            and any(" " in line_text(line) for line in lines)
        ):
            # Cells that share a baseline share a line (吴忠市教育局 https://); text that
            # looks laid out by its blanks but sets its labels one blank apart in one cell
            # keeps no columns (pypdfium2).
            raws = spans.cut_spans(fields, lines, walk.index.form)
            if raws is not None:
                dealt = {line[0].row for line in lines}
                for f, raw in zip(fields, raws, strict=True):
                    _put(walk, match, f, raw, lines[0][0], rows=dealt)  # else read elsewhere
                _use(lines)


def deal_around(walk: Placement, match: Match, walked: int) -> None:
    """Labels abreast on a line of their own between their values' two lines, each value
    wrapped in its cell and centred on the labels: pdfplumber writes such a row
    (某局（挂某 https:// | 网站名称 首页网址 | 中心牌子） www.a.gov.cn/), or with the values'
    two lines under the labels' line when the values have a row of their own. The words of
    the first line and of the second go to the fields in the form's order, one word each
    but the last field's, a choice, which takes the rest; each field's two parts joined must
    fit it (`lines_fit`)."""
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(walked - 1):
        fields = abreast_fields(rows[r])
        if fields is None or r in rows.ending:
            continue
        # Centred on the labels' line, or both lines under it, each cell wrapped in two.
        for first, second in ((r - 1, r + 1), (r + 1, r + 2)):
            if second >= walked:
                continue
            pairs = _around_pairs(walk, fields, first, second)
            if pairs is not None:
                take_words(walk, match, fields, [rows[first], rows[second]], pairs)
                break


def _around_pairs(
    walk: Placement, fields: list[Field], first: int, second: int
) -> list[list[str]] | None:
    """Each field's two parts on lines `first` and `second`, when they fit the fields."""
    rows = walk.rows
    if first < 0 or first in rows.ending:
        return None
    heads, tails = _shares(fields, rows[first]), _shares(fields, rows[second])
    if heads is None or tails is None:
        return None
    pairs = [[h, t] for h, t in zip(heads, tails, strict=True)]
    form = walk.index.form
    fit = all(
        lines_fit(f, [p for p in pair if p], form) for f, pair in zip(fields, pairs, strict=True)
    )
    return pairs if fit else None


def wrapped_around(walk: Placement, r: int) -> bool:
    """Whether line r holds the second lines of values wrapped around the labels abreast
    on the line above it (deal_around's row), not the head of another label (网站 of
    烟台市人民政府门户 | 网站名称 首页网址 | 网站 zwfw….gov.cn/, not 网站 | … | 主办单位)."""
    fields = abreast_fields(walk.rows[r - 1]) if r > 0 else None
    return fields is not None and _around_pairs(walk, fields, r - 2, r) is not None


def deal_mixed(walk: Placement, match: Match, walked: int) -> None:
    """A line of labels and values, some cells of its row wrapped over the lines above and
    below it, each centred on it: pdfplumber writes such a row (桂ICP备 公安机关备 | ICP备案号
    45033288342377号 | 57745515号 案号). Each wrapped cell gives one word above and one
    below; joined, they go between the line's cells where exactly one way of putting them
    there makes the row label, value, label, value … of fields following each other in
    the form, each value fitting its field. Wrapped cells that join into a group's name
    open the row (信息发布（单位： | 条）). The row must show it was cut: a label without
    its value on the line, or a label among the wrapped cells."""
    if walk.doc.format != "text":
        return
    rows = walk.rows
    for r in range(1, walked - 1):
        if r - 1 in rows.ending or r in rows.ending:
            continue
        middle = [t for t in rows[r] if t.piece.kind != "unit" and not _group(t)]
        if not middle or middle[0].cell.bbox is not None or middle[0].piece.kind != "label":
            continue
        if all(t.piece.kind == "label" for t in middle):
            continue  # deal_around's
        heads, tails = _words(rows[r - 1]), _words(rows[r + 1])
        if not heads or tails is None or len(heads) != len(tails):
            continue
        kinds = [t.piece.kind for t in middle]
        whole = kinds == ["label", "value"] * (len(kinds) // 2)
        if whole and not any(normalize_label(h) in walk.index.heads for h in heads):
            continue  # nothing missing from the line, and no label's head above it
        wrapped = list(zip(heads, tails, strict=True))
        while wrapped and _group_name(walk, "".join(wrapped[0])):
            wrapped.pop(0)
        if not wrapped:
            continue
        row = _merged(walk, middle, wrapped)
        if row is None:
            continue
        for f, raw, first in row:
            _put(walk, match, f, raw, first, rows={r - 1, r, r + 1})
        _use([rows[r - 1], rows[r], rows[r + 1]])


def _group(token: Token) -> bool:
    hit = token.piece.hit
    return hit is not None and not hit.fields


def _group_name(walk: Placement, text: str) -> bool:
    hit = walk.index.lookup(normalize_label(text))
    return hit is not None and not hit.fields


def _words(line: list[Token]) -> list[str] | None:
    if not line or any(t.piece.kind != "value" or t.cell.copy or t.piece.ticks for t in line):
        return None
    return line_text(line).split()


_Cell = tuple[Token | None, tuple[str, ...]]
"""A cell of a cut row: its token on the labels' line and its text, or None and its
halves."""


def _merged(
    walk: Placement, middle: list[Token], wrapped: list[tuple[str, str]]
) -> list[tuple[Field, str, Token]] | None:
    """The one way of putting the wrapped cells between the line's cells that reads as the
    row's labels and values, as (field, value, a token to place it by); None when none or
    several do, or the line is whole without them and none of them is a label."""
    cells: list[_Cell] = [(t, (t.piece.text,)) for t in middle]
    whole = _read(walk, cells)
    if whole is not None and not any(_label_of(walk, "".join(parts)) for parts in wrapped):
        return None
    found: list[tuple[Field, str, Token]] | None = None
    size = len(middle) + len(wrapped)
    for places in combinations(range(size), len(wrapped)):
        row: list[_Cell] = []
        rest, more = iter(cells), iter(wrapped)
        for k in range(size):
            row.append((None, next(more)) if k in places else next(rest))
        read = _read(walk, row)
        if read is not None:
            if found is not None:
                return None
            found = read
    return found


def _label_of(walk: Placement, text: str) -> tuple[Field, ...]:
    hit = walk.index.lookup(normalize_label(text))
    return hit.fields if hit is not None else ()


def _read(walk: Placement, row: list[_Cell]) -> list[tuple[Field, str, Token]] | None:
    """A row's cells as label, value, label, value … of fields following each other in the
    form, each value fitting its field (a wrapped one by `lines_fit`)."""
    if len(row) % 2:
        return None
    anchor = next(t for t, _ in row if t is not None)
    read: list[tuple[Field, str, Token]] = []
    order = -1
    for (label, name), (token, parts) in zip(row[::2], row[1::2], strict=True):
        if label is not None:
            if label.piece.kind != "label" or label.field is None:
                return None
            fields: tuple[Field, ...] = (label.field,)
        else:
            fields = _label_of(walk, "".join(name))
        f = next((f for f in fields if order < 0 or f.order == order + 1), None)
        if f is None:
            return None
        order = f.order
        text = "".join(parts)
        if token is not None:
            if token.piece.kind != "value" or not readable(f, text):
                return None
        elif f.type in CHOICE_TYPES or not lines_fit(f, list(parts), walk.index.form):
            return None
        read.append((f, text, token or label or anchor))
    return read


def _shares(fields: list[Field], line: list[Token]) -> list[str] | None:
    """A line's words as the fields' parts: one word a field, the rest to a last choice."""
    if not line or any(t.piece.kind != "value" or t.cell.copy for t in line):
        return None
    if line[0].cell.bbox is not None:
        return None  # laid out in columns: the columns say whose a word is
    words = line_text(line).split()
    last = fields[-1].type in CHOICE_TYPES
    plain = len(fields) - 1 if last else len(fields)
    if len(words) < plain or (not last and len(words) != plain):
        return None
    return [*words[:plain], *([" ".join(words[plain:])] if last else [])]


def take_words(
    walk: Placement,
    match: Match,
    fields: list[Field],
    lines: list[list[Token]],
    pairs: list[list[str]],
    *,
    labels: frozenset[int] = frozenset(),
) -> None:
    """Each field its parts joined; what the walk read for it on these lines or on the
    `labels` lines gives way."""
    rows = {line[0].row for line in lines} | labels
    for f, pair in zip(fields, pairs, strict=True):
        _put(walk, match, f, "".join(pair), lines[0][0], rows=rows)
    _use(lines)


def abreast_fields(tokens: list[Token], *, joined: bool = False) -> list[Field] | None:
    """The fields of a line of two or more labels (and units) only, following each other in
    the form."""
    fields = line_fields(tokens, joined=joined)
    if fields is None:
        return None
    first = fields[0].order
    return fields if [f.order for f in fields] == list(range(first, first + len(fields))) else None


def line_fields(tokens: list[Token], *, joined: bool = False) -> list[Field] | None:
    """The fields of a line of two or more labels (and units) only, in the line's order."""
    fields: list[Field] = []
    for t in tokens:
        if t.piece.kind == "unit":
            continue
        # With `joined`, a label's head the walk joined with its rest on the next line
        # counts too (政府网站标识码 … 独立用户访问总 | 量（单位：个）).
        if t.field is None or (t.piece.kind != "label" and not (joined and t.used)):
            return None
        fields.append(t.field)
    return fields if len(fields) >= 2 else None


def _head(rows: Rows, r: int) -> tuple[list[Field] | None, int]:
    """The fields of a line of labels abreast, and the line after them; or of a head row
    that goes on over the next line (微博 名称 信 息 发 布 | 量(单位: 条) 关注量(单位: 个)),
    the labels of both following each other in the form."""
    fields = abreast_fields(rows[r], joined=True)
    if fields is not None or r + 2 >= len(rows):
        return fields, r + 1
    first, rest = rows[r], rows[r + 1]
    if len(first) != 1 or first[0].field is None or first[0].piece.kind != "label":
        return None, r + 1
    labels = labels_only(rest)
    if labels is None or len(labels) < 2:
        return None, r + 1  # one label a line: labels stacked (`runs`), not abreast
    more = abreast_fields([*first, *rest], joined=True)
    if more is None:
        return None, r + 1
    return more, r + 2


def _line_texts(lines: list[list[Token]]) -> Callable[[int, int], list[str]]:
    return lambda a, b: [line_text(line) for line in lines[a:b]]


def _take(
    walk: Placement,
    match: Match,
    fields: list[Field],
    lines: list[list[Token]],
    starts: list[int],
) -> None:
    rows = {line[0].row for line in lines}
    ends = [*starts[1:], len(lines)]
    for f, start, end in zip(fields, starts, ends, strict=True):
        share = lines[start:end]
        raw = "".join(line_text(line) for line in share)
        if _put(walk, match, f, raw, share[0][0], rows=rows):
            _use(share)


def _put(
    walk: Placement, match: Match, f: Field, raw: str, first: Token, *, rows: set[int]
) -> bool:
    """`raw` as f's one candidate, unless the walk read f from outside these rows (its
    reading then stands); whether it was put."""
    if match.read(f, rows):
        return False
    candidate = Candidate.at(walk.doc, f, raw, (first.row, first.cell), 0.7)
    if footnote(candidate):
        return False
    match.candidates[f.key] = [candidate]
    match.seen.add(f.key)
    return True


def _use(lines: list[list[Token]]) -> None:
    for line in lines:
        for token in line:
            token.used = True
