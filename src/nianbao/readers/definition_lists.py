"""Markdown definition lists (pandoc's, PHP Markdown Extra's): a term on its line, its
definition on the next (or after one blank line) opening with a colon and blanks:

    网站名称
    :   赤峰市旅游政务网

Each term's line takes its definitions after a tab, as a label's line takes its value; the
definitions' lines are left blank, so the lines keep their numbers."""

from __future__ import annotations

import re

_DEFINITION_RE = re.compile(r"^[:：][ \t\u3000]+(\S.*)$")


def definitions_joined(lines: list[str]) -> list[str]:
    """The lines with each definition put after its term; `lines` when there is none."""
    out: list[str] | None = None
    term = -1  # the line of the term the next definition belongs to, -1 for none
    blanks = 0
    for i, line in enumerate(lines):
        found = _DEFINITION_RE.match(line)
        if found is not None and term >= 0 and blanks <= 1:
            out = out if out is not None else list(lines)
            out[term] += "\t" + found[1].strip()
            out[i] = ""
            blanks = 0
        elif not line.strip():
            blanks += 1
        else:
            term, blanks = i, 0
    return lines if out is None else out
