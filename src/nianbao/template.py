"""A blank report file, each field under its label, unit and clause."""

from __future__ import annotations

import json

from nianbao.forms.model import Field, Form

_TYPE_HINTS = {
    "int": "整数",
    "number": "数字",
    "bool": "是/否",
    "str": "文字",
    "date": "日期，如 2024-01-15",
}


def _hint(field: Field) -> str:
    if field.type == "enum":
        return "只选一项：" + " / ".join(f"{c.key}（{c.label}）" for c in field.choices)
    if field.type == "list":
        return "可多选，写成列表：" + " / ".join(f"{c.key}（{c.label}）" for c in field.choices)
    hint = _TYPE_HINTS[field.type]
    if field.unit:
        hint += f"，单位：{field.unit}"
    if not field.required:
        hint += "，可不填"
    return hint


def blank_yaml(form: Form, year: int | None = None) -> str:
    lines = [
        f"# {form.title} — nianbao 报表文件（表单版本 {form.id}）",
        "# 在每个冒号后填写数值；没有的数量填 0，不要留空。检查：nianbao validate 本文件",
    ]
    section: tuple[str, ...] = ()
    for field in form.fields:
        if field.path != section:
            section = field.path
            lines += ["", f"# ── {' / '.join(section)} ──"]
        clause = f" 〔{field.clause}〕" if field.clause else ""
        lines.append(f"# {field.display}（{_hint(field)}）{clause}")
        value = str(year) if field.key == "year" and year else ""
        lines.append(f"{field.key}: {value}".rstrip())
    return "\n".join(lines) + "\n"


def blank_json(form: Form, year: int | None = None) -> str:
    data = {f.key: (year if f.key == "year" else None) for f in form.fields}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
