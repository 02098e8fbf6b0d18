"""Values under a line of labels abreast written cell after cell, cells that share a
baseline sharing a line: pypdfium2 writes a row so (网站名称 首页网址 主办单位 网站类型 |
吴忠市教育局 https:// | www794.640300.gov.cn/ 吴忠市教育局 ☐政府门户网站  ☑部门网 |
站  ☐专项网站). A cell ends at a line's end or at a blank within a line; each field takes
the next words in the form's order, when exactly one way of cutting them fits every field
(`cell_lines.lines_fit`: a cell's lines joined, words of one line kept apart by a
blank).
"""

from __future__ import annotations

from nianbao.extract.cell_lines import cuts as cell_cuts
from nianbao.extract.cell_lines import line_text
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form

_WORDS = 4
"""Words a cell may take, on average, before the block is too long to be one row's."""

_Word = tuple[str, bool]
"""A word, and whether it ends its line."""


def cut_spans(fields: list[Field], lines: list[list[Token]], form: Form) -> list[str] | None:
    """Each field's value from the lines of values under `fields`, when they split one way
    only; else None."""
    words: list[_Word] = []
    for line in lines:
        split = line_text(line).split()
        words += [(word, k == len(split) - 1) for k, word in enumerate(split)]
    if not len(fields) <= len(words) <= _WORDS * len(fields):
        return None
    cuts = list(cell_cuts(fields, len(words), lambda a, b: _texts(words[a:b]), form))
    if len(cuts) != 1:
        return None
    ends = [*cuts[0][1:], len(words)]
    return ["".join(_texts(words[start:end])) for start, end in zip(cuts[0], ends, strict=True)]


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
