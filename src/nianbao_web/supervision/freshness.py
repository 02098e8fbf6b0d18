"""Figures cached per (what, subtree, year) until the reports they come from change.

Every workflow transition and every save goes through `Report.save`, which moves
`updated`, and a new report is the newest `updated` of its year. The stamp of the years
concerned (newest `updated`) plus the newest site id is therefore part of the key: a
transition anywhere in the installation makes the next request compute afresh, in every
worker process, with no signal to deliver.
Changes the stamp cannot see (an organisation's deadline or a site's closing date
edited in the admin, a report or a site deleted there) show within `TTL` seconds.

Results are kept as Python objects in this process, not in Django's cache: the local
memory backend pickles every value, and unpickling a national summary's dataclasses took
longer (~18 ms) than rendering the page. Callers must treat what they get as read-only:
the same object serves every later request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from cachetools import TTLCache
from django.db import connection

from nianbao_web.orgs.models import Organisation, Site
from nianbao_web.reports.models import Report

TTL = 120
KEPT_ENTRIES = 512
"""Rendered page bodies (tens of kB) and computed figures; a national summary is the
largest, a few MB."""
T = TypeVar("T")
_KEPT: TTLCache[str, Any] = TTLCache(maxsize=KEPT_ENTRIES, ttl=TTL)
_KEPT_GUARD = threading.Lock()
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def stamp(years: Iterable[int]) -> str:
    """The newest `updated` of each year and the newest site id, in one query.

    Each part is a MAX the indexes answer without reading rows: (year, updated) for the
    reports, the primary key for the sites. Counting instead (reports, or sites for
    deletions) read every row on each request: 11-16 ms of a 40-55 ms page at 14,000
    sites. A report or site deleted (only an administrator can) shows within TTL.
    """
    wanted = sorted(set(years))
    quote = connection.ops.quote_name
    reports, sites = quote(Report._meta.db_table), quote(Site._meta.db_table)
    updated, year, pk = quote("updated"), quote("year"), quote("id")
    parts = [f"(SELECT MAX({updated}) FROM {reports} WHERE {year} = %s)" for _ in wanted]
    parts.append(f"(SELECT MAX({pk}) FROM {sites})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), wanted)
        row = cursor.fetchone()
    return "|".join("-" if value is None else str(value) for value in row)


def cached(
    kind: str,
    root: Organisation | None,
    years: list[int],
    compute: Callable[[], T],
    extra: str = "",
) -> T:
    """`compute()`, or its result kept from an earlier request over the same data
    (`root` None: the whole installation)."""
    where = f"{root.pk}|{root.path}" if root else "*"
    key = f"{kind}|{where}|{years}|{extra}|{stamp(years)}"
    found: T | None = _get(key)
    if found is not None:
        return found
    # One computation per key in this process: the threads that ask meanwhile wait for it
    # instead of each reading a country's reports again.
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(key, threading.Lock())
    with lock:
        found = _get(key)
        if found is None:
            found = compute()
            with _KEPT_GUARD:
                _KEPT[key] = found
    with _LOCKS_GUARD:
        _LOCKS.pop(key, None)
    return found


def _get(key: str) -> Any:
    # cachetools' caches are not thread-safe; gunicorn's threads share this one.
    with _KEPT_GUARD:
        return _KEPT.get(key)


def forget() -> None:
    """Drop everything kept (tests: ids and stamps repeat once rows are rolled back)."""
    with _KEPT_GUARD:
        _KEPT.clear()
