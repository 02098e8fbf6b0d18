"""Open data: published reports as CSV, JSON or Parquet (the contract in spec/contracts.md).

CSV and JSON are generated while the rows arrive from the database, so a
download of 14,000 reports never holds them all in memory; they are written to a
file that `download_files` keeps until the next publication. Parquet needs the
whole file before the first byte (its footer describes the columns): DuckDB
writes it from newline-delimited JSON.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import duckdb

from nianbao.forms import form_for_year
from nianbao.forms.model import Field, Form
from nianbao_web.supervision.published import PublishedRow

EXTRA = ("organisation", "published_url")
BATCH = 200
"""Rows per streamed chunk: fewer, larger writes without holding much."""

UrlOf = Callable[[str], str]
"""Site code → the absolute URL of its published page for the year."""

WRITTEN_AS_IS = frozenset({str, int, float, type(None)})
"""Cell types csv.writer turns into the contract's text by itself (a bool is not one)."""

PARQUET_TYPES = {"int": "BIGINT", "number": "DOUBLE", "bool": "BOOLEAN", "list": "VARCHAR[]"}


def header(form: Form) -> list[str]:
    return [f.key for f in form.fields] + list(EXTRA)


def _typed(field: Field, value: Any) -> Any:
    """The value if it has the field's type, else None (a typed column cannot hold it)."""
    if value is None:
        return None
    kind = field.type
    if kind == "bool":
        return value if isinstance(value, bool) else None
    if kind == "int":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else None
    if kind == "list":
        return [str(v) for v in value] if isinstance(value, list) else None
    return _text(value)


def _text(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def csv_cell(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return str(value)
    if kind is int:  # type(), not isinstance: a bool is an int
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(csv_cell(v) for v in value)
    return _text(value)


def _record(form: Form, row: PublishedRow, url_of: UrlOf) -> dict[str, Any]:
    """Form keys in form order with absent values left out, then the two extra keys."""
    out: dict[str, Any] = {}
    for f in form.fields:
        value = row.values.get(f.key)
        if value is not None:
            out[f.key] = value
    out["organisation"] = row.organisation
    out["published_url"] = url_of(row.site_code)
    return out


def csv_chunks(year: int, rows: Iterable[PublishedRow], url_of: UrlOf) -> Iterator[bytes]:
    form = form_for_year(year)
    keys = header(form)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(keys)
    form_keys = [f.key for f in form.fields]
    for n, row in enumerate(rows, 1):
        values = row.values
        cells: list[Any] = [values.get(k) for k in form_keys]
        # The csv module already writes str, int, float (repr = str) and None (empty) as
        # the contract wants; only the rare other types need converting, cell by cell.
        for i, value in enumerate(cells):
            if type(value) not in WRITTEN_AS_IS:
                cells[i] = csv_cell(value)
        cells += [row.organisation, url_of(row.site_code)]
        writer.writerow(cells)
        if n % BATCH == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def json_chunks(year: int, rows: Iterable[PublishedRow], url_of: UrlOf) -> Iterator[bytes]:
    # `count` comes last: it is then the number of items actually sent, with no second query
    # that a publication in between could make disagree.
    form = form_for_year(year)
    parts = [f'{{"year": {int(year)}, "items": [']
    count = 0
    for row in rows:
        sep = ", " if count else ""
        parts.append(
            sep + json.dumps(_record(form, row, url_of), ensure_ascii=False, default=_text)
        )
        count += 1
        if count % BATCH == 0:
            yield "".join(parts).encode("utf-8")
            parts = []
    parts.append(f'], "count": {count}}}')
    yield "".join(parts).encode("utf-8")


def _parquet_columns(form: Form) -> str:
    cols = [f"'{f.key}': '{PARQUET_TYPES.get(f.type, 'VARCHAR')}'" for f in form.fields]
    cols += [f"'{k}': 'VARCHAR'" for k in EXTRA]
    return "{" + ", ".join(cols) + "}"


def write_parquet(year: int, rows: Iterable[PublishedRow], url_of: UrlOf, target: str) -> None:
    """Rows → newline-delimited JSON with typed values → DuckDB → Parquet at `target`."""
    form = form_for_year(year)
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", encoding="utf-8", delete=False) as tmp:
        for row in rows:
            record = {f.key: _typed(f, row.values.get(f.key)) for f in form.fields}
            record["organisation"] = row.organisation
            record["published_url"] = url_of(row.site_code)
            tmp.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        con = duckdb.connect()
        try:
            # Paths are our own temporary files; column names come from the form definition.
            con.execute(
                f"COPY (SELECT * FROM read_json('{tmp.name}', format='newline_delimited', "
                f"columns={_parquet_columns(form)})) TO '{target}' (FORMAT parquet)"
            )
        finally:
            con.close()
    finally:
        os.unlink(tmp.name)
