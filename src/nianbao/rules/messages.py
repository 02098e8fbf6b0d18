"""Turning a failed rule into a Finding with its Chinese message.

Formatting happens only when a rule fails, so valid reports pay nothing here.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from nianbao.forms.model import Field, Form, RuleSpec
from nianbao.rules.findings import Finding


def show(value: Any, field: Field | None = None) -> str:
    """A value as a person reads it in a message."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        labels = [field.choice_label(v) if field else str(v) for v in value]
        return "、".join(labels) or "（无）"
    if field is not None and field.type == "enum" and isinstance(value, str):
        return field.choice_label(value)
    return str(value)


class _Labels(dict[str, str]):
    def __init__(self, form: Form, attr: str) -> None:
        super().__init__()
        self._form = form
        self._attr = attr

    def __missing__(self, key: str) -> str:
        field = self._form.by_key.get(key)
        return (getattr(field, self._attr) or "") if field else key


class _Context(dict[str, Any]):
    def __init__(self, values: Mapping[str, Any], form: Form, extra: Mapping[str, Any]) -> None:
        super().__init__(extra)
        self._values = values
        self._form = form
        self["label"] = _Labels(form, "display")
        self["unit"] = _Labels(form, "unit")

    def __missing__(self, key: str) -> Any:
        if key in self._values:
            return show(self._values[key], self._form.by_key.get(key))
        raise KeyError(key)


def _render(template: str, context: _Context) -> str:
    try:
        return template.format_map(context)
    except (KeyError, IndexError, ValueError, AttributeError):
        # A template naming something the kind does not provide must not take
        # the whole check down; the test of every rule catches it instead.
        return template


def clause_of(spec: RuleSpec, form: Form, fields: Iterable[str]) -> str:
    if spec.clause != "field":
        return spec.clause
    for key in fields:
        field = form.by_key.get(key)
        if field is not None:
            return field.clause or form.title + "（表样）"
    return form.title + "（表样）"


def make_finding(
    spec: RuleSpec,
    form: Form,
    values: Mapping[str, Any],
    fields: tuple[str, ...],
    **extra: Any,
) -> Finding:
    if fields:
        # The first field is the one the rule is about: {key}, {field_label}
        # and {value} name it unless the kind says otherwise.
        field = form.by_key.get(fields[0])
        extra.setdefault("key", fields[0])
        extra.setdefault("field_label", field.display if field else fields[0])
        if "value" not in extra and fields[0] in values:
            extra["value"] = show(values[fields[0]], field)
    context = _Context(values, form, extra)
    return Finding(
        rule=spec.id,
        severity=spec.severity,
        fields=fields,
        clause=clause_of(spec, form, fields),
        message=_render(spec.message, context),
        fix=_render(spec.fix, context),
    )


def join_labels(form: Form, keys: Iterable[str]) -> str:
    return "、".join(form.by_key[k].display if k in form.by_key else k for k in keys)
