"""The form as a JSON Schema (draft 2020-12) of a report file."""

from __future__ import annotations

from typing import Any

from nianbao.forms.model import Field, Form

_TYPES: dict[str, dict[str, Any]] = {
    "int": {"type": "integer", "minimum": 0},
    "number": {"type": "number", "minimum": 0},
    "bool": {"type": "boolean"},
    "str": {"type": "string"},
    "date": {"type": "string", "format": "date"},
}


def _property(field: Field) -> dict[str, Any]:
    if field.type == "enum":
        prop: dict[str, Any] = {"type": "string", "enum": [c.key for c in field.choices]}
    elif field.type == "list":
        prop = {
            "type": "array",
            "items": {"enum": [c.key for c in field.choices]},
            "uniqueItems": True,
        }
    else:
        prop = dict(_TYPES[field.type])
    if field.min is not None:
        prop["minimum"] = field.min
    if field.max_length is not None:
        prop["maxLength"] = field.max_length
    prop.update(
        {
            "title": field.label,
            "x-display": field.display,
            "x-section": "/".join(field.path),
            "x-unit": field.unit,
            "x-clause": field.clause,
            "x-required": field.required,
            "description": field.clause_text or "",
        }
    )
    if field.choices:
        prop["x-choices"] = {c.key: c.label for c in field.choices}
    if field.period:
        prop["x-period"] = field.period
    return prop


def json_schema(form: Form) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://nianbao.invalid/schema/{form.id}.json",
        "title": form.title,
        "description": f"{form.title}（表单版本 {form.id}，自 {form.serves_from_year} 年度起适用）",
        "type": "object",
        "properties": {f.key: _property(f) for f in form.fields},
        "patternProperties": {"^_": {"description": "以“_”开头的键是给人看的备注，不是栏目。"}},
        "additionalProperties": False,
        "x-form": form.id,
    }
