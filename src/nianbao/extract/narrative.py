"""A report told in prose, as a 工作总结-style article or a news item tells it: counts after
words of their labels (全年共发布信息2316条，其中概况类信息10条), yes or no as facts
(已发布服务事项目录, 暂未提供智能问答功能), the innovation options by name (网站已上线搜索即服务
和无障碍浏览功能), an account's name in quotes after its kind (政务微信“某某发布”).

The table reading finds few labels in such a text (a label is seldom written whole), so
this reads what it left unread, and only in a text of many counts in sentences
(`told_in_prose`). A count goes to the field whose label shares most of the words before it
(the characters of its label, in any order: prose rewords), weighed by its unit and by the
part of the report the text is in (a section's or account's name said last: `prose_counts`);
a field read once is not read again."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache

from nianbao.extract.credits import without_credits
from nianbao.extract.document import Document
from nianbao.extract.misread import option_alternatives
from nianbao.extract.prose_counts import ProseContext, clause_counts, shared_count
from nianbao.extract.prose_facts import facts, options_named
from nianbao.extract.prose_names import stated_names
from nianbao.extract.prose_paragraphs import paragraphs
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.extract.shaped import has_shape
from nianbao.forms.model import Field, Form
from nianbao.rules import value_shapes

_CLAUSE_END_RE = re.compile(r"[，；。！？;、（）()\n]|,(?!\d{3}(?!\d))")
"""Where a clause ends (but a comma setting off thousands)."""
_SENTENCE_RE = re.compile(r"[^。！？\n]+")
_PROSE_COUNT_RE = re.compile(
    r"[\u4e00-\u9fff] ?(?:\d[\d,]*(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)"
    r" ?万? ?[条个次项件篇期天] ?[，；。、,;（(]"
)
"""A count in a sentence: after a word, in figures or in Chinese numerals (一千二百六十三
条), its unit, then the clause's end."""
PROSE_COUNTS = 8
"""Counts in sentences a text needs to be read as a report told in prose."""
_QUOTED_RE = re.compile(r"[“\"「]([^”\"」]{1,30})[”\"」]")


def read_prose(doc: Document, form: Form, match: Match) -> None:
    """What the prose says: the whole report when the reading left most counts unread (a
    report told in prose), else only the counts it has not (a table's report with a
    sentence or two among its items: 全年独立用户访问总量1279010个，网站总访问量4220727次。);
    not names nor options, which may be another table's or the instructions' (☑其他)."""
    if all(key in match.chosen for key in _counts(form)):
        return  # nothing prose could add: spares most reports the whole text's search
    if not told_in_prose(doc):
        return
    if _few_counts(match, form):
        read_narrative(doc, form, match)
        return
    told = Match(dict(match.chosen), {k: list(v) for k, v in match.candidates.items()})
    read_narrative(doc, form, told)
    for key in _counts(form):
        if key in told.chosen and key not in match.chosen:
            match.chosen[key] = told.chosen[key]
            match.candidates[key] = [told.chosen[key]]
            match.seen.add(key)


def _few_counts(match: Match, form: Form) -> bool:
    """Whether the reading left most of the form's counts unread."""
    counts = _counts(form)
    return 2 * sum(key in match.chosen for key in counts) < len(counts)


@cache
def _counts(form: Form) -> tuple[str, ...]:
    return tuple(f.key for f in form.fields if f.numeric)


def told_in_prose(doc: Document) -> bool:
    return len(_PROSE_COUNT_RE.findall(_text(doc))) >= PROSE_COUNTS


def read_narrative(doc: Document, form: Form, match: Match) -> None:
    """Adds to `match` (as chosen) what the prose says of fields it has not read."""
    # A code the table reading ran on past its end (http://a.gov.cn/）由某局主办，…) is read
    # again from the clauses.
    taken = {key for key, c in match.chosen.items() if _sound(c, form)}
    for key in taken:
        c = match.chosen[key]
        if c.field.type == "str" and c.raw.endswith("。"):  # the sentence's end, not the text's
            match.chosen[key] = dataclasses.replace(c, raw=c.raw.rstrip("。"))
    context = ProseContext()
    groups = _group_names(form)
    doc = without_credits(doc)  # the article's 审核 is its editor's
    year = _title_year(doc, form, taken)
    if year is not None:
        _put(doc, match, *year)
        taken.add(year[0].key)
    texts = paragraphs(doc)  # one joining of the page's lines for every look below
    for f, raw, r in (*_stated_choices(texts, form, taken), *stated_names(texts, form, taken)):
        _put(doc, match, f, raw, r)
        taken.add(f.key)
    for r, sentence in _sentences(texts):
        for clause in _CLAUSE_END_RE.split(sentence):
            _follow(clause, groups, context)
            for f, raw in (*_said(clause, form, context, taken), *_codes(clause, form, taken)):
                _put(doc, match, f, raw, r)
                taken.add(f.key)
            for f, raw in _clause_values(clause, form, context, taken):
                _put(doc, match, f, raw, r)
                taken.add(f.key)
                context.group, context.order = f.group_ids, f.order
        for f, raw in _sentence_values(sentence, form, context, taken):
            _put(doc, match, f, raw, r)
            taken.add(f.key)
    _media_implied(doc, form, match, taken)


def _stated_choices(
    texts: list[tuple[int, str]], form: Form, taken: set[str]
) -> Iterator[tuple[Field, str, int]]:
    """A single choice stated with its label (网站类型为部门网站), before any of its options
    named elsewhere is taken for it (a page's top bar: 欢迎访问某市人民政府门户网站)."""
    for f in form.fields:
        if f.type != "enum" or f.key in taken:
            continue
        labels = "|".join(map(re.escape, f.labels))
        stated = re.compile(rf"(?:{labels})\s*(?:为|是|[:：])\s*({option_alternatives(f)})")
        for r, text in texts:
            found = stated.search(text)
            if found is not None:
                yield f, found[1], r
                break


def _sound(c: Candidate, form: Form) -> bool:
    f = c.field
    return readable(f, c.raw) and (not f.identifier or has_shape(f, c.raw, form))


def _put(doc: Document, match: Match, f: Field, raw: str, r: int) -> None:
    candidate = Candidate.at(doc, f, raw, (r, doc.rows[r].cells[0]), 0.6)
    match.candidates[f.key] = [candidate]
    match.chosen[f.key] = candidate
    match.seen.add(f.key)


def _text(doc: Document) -> str:
    return "\n".join(text for _, text in paragraphs(doc))


def _sentences(texts: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    for r, text in texts:
        for sentence in _SENTENCE_RE.findall(text):
            yield r, _ASIDE_RE.sub("", sentence)


_ASIDE_RE = re.compile(r"[（(][^（）()]{1,12}[）)](?=\s*(?:为|是|达|[:：])?\s*\d)")
"""A remark between a label and its count (注册用户数（截至12月底）为56,904个)."""


def _group_names(form: Form) -> list[tuple[str, tuple[str, ...]]]:
    """Each section's and group's names with the group ids they stand for, longest first."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for f in form.fields:
        for depth in range(1, len(f.path) + 1):
            name = f.path[depth - 1]
            if len(name) >= 2:
                out.append((name, f.group_ids[:depth]))
    unique = dict(out)
    return sorted(unique.items(), key=lambda item: -len(item[0]))


def _follow(clause: str, groups: list[tuple[str, tuple[str, ...]]], context: ProseContext) -> None:
    """A section's or account's name in the clause (the longest) makes its part the context."""
    for name, ids in groups:
        if name in clause:
            context.group = ids
            return


def _title_year(doc: Document, form: Form, taken: set[str]) -> tuple[Field, str, int] | None:
    """The year of a title over the text (某某网站2022年度工作报表), for the head's count."""
    head = [f for f in form.fields if f.path == form.fields[0].path and f.numeric]
    if not head or head[0].key in taken:
        return None
    for r, row in enumerate(doc.rows[:_TITLE_ROWS]):
        found = _YEAR_RE.search(" ".join(c.text for c in row.cells))
        if found is not None:
            return head[0], found[1], r
    return None


_TITLE_ROWS = 40
"""Rows looked through for the title (a page's chrome before it)."""
_YEAR_RE = re.compile(
    r"((?:19|20)\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年度?(?!\d)"
    r"[^。，；\n]{0,16}?(?:报表|年报|报告)"
)
"""A title's year, in figures or Chinese numerals (关于二〇二一年度…工作情况的报告)."""


def _said(
    clause: str, form: Form, context: ProseContext, taken: set[str]
) -> Iterator[tuple[Field, str]]:
    """A text's label in the clause and its value after a colon, 为, 是 or a quote (网站名称
    为某某, 名称“某某”); a code right after it (政府网站标识码4106000001), in its shape."""
    for f in form.fields:
        if f.type not in ("str", "date") or f.key in taken:
            continue
        if len(f.path) > 1 and f.group_ids != context.group:
            continue  # an account's 名称: only where the text tells of that account
        for label in sorted(f.labels, key=len, reverse=True):
            at = clause.find(label)
            if at < 0:
                continue
            rest = clause[at + len(label) :]
            said = _SAID_RE.match(rest)
            value = rest[said.end() :].strip() if said is not None else rest.strip()
            quoted = _QUOTED_RE.fullmatch(value)
            value = quoted[1] if quoted is not None else value
            if f.identifier:
                # The code, or its first word (the code's own blanks, or words after it).
                for code in (value, *value.split()[:1]):
                    if has_shape(f, code, form):
                        yield f, code
                        return
            elif value and (said is not None or quoted is not None):
                yield f, value
                return
            break
        done = _done_by(clause, f)
        if done is not None:
            yield f, done
            return


def _codes(clause: str, form: Form, taken: set[str]) -> Iterator[tuple[Field, str]]:
    """Codes of a shape the form's rules give, without their labels (备案信息为粤ICP备…、
    粤公网安备…号): a word with Chinese or an address's marks, not a bare number."""
    shapes = value_shapes(form)
    for word in _WORD_SPLIT_RE.split(clause):
        if not _CODE_LIKE_RE.search(word):
            continue
        for f in form.fields:
            if f.key in shapes and f.key not in taken and has_shape(f, word, form):
                yield f, word
                taken = taken | {f.key}
                break


_WORD_SPLIT_RE = re.compile(r"[、，,；;（）()：为是]+")
_CODE_LIKE_RE = re.compile(r"[\u4e00-\u9fff]|://|www\.")


def _done_by(clause: str, f: Field) -> str | None:
    """Who a unit's label names, said in the passive (主办单位: 由某局主办)."""
    for label in f.labels:
        if label.endswith(_UNIT_WORD) and len(label) > len(_UNIT_WORD) + 1:
            verb = label.removesuffix(_UNIT_WORD)
            found = re.search(rf"由([^，；。由]{{2,40}}?){re.escape(verb)}", clause)
            if found is not None:
                return found[1]
    return None


_UNIT_WORD = "单位"


_SAID_RE = re.compile(r"\s*(?:[:：]|为|是)\s*")


def _clause_values(
    clause: str, form: Form, context: ProseContext, taken: set[str]
) -> Iterator[tuple[Field, str]]:
    counted: set[str] = set()
    for f, raw in clause_counts(clause, form, context, taken):
        counted.add(f.key)
        yield f, raw
    yield from facts(clause, form, taken | counted)


def _sentence_values(
    sentence: str, form: Form, context: ProseContext, taken: set[str]
) -> Iterator[tuple[Field, str]]:
    """Options named (`prose_facts`), counts one figure gives, and a quoted name after an
    account's kind."""
    yield from options_named(sentence, form, context.group, taken)
    yield from shared_count(sentence, form, taken)
    accounts = [f for f in _account_names(form) if f.key not in taken]
    for f in accounts:
        if re.search(rf"{re.escape(f.path[-1])}\s*[:：]\s*无", sentence):
            yield f, "无"  # 微博：无, as the table writes 无 for its name
            taken = taken | {f.key}
    for quoted in _QUOTED_RE.finditer(sentence):
        before = sentence[max(0, quoted.start() - _KIND) : quoted.start()]
        after = sentence[quoted.end() : quoted.end() + _KIND_AFTER]
        # The kind right after the name (“某某发布”微博), else the nearest before it.
        kinds = [(f, after.startswith(f.path[-1]), before.rfind(f.path[-1])) for f in accounts]
        told = [k for k in kinds if k[0].key not in taken and (k[1] or k[2] >= 0)]
        if told:
            f = max(told, key=lambda k: (k[1], k[2]))[0]
            yield f, quoted[1]
            taken = taken | {f.key}


_KIND = 8
"""Characters before a quoted name that may say its account's kind (政务微信公众号“…”)."""
_KIND_AFTER = 2


def _account_names(form: Form) -> list[Field]:
    """Each account's name: the first field of a group in a section, when a text."""
    firsts: dict[tuple[str, ...], Field] = {}
    for f in form.fields:
        if len(f.group_ids) > 1:
            firsts.setdefault(f.group_ids, f)
    return [f for f in firsts.values() if f.type == "str"]


def _media_implied(doc: Document, form: Form, match: Match, taken: set[str]) -> None:
    """An account told of (its name or counts) says the site has new media."""
    for f in form.fields:
        if f.type != "bool" or f.key in taken or len(f.path) != 1:
            continue
        accounts = [g for g in form.fields if len(g.path) > 1 and g.path[0] == f.path[0]]
        told = [g for g in accounts if g.key in match.chosen]
        if told and f.label.endswith(f.path[0]):
            row = match.chosen[told[0].key].row
            _put(doc, match, f, "是", row)
