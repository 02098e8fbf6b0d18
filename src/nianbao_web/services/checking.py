"""Stored values ↔ the core: typed reports, findings, posted text → stored values."""

from __future__ import annotations

import datetime
import json
import threading
from collections.abc import Mapping
from typing import Any

from cachetools import LRUCache

from nianbao.coerce import coerce_value, report_from_mapping
from nianbao.forms import Form, form_for_year
from nianbao.forms.model import Field
from nianbao.normalize import NormalizeError
from nianbao.report import Report as CoreReport
from nianbao.rules import Finding, check_report
from nianbao.settings import RuleSettings


def core_report(values: Mapping[str, Any], year: int | None = None) -> CoreReport:
    mapping = dict(values)
    if year is not None:
        mapping.setdefault("year", year)
    return report_from_mapping(mapping)


_MEMO: LRUCache[tuple[str, int | None, RuleSettings], tuple[Finding, ...]] = LRUCache(256)
_MEMO_LOCK = threading.Lock()  # cachetools' caches are not thread-safe


def findings(values: Mapping[str, Any], year: int | None = None) -> list[Finding]:
    """The rules' findings on `values`.

    One page asks for the same report's findings more than once (the form, its readiness
    to submit), and the live check repeats a few states as the user types; findings are
    frozen, so the last few answers are kept by the values' JSON text.
    """
    settings = RuleSettings.from_env()
    key = (json.dumps(values, sort_keys=True, ensure_ascii=False, default=str), year, settings)
    with _MEMO_LOCK:
        known = _MEMO.get(key)
    if known is not None:
        return list(known)
    found = tuple(check_report(core_report(values, year), settings))
    with _MEMO_LOCK:
        _MEMO[key] = found
    return list(found)


def stored_value(field: Field, raw: Any) -> Any:
    """The canonical JSON value of `raw`, or `raw` as typed when it cannot be read (never lost).

    None means absent.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []:
        return None
    try:
        value = coerce_value(field, raw)
    except (NormalizeError, Exception):  # any unreadable value (even odd JSON) is kept as typed
        return raw
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime.date) else value


def stored_values(form: Form, posted: Mapping[str, Any]) -> dict[str, Any]:
    """Every form key's stored value from what was posted (absent keys → None: removed)."""
    return {field.key: stored_value(field, posted.get(field.key)) for field in form.fields}


def form_for(year: int) -> Form:
    return form_for_year(year)


def display(field: Field, value: Any) -> str:
    """A stored value as a person reads it (choice labels, 是/否)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(field.choice_label(str(v)) for v in value)
    if field.choices and isinstance(value, str):
        return field.choice_label(value)
    return str(value)
