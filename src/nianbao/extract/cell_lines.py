"""What the lines of one table cell, as a converter wrote them, must be to be one field's
value: options for a choice (its first line opening with a box), no box elsewhere, a
number for a count, brackets closed in a text, a text that opens without Chinese going on
without it (a web address), a code holding digits or dots, and the shape the form's rules
ask of the field. The dealings (`cells`, `levels`, `spans`) try cuts of a row's lines by
it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.kinds import CHOICE_TYPES, COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE, completed_option, option_labels
from nianbao.extract.notes import note_fields
from nianbao.extract.piece import TICKS, has_ticks
from nianbao.extract.ranking import readable
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import CJK_RE, NUMERIC_RE, Token
from nianbao.forms.model import Field, Form

_OPENERS = re.compile(r"[)）\]】,，、.。:：;；]")
"""What no value starts with: the rest of one cut before it."""
_CODED_RE = re.compile(r"[0-9０-９.]")
"""What a code or a web address holds somewhere."""
_BOXES = tuple(TICKS)


def line_text(line: list[Token]) -> str:
    return " ".join(t.piece.text for t in line)


def lines_fit(f: Field, texts: list[str], form: Form) -> bool:
    """Whether a cell's lines, joined, can be f's value (the module's rules), of the shape
    the form's rules ask of it (`shaped.has_shape`)."""
    if not texts:
        return False  # nothing on either line for f: no cell of its
    text = "".join(texts)
    if f.type in CHOICE_TYPES:
        if not texts[0].startswith(_BOXES) or not readable(f, text):
            return False
        # Each box names an option (☐是 ☑否 | 是否明确网站 安 is a list and a label's
        # head), but where an option takes a note after its name (☑其他：…).
        names = OPTION_NAME_RE.findall(text)
        labels = option_labels(f)
        return bool(note_fields(form, f)) or all(normalize_label(n) in labels for n in names)
    if any(map(has_ticks, texts)) or _OPENERS.match(texts[0]):
        return False
    if f.type in COUNT_TYPES:
        return len(texts) == 1 and readable(f, text)
    if unclosed_bracket(text) or text.count("）") > text.count("（"):
        return False
    if not CJK_RE.search(texts[0]) and any(CJK_RE.search(t) for t in texts):
        return False  # a web address or a code, then words: two cells' lines
    if CJK_RE.search(texts[0]) and any(NUMERIC_RE.fullmatch(t) for t in texts[1:]):
        return False  # a line of digits alone after words: another cell's count
    if "://" in text and "://" not in (texts[0].split() or [""])[0]:
        return False  # a web address starts its cell (吴忠市教育局 https:// is two cells)
    if f.identifier and not _CODED_RE.search(text):
        return False  # a code or address cut before its digits and dots (https://)
    return has_shape(f, text, form)


def cuts(
    fields: list[Field],
    count: int,
    texts: Callable[[int, int], list[str]],
    form: Form,
    most: int | None = None,
) -> Iterator[list[int]]:
    """Every way of giving each field the next one or more of `count` items (at most
    `most`), the texts of items a to b being `texts(a, b)`, that fits each field (the first
    item's index for each), stopping at the second."""
    yield from _Cuts(fields, count, texts, form, count if most is None else most).walk(0, 0, [])


class _Cuts:
    """cuts()'s search, its state on an object: a nested generator that recurses refers to
    itself in a cycle that keeps everything it saw alive until the collector runs."""

    def __init__(
        self,
        fields: list[Field],
        count: int,
        texts: Callable[[int, int], list[str]],
        form: Form,
        longest: int,
    ) -> None:
        self.fields = fields
        self.count = count
        self.texts = texts
        self.form = form
        self.longest = longest
        self.found = 0

    def walk(self, f: int, at: int, starts: list[int]) -> Iterator[list[int]]:
        if self.found > 1:
            return
        fields, count = self.fields, self.count
        if f == len(fields):
            if at == count:
                self.found += 1
                yield starts
            return
        rest = len(fields) - f - 1
        for end in range(at + 1, min(at + self.longest, count - rest) + 1):
            texts = self.texts(at, end)
            if not lines_fit(fields[f], texts, self.form):
                continue
            if end < count and _name_goes_on(fields[f], texts, self.texts(end, end + 1)):
                continue  # the next field's first line finishes this one's last option
            if end < count and _count_kept(fields, f, texts, self.texts(at, end + 1)):
                continue
            yield from self.walk(f + 1, end, [*starts, at])


def _count_kept(fields: list[Field], f: int, texts: list[str], longer: list[str]) -> bool:
    """Whether a text's last word is a bare number on the line the next field's count
    goes on: a count too, of a thousands group or not (管理局 55 27 459 is no name 管理局 55
    and counts 27 and 459)."""
    if fields[f].type != "str" or fields[f].identifier or f + 1 == len(fields):
        return False
    if fields[f + 1].type not in COUNT_TYPES or len(longer) != len(texts):
        return False
    words = texts[-1].split()
    return len(words) > 1 and NUMERIC_RE.fullmatch(words[-1]) is not None


def _name_goes_on(f: Field, texts: list[str], following: list[str]) -> bool:
    """Whether a choice's lines end in an option's name its line's end cut, the next line
    opening with the name's rest (☐千人千网 ☐其 | 他: no note's)."""
    if f.type not in CHOICE_TYPES or not following:
        return False
    text = "".join(texts).rstrip()
    whole = completed_option(f, text)
    if whole == text or not whole.startswith(text):
        return False
    return following[0].lstrip().startswith(whole[len(text) :])
