"""Option labels misread by OCR (否 as 香, 其他 as 具他), set right from the form.

Only for OCR documents, and only beside a tick box: the text after each box should
start with one of the field's options. A text that starts with none of them becomes
the closest option not yet seen in the cell, when close enough (half the characters)
or when it is the only option left.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from nianbao.extract.kinds import CHOICE_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.piece import TICKS, Piece
from nianbao.extract.ranking import readable
from nianbao.forms.model import Field, Form

BOOL_OPTIONS = (("true", ("是",)), ("false", ("否",)))
YES_NO = frozenset(names[0] for _, names in BOOL_OPTIONS)
"""The names of a yes/no's two options."""
OPTION_NAME_RE = re.compile(rf"[{TICKS}]\s*([^{TICKS}\s]+)")
"""An option's box and its name (☑是)."""
_MARK_SPLIT_RE = re.compile(r"([☑☐])")
_SPECKS = r"!！|｜丨.。,，:：;；'\"`~_\-—、/\\\[\]【】()（）"
# Specks and box edges read as punctuation right beside a mark.
_JUNK_RE = re.compile(rf"[{_SPECKS}]+(?=[☑☐])|(?<=[☑☐])[{_SPECKS}]+")
SPECK_RE = re.compile(rf"[{_SPECKS}]+")
"""Text that is only specks or box edges OCR read as punctuation ([, 丨)."""


LOOKALIKES = {"香": "否", "杏": "否"}
"""Characters OCR reads for a yes/no's one-character name: too unlike it for the ratio
below, alike to the eye (香, 杏 for 否)."""


@cache
def options_of(f: Field) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(key, labels) of each option, labels normalised."""
    if f.type == "bool":
        return BOOL_OPTIONS
    return tuple((c.key, tuple(normalize_label(label) for label in c.labels)) for c in f.choices)


@cache
def option_labels(f: Field) -> frozenset[str]:
    """Every normalised label of `f`'s options."""
    return frozenset(label for _, group in options_of(f) for label in group)


@cache
def choice_option_names(form: Form) -> frozenset[str]:
    """The normal forms of every choice's options' names (a form's printed options)."""
    return frozenset(n for f in form.fields if f.type in CHOICE_TYPES for n in option_labels(f))


def all_option_names(words: list[str], form: Form) -> bool:
    """Whether every word is a choice's option's name, as the form prints them."""
    names = choice_option_names(form)
    return all(normalize_label(w) in names for w in words)


@cache
def option_alternatives(f: Field) -> str:
    """`f`'s option labels as a regular expression's alternatives, longest first (政府门户网站
    before 门户网站), so a name is matched whole."""
    return "|".join(map(re.escape, sorted(option_labels(f), key=lambda n: (-len(n), n))))


def answers_choice(f: Field, text: str) -> bool:
    """Whether `text` answers choice `f`: readable, or an option's name after a mark a
    converter misread (网 £其他), not a word that starts like one (是否明 | 确…)."""
    if readable(f, text):
        return True
    return any(
        re.search(rf"[^\u4e00-\u9fff\s]\s*{re.escape(name)}", text) for name in option_labels(f)
    )


def restates_label(f: Field, text: str) -> bool:
    """Whether `text`, no answer, says the choice's label again with a word or two after it
    (创新发展 | 创新发展项目 | ☑搜索即服务 …): a second label cell, not the end of the answers."""
    said = normalize_label(text)
    return any(
        said.startswith(n) and 0 < len(said) - len(n) <= _RESTATED
        for n in map(normalize_label, f.labels)
    )


_RESTATED = 3
"""Characters a restated label adds (项目, 内容)."""


def may_own(f: Field | None, value: Piece) -> bool:
    """Whether f's label may own a value after it on its line: a choice's label no text
    without a box that names none of its options (创新发展  提供政策智能匹配…)."""
    if f is None or f.type not in CHOICE_TYPES or value.ticks:
        return True
    return answers_choice(f, value.text)


def _starts(norm: str, options: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    for key, labels in options:
        if any(norm.startswith(label) for label in labels):
            return key
    return None


_BOXES_READ = frozenset("☐□口")
"""An empty box as OCR reads it: 口 as often as ☐ (and a box a mark filled, too)."""


def _lost_tick(f: Field, raw: str) -> str:
    """A one-of choice whose options lead with empty boxes but for one with no mark at all
    (是☐否, ☐是否, 政府门户网站 ☐部门网站 ☐专项网站): on a scan, the box a written √ or a
    hand's tick covered (√是 □否), which OCR drops; the form's boxes lead their options, so
    a box lost is not the other's. Every option must be named, in the form's order."""
    if "☑" in raw or "☐" not in raw:
        return raw
    if f.type == "bool":
        text = raw.replace(" ", "")
        return "☑是☐否" if text == "是☐否" else "☐是☑否" if text == "☐是否" else raw
    names = [c.label for c in f.choices]
    places: list[int] = []
    for name in names:
        at = raw.find(name, places[-1] + 1 if places else 0)
        if at < 0:
            return raw
        places.append(at)
    bare = [at for at in places if raw[:at].rstrip()[-1:] not in _BOXES_READ]
    if f.type != "enum" or len(bare) != 1:
        return raw  # a list's box OCR missed may be empty as well as ticked
    return raw[: bare[0]] + "☑" + raw[bare[0] :]


def _move_marks(raw: str, options: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """A mark placed inside an option label (其☑他, 搜索即服☑务多语言版本) moves to the
    nearest place where it stands right before a label and beside no other mark."""
    labels = [label for _, group in options for label in group if label]
    text = raw
    for at in range(len(text)):
        if text[at] not in "☑☐":
            continue
        rest = text[:at] + text[at + 1 :]

        def fits(pos: int, rest: str = rest) -> bool:
            before = rest[pos - 1 : pos]
            return before not in ("☑", "☐") and any(rest.startswith(lb, pos) for lb in labels)

        inside = any(
            rest.startswith(label, at - k) for label in labels for k in range(1, len(label))
        )
        if fits(at) or not inside:
            continue
        for shift in range(1, 5):
            spots = [p for p in (at - shift, at + shift) if 0 <= p <= len(rest) and fits(p)]
            if spots:
                spot = spots[0]
                text = rest[:spot] + text[at] + rest[spot:]
                break
    return text


def repair_options(f: Field, raw: str) -> str:
    raw = _lost_tick(f, _move_marks(_JUNK_RE.sub("", raw), options_of(f)))
    parts = _MARK_SPLIT_RE.split(raw)
    if len(parts) < 3:
        return raw
    options = options_of(f)
    seen = {_starts(normalize_label(parts[i]), options) for i in range(2, len(parts), 2)}
    missing = [(key, labels) for key, labels in options if key not in seen]
    for i in range(2, len(parts), 2):
        norm = normalize_label(parts[i])
        lookalike = LOOKALIKES.get(norm[:1])
        if lookalike is not None and len(norm) == 1 and _starts(lookalike, tuple(missing)):
            parts[i] = parts[i].replace(norm, lookalike, 1)  # ☑香: 否 as OCR misread it
            norm = lookalike
        if not norm or _starts(norm, options) or not missing:
            continue
        # A stray character or two before the label (内其他): drop them.
        skip = next((k for k in (1, 2) if _starts(norm[k:], options)), 0)
        if skip:
            chunk = parts[i].lstrip()
            cut = next(
                k for k in range(1, len(chunk) + 1) if len(normalize_label(chunk[:k])) >= skip
            )
            parts[i] = chunk[cut:]
            continue
        best: tuple[float, int, str] | None = None
        for index, (_, labels) in enumerate(missing):
            for label in labels:
                ratio = difflib.SequenceMatcher(None, norm[: len(label)], label).ratio()
                if best is None or ratio > best[0]:
                    best = (ratio, index, label)
        if best is None:
            continue
        ratio, index, label = best
        if ratio < 0.5 and len(missing) > 1:
            continue
        missing.pop(index)
        chunk = parts[i].lstrip()
        cut = next(
            (k for k in range(1, len(chunk) + 1) if len(normalize_label(chunk[:k])) >= len(label)),
            len(chunk),
        )
        parts[i] = label + chunk[cut:]
    return "".join(parts)


OPTION_NAMES_RE = re.compile(rf"[{TICKS}]\s*([^{TICKS}]*)")
"""A tick box and the name after it, up to the next box."""


def option_names(text: str) -> frozenset[str]:
    """The (normalized) names after the tick boxes of `text`."""
    return frozenset(normalize_label(n) for n in OPTION_NAMES_RE.findall(text)) - {""}


def completed_option(f: Field, text: str) -> str:
    """A line of options whose last name its line's end cut (☐千人千网 ☐其 | 他) with that
    name whole, when it begins one of `f`'s options only."""
    at = max(text.rfind("☑"), text.rfind("☐")) + 1
    if not at:
        return text
    cut = normalize_label(text[at:])
    if not cut or cut in option_labels(f):
        return text
    whole = [c.label for c in f.choices if normalize_label(c.label).startswith(cut)]
    return text[:at] + whole[0] if len(whole) == 1 else text
