"""Where a label's value stands in a Document: right of it in its row, or below it in
its column; and the cuts (a label or a unit broken by a line or page end) that read as
neither value nor label. The matcher's walk (`matcher._Walk`) builds on this."""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.extract import cell_places, columns, kinds, label_heads
from nianbao.extract.column_values import (
    cell_lines_rest,
    in_column,
    pair_between,
    spread_rest,
)
from nianbao.extract.document import Cell, Document
from nianbao.extract.kinds import (
    CHOICE_TYPES,
    COUNT_TYPES,
    DIGIT_RE,
    counts_for_words,
    fits_unit,
    words_for_count,
)
from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.misread import (
    SPECK_RE,
    answers_choice,
    may_own,
    option_names,
    restates_label,
)
from nianbao.extract.named_answers import named_answer
from nianbao.extract.options_under import options_under
from nianbao.extract.piece import PieceKind
from nianbao.extract.pieces import segment
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import CJK_RE, NUMERIC_RE, Rows, Token, context_line, groups_only, units
from nianbao.extract.unit_dashes import dash_before_value
from nianbao.extract.unit_rests import after_unit_rest
from nianbao.extract.values_below import line_lead
from nianbao.forms.model import Field

_BELOW_ROWS = 3
_PAST_GROUPS = 8
"""Lines `below` looks down when lines of group names only come between."""
_CUT_GROUP = 2
"""Characters of a group's name its cell's width may leave alone on a line (务)."""


@dataclass(slots=True)
class Placement:
    doc: Document
    index: LabelIndex
    rows: Rows
    counts: dict[int, list[Token]] = field(default_factory=dict)
    """Row → its one cell of counts cut apart (`abreast`)."""
    stacks: dict[tuple[int, int], Token | None] = field(default_factory=dict)
    """A label's row and place in it → its value, in text of one cell a line (`stacked`)."""
    unpaired: set[tuple[int, int]] = field(default_factory=set)
    """Labels of a run followed by more values than labels: no telling whose is whose."""

    def right_of(self, tokens: list[Token], start: int, f: Field) -> list[Token]:
        found: list[Token] = []
        for token in tokens[start:]:
            piece = token.piece
            if token.cell.copy or piece.kind == "unit":
                continue
            if piece.kind == "label":
                found += [] if found else named_answer(f, tokens, token)  # 其他：开设…
                break
            cut = self.cut_head(token)
            if cut == "unit":
                token.used = True  # half a unit: neither a value nor an unknown label
                continue
            if cut == "label":
                break
            if token.used or (not found and dash_before_value(tokens, token)):
                continue
            wraps = label_heads.wraps_a_value(self, token)
            if wraps or label_heads.opens_label(self, tokens, token, f):
                break  # the head of the next label, its value below or its rest beside
            if f.type not in CHOICE_TYPES:
                if start and pair_between(self, tokens[start - 1], token):
                    break  # another pair's value: this label's stands around it
                found.append(token)
                found += spread_rest(self, f, tokens, token) or cell_lines_rest(f, tokens, token)
                break
            if NUMERIC_RE.fullmatch(piece.text):
                break  # no option: the value of a label wrapped around it (注册用户数)
            if not found and self.doc.fuzzy and SPECK_RE.fullmatch(piece.text):
                continue  # a box's edge OCR read in a narrow cell of its own ([ | ☑是 ☐否)
            worded = bool(found) and f.type != "list" and not any(t.piece.ticks for t in found)
            if not found and restates_label(f, piece.text):
                continue
            if not piece.ticks and not answers_choice(f, piece.text) and (worded or not found):
                break  # no answer, or a remark after a word answer (是 | 下拉选择)
            if any(option_names(piece.text) & option_names(t.piece.text) for t in found):
                break  # options named again: the next cell's choice (☐是 ☑否   ☑是 ☐否)
            found.append(token)
        return found

    def below(self, row: int, label: Cell, f: Field) -> list[Token]:
        rest = after_unit_rest(self.doc, self.rows, row, label, f)
        if rest:
            return rest
        if columns.laid_out(self.doc, row, label):
            if self.wrapped_around(label, row) and label.bbox is not None:
                # The value on the line between the label's and its unit's rest, right of
                # the label (注册用户数(单位: | … 5 233 | 个)).
                right = self.next_label_start(row, label)
                beside = self.free_between(self.rows[row + 1], label.bbox[2], right, claimed=False)
                if beside and not words_for_count(f, beside[0]):
                    return beside[:1]
            found = in_column(self, row, label, f)
            if found is not None:
                return found
        end, past = min(row + 1 + _BELOW_ROWS, len(self.rows)), False
        r = row
        while r + 1 < end:
            r += 1
            tokens = self.rows[r]
            if self.doc.past_table(row, r):
                return []  # the next table or its title holds no value of a table's label
            if units(tokens):
                continue
            if r == row + 1 and (self.label_rest(row, tokens) or self.ends_head_above(row, tokens)):
                continue
            if tokens and all(counts_for_words(f, t) for t in tokens):
                continue  # the counts of the labels beside a text's (名称 信息发布量 | 163 14,307)
            cut = self.group_cut(tokens[0]) if len(tokens) == 1 else 0  # 移动新媒 | 体
            if groups_only(tokens) or cut or context_line(tokens, self.index):
                # Reading order (pdftotext): the names of the tall cells to the left come
                # between a label and its value (网站总访问量 | 信息发布 | 解读回应 | 5 233).
                r += cut  # the name's rest
                end, past = min(end + 1 + cut, row + 1 + _PAST_GROUPS, len(self.rows)), True
                continue
            lead = line_lead(self, (row, label), r, tokens, f)
            if not lead:
                return []
            if past and not (len(tokens) == 1 and fits_unit(f, lead[0], self.index.form)):
                return []  # past the names of tall cells, only a value alone that fits
            if f.type in CHOICE_TYPES:
                return options_under(self, row, label, f, lead)
            form = self.index.form
            if f.type in COUNT_TYPES and kinds.unit_clash((f,), lead[0].piece.text, form):
                return []  # another field's count, written with its unit (202条 for 天)
            same = [t for t in lead if self.under(label, row, t)][:1]
            if same or (same := columns.text_across(f, label, lead, tokens, self.rows[row])):
                return same
            if len(lead) == 1 and all(t is lead[0] or t.piece.kind == "unit" for t in tokens):
                # Alone on its line, but for a unit (个  ６１４２); not past the next label
                # of its row (平均办理时间（单  公开答复数量 | 0 | 位：天）) nor under another's.
                past = self._past_next_label(row, label, lead[0])
                past = past or cell_places.under_another(self.rows, row, label, lead[0])
                return [] if past else lead
            if cell_places.in_place(self.rows, row, label, f, lead[0]):
                return lead[:1]  # labels abreast in one cell, no telling where each stands
            return lead[:1] if r == row + 1 and self.wrapped_around(label, row) else []
        return []

    def free_at(self, tokens: list[Token], x: float) -> list[Token]:
        """`free_between` for a column's left edge (give or take one)."""
        return self.free_between(tokens, x - 1, x + 1)

    def free_between(
        self, tokens: list[Token], left: float, right: float, *, claimed: bool = True
    ) -> list[Token]:
        """The unused values of a line starting between `left` and `right`, up to the first
        other token there; none when a label before them on their line claims them (unless
        not `claimed`: a label wrapped around the line owns them)."""
        found: list[Token] = []
        for k, token in enumerate(tokens):
            box = token.cell.bbox
            if box is None or not left <= box[0] < right:
                continue
            if token.used or token.cell.copy or token.piece.kind != "value":
                break
            if claimed and not found:
                owner = next((t for t in reversed(tokens[:k]) if t.piece.kind != "unit"), None)
                hit = owner.piece.hit if owner is not None else None
                if (
                    owner is not None
                    and owner.piece.kind == "label"
                    and (hit is None or bool(hit.fields))  # a group's name owns no value
                    and may_own(owner.field, token.piece)
                ):
                    return []
            found.append(token)
        return found

    def unread_head(self, f: Field, token: Token) -> bool:
        """Whether a value is a field label's head that count f cannot read (可全程在线办理)."""
        text = token.piece.text
        heads = self.index.field_heads
        return f.type in COUNT_TYPES and not readable(f, text) and normalize_label(text) in heads

    def _past_next_label(self, row: int, label: Cell, token: Token) -> bool:
        """Laid out, whether `token` starts where the next label of `label`'s line does or
        further right."""
        box = token.cell.bbox
        return (
            box is not None
            and label.bbox is not None
            and box[0] >= self.next_label_start(row, label)
        )

    def wrapped_around(self, label: Cell, row: int) -> bool:
        """Whether a label's unit, cut by its line end, goes on two lines down in its column:
        laid out with spaces, the value of a label wrapped in a tall cell stands on the
        line between (解读产品数量(单 | 6个 | 位:个))."""
        if not columns.laid_out(self.doc, row, label) or row + 2 >= len(self.rows):
            return False
        rest = self.aligned(label, row + 1)
        return rest is not None and rest.piece.kind == "unit"

    def group_cut(self, token: Token) -> int:
        """The lines alone under a token that finish with it a group's name its cell cut
        (移动新媒 | 体, 移动 | 新媒 | 体), which the walk reads when it gets there: 0 if none."""
        if token.piece.ticks:
            return 0
        text = token.piece.text
        for k in (1, 2):
            row = token.row + k
            rest = self.aligned(token.cell, row - 1) if row < len(self.rows) else None
            if rest is None or rest.used or len(self.rows[row]) != 1:
                return 0
            text += rest.piece.text
            hit = self.index.lookup(normalize_label(text))
            if hit is not None and hit.names_group:
                return k
        return 0

    def cut_head(self, token: Token) -> PieceKind | None:
        """What a value token really begins when a row break (often a page's end) cut it
        and the same column of the next row finishes it: a label or a unit; else None."""
        if token.cell.copy or token.piece.ticks or token.row + 1 >= len(self.rows):
            return None
        text = token.piece.text
        if not CJK_RE.search(text):
            return None
        if DIGIT_RE.search(text) and DIGIT_RE.search(normalize_label(text)):
            return None  # a count or a code: labels and units hold no digits but numbering
        rest = self.aligned(token.cell, token.row)
        if rest is not None and rest.row + 1 < len(self.rows) and groups_only(self.rows[rest.row]):
            rest = self.aligned(token.cell, rest.row) or rest  # 信 息 发 | 微博 | 布 量（条）
        return None if rest is None else self.finishes(token, rest)

    def aligned(self, cell: Cell, row: int) -> Token | None:
        """The first token of the row after `row` that stands under `cell`."""
        for t in self.rows[row + 1]:  # a loop, not next(…): among the walk's busiest calls
            if not t.cell.copy and self.under(cell, row, t):
                return t
        return None

    def finishes(self, head: Token, rest: Token) -> PieceKind | None:
        """What two values cut apart read as together when that is labels and units only
        (可全程在线办理政务服务 | 事项数量（单位：项）→ label; （单 | 位：项）→ unit)."""
        if head.piece.kind != "value" or rest.piece.kind != "value":
            return None
        joined = segment(head.piece.text + rest.piece.text, self.index, self.doc.fuzzy)
        if not joined or any(p.kind == "value" for p in joined):
            return None
        return "label" if any(p.kind == "label" for p in joined) else "unit"

    def _finishes_label(self, head: Token, rest: Token) -> PieceKind | None:
        """`finishes`, or a label that reads on into the next line's value as one of its
        own field (答复网民提问数 | 量（单位：条）)."""
        found = self.finishes(head, rest)
        if found is not None or head.piece.kind != "label" or rest.piece.kind != "value":
            return found
        if rest.piece.ticks:
            return None  # an answer, not a label's rest
        hit = self.index.lookup(normalize_label(head.piece.text + rest.piece.text))
        own = head.piece.hit
        return "label" if hit is not None and own is not None and hit.fields == own.fields else None

    def label_rest(self, row: int, tokens: list[Token]) -> bool:
        """Whether `tokens` (the row below `row`) only finish labels cut at the row's end,
        as a table row broken across a page (信息公开目录信息更 | 新量（条）), beside labels
        in columns the part above left empty: no values."""
        above = [t for t in self.rows[row] if not t.cell.copy]
        finished = False
        for token in tokens:
            if token.cell.copy or token.piece.kind == "unit":
                continue
            # The text a cell ends with is what a cut leaves unfinished.
            head = next((t for t in reversed(above) if self.under(t.cell, row, token)), None)
            if head is None and token.piece.kind == "label":
                continue
            if head is None or self._finishes_label(head, token) is None:
                return False
            finished = True
        return finished

    def next_label_start(self, row: int, label: Cell) -> float:
        """Where the next label right of `label` on its line starts (no end if none)."""
        limit = self.next_label(row, label)
        return limit.bbox[0] if limit is not None and limit.bbox else float("inf")

    def next_label(self, row: int, label: Cell) -> Cell | None:
        """The cell of the next label to the right of `label` in `row`, if any."""
        cells = [
            t.cell
            for t in self.rows[row]
            if t.piece.kind == "label" and not t.cell.copy and t.cell.col > label.col
        ]
        return min(cells, key=lambda c: c.col, default=None)

    def left(self, token: Token, of: Token) -> bool:
        """Whether `token` lies wholly left of `of`, laid out (another column's)."""
        return columns.left_of(self.doc, token.cell, token.row, of.cell, of.row)

    def under(self, label: Cell, row: int, token: Token, limit: Cell | None = None) -> bool:
        """Whether `token` stands under `label` (up to the `limit` label when given)."""
        return columns.under(self.doc, label, row, token.cell, token.row, limit=limit)

    def label_around(self, token: Token, r: int) -> tuple[LabelHit, Token] | None:
        """In text, a label wrapped in a tall cell has its value on the line between its
        halves (独立用户访问总 | 420916个 | 量（单位：个）)."""
        if self.doc.format != "text" or r + 2 >= len(self.rows) or token.piece.ticks:
            return None  # a label has no boxes (☑ | 是 | 政务服务事项总数 is no label)
        middle = self.aligned(token.cell, r)  # a line set flush left stands under every other
        # The line between holds a value, or the unit column run into it (…舆情数 | 次 5 | 量)
        # or a group's name centred in its tall cell (可全程在线办理政 | 办事服务 296 | 务…),
        # maybe with the unit column after it (办事服务 项 501).
        between = r
        if middle is not None and middle.piece.kind != "value":
            group = groups_only([middle])
            named = middle.piece.kind == "unit" or group
            following = self.rows.after(middle)
            if following is not None and following.piece.kind == "unit":
                following = self.rows.after(following)
            below = self._lone_value_below(middle) if following is None and named else None
            if below is not None:
                following, between = below, r + 1  # 办事服务 | 80项: a line each
            elif following is None and group and len(self.rows[r + 1]) == 1:
                # The name alone, the label's rest the line after (可全程在线办理 | 办事服务 |
                # 政务服务事项数量 项 87; 收到意见 | 征集调查 | 数量(单位:).
                rest = self.aligned(token.cell, r + 1)
                return None if rest is None else self.label_with(token, [rest])
            if not named or following is None or following.piece.kind != "value":
                return None
        rest = self.aligned(token.cell, between + 1)
        if rest is None:
            return None
        rest = cell_places.same_piece(self.rows, token, rest)
        hit = rest.piece.hit
        if (hit is not None and not hit.fields) or (
            rest.piece.kind == "value" and len(rest.piece.text) <= _CUT_GROUP
        ):
            # A group's name centred in its tall cell may open the line (办事服务 量), or its
            # last characters, cut by the cell's width (办事服 | 务 服务事项数量).
            return self.label_with(token, [rest, *filter(None, [self.rows.after(rest)])])
        return self.label_with(token, [rest])

    def _lone_value_below(self, token: Token) -> Token | None:
        """With `token` alone on its line, the lone value on the line below, with a line
        after it; else None."""
        r = token.row
        if len(self.rows[r]) != 1 or r + 2 >= len(self.rows) or len(self.rows[r + 1]) != 1:
            return None
        # A value, not options of the row's choice or the next label's head (三、专栏专题 |
        # 专栏专题维护数 | 量: no value between 二、信息发布's pieces).
        below = self.rows[r + 1][0]
        return None if below.piece.ticks or self.opens_row(below) else below

    def opens_row(self, token: Token) -> bool:
        """Whether a token is a field's label or the head of one, alone on its line."""
        if len(self.rows[token.row]) != 1:
            return False
        hit = token.piece.hit
        if token.piece.kind == "label":
            return hit is not None and bool(hit.fields)
        return normalize_label(token.piece.text) in self.index.field_heads

    def heading(self, row: int) -> bool:
        """Whether line `row` holds nothing but a group's name (that may be a label too)."""
        tokens = self.rows[row]
        hit = tokens[0].piece.hit if len(tokens) == 1 else None
        return hit is not None and bool(hit.groups)

    def ends_head_above(self, row: int, tokens: list[Token]) -> bool:
        """Whether the line under line `row` of labels only finishes a field's label whose
        head stands alone on the line above them (订 阅 | 名称 信息发布量 | 数(单位:个))."""
        above = self.rows[row - 1] if row else []
        values = [t for t in tokens if t.piece.kind != "unit"]
        if len(above) != 1 or not above[0].free or len(values) != 1:
            return False
        found = self.label_with(above[0], values)
        return found is not None and bool(found[0].fields)

    def label_with(self, token: Token, partners: list[Token]) -> tuple[LabelHit, Token] | None:
        """The label `token` and one of `partners` make; `token` may open with a group's
        cut name one space before the label's head (办事服 可全程网上办理政务 | … 服务事项数量)."""
        found = self._label_with(token.piece.text, partners)
        words = token.piece.text.split(" ")
        if found is None and len(words) == 2 and words[0] in self.index.group_heads:
            found = self._label_with(words[1], partners)
        return found

    def _label_with(self, text: str, partners: list[Token]) -> tuple[LabelHit, Token] | None:
        for partner in partners:
            if partner.used or partner.cell.copy or partner.piece.ticks:
                continue
            rest = partner.piece.text
            norm = normalize_label(text + rest)
            hit = self.index.lookup(norm) if norm else None
            words = rest.split(" ")
            if hit is None and len(words) == 2 and len(words[0]) <= _CUT_GROUP:
                # The group's name's cut end opening the rest's line too (安全防 是否建立安全
                # 监测 | □是 √否 | 护 预警机制).
                hit = self.index.lookup(normalize_label(text + words[1]))
            if hit is not None:
                return hit, partner
        return None
