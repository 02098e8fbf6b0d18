"""Names reading order set apart from their labels within their section, in text of one
cell a line (pdftotext without -layout).

A tall name cell may be written after the next label's head (名称 | 信息发布量(单位: |
延长县应急管理局发布 | 条)), or both of a section's names after its last name label and the
next section's name (微博 | 名称 | … | 微信 | 名称 | 创新发展 | 无 | 察哈尔右翼中旗交通运输局).
When the text fields of a section whose labels the walk read are left without a value, and
between the first of those labels and the section's last label stand exactly as many
lines of one name each that nothing took (labels after the last name left out), the names
are the fields', in order. A name is words: Chinese, no digit, no box, no prose
punctuation, no piece of a label or a group's name (移动新媒 | 体), no bracket it does not
close, four characters at least unless it says there is none (无). A section holding a
cut name's short rest apart from its head (…卫生健康 | 网站名称 | 首页网址 | 委员会) is
left alone: which lines are whole names is unknown.
"""

from __future__ import annotations

import re

from nianbao.extract.cuts import unclosed_bracket
from nianbao.extract.labels import normalize_label
from nianbao.extract.leftover import label_rows
from nianbao.extract.placement import Placement
from nianbao.extract.prose import PROSE_RE
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import CJK_RE, Token
from nianbao.rules.kinds import NONE_TEXTS

_LONGEST = 40
"""Characters a name has at most: longer lines are prose."""
_SHORTEST = 4
"""Characters a name has at least, unless it says there is none (无)."""
_CLOSE = ")）"
_LABEL_LINES = 4
"""Lines a cut label's rest may stand below its head, values between."""
_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")


def take_section_names(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    unread = [
        f
        for f in form.fields
        if f.type == "str" and not f.identifier and f.key in match.seen
        if not match.candidates.get(f.key)
    ]
    if not unread:
        return  # most reports
    sections = dict.fromkeys(f.path[0] for f in unread)
    for section in sections:
        members = {f.key for f in form.fields if f.path[0] == section}
        rows = label_rows(walk, walked, members)
        fields = sorted(
            (f for f in unread if f.path[0] == section and f.key in rows),
            key=lambda f: rows[f.key],
        )
        if not fields:
            continue
        last = _last_row(walk, walked, members)
        lines = [walk.rows[r] for r in range(rows[fields[0].key], last)]
        if any(_rest(walk, line) for line in lines):
            continue  # a name cut, its rest apart: which lines are whole is unknown
        names = [line[0] for line in lines if _name(walk, line)]
        # A label after the last name has no name there (其他 blank, after the names).
        fields = [f for f in fields if names and rows[f.key] < names[-1].row]
        if len(names) != len(fields):
            continue
        for f, name in zip(fields, names, strict=True):
            name.used = True
            place = (name.row, name.cell)
            match.add(Candidate.at(walk.doc, f, name.piece.text.strip(), place, 0.5))


def _last_row(walk: Placement, walked: int, keys: set[str]) -> int:
    """The row of the last label of `keys`' fields."""
    return max(
        r
        for r in range(walked)
        if any(t.field is not None and t.field.key in keys for t in walk.rows[r])
    )


def _rest(walk: Placement, line: list[Token]) -> bool:
    """Whether a line is a short word nothing took, no "none" nor a label's head nor the
    rest of a list of options: a cut name's rest (局, 委员会)."""
    if len(line) != 1 or line[0].piece.kind != "value" or line[0].used or line[0].cell.copy:
        return False
    text = line[0].piece.text.strip()
    if _WORD_RE.fullmatch(text) is None or len(text) >= _SHORTEST or text in NONE_TEXTS:
        return False
    if _cut_label(walk, line[0]):
        return False  # 关注 | ０ | ０ | 量(单位:个)
    above = walk.rows[line[0].row - 1] if line[0].row else []
    return not any(t.piece.ticks for t in above)  # a list's (□专项网 | 站)


def _cut_label(walk: Placement, head: Token) -> bool:
    """Whether a word is a field label's head whose rest opens one of the next lines."""
    text = head.piece.text.strip()
    if normalize_label(text) not in walk.index.heads:
        return False
    for r in range(head.row + 1, min(len(walk.rows), head.row + 1 + _LABEL_LINES)):
        line = walk.rows[r]
        hit = walk.index.lookup(normalize_label(text + line[0].piece.text)) if line else None
        if hit is not None and hit.fields:
            return True
    return False


def _name(walk: Placement, line: list[Token]) -> bool:
    """Whether a line is one name nothing took."""
    if len(line) != 1:
        return False
    token = line[0]
    text = token.piece.text.strip()
    if token.piece.kind != "value" or token.used or token.cell.copy or token.piece.ticks:
        return False
    if not text or len(text) > _LONGEST or CJK_RE.search(text) is None:
        return False
    if any(ch.isdigit() for ch in text) or PROSE_RE.search(text) or unclosed_bracket(text):
        return False
    if len(text) < _SHORTEST and text not in NONE_TEXTS:
        return False  # a cut name's rest other lines came before (…文化广电旅游 | http:// | 局)
    if text[0] in _CLOSE or normalize_label(text) in walk.index.heads:
        return False  # a cut text's rest, or a label's or a group's name's head
    above = walk.rows[token.row - 1] if token.row else []
    return not (
        len(above) == 1
        and walk.index.lookup(normalize_label(above[0].piece.text + text)) is not None
    )  # a label's or a group's name's rest (移动新媒 | 体)
