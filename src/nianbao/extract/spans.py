"""Values under a line of labels abreast written cell after cell, cells that share a
baseline sharing a line: pypdfium2 writes a row so (网站名称 首页网址 主办单位 网站类型 |
吴忠市教育局 https:// | www794.640300.gov.cn/ 吴忠市教育局 ☐政府门户网站  ☑部门网 |
站  ☐专项网站). A cell ends at a line's end or at a blank within a line; each field takes
the next words in the form's order, when exactly one way of cutting them fits every field
(`cells.lines_fit`: a cell's lines joined, words of one line kept apart by a blank).
"""

from __future__ import annotations

from nianbao.extract.cell_lines import cuts as cell_cuts
from nianbao.extract.cell_lines import line_text
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_WORDS = 4
"""Words a cell may take, on average, before the block is too long to be one row's."""

_Word = tuple[str, bool]
"""A word, and whether it ends its line."""


def deal_spans(
    walk: Placement, match: Match, fields: list[Field], lines: list[list[Token]]
) -> bool:
    """Deals the lines of values under `fields`, when they split one way only; whether they
    were."""
    words: list[_Word] = []
    for line in lines:
        split = line_text(line).split()
        words += [(word, k == len(split) - 1) for k, word in enumerate(split)]
    if not len(fields) <= len(words) <= _WORDS * len(fields):
        return False
    cuts = list(cell_cuts(fields, len(words), lambda a, b: _texts(words[a:b]), walk.index.form))
    if len(cuts) != 1:
        return False
    rows = {line[0].row for line in lines}
    ends = [*cuts[0][1:], len(words)]
    for f, start, end in zip(fields, cuts[0], ends, strict=True):
        raw = "".join(_texts(words[start:end]))
        found = match.candidates.get(f.key, [])
        if any(c.row not in rows and readable(f, c.raw) for c in found):
            continue  # read beside its label elsewhere: that reading stands
        row = walk.doc.rows[lines[0][0].row]
        where = row.cell_where(lines[0][0].cell)
        match.candidates[f.key] = [
            Candidate(f, raw, where, row.page, row.block, lines[0][0].row, 0.7)
        ]
        match.seen.add(f.key)
    for line in lines:
        for token in line:
            token.used = True
    return True


def _texts(words: list[_Word]) -> list[str]:
    """A cell's words as its lines: words of one line kept apart by a blank."""
    texts: list[str] = []
    line: list[str] = []
    for word, ends in words:
        line.append(word)
        if ends:
            texts.append(" ".join(line))
            line = []
    if line:
        texts.append(" ".join(line))
    return texts
