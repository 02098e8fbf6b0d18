"""Text written beside a ticked option (☑其他：……) for the field that holds it.

The form says which field that is: a text field in the same group as the
choice field whose label starts with the option's label (其他 → 其他（注明）).
"""

from __future__ import annotations

import re
from functools import cache

from nianbao.extract.labels import normalize_label
from nianbao.extract.misread import options_of
from nianbao.forms.model import Field, Form

_MARKS = "☑☐"
_BOX_RE = re.compile(rf"([{_MARKS}])([^{_MARKS}]*)")
_MARK_RE = re.compile(f"[{_MARKS}]")


@cache
def _note_fields(form: Form, key: str) -> tuple[tuple[str, Field, re.Pattern[str]], ...]:
    f = form.by_key[key]
    out = []
    for choice in f.choices:
        prefix = normalize_label(choice.label)
        for other in form.fields:
            if (
                other.type == "str"
                and other.group_ids == f.group_ids
                and other is not f
                and normalize_label(other.label).startswith(prefix)
                and normalize_label(other.label) != prefix
            ):
                pattern = re.compile(
                    rf"(?P<mark>[{_MARKS}])\s*{re.escape(choice.label)}\s*[:：(（]?[\s_]*"
                    rf"{_PROMPT}(?P<note>(?:[^{_MARKS}_()（）]|[(（][^{_MARKS}()（）]*[)）])*?)"
                    rf"[\s_]*[)）]?\s*(?=[{_MARKS}]|$)"
                )
                out.append((choice.key, other, pattern))
    return tuple(out)


_PROMPT = r"(?:请?\s*注\s*明\s*(?:[)）]\s*[:：]?|[:：])[\s_]*)?"
"""The form's prompt before the note, left standing (其他（注明：开通…专区）, 其他（注明）：…)."""


def note_fields(form: Form, f: Field) -> tuple[Field, ...]:
    """The fields that hold the notes of f's options."""
    return tuple(other for _, other, _ in _note_fields(form, f.key))


def option_notes(f: Field, raw: str, form: Form) -> list[tuple[Field, str]]:
    """(note field, text) for each ticked option written with a note."""
    found = []
    for other, notes in _ticked(f, raw, form):
        note = next((n for n in notes if normalize_label(n)), None)
        if note is not None and not _INSTRUCTION_RE.search(raw[raw.find(note) :]):
            found.append((other, note))
    return found


_INSTRUCTION_RE = re.compile(r"请\s*(?:注明|填写|说明|列明)|不超过\s*\d+\s*字|时\s*请")
"""What a form asks of the one filling it in after 其他 (选择“其他”时请注明（不超过200字）): a
template's instruction left standing, not the option's note."""


def blank_notes(f: Field, raw: str, form: Form) -> list[Field]:
    """The note fields of the ticked options of `raw` written without a note (☑其他)."""
    return [other for other, notes in _ticked(f, raw, form) if not all(map(normalize_label, notes))]


def without_notes(f: Field, raw: str, form: Form) -> str:
    """`raw` with the notes written after its options left out (☑其他：…… → ☑其他)."""
    for key, _, pattern in _note_fields(form, f.key):
        label = next(c.label for c in f.choices if c.key == key)
        raw = pattern.sub(rf"\g<mark>{label} ", raw)
    return raw


def _ticked(f: Field, raw: str, form: Form) -> list[tuple[Field, list[str]]]:
    """Each note field of f's options with the notes after its option ticked in `raw`
    (empty for a box without a note). Without any box, the options named are the ones
    chosen (搜索即服务、其他（开通英文版）)."""
    if not _MARK_RE.search(raw):
        for choice in f.choices:
            raw = raw.replace(choice.label, _MARKS[0] + choice.label)
    return [
        (other, [m["note"].strip() for m in pattern.finditer(raw) if m["mark"] == "☑"])
        for _, other, pattern in _note_fields(form, f.key)
    ]


def named_note_box(f: Field, raw: str, form: Form) -> str:
    """`raw` with the name of the one option it leaves unnamed written after the one box
    followed by no option's name, when that option takes a note: the note's cell was set
    between the box and the name its cell wrapped (☐千人千网 ☑ 提供政策智能匹配… | 其他 →
    ☑其他 提供政策智能匹配…), or the note was read apart (☐千人千网 ☑ | 提供政策…)."""
    notes = {key for key, _, _ in _note_fields(form, f.key)}
    if not notes:
        return raw
    options = options_of(f)

    def named(text: str) -> str | None:
        norm = normalize_label(text)
        return next((k for k, labels in options if any(map(norm.startswith, labels))), None)

    boxes = [(m, named(m[2])) for m in _BOX_RE.finditer(raw)]
    bare = [m for m, key in boxes if key is None]
    unnamed = [k for k, _ in options if k not in {key for _, key in boxes}]
    if len(bare) != 1 or len(unnamed) != 1 or unnamed[0] not in notes:
        return raw
    box = bare[0]
    note, label = normalize_label(box[2]), next(c.label for c in f.choices if c.key == unnamed[0])
    if note and normalize_label(label).startswith(note):
        return raw  # the name's head its line's end cut (☐其 | 他)
    return f"{raw[: box.end(1)]}{label} {raw[box.end(1) :].lstrip()}".rstrip()
