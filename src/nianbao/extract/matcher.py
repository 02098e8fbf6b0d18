"""A Document → one raw text per field, driven only by the form definition.

The walk goes row by row, cell by cell. A group label (信息发布, 微博 …) sets the
context; a field label is resolved against the form (generic labels such as
总数 or 名称 by the context and by which fields are still unfilled, in form
order); its value is the next value to the right in the row or, when the row
has none, the value below it. Layout knowledge is general (rows, columns,
merged cells, labels broken over two cells or lines), never about one file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from nianbao.extract import columns, lists_above, lone_tails, paragraph, prose, runover, runs, wraps
from nianbao.extract.abreast import abreast
from nianbao.extract.after_walk import AFTER_WALK
from nianbao.extract.around import around_label, below_own
from nianbao.extract.before_walk import mended
from nianbao.extract.broken import (
    after_last_piece,
    around_label_line,
    cut_after_label,
    inside,
    longest_read,
    middle_read,
    named_between,
    other_pieces,
    past_middle,
    rest_around,
    rest_further,
    split_three,
    wrapped_pair,
)
from nianbao.extract.cells import wrapped_around
from nianbao.extract.centred_labels import value_around_label
from nianbao.extract.count_before import count_before
from nianbao.extract.cuts import closes_name, dashed, runs_on, text_right, unclosed_bracket
from nianbao.extract.date_lead import leading_date
from nianbao.extract.document import Cell, Document
from nianbao.extract.down_pieces import value_beside_pieces
from nianbao.extract.kinds import CHOICE_TYPES, DIGIT_RE
from nianbao.extract.labels import LabelHit, common_prefix, label_index, normalize_label, said_unit
from nianbao.extract.longest import longer_above
from nianbao.extract.misread import repair_options
from nianbao.extract.next_column import across, other_column
from nianbao.extract.next_label import field_before_next
from nianbao.extract.next_line_values import value_on_next_line
from nianbao.extract.notes import option_notes
from nianbao.extract.option_lists import options_read
from nianbao.extract.path_tails import path_tail
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, choose, fails, footnote, readable
from nianbao.extract.regions import titled_below
from nianbao.extract.rest_below import finishes_group, own_piece, rest_of_label_above
from nianbao.extract.shaped import has_shape
from nianbao.extract.tokens import CJK_RE, Rows, Token, unmatched
from nianbao.forms.model import Field, Form

_TAIL = 3
"""Characters of a label's last line that a converter may sort to the end of its first."""
_FULL, _NEAR = 2.0, 5.0
"""A line ending within _FULL line heights of the text's right edge is full; within _NEAR,
it may have wrapped a word that did not fit (`cuts.runs_on`)."""


@dataclass(slots=True)
class _Walk(Placement):
    match: Match = field(default_factory=Match)
    context: tuple[str, ...] = ()
    earlier: tuple[tuple[str, ...], ...] = ()
    """Contexts entered before `context` with no field taken since: group names read in
    another order than their rows (pdftotext's 微博 | 移动新媒体 | 微信 | 名称 …)."""
    entered: bool = False
    last_order: int = -1
    rights: dict[int | None, float] = field(default_factory=dict)
    """Page → the right edge of its text (full_line)."""

    # ------------------------------------------------------------------ labels

    def resolve(self, hit: LabelHit, text: str, at: Token) -> tuple[Field, float]:
        fields = hit.fields
        if len(fields) == 1:
            return fields[0], 1.0
        # A unit written in the label tells generic labels apart (总数(单位:条), not 办件量's).
        said = said_unit(text)
        if said:
            fields = tuple(f for f in fields if f.unit == said) or fields
        if self.earlier and (f := field_before_next(self, at, fields)):
            return f, 0.9
        count = len(self.index.form.fields)
        contexts = (self.context, *self.earlier)
        # A loop, not max() over nested functions: compiled, such closures hold each other
        # in a cycle that keeps the whole walk alive until the collector runs.
        best, top, best_near = fields[0], (False, -1, 0), 0
        for f in fields:
            near = max(common_prefix(f.group_ids, c) for c in contexts)
            score = (f.key not in self.match.seen, near, -((f.order - self.last_order) % count))
            if score > top:
                best, top, best_near = f, score, near
        return best, 0.9 if best_near else 0.75

    def enter_groups(self, hit: LabelHit) -> None:
        if not hit.groups:
            return
        self.earlier = (*self.earlier, self.context) if self.entered else ()
        self.entered = True
        if len(hit.groups) == 1:
            self.context = self.index.chains[hit.groups[0].id]
        else:
            group = max(
                hit.groups, key=lambda g: common_prefix(self.index.chains[g.id], self.context)
            )
            self.context = self.index.chains[group.id]

    def take(
        self, f: Field, label: Token, after: list[Token], conf: float, span: Cell | None = None
    ) -> None:
        around = None if after else around_label(self, label, f)
        values = (
            after
            or (around[0] if around else [])
            or abreast(self, label, f, self.match)
            or value_around_label(self, label, f)
            or runs.stacked(self, label)
            or ([] if runs.unpaired(self, label) else below_own(self, label, span, f))
            or count_before(self, label, f)
            or paragraph.before_label(self, label, f)
            or lists_above.bare_name(self, f, label)
            or value_on_next_line(self, label, f)
        )
        if not values and rest_of_label_above(self, label):
            return  # no field's label: see rest_below
        self.match.seen.add(f.key)
        self.context = f.group_ids
        self.earlier, self.entered = (), False
        self.last_order = f.order
        if not values:
            return
        for token in values:
            token.used = True
        first = values[0]
        raw = first.piece.text
        for before, token in pairwise(values):
            apart = token.row != before.row  # a paragraph's lines
            raw = prose.joined(raw, token.piece.text) if apart else f"{raw} {token.piece.text}"
        parts = list(values)
        if around:
            # A text's line end stood for a space but between Chinese characters (下载量 |
            # 89 万次); a code's or an option list's for none (https:// | www…, ☐专 | 项网站).
            spread = f.type == "str" and not f.identifier
            for part in around[1]:
                part.used = True
                parts.append(part)
                raw = prose.joined(raw, part.piece.text) if spread else raw + part.piece.text
        if f.type in CHOICE_TYPES:
            raw = options_read(self, f, label, values, raw)
        if len(values) == 1 and not around:
            raw = runover.split_off(self, f, first, raw) or leading_date(f, raw)
        if len(values) == 1 and (after or not around) and not wraps.closed(raw):
            wrapped = self.continued(f, first, raw, beside=bool(after))
            if wrapped is None and f.type == "str":
                wrapped = wraps.centred(self, first, raw)
            if wrapped is None and self.doc.format == "text":  # the others keep their cells
                wrapped = wraps.column_rest(self, f, first, raw)
                if wrapped is None:
                    wrapped = lone_tails.lone_tail(self, f, first, raw) or path_tail(
                        self, f, first, raw
                    )
            elif wrapped is None:  # a PDF page's free lines are a text's (lone_tails says)
                wrapped = lone_tails.lone_tail(self, f, first, raw)
                wrapped = wrapped or wraps.code_below(self, f, first, raw)
            if wrapped is None:
                text, lines = prose.paragraph_rest(self, f, first, raw)
                if lines:
                    wrapped = text, lines[-1]
                    for line in lines:
                        line.used = True
                    parts += lines[:-1]
            while wrapped is not None:
                raw, rest = wrapped
                rest.used = True
                parts.append(rest)
                raw = runover.split_off(self, f, rest, raw) or raw
                conf *= 0.9
                wrapped = path_tail(self, f, rest, raw)  # http:// | a.gov.cn | /
        raw = paragraph.whole(self, f, label, parts, raw)
        if self.doc.fuzzy and f.type in CHOICE_TYPES:
            repaired = repair_options(f, raw)
            if repaired != raw:
                raw, conf = repaired, conf * 0.8
        lowest = label.cell.confidence
        for token in values:
            lowest = min(lowest, token.cell.confidence)
        conf *= lowest
        if not after:
            conf *= 0.9
        place = (first.row, first.cell)
        self.match.add(Candidate.at(self.doc, f, raw, place, conf))
        if f.type in CHOICE_TYPES:
            for note_field, note in option_notes(f, raw, self.index.form):
                self.match.add(
                    Candidate.at(self.doc, note_field, note, place, conf * 0.9, explicit=False)
                )

    def continued(
        self, f: Field, value: Token, raw: str, *, beside: bool = True
    ) -> tuple[str, Token] | None:
        """A value cut by a line end: the last text of its row, unreadable for `f`, and
        readable once the next row (one lone fragment) is appended to it; e.g. 填报日期：2025年1
        | 月17日, a name the next line closes (某局（挂某中心 | 牌子）) or ends with a bracketed
        part (某网站 | （某档案馆） 首页网址 …). On a page, a line that fills the text's width
        wrapped: its last value goes on with the next line's first fragment when a label
        follows that fragment, which so belongs to nothing after it (填报人：邓芳 | 涛 联系
        电话：…); so does a line a little shorter when the fragment runs on from the value
        (刘 | 娜, 022- | 66635649): a word too long, or tied to the label after it by
        non-breaking spaces, went to the next line. A text cell going on in its column at the
        next page's top was cut by the page end. A registration number goes on with its
        closing 号 alone on the next line. A value found below its label (`beside` false:
        reading order) goes on the same ways, but a code without a digit (量: a label's end)."""
        if f.type in CHOICE_TYPES:
            return None
        full = self.full_line(value)
        near = full or dashed(raw) or self.full_line(value, _NEAR)
        unclosed = unclosed_bracket(raw)
        # A code, number or address without a digit is cut (晋公网安备 | 1403…号, http:// |
        # www.a.gov.cn/); not so a value found below its label, maybe a label's end (量, 号号).
        digitless = beside and f.identifier and DIGIT_RE.search(raw) is None
        digitless = digitless and not has_shape(f, raw, self.index.form)
        numbered = wraps.number_cut(self, f, value, raw)
        cut = digitless or numbered
        closes = value.row + 1 < len(self.rows) and closes_name(raw, self.rows[value.row + 1])
        if not (
            near or unclosed or closes or cut or fails(f, raw) or wraps.page_cut(self, f, value)
        ):
            return None  # read, or marked absent (无, —)
        tokens = self.rows[value.row]
        position = next(i for i, t in enumerate(tokens) if t is value)
        if any(t.piece.kind != "unit" for t in tokens[position + 1 :]):
            return None
        below = value.row + 1
        if below >= len(self.rows) or value.row in self.rows.ending:
            return None
        following = self.rows[below]
        if unclosed and own_piece(following, f) and below + 1 < len(self.rows):
            # The name stands between its label's pieces, its rest after the last one (主办
            # 单位名 | 某局（某县 | 称 | 档案馆）).
            below, following = below + 1, self.rows[below + 1]
            closes = closes_name(raw, following)
        # A name's last fragment may have the next cell's label after it (cells abreast,
        # both wrapped: 某局（府谷县 | 地方志编纂中心） 首页网址 …, …网站 | （…档案馆） 首页网址).
        orphan = (
            (near or closes or cut) and len(following) > 1 and following[1].piece.kind == "label"
        ) or numbered
        if not (len(following) == 1 or orphan) or below in self.rows.ending:
            return None
        rest = following[0]
        piece = rest.piece
        if not rest.free:
            return None
        if orphan and not full and not closes and not cut and not runs_on(raw, piece.text):
            return None
        joined = raw + piece.text
        if unclosed and unclosed_bracket(joined) and not full:
            return None
        return (joined, rest) if readable(f, joined) else None

    def full_line(self, token: Token, within: float = _FULL) -> bool:
        """Whether `token` closes a line of text (outside tables) that reaches the right edge
        of what the page holds (`within` line heights), as a line a word processor
        wrapped does."""
        box = token.cell.bbox
        row = self.doc.rows[token.row]
        if box is None or row.block % 2 or row.page is None:  # unplaced, a table row, or text
            return False
        right = self.rights.get(row.page)
        if right is None:
            right = self.rights[row.page] = text_right(self.doc, row.page)
        return box[2] >= right - within * (box[3] - box[1])

    # ------------------------------------------------------------------ the walk

    def run(self) -> Match:
        walked = 0
        for r in range(len(self.rows)):
            tokens = self.rows[r]
            if r in self.rows.ending:
                break
            walked = r + 1
            k = 0
            while k < len(tokens):
                k = self.step(r, tokens, k)
        self.match.drop(footnote, self.index.texts)  # unread, for the steps after the walk
        for after in AFTER_WALK:  # in this order: each reads what those before left
            after(self, self.match, walked)
        self.match.unmatched = unmatched(self.rows[r] for r in range(walked))
        return self.match

    def step(self, r: int, tokens: list[Token], k: int) -> int:
        token = tokens[k]
        piece = token.piece
        if token.used or piece.kind == "unit":
            return k + 1
        if piece.kind == "value":
            joined = self.joined(r, tokens, k)
            if joined is None:
                return k + 1
            hit, partner = joined
            token.used = partner.used = True
            if not hit.fields:
                self.enter_groups(hit)
                return k + 1
            self.take_joined(r, tokens, k, hit, partner)
            return k + 1
        label = piece.hit
        assert label is not None
        if token.cell.copy or not label.fields:
            self.enter_groups(label)
            if not token.cell.copy and normalize_label(piece.text) in self.index.heads:
                # A group's name that a label's rest finishes (信 息 发 布 | 425 | 量(单位: 条)).
                joined = self.joined(r, tokens, k)
                if joined is not None and joined[0].fields and finishes_group(self, joined[1]):
                    token.used = joined[1].used = True
                    self.take_joined(r, tokens, k, *joined)
            return k + 1
        self.take_label(r, tokens, k, label)
        return k + 1

    def take_joined(
        self, r: int, tokens: list[Token], k: int, hit: LabelHit, partner: Token
    ) -> None:
        """Take the value of the field label that token k of line r begins and `partner`
        finishes."""
        token = tokens[k]
        f, conf = self.resolve(hit, token.piece.text + partner.piece.text, partner)
        token.field = partner.field = f
        span = None
        if partner.row == r:
            after = self.right_of(tokens, k + 2 if tokens[k + 1] is partner else k + 1, f)
            span = columns.spanning(token.cell, partner.cell)  # its value may stand under it
        elif partner.row == r + 2:
            beside = columns.between(self.doc, token, tokens, self.rows[r + 1])
            beside = past_middle([t for t in beside if not named_between(self, t)])
            if f.type in CHOICE_TYPES:  # a choice's answer has boxes (not 创新发 | 提供… | 展)
                beside = [t for t in beside if t.piece.ticks or t.piece.kind != "value"]
            after = (
                self.right_of(tokens, k + 1, f)
                or self.right_of(beside, 0, f)
                # One cell a line: the value after the label's last piece (专栏专题 | 维 护 |
                # 数 量（个） 36); laid out, other columns' cells may stand there.
                or after_last_piece(self, f, partner)
            )
        elif partner.row == r + 3:  # the value between a label's 2nd and 3rd pieces
            after = value_beside_pieces(self, f, token, partner) or self.right_of(
                self.rows[r + 2], 0, f
            )
        else:
            rest = self.rows[partner.row]
            after = (
                self.right_of(tokens, k + 1, f)
                or self.right_of(rest, rest.index(partner) + 1, f)
                or value_beside_pieces(self, f, token, partner)
            )
        self.take(f, partner, after, conf * 0.95, span)

    def take_label(self, r: int, tokens: list[Token], k: int, label: LabelHit) -> None:
        """Take the value of the field label that token k of line r is."""
        token, line, at = tokens[k], tokens, k
        cut = cut_after_label(self, r, tokens, k)
        if cut is not None:  # the label goes on over the line's end: read on from its rest
            label, after_cut, token = cut
            tokens[k].used = after_cut.used = True
            line, at = self.rows[token.row], 0
        token.used = True
        if label.groups:
            self.enter_groups(label)
        if (
            len(label.fields) > 1
            and not (self.context or self.earlier or self.match.seen)
            and titled_below(self.doc, r, self.index.form)
        ):
            # A label of several fields above the form's title is none of them: the 名称
            # of a disclosure page's heading table (索引号, 发布机构, 名称 …), which would
            # take 微博's 名称 and push its own to 微信's.
            return
        f, conf = self.resolve(label, token.piece.text, token)
        token.field = f
        if label.fuzzy:
            conf *= 0.85
        after = self.right_of(line, at + 1, f)
        if after and across(self, token, after[0]):
            after = []
        rest = rest_around(self, token, label) if not after and cut is None else None
        if rest is not None:  # its value on the line between
            rest.used = True
            return self.take_joined(r, tokens, k, label, rest)
        if not wrapped_pair(self, self.match, token, f, after, conf=conf):
            self.take(f, token, after, conf)

    def joined(self, r: int, tokens: list[Token], k: int) -> tuple[LabelHit, Token] | None:
        """A label broken over this value and the next cell, the next line's first cell or
        the cell below in the same column (a row cut by a page end): (hit, the second half)."""
        token = tokens[k]
        text = token.piece.text
        if token.cell.copy or token.piece.ticks:
            return None
        if not CJK_RE.search(text) and normalize_label(text) not in self.index.heads:
            return None  # no label's head; a Latin one may be (IC | …号 | P备案)
        partners = tokens[k + 1 : k + 2]
        following = self.rows[r + 1] if r + 1 < len(self.rows) else None
        if following and not other_column(self, token, following):
            partners.append(following[0])
        found = self.label_with(token, partners)
        if found is not None and found[1].row == r + 1 and len(following or ()) == 1:
            found = longest_read(self, token, r) or found  # the longest label
        if found is None and len(tokens) > k + 2 and len(tokens[-1].piece.text) <= _TAIL:
            # A tall cell's last line sorted to the end of its first (PyMuPDF's sort):
            # 信息公开目录信息更新 | 条 | 1135条 | 量.
            found = self.label_with(token, tokens[-1:])
        if found is None and following and len(following) > 1:
            below = self.aligned(token.cell, r)
            if below is not None and below is not following[0]:
                found = self.label_with(token, [below])
        around = None
        if found is None and following and not wrapped_around(self, r):
            around = self.label_around(token, r)
        if around is not None and not inside(self, token, around[1]):
            # Unless its value's line opens with a piece of a longer label (独立用户访问 | 总
            # 470 608 | 量: not the variant 独立用户访问量).
            found = split_three(self, token, r) or longer_above(self, token, around) or around
        if found is None and following:
            found = split_three(self, token, r) or middle_read(other_pieces(self, token, r))
        if found is None and following:
            found = around_label_line(self, token, r) or rest_further(self, token, r)
        return found


def match_document(doc: Document, form: Form) -> Match:
    index = label_index(form)
    doc = mended(doc, index)
    walk = _Walk(doc, index, Rows(doc, index))
    match = walk.run()
    match.drop(footnote, index.texts)
    # A table's head (项目 | 指标) is no name's: looked for among the texts' candidates only.
    match.drop(lambda c: prose.column_heads(c.raw, form), index.texts)
    choose(match, doc, form.sections[0].id)
    return match
