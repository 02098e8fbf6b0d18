"""An option list's whole text as the walk takes it for a choice field: its boxes before
their names, its rests on other lines gathered, a last name its line's end cut completed.

Some templates set the boxes after the names (是☑ 否☐, 千人千网☑ 其他☑：…); read as they
stand, each box would go with the name after it, and the box ending the list would seem
to wait for a name on the next line (the next rows' answers were gathered into it)."""

from __future__ import annotations

import re
from functools import cache

from nianbao.extract import lists_above
from nianbao.extract.document import LINE_FORMATS
from nianbao.extract.misread import completed_option, option_alternatives, options_of
from nianbao.extract.note_rests import note_rests
from nianbao.extract.option_rows import option_rows
from nianbao.extract.option_wraps import names_cut_before_boxes, options_below, options_continued
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field

_BOXES = "☑☐"


@cache
def _trailing(f: Field) -> re.Pattern[str]:
    # The box may stand in brackets (搜索即服务（☑）, as 是（√） is written), or after the
    # option's note (其他：适老化改造☑).
    alternatives = option_alternatives(f)
    return re.compile(
        f"({alternatives})([:：][^{_BOXES}]*?)?\\s*(?:[(（]\\s*([{_BOXES}])\\s*[)）]|([{_BOXES}]))"
    )


def boxes_first(f: Field, text: str) -> str:
    """`text` with each box written after its option's name moved before it, when the text
    opens with an option's name with its box right after it and a blank or the text's end
    after that box, or ends with a name and its box (是 否☑: only the answer ticked).
    Otherwise the boxes come first as usual: 是 ☑否 (no box before 是), 是☑否 (the box
    is 否's)."""
    if not text or text[0] in _BOXES:
        return text
    pattern = _trailing(f)
    found = list(pattern.finditer(text))
    if not found:
        return text
    first, last = found[0], found[-1]
    after = text[first.end() : first.end() + 1]
    opens = first.start() == 0 and _attached(first) and (not after or after.isspace())
    ends = last.end() == len(text.rstrip()) and last[0][-1] in _BOXES and _attached(last)
    # Each name then its box, blanks between, the last box ending the text (是 ☑ 否 ☐):
    # boxes first would leave the first name without a box and the last box without a name.
    paired = (
        first.start() == 0
        and last.end() == len(text.rstrip())
        and last[0][-1] in _BOXES
        and sum(text.count(box) for box in _BOXES) == len(found)
        and "".join(pattern.split(text)[::5]).strip() == ""
    )
    if not (opens or ends or paired):
        return text
    return pattern.sub(lambda m: (m[3] or m[4]) + m[1] + (m[2] or ""), text)


def _attached(found: re.Match[str]) -> bool:
    """Whether a name's box (or its bracket) follows it with no blank between."""
    return not found[0][len(found[1])].isspace()


def options_read(walk: Placement, f: Field, label: Token, values: list[Token], raw: str) -> str:
    """The text of the option list `values` begin (`raw`, their text), whole."""
    listed, rows = option_rows(walk, f, label, raw)
    if rows:  # one option a row, down the label's tall cell
        for token in rows:
            token.used = True
        return listed
    first = values[0]
    turned = boxes_first(f, raw)
    cut = names_cut_before_boxes(walk, f, raw, values[-1]) if turned != raw else []
    if cut:
        for token in cut:
            token.used = True
        turned = boxes_first(f, raw + " ".join(t.piece.text for t in cut))
    if turned != raw:
        # Its boxes after its names: whole, no box at its end waiting for a name; only a
        # note may go on (☑其他：建 | 设政策文件库…).
        raw, rests = turned, []
    else:
        raw = lists_above.options_above(walk, f, label, values, raw)
        rests = options_continued(walk, f, values[-1]) or options_below(walk, f, raw, first)
    for k, rest in enumerate(rests):
        rest.used = True
        same_line = k and rest.row == rests[k - 1].row
        raw += (" " if same_line else "") + rest.piece.text
    if walk.doc.format in LINE_FORMATS or walk.doc.format == "image":
        # The note after the list's last option, cut by its line's end (the list's own
        # lines gone on with or not; a scan's lines as a page's).
        end = rests[-1] if rests else (cut or values)[-1]
        for rest in note_rests(walk, f, raw, first, end):
            rest.used = True
            raw += rest.piece.text
    text = completed_option(f, raw)  # a last name its line's end cut (☑其 | 他)
    if walk.doc.format in LINE_FORMATS and not rests:
        for token in _printed_below(walk, f, text, (cut or values)[-1]):
            token.used = True
            text += " " + token.piece.text
    after = _next_in_cell(walk, (cut or values)[-1])
    if after is not None and printed_list(f, f"{text} {after.piece.text.rstrip(':：_ ')}"):
        after.used = True  # the list's last name read as a label (其他：, 移动新媒体's 其他)
        return ""
    return "" if printed_list(f, text) else text


def _next_in_cell(walk: Placement, token: Token) -> Token | None:
    """The unused token after `token` in its cell, if any."""
    after = walk.rows.beside(token, 1)
    return after if after is not None and after.cell is token.cell and not after.used else None


def _printed_below(walk: Placement, f: Field, text: str, last: Token) -> list[Token]:
    """The lines after a bare option that name the field's other options, one line each
    and unmarked, so that the lines together are its printed list and no answer (是 | 否
    under 是否使用统一平台, where a copy of the page lost its tick images)."""
    options = options_of(f)
    if len(text.split()) != 1 or printed_list(f, text):
        return []
    found: list[Token] = []
    words = [text]
    r = last.row
    while len(words) < len(options) and r + 1 < len(walk.rows):
        r += 1
        line = walk.rows[r]
        if len(line) != 1 or line[0].used or line[0].cell.copy:
            return []
        words.append(line[0].piece.text.strip())
        found.append(line[0])
    return found if printed_list(f, " ".join(words)) else []


def printed_list(f: Field, text: str) -> bool:
    """Whether `text` names each of f's options once and marks none: the options as the form
    prints them, none ticked (a template that marks only the ticked ones: ☑是 否)."""
    if "☑" in text or "☐" in text:
        return False
    options = options_of(f)
    words = text.split()  # as written: a mark of another kind (●搜索即服务) is no bare name
    named = [key for word in words for key, labels in options if word in labels]
    return len(named) == len(words) == len(options) == len(set(named))
