"""Where a file's report ends, for the readers to read no further: the page test of the
paged readers (`stop_at`) and the cut of a text (`text_end`). Both only save work (the
instructions after a report are often longer than the report); the walk itself stops at
the instructions' title, so a test that misses an end changes nothing read."""

from __future__ import annotations

import re
from collections.abc import Callable

from nianbao.extract.document import StopAt, TextEnd
from nianbao.extract.labels import label_index, label_normal_form
from nianbao.extract.regions import own_lines
from nianbao.extract.signed_late import ROWS
from nianbao.forms.model import Form


def stop_at(form: Form) -> StopAt:
    """The page test for paged readers: the form's instructions have begun on it, or it
    holds the end of the table (the form's last label after the last section's heading),
    so that the next pages, instructions or another report, are not read. Pages of
    another form's report (regions.own_lines) are not this form's end.

    A new test for each document: it remembers whether the last page it was given ended
    inside another form's report. Only the page on which it first answers yes is looked
    at line by line (pdftext.instructions_cut), and no page is read after that one but a
    page opening with the form's title (`resumes`: the next of several reports)."""
    return _Stop(form)


class _Stop:
    def __init__(self, form: Form) -> None:
        index = label_index(form)
        self.form = form
        self.title = index.stop
        self.heads, self.ends = index.closing
        self.own = label_normal_form(form.title)
        self.foreign = False
        self.first = True
        self.waiting = False  # the file opened with the instructions: the report is to come
        self.instructed = False  # the report ended where its instructions began

    def __call__(self, text: str) -> bool:
        if self.form.other_forms:
            lines, self.foreign = own_lines(text.splitlines(), self.form, self.foreign)
            text = "\n".join(lines)
        # A page's text is seen once: the label cache would only fill up with pages.
        norm = label_normal_form(text)
        title = self.title
        if self.first:
            self.first = False
            # A template's instructions page before the report's (the report's title or
            # an attachment's number at most before them) ends nothing.
            self.waiting = bool(title) and 0 <= norm.find(title) <= _LEADING
        if self.waiting:
            begun = _own_title_at(norm, self.own, title)
            if begun is None:
                return False
            self.waiting = False
            norm = norm[begun:]
        if title and title in norm:
            self.instructed = True
            return True
        at = max((norm.rfind(head) for head in self.heads), default=-1)
        return at >= 0 and any(norm.find(end, at) >= 0 for end in self.ends)

    def resumes(self, text: Callable[[], str]) -> bool:
        """Whether a page after the end opens another report: the form's title on its first
        lines (a running head or an attachment's number at most before it). Not after the
        instructions (their pages follow), where the next page is not even read."""
        if self.instructed:
            return False
        norm = label_normal_form(text()[:_OPENING])
        begun = _own_title_at(norm, self.own, self.title)
        return begun is not None and begun <= _LEADING


_OPENING = 200
"""Characters of a page's text looked through for a report's opening title."""
_LEADING = 16
"""Characters before the instructions' title on a file's first page (附件2, a page
header) for the file to open with the instructions rather than the report, and before the
form's title on a page for it to open another report."""


def _own_title_at(norm: str, own: str, instructions: str) -> int | None:
    """Where the form's own title stands in a page's text, not as the head of the
    instructions' title (政府网站工作年度报表 | 填写说明)."""
    at = norm.find(own)
    while at >= 0:
        if not instructions or not norm.startswith(instructions, at):
            return at
        at = norm.find(own, at + 1)
    return None


_KEPT = ROWS + 10
"""Lines of text kept past the instructions' title: what `signed_late` looks through for
the signature lines a converter set after it, and a few more."""
_LEAST = 20
"""Lines of text before the instructions' title for it to close a report (a title and a
few lines over the instructions make a template's opening, the table after them)."""


def _spread(words: str) -> str:
    """A pattern of `words` with blanks or a line break between any two characters."""
    return r"\s*".join(re.escape(c) for c in words if not c.isspace())


def text_end(form: Form) -> TextEnd:
    """The cut of a text for its reader: where a line opening with the instructions' title
    has come after the form's own title and more than _LEAST lines, _KEPT lines with text
    past it, unless the form's title stands again after that (another report follows).
    None where the text has no such end.

    Written words only: a title in traditional characters, with markup inside it or
    rewritten is not found, and the text is read whole."""
    heading = re.compile(r"^[ \t\u3000#*|>]*" + _spread(form.instructions), re.MULTILINE)
    own = re.compile(_spread(form.title))

    def end(text: str) -> int | None:
        found = heading.search(text)
        if found is None or text.count("\n", 0, found.start()) < _LEAST:
            return None
        # The form's own title before, not as the head of the instructions' one.
        if own.search(text, 0, found.start()) is None:
            return None
        at = text.find("\n", found.end())
        kept = 0
        while at >= 0 and kept < _KEPT:
            following = text.find("\n", at + 1)
            if text[at + 1 : following if following >= 0 else len(text)].strip():
                kept += 1
            at = following
        if at < 0 or own.search(text, at) is not None:
            return None
        return at + 1

    return end
