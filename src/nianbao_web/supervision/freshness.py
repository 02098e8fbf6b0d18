"""Figures cached per (what, subtree, year) until the reports they come from change.

Every workflow transition and every save goes through `Report.save`, which moves
`updated`, and a new report is the newest `updated` of its year. The stamp of the years
concerned (newest `updated`) plus the number and newest id of the sites is therefore
part of the key: a transition anywhere in the installation makes
the next request compute afresh, in every worker process, with no signal to deliver.
Changes the stamp cannot see (an organisation's deadline or a site's closing date
edited in the admin, a report deleted there) show within `TTL` seconds.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Count, Max

from nianbao_web.orgs.models import Organisation, Site
from nianbao_web.reports.models import Report

TTL = 120
T = TypeVar("T")
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def stamp(years: Iterable[int]) -> str:
    # Only the newest `updated`: the (year, updated) index answers it without reading the
    # year's rows, where a COUNT read all of them on every request (11-16 ms of a 40-55 ms
    # page at 14,000 sites). A new report is the newest `updated` too; a report deleted
    # (only an administrator can) shows within TTL.
    newest = Report.objects.filter(year__in=list(years)).aggregate(m=Max("updated"))["m"]
    sites = Site.objects.aggregate(m=Max("id"), n=Count("id"))
    return f"{newest.isoformat() if newest else '-'}|{sites['m']}|{sites['n']}"


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
    raw = f"{kind}|{where}|{years}|{extra}|{stamp(years)}"
    key = "supervision:" + hashlib.sha256(raw.encode()).hexdigest()
    found: T | None = cache.get(key)
    if found is not None:
        return found
    # One computation per key in this process: the threads that ask meanwhile wait for it
    # instead of each reading a country's reports again.
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(key, threading.Lock())
    with lock:
        found = cache.get(key)
        if found is None:
            found = compute()
            cache.set(key, found, TTL)
    with _LOCKS_GUARD:
        _LOCKS.pop(key, None)
    return found
