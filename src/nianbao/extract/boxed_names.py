"""An option whose name is also a field's label (其他: 创新发展's option, 移动新媒体's row),
its box after it (其他（√）：建设政务知识库, … 千人千网（☑） 其他（☑）：…, 其他☑): the box
goes before the name, where it makes the name an option's rather than a label (☑其他：…)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from nianbao.extract.cell_edits import cells_edited, texts_edited
from nianbao.extract.document import Cell, Document
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.misread import choice_option_names
from nianbao.forms.model import Form


@cache
def _names(form: Form) -> tuple[str, ...]:
    """The options' names that are labels too, longest first."""
    labels = {normalize_label(label) for f in form.fields for label in f.labels}
    names = choice_option_names(form)
    return tuple(sorted(names & labels, key=lambda n: (-len(n), n)))


@cache
def _boxed_re(form: Form) -> re.Pattern[str] | None:
    names = _names(form)
    if not names:
        return None
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"(?<!\S)({alternatives})\s*(?:[(（]\s*([☑☐])\s*[)）]|([☑☐]))")


@cache
def _may_move_re(form: Form) -> re.Pattern[str] | None:
    # _boxed_re's lookbehind first makes the regex engine try it at every character (a
    # search of a whole document's text took 45 µs); opening with the names, it skips to
    # their first characters (3 µs). It finds what _boxed_re finds, and a little more.
    names = _names(form)
    if not names:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, names))})\s*(?:[(（]\s*)?[☑☐]")


def may_move(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) may hold such a name with its box after it."""
    pattern = _may_move_re(index.form)
    return pattern is not None and pattern.search(text) is not None


def boxes_before_names(doc: Document, index: LabelIndex) -> Document:
    pattern = _boxed_re(index.form)
    if pattern is None:
        return doc

    def moved(text: str) -> str:
        boxed = ("☑" in text or "☐" in text) and pattern.search(text)
        if not boxed:
            return text
        if _BOX_BEFORE_RE.search(text) is None:
            # Every box after its option's name (无障碍浏览☑ 千人千网 其他☑：…): all go
            # before theirs, or 其他's alone would set the line's boxes before names.
            return _AFTER_NAME_RE.sub(_moved, text)
        return pattern.sub(_moved, text)

    return texts_edited(doc, moved)


_BOX_BEFORE_RE = re.compile(r"(?:^|\s)[(（]?\s*[☑☐]")
"""A box opening the text or after a blank: not after a name (☑无障碍浏览, 其他 ☑)."""
_AFTER_NAME_RE = re.compile(r"([^\s☑☐：:，,；;、]+?)\s*(?:[(（]\s*([☑☐])\s*[)）]|([☑☐]))")
"""An option's name and its box after it, bracketed or not."""


def _moved(found: re.Match[str]) -> str:
    return (found[2] or found[3]) + found[1]


_OPTION_CELL_RE = re.compile(r"^([☑☐])\s+(?=[^\s☑☐][^☑☐]*$)")
"""A cell of one option: its box, a blank, its name (☑ 部门网站)."""


@cache
def _after_name_re(form: Form) -> re.Pattern[str]:
    """A cell (cells one a line) of an option's name alone, no box, then a cell of one
    option with a blank after its box (政府门户网站 | ☑ 部门网站; 是 | ☑ 否)."""
    names = sorted(choice_option_names(form), key=lambda n: (-len(n), n))
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"\n(?:{alternatives})\n[☑☐][ \t\u3000]+[^\n☑☐]+\n")


def may_close_up(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a cell of one option, a blank after its box,
    after a cell of an option's name without one."""
    if "\n☑ " not in text and "\n☐ " not in text:
        return False
    return _after_name_re(index.form).search(text) is not None


def boxes_onto_own_names(doc: Document, index: LabelIndex) -> Document:
    """A cell of one option, its box first and a blank after it, after a cell of an
    option's name without a box (政府门户网站 | ☑ 部门网站 | 专项网站): the box is its own
    cell's option's, not the name before it (read as one line, 政府门户网站 ☑ 部门网站 would
    put the box after 政府门户网站). The blank goes, so the box stands against its name."""
    names = choice_option_names(index.form)

    def closed(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        out = list(cells)
        for k in range(1, len(out)):
            text = out[k].text
            if text[:1] not in "☑☐" or normalize_label(out[k - 1].text) not in names:
                continue
            shut = _OPTION_CELL_RE.sub(r"\1", text)
            if shut != text and not out[k].copy:
                out[k] = dataclasses.replace(out[k], text=shut)
        return tuple(out)

    return cells_edited(doc, closed)
