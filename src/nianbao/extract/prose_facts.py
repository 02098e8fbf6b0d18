"""What prose says of a report's yes/no questions and choices: facts (已建立安全监测预警机制,
暂未提供智能问答), a question and its answer (智能问答：否, 移动新媒体：无), the options named
(网站类型为政府门户网站, 网站提供搜索即服务、多语言版本等创新功能), but a denied list's
(未开展搜索即服务、多语言版本), and an option's note after it (其他（…）). Part of
`narrative`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nianbao.extract.notes import note_fields
from nianbao.forms.model import Field, Form

_NEGATIONS = ("暂未", "尚未", "没有", "未", "不")
_HEADING_MARKS = " 　0123456789一二三四五六七八九十、.．（）()"
_WITHIN = 6
"""Characters at most between a negation and the fact it denies (暂未提供智能问答)."""


def facts(clause: str, form: Form, taken: set[str]) -> Iterator[tuple[Field, str]]:
    """Yes or no said as a fact: the object of a 是否 label's question in the clause, denied
    or not (已建立安全监测预警机制, 暂未提供智能问答)."""
    for f in form.fields:
        if f.type != "bool" or f.key in taken:
            continue
        at, end = _object_at(clause, f)
        alone = not clause[:at].strip(_HEADING_MARKS) and not clause[end:].strip()
        if at < 0 or (alone and clause[at:end] in f.path):
            continue  # its section's name alone: a heading (八、移动新媒体), no fact
        answer = _TICKED_RE.search(clause, end) or _ANSWER_RE.match(clause, end)
        before = clause[max(0, at - _WITHIN) : at]
        if answer is not None:  # the question and its answer (智能问答：否, 移动新媒体：无)
            yield f, _YES_NO.get(answer[1], answer[1])
        elif not before.endswith("是否"):  # not a question without its answer
            # 无 right before it denies it too (本单位无移动新媒体); further off it may be
            # another word's (无障碍).
            denied = any(word in before for word in _NEGATIONS) or before.endswith("无")
            yield f, "否" if denied else "是"
        return


def _object_at(clause: str, f: Field) -> tuple[int, int]:
    """Where the longest tail (four characters or more) of one of the field's questions,
    less its 是否, stands in the clause, and where it ends ((-1, -1): nowhere)."""
    best, at = 0, (-1, -1)
    for label in f.labels:
        core = label.removeprefix("是否")
        for k in range(len(core) - 3):
            tail = core[k:]
            if len(tail) <= best:
                break
            found = clause.find(tail)
            if found >= 0:
                best, at = len(tail), (found, found + len(tail))
                break
    return at


_ANSWER_RE = re.compile(r"[\s:：—－-]*(是|否|有|无)(?![\u4e00-\u9fff])")
_TICKED_RE = re.compile(r"☑\s*(是|否)")
_YES_NO = {"有": "是", "无": "否"}


def options_named(
    sentence: str, form: Form, group: tuple[str, ...], taken: set[str]
) -> Iterator[tuple[Field, str]]:
    """The options a sentence names of each choice it tells of (its label in the sentence,
    or the text about its group), and the note after an option that has one."""
    for f in form.fields:
        if not f.choices or f.key in taken:
            continue
        named = [c for c in f.choices if any(_affirmed(sentence, label) for label in c.labels)]
        said = any(label in sentence for label in f.labels) or f.group_ids == group
        # One of a single choice's options, by its own name, tells it anywhere (属部门网站).
        said = said or (f.type == "enum" and len(named) == 1 and named[0].label in sentence)
        if not named or not said:
            continue
        yield f, "、".join(c.label for c in named)
        for note in note_fields(form, f):
            option = next((c for c in named if note.label.startswith(c.label)), None)
            text = _note_after(sentence, option.label) if option is not None else None
            if note.key not in taken and text:
                yield note, text


def _affirmed(sentence: str, name: str) -> bool:
    """Whether the sentence names the option, not as denied: a negation in its clause
    before it denies a whole list (未开展搜索即服务、多语言版本和千人千网)."""
    at = sentence.find(name)
    if at < 0:
        return False
    opened = max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_MARKS)
    return not any(word in sentence[opened + 1 : at] for word in _NEGATIONS)


_CLAUSE_MARKS = "，；：:,;。"


def _note_after(sentence: str, option: str) -> str | None:
    """The words a sentence puts after the last option named, in brackets or after a colon
    (其他（“某某通”城市服务一码通）, 其他：智能导办)."""
    found = _NOTE_RE.match(sentence, sentence.rfind(option) + len(option))
    return (found["bracketed"] or found["rest"]).strip() if found is not None else None


_NOTE_RE = re.compile(
    r"\s*(?:[（(](?P<bracketed>[^（）()]+)[）)]|[\u4e00-\u9fff]{0,4}[:：](?P<rest>[^，；。]+))"
)
"""An option's note after it: in brackets, or after a colon (其他：…, 其他创新：…)."""
