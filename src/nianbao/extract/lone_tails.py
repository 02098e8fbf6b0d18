"""A free text's last characters a line end cut, alone on the next line (text only)."""

from __future__ import annotations

import re

from nianbao.digit_spacing import joins_tight
from nianbao.extract.document import LINE_FORMATS
from nianbao.extract.group_ends import ends_group_name
from nianbao.extract.kinds import DIGIT_RE
from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import OPTION_NAME_RE, option_labels
from nianbao.extract.placement import Placement
from nianbao.extract.prose import column_heads
from nianbao.extract.tokens import CJK_RE, Token, groups_only
from nianbao.extract.wraps import CELL_TEXT, LONE_TAIL
from nianbao.forms.model import Field


def lone_tail(walk: Placement, f: Field, value: Token, raw: str) -> tuple[str, Token] | None:
    """A free text, beside its label or on a line of its own below it (reading order),
    whose last characters its cell's line end cut, alone on the next line before a label
    line (其他（注明） 提供…即享服 | 务 | 单位负责人：…; 网站名称 | 海口市卫生健康委员 | 会 |
    网址) or before the next cell's label on that line (…管理 | 局   首页网址 …)."""
    if f.type != "str" or f.identifier or walk.doc.format not in LINE_FORMATS:
        return None
    if len(raw) < CELL_TEXT or raw[-1] in ")）":
        return None  # short, or a name its closing bracket ends
    tokens, below = walk.rows[value.row], value.row + 1
    if tokens[-1] is not value or below >= len(walk.rows) or value.row in walk.rows.ending:
        return None
    following = walk.rows[below]
    # Alone on its line, or before a label there (…人民政府门户网 | 站   首页网址 …): the
    # next cell's label on the rest's line says the row's cells are abreast, so the
    # value's own cell, however narrow, set the line's end.
    labelled = len(following) > 1 and following[1].piece.kind == "label"
    if len(following) != 1 and not labelled:
        return None
    rest, text = following[0], following[0].piece.text
    # A count's unit a PDF's line end cut from it (…发布信息1268 | 条) reads as a unit alone
    # (a text's is the paragraph's rest, joined as its writer spaces numbers).
    unit = rest.piece.kind == "unit" and not rest.used and raw[-1:].isdigit()
    unit = unit and walk.doc.format == "pdf"
    if not rest.free and not unit:
        return None
    # Before the next cell's label, the rest may be longer: the line's first cell is the
    # value's own, whatever it holds (…自治州人民政府 | 门户网站 首页网址 …).
    most = len(raw) // 2 if labelled else LONE_TAIL
    if len(text) > max(most, LONE_TAIL) or not CJK_RE.search(text) or DIGIT_RE.search(text):
        return None
    if _heads_label_below(walk, rest) or ends_group_name(walk, rest):
        return None  # a label's first characters, its rest below (信息 | 发布量)
    if column_heads(text, walk.index.form):
        return None  # the table's column heads under its title (填报单位：某局 | 项目)
    if labelled and _SECTION_NUMBER_RE.fullmatch(text):
        return None  # the next section's number before its name (九 | 创新发展)
    first = walk.rows[value.row][0]
    wrapped = first is not value and first.piece.ticks and _options_go_on(walk, first)
    if _other_column(rest, first, value) or wrapped:
        return None  # a name set down a column left of the table's (微 | 信), or another
        # column's (提供…即享服务 | 他: the rest of the options beside it, ☑其 | 他), or
        # the options' that open the line, wrapped back to its start (… þ其   提供… | 他)
    after = walk.rows[below + 1] if below + 1 < len(walk.rows) else []
    # Before a label's line, or a choice's options: no text's next line (… | 服务 | ☐否).
    ended = after and (after[0].piece.kind == "label" or after[0].piece.ticks)
    if not labelled and after and not ended and below not in walk.rows.ending:
        return None
    spaced = unit and not joins_tight(raw, text)  # as the text sets its numbers (87842 人)
    return raw + (" " if spaced else "") + text, rest


_SECTION_NUMBER_RE = re.compile(r"[一二三四五六七八九十]{1,3}[、.]?")


def _options_go_on(walk: Placement, options: Token) -> bool:
    """Whether the last option's name of the options opening the line may go on with a
    lone text below (☑其 | 他): not when it is whole (☑其他 … 即享 | 服务)."""
    names = OPTION_NAME_RE.findall(options.piece.text)
    labels = {name for f in walk.index.form.fields for name in option_labels(f)}
    return not names or normalize_label(names[-1]) not in labels


_LEFT = 1
"""Columns by which a wrapped text's rest may start left of its line's first cell."""


def _other_column(token: Token, first: Token, value: Token) -> bool:
    """Whether `token` stands neither where the line of `first` starts (a text wrapped back
    to its line's start: …管理 | 局   首页网址) nor in the value's own column: ending before
    the line starts or starting left of it (a section's name set down the table's left
    edge: …办公室 | 基 网站类型), or starting between the line's start and the value's
    column (the options' rest beside a note: 提供…即享服务 | 他)."""
    box, start = token.cell.bbox, first.cell.bbox
    if box is None or start is None:
        return False
    if box[2] <= start[0] or box[0] < start[0] - _LEFT:
        return True
    own = value.cell.bbox
    return own is not None and start[0] + _LEFT < box[0] < own[0] - _LEFT


def _heads_label_below(walk: Placement, token: Token) -> bool:
    """Whether a lone text begins a field's label that one of the next two lines' first
    token finishes (信息发 | 微博  624 | 布 量(单位:条)); 服务 | 移动新媒体 begins none."""
    if normalize_label(token.piece.text) not in walk.index.heads:
        return False
    lines = [q for q in range(token.row + 1, token.row + 4) if q < len(walk.rows)]
    # A group's name lifted onto a line of its own counts for none (信 息 | 移动新媒体 | 条
    # 110 | 发 布 量).
    for q in [q for q in lines if not groups_only(walk.rows[q])][:2]:
        line = walk.rows[q]
        hit = (
            walk.index.lookup(normalize_label(token.piece.text + line[0].piece.text))
            if line
            else None
        )
        if hit is not None and hit.fields:
            # Unless that line is one field's label whole: 网站 | 首页网址 reads as 网站首页网址,
            # but 首页网址 needs no head, and 网站 ends the name above (…人民政府门户 | 网站).
            # A generic label's head stays one (信息 | 发布量: 信息发布量 of 微博 or 微信).
            alone = walk.index.lookup(normalize_label(line[0].piece.text))
            return alone is None or len(hit.fields) > 1 or alone.fields != hit.fields
    return False
