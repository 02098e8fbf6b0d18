"""The entry form's sections as HTML, fast: the skeleton is built once per form definition.

The field layout (labels, clauses, units, option lists, ids) never changes between requests;
only values, last year's values, findings, hints, comments and sources do. Django's template
engine resolves every variable of the 62-field loop on each request, which was most of the
page's time; here the fixed parts are escaped once per form and joined with the escaped
per-request parts. The markup is exactly what the template wrote before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from threading import Lock
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from nianbao.forms import Form
from nianbao.forms.model import Field
from nianbao_web.services.entry import Row, Section


@dataclass(frozen=True, slots=True)
class _Fixed:
    """The parts of one row that depend on the form only."""

    open: str
    """From the row's start to where the value (or the first option) goes."""
    options: tuple[tuple[str, str], ...]
    """Per option: the markup before ` checked` and the markup after it."""
    close_input: str
    """From after the value to where last year's value goes."""
    notes: str
    """The opening tag of the notes area."""


_SKELETONS: dict[str, dict[tuple[str, int, str], _Fixed]] = {}
_LOCK = Lock()


def _clause(field: Field) -> str:
    if not field.clause:
        return ""
    title = escape(field.clause_text or "")
    return f' <span class="clause" title="{title}">〔{escape(field.clause)}〕</span>'


def _fixed(row: Row) -> _Fixed:
    f = row.field
    key = escape(f.key)
    head = (
        f'<div class="subhead depth{row.depth}">{escape(row.heading)}</div>' if row.heading else ""
    )
    head += f'\n  <div class="row depth{row.depth}" id="row-{key}" data-key="{key}">\n    '
    label = escape(f.label) + _clause(f)
    options: tuple[tuple[str, str], ...] = ()
    if row.widget in ("radio", "checkbox"):
        role = "radiogroup" if row.widget == "radio" else "group"
        opening = (
            f'{head}<span class="label" id="label-{key}">{label}</span>\n'
            f'<span class="input choices" role="{role}" aria-labelledby="label-{key}">\n'
        )
        options = tuple(
            (
                f'<label class="tick"><input type="{row.widget}" name="{key}" '
                f'value="{escape(o.value)}"',
                f"> {escape(o.label)}</label>",
            )
            for o in row.options
        )
        close = "\n      </span>\n    "
    else:
        opening = (
            f'{head}<label class="label" for="f-{key}">{label}</label>\n'
            f'      <span class="input"><input id="f-{key}" name="{key}" value="'
        )
        extra = ' inputmode="decimal"' if row.widget == "number" else ""
        extra += ' placeholder="2024-01-31"' if row.widget == "date" else ""
        close = f'"{extra}></span>\n    '
    close += (
        f'\n<span class="unit">{escape(f.unit or "")}</span>\n<span class="last" title="上年度">'
    )
    notes = f'</span>\n    <div class="notes" id="notes-{key}" aria-live="polite">\n      '
    return _Fixed(opening, options, close, notes)


def _skeleton(form: Form, row: Row) -> _Fixed:
    rows = _SKELETONS.get(form.id)
    if rows is None:
        with _LOCK:
            rows = _SKELETONS.setdefault(form.id, {})
    ident = (row.field.key, row.depth, row.heading)
    fixed = rows.get(ident)
    if fixed is None:
        fixed = rows[ident] = _fixed(row)
    return fixed


def _finding(finding: Mapping[str, Any], explanations: Mapping[str, Any]) -> str:
    severity = escape(finding["severity"])
    word = "错误" if finding["severity"] == "error" else "警告"
    out = (
        f'<div class="finding {severity}" data-rule="{escape(finding["rule"])}">'
        f"<strong>{word}〔{escape(finding['clause'])}〕</strong> {escape(finding['message'])} "
        f'<span class="fix">{escape(finding["fix"])}</span>\n        '
    )
    if finding["severity"] == "warning":
        rule = str(finding["rule"])
        said = explanations.get(rule)
        out += (
            f'<label class="explain">说明（提交前必填）<textarea name="explain:{escape(rule)}" '
            f'rows="2">{escape(said) if said else ""}</textarea></label>'
        )
    return out + "\n      </div>"


def _hint(hint: Mapping[str, Any]) -> str:
    return (
        f'<p class="hint" data-kind="{escape(hint["kind"])}"><strong>提示（'
        f"{escape(hint['kind_label'])}）</strong> {escape(hint['message'])}</p>"
    )


def _row(
    form: Form,
    row: Row,
    explanations: Mapping[str, Any],
    hints: Mapping[str, list[dict[str, Any]]],
) -> str:
    fixed = _skeleton(form, row)
    parts = [fixed.open]
    if fixed.options:
        parts.extend(
            f"{before}{' checked' if option.checked else ''}{after}"
            for (before, after), option in zip(fixed.options, row.options, strict=True)
        )
    else:
        parts.append(escape(row.text))
    parts.append(fixed.close_input)
    parts.append(escape(row.last_year) if row.last_year else "—")
    parts.append(fixed.notes)
    if row.comment:
        parts.append(
            f'<p class="comment"><strong>审核意见：</strong>{escape(row.comment)}</p>\n      '
        )
    parts.extend(_finding(f, explanations) for f in row.findings)
    parts.extend(_hint(h) for h in hints.get(row.field.key, ()))
    prov = row.provenance
    if prov:
        raw = f"，原文「{escape(prov.get('raw'))}」" if prov.get("raw") else ""
        parts.append(
            f'\n      <p class="prov">来源：{escape(prov.get("source", ""))} '
            f"{escape(prov.get('where', ''))}{raw}</p>"
        )
    parts.append("\n    </div>\n  </div>\n  ")
    return "".join(parts)


def sections_html(
    form: Form,
    sections: list[Section],
    *,
    editable: bool,
    explanations: Mapping[str, Any],
    hints: Mapping[str, list[dict[str, Any]]],
) -> SafeString:
    """Every section of the entry form as one block of markup (values escaped)."""
    disabled = "" if editable else " disabled"
    out: list[str] = []
    for section in sections:
        legend = f"{escape(section.clause)}、" if section.clause else ""
        out.append(
            f'<fieldset class="section" id="section-{escape(section.id)}"{disabled}>\n'
            f"  <legend>{legend}{escape(section.label)}</legend>\n"
            '  <div class="grid-head" aria-hidden="true"><span>栏目</span><span>本年度</span>'
            "<span>单位</span><span>上年度</span></div>\n  "
        )
        out.extend(_row(form, row, explanations, hints) for row in section.rows)
        out.append("\n</fieldset>\n")
    return mark_safe("".join(out))
