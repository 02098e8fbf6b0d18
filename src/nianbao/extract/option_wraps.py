"""Lists of options wrapped by their cell's width over more lines than their first: the
names cut at a line's end going on at the next line's start, laid out or one cell a
line (☐政府门户网站 ☑ | 部门网站 ☐专项网站; ☑无障 | 碍浏览  ☑千人千网  ☐其他)."""

from __future__ import annotations

import re

from nianbao.extract import columns
from nianbao.extract.document import TICKED
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE, option_labels
from nianbao.extract.piece import TICKS
from nianbao.extract.placement import Placement
from nianbao.extract.tokens import Token, label_of, names_field
from nianbao.forms.model import Field

LIST_TAIL_RE = re.compile(rf"[{TICKS}]\s*([^{TICKS}]*?)\s*$")
"""A list's last box and the name after it, if any, up to the line's end."""
_LINE_HEAD_RE = re.compile(rf"\s*([^{TICKS}]*)")
_BOXED_RE = re.compile(rf"[{TICKS}]\s*[^{TICKS}\s]+")
"""A box and its option's name."""
_NOTE_RE = re.compile(r"[:：(（]")
"""What ends an option's name that a note follows."""
_LIST_LINES = 3
"""Lines a list of options may go on over."""


def options_below(walk: Placement, f: Field, raw: str, first: Token) -> list[Token]:
    """The lines a list of options goes on over, values only, when its line's end
    cut it after a box or inside an option's name and the next line opens with the name or
    its rest (☑搜索即服务  ☐多语言版本  ☑ | 无障碍浏览  ☐千人千网  ☑其 | 他; 网站类型 ☐政府门户网站
    ☐部门网站 ☑ | 专项网站)."""
    labels = option_labels(f)
    found: list[Token] = []
    r = first.row
    # A list of one option a line goes on over a line for each option after its first.
    most = max(_LIST_LINES, len(labels) - 1)
    while r + 1 < len(walk.rows) and r not in walk.rows.ending and r - first.row < most:
        tail = LIST_TAIL_RE.search(raw)
        following, below = walk.rows[r + 1], r + 1
        if first.cell.bbox is not None:
            # Laid out, other columns' cells may share the line: the list goes on from its
            # left edge, past a line of another column's only (创新发展's options beside the
            # lines of 其他（注明）'s text).
            following, below = _options_line(walk, f, r, first)
            if not following and tail is not None and not tail.group(1):
                following, below = _lone_name(walk, labels, r)
        elif label_of(f, following[:1]) and all(t.piece.kind == "label" for t in following):
            # One cell a line, the field's own label (and the next's) centred in its tall
            # cell between the list's lines (☐无障 | 创新发展 其他（注明） | 碍浏览 ☐千人千网).
            following, below = (
                (walk.rows[below + 1], below + 1) if below + 1 < len(walk.rows) else ([], below)
            )
        if following and following[0].cell.copy and names_field(following[0], f):
            # The field's label cell merged down beside the list's lines, repeated on each
            # (创新发展 | ☑搜索即服务 … ☐千人千网, 创新发展 | ☑其他：…).
            following = following[1:]
        if tail is None or not following:
            break
        # A box closing the line may have its name alone on the next, even a label's (þ |
        # 其他, the label of other new media).
        named = len(following) == 1 and not tail.group(1)
        if any(t.used or t.cell.copy or not (t.piece.kind == "value" or named) for t in following):
            break
        if first.cell.bbox is None and _more_options(f, raw, following, labels):
            # A list of one option a line (☐是 | ☑否; a page's boxes each a block of its
            # own): the next line's options, none of them named yet.
            found += following
            raw += " " + " ".join(t.piece.text for t in following)
            r = below
            continue
        head = _LINE_HEAD_RE.match(following[0].piece.text)
        cut, rest = normalize_label(tail.group(1)), normalize_label(head.group(1) if head else "")
        name = normalize_label(tail.group(1) + (head.group(1) if head else ""))
        # The list ended whole: no name goes on it, or its last name is whole, unless a
        # short one the next line's first word makes longer (☐无障碍 | 浏览 ☑千人千网), or a
        # list of several answers goes on with more of them.
        whole = cut in labels and (name == cut or rest in labels)
        whole = whole or not name or name not in labels
        if whole and not (f.type == "list" and _new_options(raw, following, labels)):
            break
        found += following
        raw += " ".join(t.piece.text for t in following)
        r = below
    return found


def _more_options(f: Field, raw: str, following: list[Token], labels: frozenset[str]) -> bool:
    """Whether a list so far goes on with the next line's options, none of them named yet:
    one more alone (☐是 | ☑否), or, for a list of several answers, a line of them after a
    whole name (☐搜索即服务 ☐多语言版本 | ☐无障碍浏览 ☑千人千网 ☐其他)."""
    text = " ".join(t.piece.text for t in following)
    if len(following) != 1 or text.lstrip()[:1] not in TICKS:
        return False
    names = [normalize_label(n) for n in OPTION_NAME_RE.findall(text)]
    have = [normalize_label(n) for n in OPTION_NAME_RE.findall(raw)]
    if f.type == "list" and names and have:
        return _new_options(raw, following, labels)
    if TICKED in raw and TICKED in text:
        return False  # two answers ticked: another field's (☑是 | ☑否)
    return len(names) == 1 == len(have) and names[0] in labels and names[0] not in have


def _new_options(raw: str, following: list[Token], labels: frozenset[str]) -> bool:
    """Whether the line `following` is boxes and names only, of the list's options, none of
    them named in `raw` yet, whose own names are all the list's too."""
    text = " ".join(t.piece.text for t in following)
    if text.lstrip()[:1] not in TICKS or "".join(_BOXED_RE.sub("", text).split()):
        return False
    # A name may have its note after it (☑其他：企业开办“一件事”智能导航).
    names = [normalize_label(_NOTE_RE.split(n, 1)[0]) for n in OPTION_NAME_RE.findall(text)]
    have = [normalize_label(n) for n in OPTION_NAME_RE.findall(raw)]
    return (
        bool(names and have)
        and all(n in labels and n not in have for n in names)
        and all(n in labels for n in have)
    )


def _options_line(walk: Placement, f: Field, r: int, first: Token) -> tuple[list[Token], int]:
    """Laid out, the cells a list of options goes on with after line r: from the list's
    left edge on the next line (or the one after, when nothing stands there but the
    field's own label, centred in its tall cell), the first and those with a box after it;
    and their line."""
    box = first.cell.bbox
    for below in (r + 1, r + 2):
        if box is None or below >= len(walk.rows) or below - 1 in walk.rows.ending:
            break
        line = walk.rows[below]
        at = next((k for k, t in enumerate(line) if columns.starts_with(first.cell, t.cell)), None)
        if at is None:  # past a line of another column's only, too (千人千 | … | 网 ☑其他)
            at = _centred_start(walk.rows[r], line, box[0])
        if at is None:
            own = label_of(f, line[:1])
            if any(
                t.cell.bbox and t.cell.bbox[0] < box[0] and t is not own and _opens_row(t)
                for t in line
            ):
                break  # a label left of the list: another row
            continue
        taken = [line[at]]
        for token in line[at + 1 :]:
            if not token.piece.ticks:
                break
            taken.append(token)
        return taken, below
    return [], r + 1


def _lone_name(walk: Placement, labels: frozenset[str], r: int) -> tuple[list[Token], int]:
    """The line after r when it holds only the name of an option, a value: the name of the
    box ending line r, wherever the line starts (pypdfium2's cells two spaces apart, read
    as laid out: 网站类型 ☐政府门户网站  ☐部门网站  ☑ | 专项网站)."""
    line = walk.rows[r + 1] if r + 1 < len(walk.rows) else []
    if len(line) != 1 or line[0].piece.kind != "value" or line[0].used:
        return [], r + 1
    return (line, r + 1) if normalize_label(line[0].piece.text) in labels else ([], r + 1)


def _centred_start(above: list[Token], line: list[Token], left: float) -> int | None:
    """Where a list's next line starts when centred in its cell: its first value within the
    boxes' extent above, past their left edge (☐无障碍浏 | 览 ☐千人千网 ☑其他)."""
    right = max((t.cell.bbox[2] for t in above if t.piece.ticks and t.cell.bbox), default=left)
    for k, t in enumerate(line):
        box = t.cell.bbox
        if box is not None and left < box[0] < right:
            return k if t.piece.kind == "value" and not t.used else None
    return None


def _opens_row(token: Token) -> bool:
    """Whether a token left of a list of options starts another row (a label); values are
    the row's other cells, the list wrapped around their line (☐政府门户网站 ☑ | 某局
    http:// 某局 | 部门网站 ☐专项网站)."""
    return token.piece.kind == "label"


_CUT_HEAD_RE = re.compile(rf"\s*([^{TICKS}\s][^{TICKS}]*?)\s*[{TICKS}]")


def options_continued(walk: Placement, f: Field, last: Token) -> list[Token]:
    """The rest of an option list cut by a row end, in the same column of the next row
    (a cell split by a page break): ☐无障碍浏 | 览 ☐千人千网 ☑其他, when the two halves
    together are an option and the cut one is none (or the rest is none: ☐无障碍 |
    浏览, 无障碍 being a short name of 无障碍浏览). One cell a line, the next line opens
    with the rest, its own cell perhaps (☑无障 | 碍浏览  ☑千人千网  ☐其他): all its
    options then. A narrow cell cuts the list again on the next line (☑搜索即服务 ☐多语言版 |
    本 ☐无障碍浏览 ☑千人千 | 网 ☑其他): each rest is followed as far as it goes."""
    found: list[Token] = []
    while more := _continued_once(walk, f, found[-1] if found else last):
        found += more
    return found


def _continued_once(walk: Placement, f: Field, last: Token) -> list[Token]:
    below = last.row + 1
    if below >= len(walk.rows) or last.row in walk.rows.ending:
        return []
    line = walk.rows[below]
    if not any(t.piece.ticks and not t.used for t in line):
        return []  # most rows: no option list goes on there
    tail = LIST_TAIL_RE.search(last.piece.text)
    if tail is None:
        return []
    cut = tail.group(1)
    opening = _line_of_options(line) if line[0].cell is not last.cell else []
    # Laid out too, the rest may open the next line with the line's options after it
    # (pypdfium2: ☑无障 | 碍浏览  ☑千人千网  ☐其他 其他（注明）).
    if _completes(f, cut, opening):
        return opening
    if last.cell.bbox is None:
        return []
    rest = walk.aligned(last.cell, last.row)
    rests = [rest] if rest is not None and rest.piece.ticks else []
    return rests if _completes(f, cut, rests) else []


def _completes(f: Field, cut: str, rests: list[Token]) -> bool:
    """Whether the rests, values nothing took, open with the rest of the option name `cut`
    cut, the name whole an option's and its halves not two options."""
    if not rests or any(t.used or t.piece.kind != "value" for t in rests):
        return False
    head = _CUT_HEAD_RE.match("".join(t.piece.text for t in rests[:2]))
    if head is None:
        return False
    labels = option_labels(f)
    whole = normalize_label(cut + head.group(1))
    apart = normalize_label(cut) in labels and normalize_label(head.group(1)) in labels
    return whole in labels and not apart


def _line_of_options(line: list[Token]) -> list[Token]:
    """A line's first value and the options after it, up to anything else."""
    found = line[:1]
    for token in line[1:]:
        if token.piece.kind != "value" or not token.piece.ticks:
            break
        found.append(token)
    return found


_AFTER_CUT_RE = re.compile(rf"[{TICKS}][ \t\u3000]+([^{TICKS}\s]+)\s*$")
"""A box closing one name, then the next name without its box, at the list's end."""


def names_cut_before_boxes(walk: Placement, f: Field, raw: str, last: Token) -> list[Token]:
    """The next line's values when a list whose boxes follow their names was cut inside a
    name by the line's end, the name's rest and its box opening that line (政府门户网站☐
    部门网 | 站☑ 专项网站☐); none otherwise."""
    tail = _AFTER_CUT_RE.search(raw)
    below = last.row + 1
    if tail is None or below >= len(walk.rows) or last.row in walk.rows.ending:
        return []
    labels = option_labels(f)
    cut = normalize_label(tail.group(1))
    following = walk.rows[below]
    if not cut or cut in labels or not following:
        return []
    if any(t.used or t.cell.copy or t.piece.kind != "value" for t in following):
        return []
    text = following[0].piece.text
    head = _LINE_HEAD_RE.match(text)
    rest = head.group(1) if head else ""
    if not rest or len(rest) == len(text.rstrip()) or normalize_label(cut + rest) not in labels:
        return []  # the rest of the name must be followed by its box
    return following
