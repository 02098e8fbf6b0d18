"""A mapping of canonical keys to what people wrote → a typed Report.

Whatever is written, this never raises on the values: a value that cannot be
read becomes a ValueProblem (and so a finding), and the value stays absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from difflib import get_close_matches
from typing import Any

from nianbao import normalize
from nianbao.forms.model import Field, Form
from nianbao.forms.registry import form_for_year
from nianbao.normalize import NormalizeError
from nianbao.numerals import cn_digits_to_int
from nianbao.report import Provenance, Report, Value, ValueProblem

Locate = Callable[[str], str]
"""Key → where its value stood in the source (for provenance)."""

_EXPECTED = {
    "int": "请填写不小于 0 的整数，例如 1234；没有就填 0。",
    "number": "请填写数字，可带小数，例如 3.5。",
    "bool": "请勾选“是”或“否”（文件中写 是/否 或 true/false）。",
    "str": "请填写文字。",
    "enum": "请只勾选表中列出的一个选项。",
    "list": "请勾选表中列出的选项。",
    "date": "请按 2023-01-31 或 2023年1月31日 的格式填写日期。",
}

# A report year is often written with its 年度, as on the form's title line.
# A year as titles write it: 2022, (2022年度), （二〇二二年度）, and with the part of the
# report a sheet or page holds after a dash (（2019年度）—互动交流).
_YEAR_TEXT = re.compile(
    r"^[（(]?\s*(\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年度?)?\s*[）)]?"
    r"(?:\s*[-—－–]*\s*[\u4e00-\u9fff、]{2,12})?$"
)


def _year(digits: str) -> int | None:
    return int(digits) if digits.isdigit() else cn_digits_to_int(digits)


# Extraction reads the same texts over and over (是/否 boxes, option lists, 0, labels'
# neighbours): a text's value for a field never changes, so it is kept, in one store per
# field keyed by the text (a string key looks up faster than a pair). The stores are found
# by the field's identity (hashing a Field hashes all its attributes); each holds its field,
# so that id cannot be reused while it lives. Lists are copied on the way out.
_COERCED: dict[int, tuple[Field, dict[str, Value | None]]] = {}
_COERCED_MAX, _COERCED_CHARS, _COERCED_FIELDS = 5_000, 200, 1_000
"""Texts kept per field (a store is emptied when full), the longest kept, and fields."""


def coerce_value(field: Field, raw: Any) -> Value | None:
    """The typed value of `raw` for `field`, or None when absent. Raises NormalizeError."""
    if type(raw) is not str or len(raw) > _COERCED_CHARS:
        return _coerce(field, raw)
    kept = _COERCED.get(id(field))
    if kept is None or kept[0] is not field:
        if len(_COERCED) >= _COERCED_FIELDS:
            _COERCED.clear()  # fields of forms built and dropped (tests), not the registry's
        kept = _COERCED[id(field)] = (field, {})
    store = kept[1]
    if raw in store:
        value = store[raw]
    else:
        value = _coerce(field, raw)
        if len(store) >= _COERCED_MAX:
            store.clear()
        store[raw] = value
    return list(value) if isinstance(value, list) else value


def _coerce(field: Field, raw: Any) -> Value | None:
    kind = field.type
    if kind == "int":
        if field.min is not None and isinstance(raw, str):
            match = _YEAR_TEXT.match(raw.strip())
            if match:
                return _year(match.group(1))
        return normalize.parse_int(raw)
    if kind == "number":
        return normalize.parse_number(raw)
    if kind == "bool":
        return normalize.parse_bool(raw)
    if kind == "date":
        return normalize.parse_date(raw)
    if kind == "str":
        if field.identifier:
            return normalize.parse_identifier(raw)
        return normalize.parse_name(raw) if field.proper_name else normalize.parse_text(raw)
    chosen = normalize.parse_choices(raw, field.choice_options())
    if kind == "list":
        return chosen or None
    if len(chosen) > 1:
        raise _MultipleChoices(chosen)
    return chosen[0] if chosen else None


class _MultipleChoices(Exception):
    def __init__(self, chosen: list[str]) -> None:
        super().__init__(chosen)
        self.chosen = chosen


def raw_text(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return json.dumps(raw, ensure_ascii=False, default=str)[:500]
    except (TypeError, ValueError, RecursionError):
        return repr(raw)[:500]


def report_from_mapping(
    mapping: Mapping[str, Any],
    *,
    form: Form | None = None,
    source: str | None = None,
    locate: Locate | None = None,
    duplicates: Iterable[str] = (),
) -> Report:
    """Build a Report, choosing the form version by the mapping's year unless given."""
    if form is None:
        form = form_for_year(_year_of(mapping))
    report = Report(form=form, source=source)
    where = locate or (lambda key: f"$.{key}")
    by_key = form.by_key
    for key in duplicates:
        if key in by_key:
            report.problems.append(ValueProblem("duplicate_key", key, raw_text(mapping.get(key))))
    for written_key, raw in mapping.items():
        key = str(written_key)
        if key.startswith("_"):
            continue
        field = by_key.get(key)
        if field is None:
            report.problems.append(_unknown(key, raw, form))
            continue
        try:
            value = coerce_value(field, raw)
        except _MultipleChoices as multi:
            labels = "、".join(field.choice_label(c) for c in multi.chosen)
            report.problems.append(
                ValueProblem(
                    "single_choice",
                    key,
                    raw_text(raw),
                    extra={"count": len(multi.chosen), "chosen": labels},
                )
            )
            continue
        except NormalizeError as exc:
            kind = "allowed_values" if field.choices else "value_type"
            allowed = "、".join(c.label for c in field.choices)
            report.problems.append(
                ValueProblem(
                    kind,
                    key,
                    raw_text(raw),
                    str(exc),
                    {"expected": _EXPECTED[field.type], "allowed": allowed},
                )
            )
            continue
        if value is None:
            continue
        report.values[key] = value
        report.provenance[key] = Provenance(source, where(key), raw_text(raw))
    return report


def _year_of(mapping: Mapping[str, Any]) -> int | None:
    raw = mapping.get("year")
    if isinstance(raw, str) and (match := _YEAR_TEXT.match(raw.strip())):
        return _year(match.group(1))
    try:
        return normalize.parse_int(raw)
    except NormalizeError:
        return None


def _unknown(key: str, raw: Any, form: Form) -> ValueProblem:
    close = get_close_matches(key, form.keys, n=1, cutoff=0.75)
    if not close:
        by_label = {label: f.key for f in form.fields for label in f.labels}
        close = [by_label[k] for k in get_close_matches(key, list(by_label), n=1, cutoff=0.8)]
    suggestion = f"是否想写「{close[0]}」（{form.by_key[close[0]].display}）？" if close else ""
    return ValueProblem("unknown_key", key, raw_text(raw), extra={"suggestion": suggestion})
